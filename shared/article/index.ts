import { ExtractionError } from "../errors";
import type { Segment } from "../summary";
import type { ParsedArticle } from "./parsed-article";

export type { ParsedArticle } from "./parsed-article";

/**
 * Turns an uploaded object into a ParsedArticle.
 * PLACEHOLDER until issue 3 lands: UTF-8 only, first line as headline,
 * blank-line paragraphs, one sentence per paragraph.
 */
export function parseArticle(name: string, body: Uint8Array | string): ParsedArticle {
  const text = typeof body === "string" ? body : new TextDecoder("utf-8").decode(body);
  if (text.trim() === "") throw new ExtractionError("EMPTY", "The object is empty: upload an article with some text.");
  const segments: Segment[] = [];
  const re = /[^\n]+(?:\n[^\n]+)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    segments.push({ kind: segments.length === 0 ? "headline" : "paragraph", text: m[0], start, end, sentences: [{ start, end }] });
  }
  return { text, format: "text", language: "und", headline: segments[0]?.text ?? null, published: null, dates: [], segments };
}
