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

/** File suffixes that are articles. Everything else in the bucket is ignored. */
export const ARTICLE_SUFFIXES = [".txt", ".text", ".html", ".htm", ".md", ".json"] as const;

/** Where oversized summaries are stored; never an article prefix. */
export const SUMMARIES_PREFIX = "summaries/";

export function isArticleKey(key: string): boolean {
  if (key.startsWith(SUMMARIES_PREFIX)) return false;
  const lower = key.toLowerCase();
  return ARTICLE_SUFFIXES.some((s) => lower.endsWith(s));
}
