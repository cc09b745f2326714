/** Where summaries too large for a DynamoDB item go (S3 `summaries/` in production). */
export interface BlobStore {
  put(key: string, body: Uint8Array): Promise<void>;
  get(key: string): Promise<Uint8Array>;
  delete(key: string): Promise<void>;
}
