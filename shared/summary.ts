/**
 * ArticleSummary, version 1 of the public contract: the CLI prints it and the
 * query API returns it. Scripts rely on these names, so fields may be added
 * but never renamed or removed.
 *
 * Offsets are JavaScript string indices into the plain text of the article:
 * for plain text, the decoded input with only the BOM removed; for HTML,
 * Markdown and JSON, the text extracted from it (printed as `text` by
 * `news-summary summarize --with-text`).
 */

/** newsml: NewsML-G2; nitf: NITF 3.x; rss: RSS 2.0 or 1.0; atom: Atom 1.0. */
export type SourceFormat = "text" | "html" | "markdown" | "json" | "csv" | "newsml" | "nitf" | "rss" | "atom";

export interface SourceRef {
  bucket: string;
  key: string;
  versionId?: string;
  size: number;
  format: SourceFormat;
}

export type DatePrecision = "year" | "month" | "day" | "time";

export interface Published {
  /** ISO 8601: "2023-11", "2023-11-09" or "2023-11-09T14:02:00Z". */
  date: string;
  precision: DatePrecision;
  /** Which evidence decided: "metadata", "header", "dateline", "text", … */
  source: string;
}

export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface SentenceSpan {
  start: number;
  end: number;
}

export type SegmentKind = "headline" | "heading" | "paragraph" | "caption" | "byline" | "dateline";

export interface Segment {
  kind: SegmentKind;
  text: string;
  start: number;
  end: number;
  /** Photo credit of a caption, e.g. "AFP / Stanislav FILIPPOV". */
  credit?: string;
  sentences: SentenceSpan[];
}

export type EntityType = "PERSON" | "LOCATION" | "ORGANIZATION" | "MISC";

export interface Entity {
  /** Canonical (fullest) name. */
  name: string;
  type: EntityType;
  salience: number;
  mentions: Span[];
}

export interface Quote {
  /** The quoted words, without the quote marks (and without soft hyphens: shared/display-text.ts). */
  text: string;
  start: number;
  end: number;
  partial: boolean;
  /** Canonical entity name of the speaker, or null when nobody can be attributed. */
  speaker: string | null;
  /**
   * Several persons speaking as one ("ils", "they" after "Tomas Varga et Ilse Brenner"): each one's canonical name, in the
   * article's order, and `speaker` joins them as the article does. Absent for one speaker.
   */
  speakers?: string[];
  /** The span the attribution rests on: a name or a pronoun. */
  speakerMention: Span | null;
  cue: string | null;
}

export interface DateMention {
  text: string;
  /** Resolved ISO value. */
  date: string;
  start: number;
  end: number;
}

export interface Stats {
  characters: number;
  words: number;
  sentences: number;
  paragraphs: number;
}

/** Which story of a multi-story file (feed, NewsML-G2 newsMessage) a summary is. */
export interface StoryRef {
  /** 0-based, in document order. */
  index: number;
  /** The story's own id (RSS guid, Atom id, NewsML-G2 guid), or a stable stand-in (link, headline and date). */
  guid: string;
  link?: string;
}

export interface ArticleSummary {
  id: string;
  source?: SourceRef;
  /** Present for the stories of multi-story files. */
  story?: StoryRef;
  language: string;
  headline: string | null;
  /** Authors as the format states them (byline, creator): a field, never taken as a speaker. Absent when unknown. */
  authors?: string[];
  published: Published | null;
  lead: string | null;
  summary: string[];
  segments: Segment[];
  entities: Entity[];
  quotes: Quote[];
  dates: DateMention[];
  stats: Stats;
  pipelineVersion: string;
  /** Only with --with-text: the plain text that all offsets index. */
  text?: string;
}
