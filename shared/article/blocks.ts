import { CAPTION_CREDIT_WORDS, WIRE_AGENCIES, ARTICLE_TABLES, isMonthName } from "../lang/article-tables";
import type { Segment, SegmentKind } from "../summary";
import { splitSentences } from "../doc/sentences";
import { BYLINE_PREFIXES, isBylineWithDate } from "./byline";
import { escapeRegExp } from "./regex-escape";
import { isClosingLine } from "./wire-credit";

export interface Block {
  start: number;
  end: number;
}

/**
 * Paragraph blocks of text[from, to): runs of lines between blank lines. A
 * text with no blank line at all has one paragraph per line.
 */
export function paragraphBlocks(text: string, from: number, to: number): Block[] {
  const blocks: Block[] = [];
  // Line breaks may be \n, \r\n or a lone \r (old Mac files).
  const blankLine = /(?:\r\n|\r(?!\n)|\n)[ \t\u00a0]*(?:\r\n|\r(?!\n)|\n)/g;
  blankLine.lastIndex = from;
  const hasBlank = (() => {
    const m = blankLine.exec(text);
    return m !== null && m.index < to;
  })();
  const separator = hasBlank ? /(?:\r\n|\r(?!\n)|\n)[ \t\u00a0]*(?:\r\n|\r(?!\n)|\n)(?:[ \t\u00a0]*(?:\r\n|\r(?!\n)|\n))*/g : /\r\n|\r|\n/g;
  let s = from;
  separator.lastIndex = from;
  for (let m = separator.exec(text); m && m.index < to; m = separator.exec(text)) {
    pushTrimmed(text, blocks, s, m.index);
    s = m.index + m[0].length;
    separator.lastIndex = s;
  }
  pushTrimmed(text, blocks, s, to);
  return blocks;
}

function pushTrimmed(text: string, out: Block[], s: number, e: number): void {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e });
}


/**
 * A title over a line of `=` or `-` (the "setext" underline of plain-text and Markdown exports):
 * the title line alone, without its underline.
 */
export const UNDERLINED_TITLE = /^([^\r\n]{1,160}?)[ \t]*(?:\r\n|\r|\n)[ \t]*(?:={3,}|-{3,})[ \t]*$/u;

/** `- Gaza -`, `== Gaza ==`, `* Gaza *`: a short title between matching marks. */
const MARKED_HEADING = /^([-–—=*•#]{1,3})[ \t]*([^\n]{1,80}?)[ \t]*[-–—=*•#]{1,3}$/u;

/** A caption's credit: `( AFP / Stanislav FILIPPOV )`, `(Photo: AFP)`, `(Photo AFP)` at the very end. */
const CREDIT = new RegExp(
  String.raw`\(\s*((?:[^()\n/]{1,80}\s/\s[^()\n]{0,80}?)|(?:(?:${CAPTION_CREDIT_WORDS.map(escapeRegExp).join("|")})\b\s*:?\s*[^()\n]{1,80}?))\s*\)\s*$`,
  "u",
);

/**
 * A staff writer's dateline, no agency: `RIVERTON —`, `NEW YORK, N.Y. —`, `WASHINGTON --`, and a regional paper's
 * with its département or county in brackets, `DOLE (Jura) –`. The place in capitals
 * and a dash (never a hyphen, which "PARIS - le" style copy also uses in running text), at the story's start only.
 */
const STAFF_DATELINE = /^(\p{Lu}[\p{Lu}'’.-]*(?: \p{Lu}[\p{Lu}'’.-]*){0,3}(?:, [\p{L}.]+(?: [\p{L}.]+)?)?(?: \(\p{Lu}[\p{L}'’.-]*(?:[ -]\p{L}[\p{L}'’.-]*){0,3}\))?\s+(?:—|–|--))\s*/u;

