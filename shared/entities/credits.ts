/**
 * Photo credits ("AFP / Stanislav FILIPPOV", "Ministère ouzbek des Affaires
 * étrangères / -"): agencies and bodies are organisations, photographers are
 * persons whose surname is usually in capitals.
 */
import { CAPTION_CREDIT_WORDS, isWireAgency } from "../lang/article-tables";
import type { Segment } from "../summary";

export interface CreditMention {
  start: number;
  end: number;
  type: "PERSON" | "ORGANIZATION";
}

export interface CreditRange {
  /** Where the credit text starts and ends in the article text. */
  start: number;
  end: number;
  /** Start of what should not be tagged by the model (the opening parenthesis when there is one). */
  cutFrom: number;
}

// A caption that ends with "( AGENCY / NAME )": the usual wire layout, used when the parser gave no credit.
const TRAILING_CREDIT = /\(\s*([^()\n]{1,120}?\/[^()\n]{0,120}?)\s*\)\s*$/u;
const GIVEN = "\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:-\\p{Lu}[\\p{Ll}\\p{M}'’]+)?\\.?";
const CAPS_SURNAME = "\\p{Lu}[\\p{Lu}\\p{M}'’-]+";
// "Stanislav FILIPPOV", "Jean-Pierre DE LA TOUR", "J. DOE".
const PERSON_CAPS = new RegExp(`^(?:(?:${GIVEN}|\\p{Lu}\\.)\\s+){1,3}${CAPS_SURNAME}(?:\\s+${CAPS_SURNAME})*$`, "u");
// "KEVIN LAMARQUE", the whole name in capitals: only when the first word is a known first name ("US NAVY" is no one).
const PERSON_ALL_CAPS = new RegExp(`^${CAPS_SURNAME}(?:\\s+${CAPS_SURNAME}){1,2}$`, "u");
// "Kevin Lamarque": only when the first word is a known first name. An initial may open the name or follow the first
// word ("J. Scott Applewhite", "Robert F. Bukaty"), never end it.
const PERSON_PLAIN = new RegExp(`^(?:\\p{Lu}\\.\\s+)?${GIVEN}(?:\\s+\\p{Lu}\\.)?(?:\\s+${GIVEN}){1,2}$`, "u");
// A caption that ends with "(Photo Jean Rollin)", "(Crédit photo : X)", "(Photo by X)": one credit, no slash.
// (No "i" flag: with it, \p{Lu} would match lowercase letters too.)
const TRAILING_PHOTO_CREDIT = /\(\s*((?:[Pp]hotos?(?:\s+by)?|[Cc]rédits?(?:\s+photos?)?|[Cc]redits?)\s*:?\s+\p{Lu}[^()\n/]{1,80}?)\s*\)\s*$/u;
/** The words that open such a credit, with their colon. */
const CREDIT_LEAD = /^(?:[Pp]hotos?(?:\s+by)?|[Cc]rédits?(?:\s+photos?)?|[Cc]redits?)\s*:?\s+(?=\p{Lu})/u;
const SKIP = /^(?:-|–|—|archives?|photo|photos|illustration|dr|handout|file|pool photo)$/iu;

/** Finds the credit of a caption segment in the text. */
export function creditRange(text: string, seg: Segment): CreditRange | null {
  if (seg.credit) {
    const at = text.indexOf(seg.credit, seg.start);
    if (at < 0 || at > seg.end + 200) return null;
    let cut = at;
    for (let k = at - 1; k >= seg.start && k >= at - 3; k--) if (text[k] === "(") cut = k;
    return { start: at, end: at + seg.credit.length, cutFrom: cut };
  }
  if (seg.kind !== "caption" && seg.kind !== "paragraph") return null;
  const body = text.slice(seg.start, seg.end);
  const m = TRAILING_CREDIT.exec(body) ?? (seg.kind === "caption" ? TRAILING_PHOTO_CREDIT.exec(body) : null);
  if (!m) return null;
  const open = seg.start + m.index;
  const start = seg.start + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length, cutFrom: open };
}

