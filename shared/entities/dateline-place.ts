/**
 * The places a dateline opens with ("FELIXSTOWE, England (AP) —", "PARIS (AFP) -", "SHAWNEE, Okla. (AP)",
 * "RIVERTON —"): the words before its first comma, bracket or dash, and the region or country after that
 * comma ("Okla.", "England") when a comma, bracket, dash or the date ends it too ("LONDON 1996-08-30" on a line of its
 * own), unless it is a weekday, a month or "today" in some language ("MOSCOW, Monday (Reuters)"). Wire copy always names the filing
 * place there, so each is a location whatever the tagger would say of a capitalised word (or an agency-style
 * abbreviation) alone. A part with a digit is the date ("Sept. 26", "4 déc"), never a place.
 */
import { FILING_DATE } from "../article/blocks";
import { isDateWord, isWireAgency } from "../lang/article-tables";
import type { Segment } from "../summary";

/** "MOSCOW, Monday (Reuters)": a part of weekdays, months or relative days dates the story after the town. */
const isDatePart = (part: string) => part.split(/\s+/).every(isDateWord);

const PLACE = new RegExp(String.raw`^\p{Lu}[\p{L}\p{M}'’.-]*(?: [\p{Lu}][\p{L}\p{M}'’.-]*){0,3}(?=\s*(?:[,(]|—|–|--)|\s+${FILING_DATE}\s*$)`, "u");
/** A capitalised name of a few words, as a département or county is ("Jura", "Côtes-d'Armor"); never all capitals, as a broadcaster's "(CNN)" is. */
const PLACE_IN_BRACKETS = /^(?=[^()]*\p{Ll})\p{Lu}[\p{L}\p{M}'’.-]*(?:[ -]\p{L}[\p{L}\p{M}'’.-]*){0,3}$/u;
/** Regions after the town: at most two ("PORTLAND, Maine, U.S."). */
const MAX_REGIONS = 2;

export function datelinePlaces(text: string, dateline: Segment): { start: number; end: number }[] {
  const line = text.slice(dateline.start, dateline.end);
  const first = PLACE.exec(line);
  if (!first || isDatePart(first[0])) return [];
  const out = [{ start: dateline.start, end: dateline.start + first[0].length }];
  let at = first[0].length;
  for (let n = 0; n < MAX_REGIONS; n++) {
    const comma = /^\s*,\s*/.exec(line.slice(at));
    if (!comma) break;
    const region = PLACE.exec(line.slice(at + comma[0].length));
    if (!region || isDatePart(region[0])) break;
    at += comma[0].length;
    out.push({ start: dateline.start + at, end: dateline.start + at + region[0].length });
    at += region[0].length;
  }
  // "DOLE (Jura) –": a regional paper's département or county in brackets; an agency there ("(AFP)") is the source.
  const bracketed = /^\s*\(\s*([^()\d]{2,40}?)\s*\)/u.exec(line.slice(at));
  if (bracketed && PLACE_IN_BRACKETS.test(bracketed[1]) && !isWireAgency(bracketed[1]) && !isDatePart(bracketed[1])) {
    const start = dateline.start + at + bracketed[0].indexOf(bracketed[1]);
    out.push({ start, end: start + bracketed[1].length });
  }
  return out;
}
