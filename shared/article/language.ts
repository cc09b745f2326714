import { francAll } from "franc-min";
import { ISO639_3_TO_1 } from "../lang/article-tables";

const CANDIDATES = Object.keys(ISO639_3_TO_1);
/** Letters needed before trusting trigram statistics. */
const MIN_LETTERS = 40;
const LETTERS = /\p{L}/gu;
/** franc reads at most this much; more costs time and adds nothing for one-language news. */
const SAMPLE = 320;

/**
 * ISO 639-1 code of the text, or "und" when it is too short to tell or in a
 * language outside the table. franc-min (trigram profiles), restricted to the
 * languages of shared/lang/languages.json, which also keeps it fast.
 */
export function detectLanguage(sample: string): string {
  const text = sample.length > SAMPLE ? sample.slice(0, SAMPLE) : sample;
  if ((text.match(LETTERS)?.length ?? 0) < MIN_LETTERS) return "und";
  const best = francAll(text, { only: CANDIDATES, minLength: 20 })[0];
  if (!best || best[0] === "und") return "und";
  return ISO639_3_TO_1[best[0]] ?? "und";
}
