/**
 * Plain text wrapped at a fixed width (wire dispatches, e-mails, `fold`ed exports) breaks lines in the
 * middle of sentences, names and quotes. Every later stage reads a line break as a boundary: a quote
 * never spans one, a name is never split across one. So inside a paragraph that is hard-wrapped, each
 * line break becomes a space, one character for one: the text keeps its length and every offset still
 * points into the file as it was uploaded.
 */
import { type Block, paragraphBlocks } from "./blocks";

/** Wrap widths in use run from about 60 to 80 columns; a line of prose over 100 is a paragraph of its own. */
const MAX_WRAPPED_LINE = 100;
/** A wrapped line fills most of the width; shorter lines are a list, a verse, an address or a table. */
const MIN_WRAPPED_LINE = 35;
const BLANK_LINE = /(?:\r\n|\r(?!\n)|\n)[ \t\u00a0]*(?:\r\n|\r(?!\n)|\n)/;
const LINE_BREAK = /\r\n|\r|\n/g;
/** "- item", "• item", "1. item", "2) item": a list keeps its lines. */
const LIST_ITEM = /^[ \t]*(?:[-*•–—]|\d{1,3}[.)])[ \t]/;

/**
 * The text with the line breaks inside hard-wrapped paragraphs replaced by spaces. Only texts whose
 * paragraphs are separated by blank lines are touched (without them, each line is a paragraph), and
 * never the first block, which may be a headline over a subtitle. `blocks` are the text's paragraphBlocks,
 * which stay those of the text returned (only line breaks inside blocks change).
 */
export function unwrapHardWrappedLines(text: string, blocks: readonly Block[] = paragraphBlocks(text, 0, text.length)): string {
  if (!BLANK_LINE.test(text)) return text;
  const candidates = blocks
    .slice(1)
    .map((b) => blockLines(text, b.start, b.end))
    .filter((lines): lines is Line[] => lines !== null);
  // The wrap width: the longest line that a break follows, over the whole text (one tool wrapped it all).
  let width = 0;
  for (const lines of candidates) for (let i = 0; i < lines.length - 1; i++) width = Math.max(width, lines[i].length);
  const breaks: Array<[number, number]> = [];
  for (const lines of candidates) if (wrappedAt(lines, width)) for (let i = 0; i < lines.length - 1; i++) breaks.push([lines[i].end, lines[i + 1].start]);
  if (breaks.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const [s, e] of breaks) {
    parts.push(text.slice(at, s), " ".repeat(e - s));
    at = e;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

/**
 * Is text[start, end) one paragraph hard-wrapped at a fixed width (every line but the last filled up to
 * where the next word would not fit)? For bodies with no blank line at all (text-paragraphs.ts).
 */
export function isHardWrapped(text: string, start: number, end: number): boolean {
  const lines = blockLines(text, start, end);
  if (lines === null || lines.length < 2) return false;
  let width = 0;
  for (let i = 0; i < lines.length - 1; i++) width = Math.max(width, lines[i].length);
  return wrappedAt(lines, width);
}

interface Line {
  start: number;
  /** Offset of its line break. */
  end: number;
  /** Trimmed length. */
  length: number;
  firstWord: number;
}

/** The lines of a block of two or more, when each could be a wrapped line of prose; else null. */
function blockLines(text: string, start: number, end: number): Line[] | null {
  // Most blocks are one line: nothing to look at. (Scanned within the block: an indexOf past it would
  // read to the end of a text without any "\r" once per block, quadratic on a long one.)
  let hasBreak = false;
  for (let i = start; i < end && !hasBreak; i++) {
    const c = text.charCodeAt(i);
    hasBreak = c === 10 || c === 13;
  }
  if (!hasBreak) return null;
  const lines: Line[] = [];
  let lineStart = start;
  LINE_BREAK.lastIndex = start;
  const add = (s: number, e: number) => {
    const line = text.slice(s, e);
    lines.push({ start: s, end: e, length: line.trim().length, firstWord: line.trim().split(/\s/, 1)[0].length });
    return !LIST_ITEM.test(line);
  };
  for (let m = LINE_BREAK.exec(text); m && m.index < end; m = LINE_BREAK.exec(text)) {
    if (!add(lineStart, m.index)) return null;
    lineStart = m.index + m[0].length;
  }
  if (lines.length === 0 || !add(lineStart, end)) return null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].length;
    if (l > MAX_WRAPPED_LINE || (i < lines.length - 1 && l < MIN_WRAPPED_LINE)) return null;
  }
  return lines;
}

/**
 * A wrapping tool breaks a line where the next word would not fit: each line that a break follows,
 * with one space and the next line's first word, passes the width (less a tenth, as some tools aim
 * short of it). A list of sentences one per line does not ("Be the Clinton…" after a line of 63).
 */
function wrappedAt(lines: Line[], width: number): boolean {
  for (let i = 0; i < lines.length - 1; i++) if (lines[i].length + 1 + lines[i + 1].firstWord <= width * 0.9) return false;
  return true;
}
