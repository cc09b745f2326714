/**
 * The authors a byline names: "Par Anne Le Bihan", "By Jane Doe and John Roe, Reuters",
 * "Von Max Muster und Erika Musterfrau". The article's `authors` field, whatever the format carried
 * it in (a byline line, a NewsML `by`, a NITF byline, an RSS `dc:creator`, an author meta tag, a JSON
 * field): authors are a field, never a speaker.
 */
import { ARTICLE_TABLES, isDateWord, isKnownOrganisation, isMonthName, isWireAgency } from "../lang/article-tables";
import { alternation } from "./regex-escape";

/** "Par|By|Von|…", every language's byline prefixes, longest first: the source of every byline pattern. */
export const BYLINE_PREFIXES = alternation(Object.values(ARTICLE_TABLES).flatMap((t) => t.bylinePrefixes));

const PREFIX = new RegExp(String.raw`^\s*(?:${BYLINE_PREFIXES})\s+`, "iu");
/** Between two names, or a name and its agency: a comma, a semicolon, "&", "and" or "with" in the languages we read. */
export const NAME_SEPARATOR = /\s*(?:[,;&/|]|\b(?:and|et|und|y|e|with|avec|mit|con|com)\b)\s*/u;
/** Lowercase words a name may hold: "Anne de La Tour", "Jan van der Berg", "Luiz da Silva". */
const PARTICLES = new Set(["de", "du", "des", "la", "le", "d'", "van", "von", "der", "den", "da", "di", "do", "dos", "del", "y", "al", "bin", "ibn"]);
const LEADING_ARTICLES = new Set(["le", "la", "les", "l'", "the"]);
const TITLE_WORDS = new Set(Object.values(ARTICLE_TABLES).flatMap((t) => t.bylineTitleWords ?? []));
const COMPANY_SUFFIXES = new Set(Object.values(ARTICLE_TABLES).flatMap((t) => t.companySuffixes ?? []));
/** "Publié le", "Mis à jour", "Updated": what may follow the names on a byline line. */
const DATE_CUES = new RegExp(
  String.raw`^(?:${alternation(Object.values(ARTICLE_TABLES).flatMap((t) => [...(t.publishedCues ?? []), ...(t.updatedCues ?? [])]))})`,
  "iu",
);
/** Between a byline's names and its date: "Par X | Publié le …", "By X · Updated …", "Par X - Mis à jour …". */
const NAMES_THEN_DATE = /^(.{1,120}?)\s+[|•·–—-]\s+(.{1,120})$/u;

/**
 * A line that is a byline and nothing else, names then the publication date: "Par Anne Le Bihan | Publié le
 * 14 mai 2024 à 18h32, modifié le …". Pages print it above the text; it is no paragraph of the article.
 */
export function isBylineWithDate(line: string): boolean {
  // Most lines open with no byline prefix: that test first, before the split regex backtracks through them.
  if (!PREFIX.test(line)) return false;
  const m = NAMES_THEN_DATE.exec(line.replace(/\s+/g, " ").trim());
  return m !== null && PREFIX.test(m[1]) && bylineAuthors(m[1]).length > 0 && (DATE_CUES.test(m[2]) || opensWithDate(m[2]));
}

const NUMERIC_DATE = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/;
const DAY_MONTH_YEAR = /^\d{1,2}(?:er)?\.?\s+(\p{L}+\.?)\s+\d{4}\b/u;
const MONTH_DAY_YEAR = /^(\p{L}+\.?)\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b/u;

/**
 * A date with its year opening the text after a byline's names, with no cue before it: "Le 11 février 2025 à 07h45",
 * "mardi 11 février 2025", "March 3, 2025", "11.02.2025". A short word ("le", "on", "am") and a weekday may lead.
 */
function opensWithDate(s: string): boolean {
  const words = s.split(" ");
  let i = 0;
  if (words[i] !== undefined && words[i].length <= 3 && !/\d/.test(words[i])) i++;
  if (words[i] !== undefined && isDateWord(words[i].replace(/,$/, "")) && !isMonthName(words[i])) i++;
  const rest = words.slice(i).join(" ");
  const named = DAY_MONTH_YEAR.exec(rest) ?? MONTH_DAY_YEAR.exec(rest);
  return NUMERIC_DATE.test(rest) || (named !== null && isMonthName(named[1]));
}

/** The names of a byline, in order, without its prefix, titles or agencies; [] when it names nobody. */
export function bylineAuthors(byline: string | null | undefined): string[] {
  if (!byline) return [];
  // "Par Sophie LAUNAY (AFP)": an agency in brackets at the end is no name. "Julien Marsault - France Télévisions":
  // after a spaced dash come the employer or the date, never another author (a name's own hyphen has no spaces).
  const line = byline.replace(/\s+/g, " ").trim().replace(PREFIX, "").replace(/\s*\([^)]*\)\s*$/, "").replace(/ [–—-] .*$/u, "");
  const out: string[] = [];
  for (const part of line.split(NAME_SEPARATOR)) {
    const name = nameIn(part.trim().replace(/[.,;:]+$/, ""));
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

/** The part itself when it is a name, else its opening name before a title, an agency or a known medium ("JOHN ROE Associated Press"). */
function nameIn(part: string): string | null {
  const words = part.split(" ");
  // "NATURSTROM AG", "Acme Holdings Inc.": a company.
  if (COMPANY_SUFFIXES.has(words[words.length - 1].toLowerCase().replace(/\.$/, ""))) return null;
  if (isKnownOrganisation(part)) return null;
  // Before the whole part is taken for a name: "Claire Moreau Ouest France" is a name, then a medium.
  for (let n = 2; n < words.length && n <= 5; n++) {
    const rest = words.slice(n).map((w) => w.toLowerCase());
    const tail = rest.join(" ");
    if (!isWireAgency(tail) && !isKnownOrganisation(tail) && !rest.every((w) => TITLE_WORDS.has(w))) continue;
    const head = words.slice(0, n).join(" ");
    return isPersonName(head) ? head : null;
  }
  return isPersonName(part) ? part : null;
}

/** Two to five words, each capitalised or a particle, none an agency or a job title: "Jane Doe", not "Staff Writer" or "Reuters". */
function isPersonName(s: string): boolean {
  const words = s.split(" ");
  if (words.length < 2 || words.length > 5) return false;
  // "Le Soir", "The Guardian", "Les Echos": a name that opens with an article is a title, not a person.
  if (LEADING_ARTICLES.has(words[0].toLowerCase())) return false;
  return words.every((w, i) => {
    const lower = w.toLowerCase();
    if (isWireAgency(lower) || TITLE_WORDS.has(lower)) return false;
    return /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || (i > 0 && i < words.length - 1 && PARTICLES.has(lower));
  });
}
