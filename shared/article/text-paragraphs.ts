import { paragraphBlocks } from "./blocks";
import { isHardWrapped } from "./hard-wraps";


/**
 * The paragraphs of a plain-text story body (NewsML-G2 inlineData text/plain, Atom type="text"),
 * as wire systems lay them out:
 * - blank lines between paragraphs;
 * - else paragraphs whose first line is indented, their lines wrapped at a fixed width (ANPA-style wires);
 * - else lines wrapped at a fixed width with no marker at all: one paragraph, as a line break there is no paragraph break;
 * - else one paragraph per line (dpa-style text/plain).
 */
export function textParagraphs(raw: string): string[] {
  const text = dedent(raw);
  const blocks = paragraphBlocks(text, 0, text.length).map((b) => text.slice(b.start, b.end));
  const multiLine = blocks.length > 1 && !/(?:\r\n|\r(?!\n)|\n)[ \t\u00a0]*(?:\r\n|\r(?!\n)|\n)/.test(text);
  if (multiLine) {
    const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== "");
    const indented = lines.filter((l) => /^(?:\t| {2,})\S/.test(l)).length;
    if (indented >= 2 && indented < lines.length) return collapse(text.split(/(?:\r\n|\r|\n)(?=\t| {2,}\S)/));
    const start = text.length - text.trimStart().length;
    if (isHardWrapped(text, start, text.trimEnd().length)) return collapse([text]);
  }
  return collapse(blocks);
}

function collapse(parts: string[]): string[] {
  return parts.map((p) => p.replace(/\s+/g, " ").trim()).filter((p) => p !== "");
}

/**
 * Text pretty-printed inside its XML element has every line indented by the element's depth
 * (the first line often not, when it starts right after the tag): that indentation is removed,
 * so it is not read as paragraph starts.
 */
function dedent(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  const rest = lines.slice(1).filter((l) => l.trim() !== "");
  if (rest.length === 0) return text;
  const common = Math.min(...rest.map((l) => /^[ \t]*/.exec(l)![0].length));
  return common === 0 ? text : [lines[0], ...lines.slice(1).map((l) => l.slice(Math.min(common, /^[ \t]*/.exec(l)![0].length)))].join("\n");
}
