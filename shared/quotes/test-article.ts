import type { ParsedArticle } from "../article";
import { splitSentences } from "../doc/sentences";
import type { Segment } from "../summary";

/** A ParsedArticle for tests: first line the headline, one paragraph a line, sentences split as the parser does. */
export function testArticle(text: string, language: string): ParsedArticle {
  const segments: Segment[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const start = m.index;
    const end = start + m[0].length;
    segments.push({ kind: segments.length === 0 ? "headline" : "paragraph", text: m[0], start, end, sentences: splitSentences(text, start, end) });
  }
  return { text, format: "text", language, headline: segments[0]?.text ?? null, published: null, dates: [], segments };
}
