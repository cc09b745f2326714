import { francAll } from "franc-min";
import { ISO639_3_TO_1 } from "../lang/article-tables";
import { functionWordsOf } from "../doc/token-tables";

const CANDIDATES = Object.keys(ISO639_3_TO_1);
/** Letters needed before trusting trigram statistics. */
const MIN_LETTERS = 40;
const LETTERS = /\p{L}/gu;
/** franc reads at most this much; more costs time and adds nothing for one-language news. */
const SAMPLE = 320;
/**
 * When the two best languages are this close on the short sample, the rest of the sample decides: OCR tables, tweets
 * and epigraphs in another language fill a first 320 characters with little evidence (Europeana's share tables
 * went to Spanish, Serbian or English by under 0.01, and each came out French on 2,000 characters). 33 of the 3,454
 * corpus articles are that close; 9 change, each to its own language, none away from it.
 */
const TIE = 0.03;
const LONG_SAMPLE = 2000;
/**
 * English text dense with foreign names ("Moritz Heinrich Romberg", "Oleg Mikhaylovich Gazmanov") can score a hair
 * above English on another language's trigrams. When English is within CLOSE_CALL of the best and at least
 * ENGLISH_SHARE of the words are English function words, it is English. In the corpus, English and French articles
 * have 0.22 or more of such words (English and French lists together), German pages 0.04 (median); the German pages
 * whose trigrams came closest to English (0.07 behind) had almost none.
 */
const CLOSE_CALL = 0.05;
const ENGLISH_SHARE = 0.15;

/**
 * ISO 639-1 code of the text, or "und" when it is too short to tell or in a
 * language outside the table. franc-min (trigram profiles), restricted to the
 * languages of shared/lang/languages.json, which also keeps it fast.
 */
export function detectLanguage(sample: string): string {
  let text = sample.length > SAMPLE ? sample.slice(0, SAMPLE) : sample;
  if ((text.match(LETTERS)?.length ?? 0) < MIN_LETTERS) return "und";
  let ranked = francAll(text, { only: CANDIDATES, minLength: 20 });
  if (sample.length > text.length && ranked.length > 1 && ranked[0][1] - ranked[1][1] < TIE) {
    text = sample.slice(0, LONG_SAMPLE);
    ranked = francAll(text, { only: CANDIDATES, minLength: 20 });
  }
  let best = ranked[0];
  if (!best || best[0] === "und") return "und";
  if (best[0] !== "eng") {
    const eng = ranked.find(([code]) => code === "eng");
    if (eng && best[1] - eng[1] < CLOSE_CALL && englishShare(text) >= ENGLISH_SHARE) best = eng;
  }
  return ISO639_3_TO_1[best[0]] ?? "und";
}

/** Share of English function words among the words of two letters or more ("A Genève" in a French table is no "a"). */
function englishShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}{2,}/gu) ?? [];
  const english = functionWordsOf("en");
  let n = 0;
  for (const w of words) if (english.has(w)) n++;
  return words.length === 0 ? 0 : n / words.length;
}
