/** Lifecycle of one S3 key, as `GET /status?key=` reports it. */
export type ArticleState = "RECEIVED" | "PROCESSED" | "FAILED" | "DELETED";

export interface ArticleStatus {
  id: string;
  bucket: string;
  key: string;
  state: ArticleState;
  /** S3 event sequencer of the version this status describes (normalised, comparable). */
  sequencer: string;
  versionId?: string;
  /** For FAILED: a stable code and a sentence a person can act on. */
  reason?: { code: string; message: string };
  attempts: number;
  updatedAt: string;
  pipelineVersion?: string;
}
