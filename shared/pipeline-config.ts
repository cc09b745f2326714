/**
 * Operating limits shared by the CDK stack, the ingest handler and the local
 * runner, so the deployed and local systems behave the same.
 */
export const PIPELINE_LIMITS = {
  /**
   * Objects larger than this fail TOO_LARGE without being read whole. A 5 MB
   * article peaks near 430 MiB of the ingest function's 512 MB (npm run bench).
   */
  maxObjectBytes: 5 * 1024 * 1024,
  ingestTimeoutSeconds: 60,
  /** SQS receives before a message moves to the dead-letter queue. */
  maxReceiveCount: 4,
  /** SQS visibility timeout: at least 6x the ingest timeout, as AWS advises for Lambda sources. */
  get visibilityTimeoutSeconds(): number {
    return this.ingestTimeoutSeconds * 6;
  },
  ingestBatchSize: 10,
} as const;

/**
 * Suffixes of the formats we read, for what still filters by name (the
 * bucket notification until it drops its suffix filter). The ingest itself
 * no longer looks at names: the content decides the format.
 */
export const ARTICLE_SUFFIXES = [".txt", ".text", ".html", ".htm", ".md", ".json"] as const;

/** Where oversized summaries are stored; never an article prefix. */
export const SUMMARIES_PREFIX = "summaries/";

/**
 * Every object is an article to try, whatever its name or suffix (a `.TXT`,
 * an `.xml` feed, a key with no suffix): each gets a status, and the content
 * decides its format or why it was refused. Only the pipeline's own outputs
 * are not articles.
 */
export function isArticleKey(key: string): boolean {
  return !key.startsWith(SUMMARIES_PREFIX);
}
