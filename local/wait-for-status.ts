import type { ArticleStatus } from "../shared/store/article-status";

const FINAL = new Set(["PROCESSED", "FAILED", "DELETED"]);

/**
 * Polls `GET /status?key=` until the key reaches a final state (or `want`),
 * or the timeout passes. Rides over connection resets: locally the pipeline
 * shares the event loop with the query server, and a long summarize() can
 * stall a kept-alive socket past the server's keep-alive timeout.
 */
export async function waitForStatus(
  queryUrl: string,
  key: string,
  options: { timeoutMs?: number; want?: ArticleStatus["state"][] } = {},
): Promise<ArticleStatus> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  const want = options.want ? new Set<string>(options.want) : FINAL;
  let last = "unknown";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${queryUrl}/status?key=${encodeURIComponent(key)}`);
      const body = (await response.json()) as ArticleStatus;
      if (response.ok) {
        last = body.state;
        if (want.has(body.state)) return body;
      }
    } catch (e) {
      last = `network error ${(e as Error).message}`;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${key} did not reach ${[...want].join("/")} in time (last: ${last})`);
}
