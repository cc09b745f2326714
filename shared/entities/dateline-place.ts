/**
 * The place a dateline opens with ("FELIXSTOWE, England (AP) —", "PARIS (AFP) -", "LOS ANGELES, Calif. (AP)",
 * "RIVERTON —"): the words before its first comma, bracket or dash. Wire copy always names the filing place there, so it is a
 * location whatever the tagger would say of a capitalised word alone.
 */
import type { Segment } from "../summary";

const LEADING_PLACE = /^\p{Lu}[\p{L}\p{M}'’.-]*(?: [\p{Lu}][\p{L}\p{M}'’.-]*){0,3}(?=\s*(?:[,(]|—|–|--))/u;

export function datelinePlace(text: string, dateline: Segment): { start: number; end: number } | null {
  const m = LEADING_PLACE.exec(text.slice(dateline.start, dateline.end));
  return m ? { start: dateline.start, end: dateline.start + m[0].length } : null;
}
