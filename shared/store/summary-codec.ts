import { gunzipSync, gzipSync } from "node:zlib";
import type { ArticleSummary } from "../summary";

/** Summaries are stored gzipped: JSON of offsets and names compresses about 8x. */
export function encodeSummary(summary: ArticleSummary): Uint8Array {
  return gzipSync(JSON.stringify(summary), { level: 6 });
}

export function decodeSummary(bytes: Uint8Array): ArticleSummary {
  return JSON.parse(gunzipSync(bytes).toString("utf8")) as ArticleSummary;
}
