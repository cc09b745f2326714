import { type ParsedArticle, parseArticle, parseFile, type ReadContext } from "./article";
import type { ExtractionError } from "./errors";
import { leadAndSummary } from "./article/lead-and-summary";
import { recognizeEntities } from "./entities";
import { extractQuotes } from "./quotes";
import { countWords } from "./doc/word-count";
import { displayText } from "./display-text";
import type { ArticleSummary, SourceFormat, SourceRef, Stats, StoryRef } from "./summary";
import { PIPELINE_VERSION } from "./version";

export interface SummarizeInput {
  id: string;
  /** File name or S3 key: a hint for the format, which the content decides. */
  name: string;
  body: Uint8Array | string;
  /** Where the object came from, when it came from S3. */
  source?: Omit<SourceRef, "format">;
  /** When the object arrived (ISO 8601, its S3 LastModified): dates a dispatch whose dateline gives no year. */
  received?: string;
}

export interface SummarizeOptions {
  /** Include the plain text all offsets index. */
  withText?: boolean;
}

/**
 * The whole extraction: pure, synchronous, no I/O. Throws ExtractionError
 * for input that cannot become a summary.
 */
export function summarize(input: SummarizeInput, options: SummarizeOptions = {}): ArticleSummary {
  return summarizeArticle(input, parseArticle(input.name, input.body, readContext(input)), options);
}

/** One story of a file: its summary, or why it has none. */
export type StorySummary = { story: StoryRef; summary: ArticleSummary; error?: never } | { story: StoryRef; error: ExtractionError; summary?: never };

export interface FileSummary {
  format: SourceFormat;
  /** A feed or newsMessage: each story is its own article, with its own id. */
  multi: boolean;
  stories: StorySummary[];
}

/**
 * Every story of a file summarised on its own. For single-article files the
 * one summary has `input.id`; a story of a multi-story file has
 * `storyId(story)`, by default `<input.id>#<story guid>`.
 * Throws ExtractionError only for problems of the whole file.
 */
export function summarizeFile(
  input: SummarizeInput,
  options: SummarizeOptions & { storyId?: (story: StoryRef) => string } = {},
): FileSummary {
  const file = parseFile(input.name, input.body, readContext(input));
  const storyId = options.storyId ?? ((story: StoryRef) => `${input.id}#${story.guid}`);
  const stories = file.stories.map((s): StorySummary => {
    if (s.error) return { story: s.story, error: s.error };
    if (!file.multi) return { story: s.story, summary: summarizeArticle(input, s.article, options) };
    return { story: s.story, summary: summarizeArticle({ ...input, id: storyId(s.story) }, s.article, options, s.story) };
  });
  return { format: file.format, multi: file.multi, stories };
}

function summarizeArticle(input: SummarizeInput, article: ParsedArticle, options: SummarizeOptions, story?: StoryRef): ArticleSummary {
  const entities = recognizeEntities(article);
  const quotes = extractQuotes(article, entities).map((q) => {
    const text = displayText(q.text);
    return text === q.text ? q : { ...q, text };
  });
  const { lead, summary } = leadAndSummary(article, entities);
  const result: ArticleSummary = {
    id: input.id,
    ...(input.source ? { source: { ...input.source, format: article.format } } : {}),
    ...(story ? { story } : {}),
    language: article.language,
    headline: article.headline === null ? null : displayText(article.headline),
    ...(article.authors ? { authors: article.authors.map(displayText) } : {}),
    published: article.published,
    lead: lead === null ? null : displayText(lead),
    summary: summary.map(displayText),
    segments: article.segments,
    entities,
    quotes,
    dates: article.dates,
    stats: statsOf(article),
    pipelineVersion: PIPELINE_VERSION,
  };
  if (options.withText) result.text = article.text;
  return result;
}

function statsOf(article: { text: string; segments: ArticleSummary["segments"] }): Stats {
  return {
    characters: article.text.length,
    words: countWords(article.text),
    sentences: article.segments.reduce((n, s) => n + s.sentences.length, 0),
    paragraphs: article.segments.filter((s) => s.kind === "paragraph").length,
  };
}

function readContext(input: SummarizeInput): ReadContext {
  return input.received ? { received: input.received } : {};
}
