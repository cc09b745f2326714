import type { Segment } from "../summary";
import { segment, segmentBlocks } from "./blocks";

export interface LaidBlock {
  kind: "paragraph" | "heading" | "caption" | "byline" | "dateline";
  text: string;
}

/**
 * The plain text of an extracted article (HTML, Markdown, JSON): headline,
 * then each block, separated by blank lines. Paragraph blocks are classified
 * like plain text (datelines, captions, bylines, marked headings).
 */
export function layoutBlocks(headline: string | null, blocks: LaidBlock[]): { text: string; segments: Segment[] } {
  let text = "";
  const spans: { start: number; end: number; kind: LaidBlock["kind"] | "headline" }[] = [];
  const add = (t: string, kind: LaidBlock["kind"] | "headline") => {
    if (text) text += "\n\n";
    spans.push({ start: text.length, end: text.length + t.length, kind });
    text += t;
  };
  if (headline) add(headline, "headline");
  for (const b of blocks) add(b.text, b.kind);
  const segments: Segment[] = [];
  for (const s of spans) {
    if (s.kind === "headline" || s.kind === "heading" || s.kind === "byline" || s.kind === "dateline") segments.push(segment(text, s.kind, s.start, s.end));
    else if (s.kind === "caption") {
      const [seg] = segmentBlocks(text, [s]);
      segments.push(seg.kind === "caption" ? seg : { ...segment(text, "caption", s.start, s.end) });
    } else segments.push(...segmentBlocks(text, [s]));
  }
  return { text, segments };
}
