import type { ArticleStatus } from "../shared/store/article-status";

const FINAL = new Set(["PROCESSED", "FAILED", "DELETED"]);

/** Polls `GET /status?key=` until the key reaches a final state (or `want`), or the timeout passes. */
export async function waitForStatus(
  queryUrl: string,
  key: string,
  options: { timeoutMs?: number; want?: ArticleStatus["state"][] } = {},
): Promise<ArticleStatus> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  const want = options.want ? new Set<string>(options.want) : FINAL;
  let last: ArticleStatus | undefined;
  while (Date.now() < deadline) {
    const response = await fetch(`${queryUrl}/status?key=${encodeURIComponent(key)}`);
    if (response.ok) {
      last = (await response.json()) as ArticleStatus;
      if (want.has(last.state)) return last;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${key} did not reach ${[...want].join("/")} in time (last state: ${last?.state ?? "unknown"})`);
}