/**
 * A staff dateline with its date: `WASHINGTON, March 12 —`, `PORTSMOUTH, England, March 12 -`, `RENNES, 12 mars -`.
 * The town in capitals followed by a day and a month is a dateline's own shape, so a plain hyphen is its dash too.
 * The month (group 2 or 3) is checked against the tables after the match: one generic pattern, not an alternation of
 * every month name (which also made V8's startup snapshot of the CLI fail to serialise its compiled code).
 */
const DATED_STAFF_DATELINE =
  /^(\p{Lu}[\p{Lu}'’.-]*(?: \p{Lu}[\p{Lu}'’.-]*){0,3}(?:, \p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)?)?, (?:(\p{L}+)\.? \d{1,2}|\d{1,2}(?:er)? (\p{L}+)\.?)(?:,? \d{4})?\s+(?:—|–|--|-))\s*/u;

/**
 * A dateline on a line of its own, the place in capitals and the filing date: `LONDON 1996-08-30`,
 * `AL-AIN , United Arab Emirates 1996-12-06`, as wire archives print them above the story.
 * FILING_DATE is the date's forms, which the entity stage reads too (entities/dateline-place.ts).
 */
export const FILING_DATE = String.raw`(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})`;
const LINE_DATELINE = new RegExp(String.raw`^\p{Lu}[\p{Lu}'’.-]*(?: \p{Lu}[\p{Lu}'’.-]*){0,3}(?:\s*,\s*\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,3})?\s+${FILING_DATE}\s*$`, "u");

/** `PARIS (AFP) -`, `WASHINGTON (Reuters) —`, `LOS ANGELES, Calif. (AP) —`, `Berlin (dpa) -`. */
const DATELINE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}'’. -]{1,40}(?:,[^()\n]{1,40})?\s*\((?:${WIRE_AGENCIES.map(escapeRegExp).join("|")})\)\s*[-–—:]+)\s*`,
  "u",
);

const BYLINE = new RegExp(
  String.raw`^(?:${BYLINE_PREFIXES})\s+\p{Lu}[\p{L}'’. -]{1,60}(?:\s*(?:,|and|et|und|y|e)\s+\p{Lu}[\p{L}'’. -]{1,60})*(?:,\s*[^\n]{1,40})?$`,
  "u",
);

/**
 * "Copyright 2024 The Associated Press. All rights reserved.", "© Ouest-France": a closing notice, not the article.
 * A one-word notice ("Copyright") opens the line; a phrase ("Tous droits réservés") may stand anywhere in it.
 */
const NOTICES = [...new Set(Object.values(ARTICLE_TABLES).flatMap((t) => t.copyrightNotices ?? []))];
const COPYRIGHT = new RegExp(
  String.raw`^(?:©|\(c\)\s*\d{4}|(?:${NOTICES.filter((n) => !n.includes(" ")).map(escapeRegExp).join("|")})\b)|(?:${NOTICES.filter((n) => n.includes(" ")).map(escapeRegExp).join("|")})`,
  "iu",
);

/** A line that may close a text without being part of it: a copyright notice, a credit or sign-off, a rule, a contributors' line. */
export function isClosingNotice(raw: string): boolean {
  return (raw.length <= 200 && COPYRIGHT.test(raw)) || isClosingLine(raw);
}

export interface SegmentOptions {
  /** Short lines without final punctuation between paragraphs are headings. */
  shortLinesAreHeadings?: boolean;
}

