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
 * Key prefix of oversized summaries, inside their own bucket (never the
 * articles bucket, whose every object is an article and gets a status).
 */
export const SUMMARIES_PREFIX = "summaries/";
