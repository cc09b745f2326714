import { ExtractionError } from "../errors";
import type { DatePrecision, Segment, SourceFormat } from "../summary";
import { decodeBody } from "./decode";
import { detectFormat } from "./format";
import { parseHtml } from "./html";
import { parseJsonItem } from "./json-item";
import { detectLanguage } from "./language";
import { parseMarkdown } from "./markdown";
import type { ParsedArticle } from "./parsed-article";
import { parsePlainText } from "./plain-text";
import { datesOf } from "./published-date";

export type { ParsedArticle } from "./parsed-article";

/** What each format reader hands back: the text offsets index and what it found. */
export interface FormatResult {
  text: string;
  segments: Segment[];
  headline: string | null;
  metadataDate: { date: string; precision: DatePrecision } | null;
  headerDate: string | null;
  /** Declared language (HTML lang, JSON field), used only when the text is too short to tell. */
  declaredLanguage: string | null;
}

/**
 * Turns an uploaded object into a ParsedArticle: decode, pick the format,
 * extract text and structure, then language, headline and dates.
 * Pure and synchronous; throws ExtractionError for input that is not an article.
 */
export function parseArticle(name: string, body: Uint8Array | string): ParsedArticle {
  const decoded = decodeBody(body);
  if (decoded.trim() === "") throw new ExtractionError("EMPTY", "The object is empty: upload an article with some text.");
  const format = detectFormat(name, decoded);
  const r = read(format, decoded);
  if (!r.segments.some((s) => s.kind !== "headline")) throw new ExtractionError("NO_TEXT", "No article text was found in this object.");
  const language = languageOf(r);
  const { published, dates } = datesOf(r.text, r.segments, language, { metadata: r.metadataDate, header: r.headerDate });
  return { text: r.text, format, language, headline: r.headline, published, dates, segments: r.segments };
}

function read(format: SourceFormat, text: string): FormatResult {
  switch (format) {
    case "html":
      return parseHtml(text);
    case "markdown":
      return parseMarkdown(text);
    case "json":
      return parseJsonItem(text);
    default: {
      const p = parsePlainText(text);
      return { text, segments: p.segments, headline: p.headline, metadataDate: null, headerDate: p.headerDate, declaredLanguage: null };
    }
  }
}

const LANGUAGE_SAMPLE = 1200;

function languageOf(r: FormatResult): string {
  let sample = "";
  for (const s of r.segments) {
    if (s.kind !== "paragraph") continue;
    sample += (sample ? " " : "") + s.text;
    if (sample.length >= LANGUAGE_SAMPLE) break;
  }
  if (sample.length < 200) sample = r.segments.map((s) => s.text).join(" ").slice(0, LANGUAGE_SAMPLE);
  const detected = detectLanguage(sample);
  if (detected === "und" && r.declaredLanguage && /^[a-z]{2}$/.test(r.declaredLanguage)) return r.declaredLanguage;
  return detected;
}