/** Classifies blocks of plain text into segments with their sentences. */
export function segmentBlocks(text: string, blocks: Block[], options: SegmentOptions = {}): Segment[] {
  const segments: Segment[] = [];
  // Whether a paragraph has been pushed yet, read incrementally: a text of 100,000 headings stays linear.
  let storyOpened = false;
  let checked = 0;
  const opensStory = (): boolean => {
    for (; !storyOpened && checked < segments.length; checked++) storyOpened = segments[checked].kind === "paragraph";
    return !storyOpened;
  };
  const closingFrom = closingLinesFrom(text, blocks);
  for (const [i, b] of blocks.entries()) {
    if (i >= closingFrom) break;
    const raw = text.slice(b.start, b.end);
    const underlined = UNDERLINED_TITLE.exec(raw);
    if (underlined && /\p{L}/u.test(underlined[1])) {
      segments.push(segment(text, "heading", b.start, b.start + underlined[1].length));
      continue;
    }
    const heading = MARKED_HEADING.exec(raw);
    if (heading && heading[2].trim() !== "" && /\p{L}/u.test(heading[2])) {
      const s = b.start + raw.indexOf(heading[2], heading[1].length);
      segments.push(segment(text, "heading", s, s + heading[2].length));
      continue;
    }
    const credit = CREDIT.exec(raw);
    if (credit && raw.length - credit[0].length > 15) {
      const seg = segment(text, "caption", b.start, b.end);
      seg.credit = credit[1].replace(/\s+/g, " ").trim();
      segments.push(seg);
      continue;
    }
    if (raw.length <= 240 && !/[\r\n]/.test(raw) && ((raw.length <= 120 && BYLINE.test(raw)) || isBylineWithDate(raw))) {
      segments.push(segment(text, "byline", b.start, b.end));
      continue;
    }
    if (raw.length <= 80 && LINE_DATELINE.test(raw) && opensStory()) {
      segments.push(segment(text, "dateline", b.start, b.end));
      continue;
    }
    // Most paragraphs have no "(" at all: the regex, which needs one, would backtrack through their first words.
    const dateline = (raw.includes("(") ? DATELINE.exec(raw) : null) ?? (opensStory() ? staffDateline(raw) : null);
    if (dateline && raw.length > dateline[0].length + 10) {
      const dEnd = b.start + dateline[1].length;
      segments.push(segment(text, "dateline", b.start, dEnd));
      segments.push(segment(text, "paragraph", b.start + dateline[0].length, b.end));
      continue;
    }
    if (options.shortLinesAreHeadings && looksLikeHeading(raw)) {
      segments.push(segment(text, "heading", b.start, b.end));
      continue;
    }
    segments.push(segment(text, "paragraph", b.start, b.end));
  }
  return segments;
}

/**
 * Where the closing lines of the text start: the last blocks, after the first, that are a copyright notice
 * (page furniture of a wire or an export), a credit or sign-off, a separator rule or a contributors' line.
 * They stay in the text, as every block does, but are no segment: their names are not the story's entities.
 */
function closingLinesFrom(text: string, blocks: Block[]): number {
  let from = blocks.length;
  while (from > 1) {
    if (!isClosingNotice(text.slice(blocks[from - 1].start, blocks[from - 1].end))) break;
    from--;
  }
  return from;
}

const SECTION_LABELS = new Set(Object.values(ARTICLE_TABLES).flatMap((t) => t.sectionLabels ?? []));

function staffDateline(raw: string): RegExpExecArray | null {
  const dated = DATED_STAFF_DATELINE.exec(raw);
  if (dated && isMonthName(dated[2] ?? dated[3])) return dated;
  const m = STAFF_DATELINE.exec(raw);
  if (!m) return null;
  const place = m[1].replace(/\s*(?:—|–|--)$/u, "").trim();
  // "VAUDEVILLE. — 8 h. 30": a word and a full stop before the dash is a listing's or a sentence's end, not a town ("N.Y." is).
  if (!place.includes(",") && /[^.\s]{3,}\.$/u.test(place)) return null;
  return SECTION_LABELS.has(place) ? null : m;
}

/** A short single line, capitalised, without sentence punctuation at its end. */
export function looksLikeHeading(raw: string): boolean {
  if (raw.length > 80 || /[\r\n]/.test(raw)) return false;
  if (!/^\p{Lu}/u.test(raw)) return false;
  if (/[.!?,;:"»”)…]$/u.test(raw)) return false;
  const words = raw.split(/\s+/).length;
  return words <= 10;
}

export function segment(text: string, kind: SegmentKind, start: number, end: number): Segment {
  return { kind, text: text.slice(start, end), start, end, sentences: splitSentences(text, start, end) };
}
