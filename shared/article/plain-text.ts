import type { Segment } from "../summary";
import { type Block, paragraphBlocks, segment, segmentBlocks, UNDERLINED_TITLE } from "./blocks";
import { cleanHeadline, looksLikeTitle } from "./headline";

export interface PlainTextStructure {
  headline: string | null;
  /** From the wire header line `date YYYY-MM[-DD] <headline>`. */
  headerDate: string | null;
  segments: Segment[];
}

/** The seed wire format's optional first line: `date 2023-11 <headline>` (leading spaces allowed). */
const HEADER_LINE = /^[ \t]*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)[ \t]+(\S[^\n]*?)[ \t\r]*$/im;

/** Structure of a plain-text article: header line or title line, then classified blocks. */
export function parsePlainText(text: string, from = 0, to = text.length, blocks: Block[] = paragraphBlocks(text, from, to)): PlainTextStructure {
  const segments: Segment[] = [];
  let headline: string | null = null;
  let headerDate: string | null = null;
  let rest = blocks;
  const first = blocks[0];
  if (first) {
    const lineBreak = /\r\n|\r|\n/g;
    lineBreak.lastIndex = first.start;
    const firstLineEnd = lineBreak.exec(text)?.index ?? -1;
    const lineEnd = firstLineEnd < 0 || firstLineEnd > first.end ? first.end : firstLineEnd;
    const header = HEADER_LINE.exec(text.slice(first.start, lineEnd));
    const underlined = UNDERLINED_TITLE.exec(text.slice(first.start, first.end));
    if (underlined && /\p{L}/u.test(underlined[1]) && blocks.length > 1) {
      // "Title\n=====": the title line is the headline; its underline is no part of it.
      segments.push(segment(text, "headline", first.start, first.start + underlined[1].length));
      headline = cleanHeadline(underlined[1]);
      rest = blocks.slice(1);
    } else if (header && header.index === 0) {
      headerDate = header[1];
      const hs = first.start + header[0].indexOf(header[2], header[0].indexOf(header[1]) + header[1].length);
      segments.push(segment(text, "headline", hs, hs + header[2].length));
      headline = cleanHeadline(header[2]);
      rest = lineEnd < first.end ? [{ start: lineEnd + 1 + (text.slice(lineEnd, lineEnd + 2) === "\r\n" ? 1 : 0), end: first.end }, ...blocks.slice(1)] : blocks.slice(1);
    } else if (blocks.length > 1 && titleBlock(text, first.start, first.end, lineEnd, blocks[1].start)) {
      const body = segmentBlocks(text, [first]);
      // A dateline, caption or byline first is the article's start, not its title.
      if (body.length === 1 && (body[0].kind === "paragraph" || body[0].kind === "heading")) {
        segments.push(segment(text, "headline", first.start, first.end));
        headline = cleanHeadline(text.slice(first.start, first.end));
        rest = blocks.slice(1);
      }
    }
  }
  // Not push(...): a spread of one argument per line overflows the stack on a text of 150,000 one-word lines.
  for (const s of segmentBlocks(text, rest)) segments.push(s);
  return { headline, headerDate, segments };
}

/**
 * A first block is a title when it looks like one: a single line, or up to
 * three lines (headline and subtitle) followed by a blank line. Without a
 * blank line after it, only a line without sentence punctuation at its end.
 */
function titleBlock(text: string, start: number, end: number, firstLineEnd: number, nextStart: number): boolean {
  const blankAfter = /(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)/.test(text.slice(end, nextStart));
  const block = text.slice(start, end);
  if (firstLineEnd < end) return blankAfter && block.split(/\r\n|\r|\n/).length <= 3 && looksLikeTitle(block.replace(/\s*[\r\n]\s*/g, " "));
  if (!looksLikeTitle(block)) return false;
  return blankAfter || !/[.!?…]["'’”»]?$/u.test(block);
}