/**
 * Mentions in a credit: each part between slashes (or " - ") is a person or an organisation. A part that names one
 * of the article's authors is that person, whatever the first-name lists know ("Par Yann Le Goff" … "(Photo Yann Le
 * Goff)": the reporter took the picture).
 */
export function creditMentions(text: string, range: CreditRange, isFirstName: (w: string) => boolean, authors: readonly string[] = []): CreditMention[] {
  const authorNames = new Set(authors.map(nameKey));
  const out: CreditMention[] = [];
  const re = /[^/]+/g;
  const credit = text.slice(range.start, range.end);
  const parts: { value: string; start: number }[] = [];
  for (let m = re.exec(credit); m; m = re.exec(credit)) {
    for (const part of splitDash(m[0], m.index)) {
      const raw = part.text;
      const lead = raw.length - raw.trimStart().length;
      const value = raw.trim().replace(/^(?:photo|crédit|credit)s?\s*:\s*/iu, "").replace(CREDIT_LEAD, "");
      const start = range.start + part.offset + lead + (raw.trim().length - value.length);
      if (!value || SKIP.test(value) || !/\p{L}/u.test(value)) continue;
      parts.push({ value, start });
    }
  }
  // "(AP Photo/Kirsty Wigglesworth)", "(Reuters/Jane Doe)": beside a wire agency, a plain two- or three-word name is
  // the photographer, whatever the first-name lists know, unless it ends with a word of the trade ("Getty Images").
  const fromAgency = parts.length > 1 && parts.some((p) => isWireAgency(agencyOf(p.value)));
  for (const { value, start } of parts) {
    const end = start + value.length;
    const plain = PERSON_PLAIN.test(value);
    const firstKnown = isFirstName(value.split(/\s+/)[0]);
    if (PERSON_CAPS.test(value) || ((plain || PERSON_ALL_CAPS.test(value)) && firstKnown) || (plain && fromAgency && !isWireAgency(value) && !tradeWord(value)) || authorNames.has(nameKey(value))) {
      out.push({ start, end, type: "PERSON" });
    } else if (/^\p{Lu}/u.test(value)) {
      // "AFP PHOTO", "AP Photo" name the agency.
      const agency = agencyOf(value);
      out.push({ start, end: start + agency.length, type: "ORGANIZATION" });
    }
  }
  return out;
}

/** "AFP PHOTO" -> "AFP", "AP Photo" -> "AP": the agency a photo credit names. */
const agencyOf = (value: string) => /^(\p{Lu}{2,})\s+(?:PHOTO|Photo)$/u.exec(value)?.[1] ?? value;

/** The last word names the trade, not a person: "Getty Images", "Alamy Photos", "Keystone Bild". */
const tradeWord = (value: string) => {
  const last = value.split(/\s+/).pop()!.toLowerCase().replace(/\P{L}+$/u, "");
  return CAPTION_CREDIT_WORDS.some((w) => w.toLowerCase() === last || `${w.toLowerCase()}s` === last);
};

/** A name compared case-blind and space-blind: "Yann LE GOFF" is "Yann Le Goff". */
const nameKey = (name: string) => name.toLowerCase().replace(/\s+/g, " ").trim();

function splitDash(s: string, offset: number): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let from = 0;
  const re = /\s[-–—]\s/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push({ text: s.slice(from, m.index), offset: offset + from });
    from = m.index + m[0].length;
  }
  out.push({ text: s.slice(from), offset: offset + from });
  return out;
}

/** "Stanislav FILIPPOV" -> "Stanislav Filippov"; mixed-case words are kept. */
export function titleCaseCaps(name: string): string {
  return name.replace(/[\p{L}\p{M}'’]+/gu, (w) => (w.length > 1 && w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w));
}
