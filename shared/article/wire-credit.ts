import { ARTICLE_TABLES, isWireAgency } from "../lang/article-tables";
import { NAME_SEPARATOR, bylineAuthors } from "./byline";
import { alternation, escapeRegExp } from "./regex-escape";

const CREDIT_STARTS = [...new Set(Object.values(ARTICLE_TABLES).flatMap((t) => t.wireCreditStarts ?? []))].map(escapeRegExp).join("|");
/** "(Reporting by Kate Holton; Editing by William James)", "(Reportage X, version française Y)": every language's starts. */
const CREDIT_LINE = new RegExp(String.raw`^\(\s*(?:${CREDIT_STARTS})\b[^()]*\)$`, "iu");
/** The same without brackets, as plain-text copies print it: one line, no sentence inside ("Reporting by X; Editing by Y"). */
const BARE_CREDIT_LINE = new RegExp(String.raw`^(?:${CREDIT_STARTS})\b[^()\n.!?]{1,200}\.?$`, "iu");
/** An agency's sign-off: staff initials joined by "/" and "-" ("mdu-pl/ob", "burs-ach/sst"), no prose. */
const SIGN_OFF = /^[a-z]{2,6}(?:\s*[-/]\s*[a-z0-9]{2,6}){1,8}$/;
/** "___", "* * *", "———": a rule that sets the closing lines apart from the story. */
const SEPARATOR = /^[\s_*=~#•·—–-]{3,}$/u;
/** "Associated Press writer X in Y contributed to this report.": who helped, not the story (the cue ends the line). */
const CONTRIBUTORS = new RegExp(
  String.raw`(?:${[...new Set(Object.values(ARTICLE_TABLES).flatMap((t) => t.contributorCues ?? []))].map(escapeRegExp).join("|")})\.?$`,
  "iu",
);

/**
 * The closing lines of a wire story that say who wrote and edited it (or only which agency): a field (the
 * story's creators), never text, whose names must not become entities or speakers.
 */
export function isWireCredit(paragraph: string): boolean {
  const t = paragraph.trim();
  return (
    (SIGN_OFF.test(t) && t.includes("/")) ||
    CREDIT_LINE.test(t) ||
    (BARE_CREDIT_LINE.test(t) && (t.includes(";") || t.split(/\s+/).length <= 12)) ||
    isWireAgency(t.replace(/^[-–—(\s]+|[-–—).\s]+$/g, ""))
  );
}

/** A line that closes a story without being part of it: a credit or sign-off, a separator rule, a contributors' line. */
export function isClosingLine(paragraph: string): boolean {
  const t = paragraph.trim();
  return t.length <= 300 && (isWireCredit(t) || SEPARATOR.test(t) || CONTRIBUTORS.test(t));
}

const tables = Object.values(ARTICLE_TABLES);
/** Where each credit of a line starts: at the line's start, or after a bracket, a semicolon or a comma. */
const CREDIT_CLAUSE = new RegExp(String.raw`(?:^|[(;,]\s*)(${CREDIT_STARTS})\s+`, "giu");
const AUTHOR_STARTS = new Set(tables.flatMap((t) => t.wireCreditAuthorStarts ?? []).map((s) => s.toLowerCase()));
/** " in London", " à Bruxelles": the place a credited name reported from, to the end of its part. */
const PLACE = new RegExp(String.raw`\s+(?:${alternation(tables.flatMap((t) => t.wireCreditPlaceWords ?? []))})\s.*$`, "iu");

/**
 * The authors a wire credit line names: those credited with the reporting or the writing, not the editors or
 * translators ("(Reporting by Kate Holton and Guy Faulconbridge in London; Editing by William James)" gives
 * Kate Holton and Guy Faulconbridge). [] for a line that is no credit.
 */
export function creditAuthors(line: string): string[] {
  if (!isWireCredit(line)) return [];
  const t = line.replace(/\s+/g, " ").trim().replace(/^\(\s*|\s*\)\.?$/g, "");
  const clauses = [...t.matchAll(CREDIT_CLAUSE)];
  const out: string[] = [];
  clauses.forEach((m, i) => {
    if (!AUTHOR_STARTS.has(m[1].toLowerCase())) return;
    const names = t.slice(m.index + m[0].length, clauses[i + 1]?.index ?? t.length);
    for (const part of names.split(NAME_SEPARATOR)) {
      for (const name of bylineAuthors(part.replace(PLACE, ""))) if (!out.includes(name)) out.push(name);
    }
  });
  return out;
}
