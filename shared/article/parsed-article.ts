import type { DateMention, Published, Segment, SourceFormat } from "../summary";

/**
 * What the article-understanding stage hands to the entity and quote stages:
 * the plain text every offset indexes, and the structure found in it.
 */
export interface ParsedArticle {
  /** The text all offsets index (never normalised). */
  text: string;
  format: SourceFormat;
  /** ISO 639-1, or "und" when the text is too short to tell. */
  language: string;
  headline: string | null;
  /** Authors stated by the format (NITF byline, NewsML-G2 creator, RSS dc:creator, Atom author). */
  authors?: string[];
  published: Published | null;
  dates: DateMention[];
  /** In document order; captions, headings, byline and dateline are kinds of their own. */
  segments: Segment[];
}
