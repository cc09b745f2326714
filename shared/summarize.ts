import { parseArticle } from "./article";
import { leadAndSummary } from "./article/lead-and-summary";
import { recognizeEntities } from "./entities";
import { extractQuotes } from "./quotes";
import type { ArticleSummary, SourceRef, Stats } from "./summary";
import { PIPELINE_VERSION } from "./version";

export interface SummarizeInput {
  id: string;
  /** File name or S3 key: its extension tells the format. */
  name: string;
  body: Uint8Array | string;
  /** Where the object came from, when it came from S3. */
  source?: Omit<SourceRef, "format">;
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
  const article = parseArticle(input.name, input.body);
  const entities = recognizeEntities(article);
  const quotes = extractQuotes(article, entities);
  const { lead, summary } = leadAndSummary(article, entities);
  const result: ArticleSummary = {
    id: input.id,
    ...(input.source ? { source: { ...input.source, format: article.format } } : {}),
    language: article.language,
    headline: article.headline,
    published: article.published,
    lead,
    summary,
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
  const words = article.text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return {
    characters: article.text.length,
    words,
    sentences: article.segments.reduce((n, s) => n + s.sentences.length, 0),
    paragraphs: article.segments.filter((s) => s.kind === "paragraph").length,
  };
}
