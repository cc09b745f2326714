import { PutObjectCommand } from "@aws-sdk/client-s3";
import { startLocalStack, type LocalStack } from "../local/local-stack";
import type { ArticleSummary } from "../shared/summary";
import { countCalls, type CallCounts } from "./call-counter";
import { typicalArticles } from "./fixtures";
import { quantile } from "./stats";

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  max: number;
  errors: number;
}

export interface EndToEndResult {
  articles: number;
  /** Articles uploaded and not yet readable, at most: a closed loop, so latency is not backlog. */
  inFlight: number;
  /** Articles made readable per second over the run. */
  achievedPerSecond: number;
  latencyMs: LatencySummary;
  /** The first articles, uploaded one at a time: latency with no other article in the pipeline. */
  unloadedLatencyMs?: LatencySummary;
  failed: { key: string; state: string; reason?: unknown }[];
  queryMs: { byId: LatencySummary; byEntity: LatencySummary; byMonth: LatencySummary };
  /** AWS calls per article that reached a final state, counted on the pipeline's own clients. */
  callsPerArticle: Record<string, number>;
  tableCapacityPerArticle: Record<string, number>;
  /** A few summaries as stored, for the capacity model. */
  sampleSummaries: ArticleSummary[];
}

function latencySummary(values: number[], errors: number): LatencySummary {
  return { count: values.length, p50: quantile(values, 0.5), p95: quantile(values, 0.95), max: values.length ? Math.max(...values) : NaN, errors };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts the in-process stack with the pipeline's AWS calls counted. */
export async function startCountedStack(counts: CallCounts): Promise<LocalStack> {
  return startLocalStack({
    logLevel: "ERROR",
    instrument: ({ s3, dynamodb }) => {
      countCalls("S3", s3, counts);
      countCalls("DynamoDB", dynamodb, counts, { askCapacity: true });
    },
  });
}

/**
 * PutObject -> readable through the query API, per article: a fixed number
 * of articles in flight (closed loop: an upload follows each article made
 * readable, so the figure is latency, not a growing backlog); each is polled
 * on /status until PROCESSED, then fetched by id.
 */
export async function measureEndToEnd(
  stack: LocalStack,
  counts: CallCounts,
  options: { articles: number; inFlight: number; alone: number; pollMs: number; queries: number },
): Promise<EndToEndResult> {
  const articles = typicalArticles(options.articles).map((a, i) => ({ ...a, key: `bench/e2e-${i}-${a.name}` }));
  const latencies: number[] = [];
  const failed: EndToEndResult["failed"] = [];
  const ids: string[] = [];
  let errors = 0;
  const before = structuredClone(counts);

  const one = async (article: (typeof articles)[number]) => {
    const t0 = performance.now();
    await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: article.key, Body: article.body }));
    const deadline = t0 + 60_000;
    while (performance.now() < deadline) {
      const response = await fetch(`${stack.queryUrl}/status?key=${encodeURIComponent(article.key)}`);
      if (response.ok) {
        const status = (await response.json()) as { id: string; state: string; reason?: unknown };
        if (status.state === "PROCESSED") {
          const summary = await fetch(`${stack.queryUrl}/articles/${status.id}`);
          await summary.arrayBuffer();
          if (summary.ok) {
            latencies.push(performance.now() - t0);
            ids.push(status.id);
            return;
          }
        } else if (status.state === "FAILED") {
          failed.push({ key: article.key, state: status.state, reason: status.reason });
          return;
        }
      } else {
        await response.arrayBuffer();
      }
      await sleep(options.pollMs);
    }
    errors++;
    failed.push({ key: article.key, state: "TIMEOUT" });
  };

  // A few alone first: the latency of one article through an idle pipeline.
  let next = 0;
  for (; next < Math.min(options.alone, articles.length); next++) await one(articles[next]);
  const alone = latencies.splice(0);
  const start = performance.now();
  await Promise.all(
    Array.from({ length: options.inFlight }, async () => {
      while (next < articles.length) await one(articles[next++]);
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  // Let the poller finish deleting messages before reading the counters.
  await sleep(200);

  // Every article that reached a final state made its calls (rejected ones too: claim, read, mark failed).
  const processed = Math.max(1, ids.length + failed.filter((f) => f.state !== "TIMEOUT").length);
  const perArticle = (now: Record<string, number>, then: Record<string, number>) =>
    Object.fromEntries(Object.entries(now).map(([k, v]) => [k, (v - (then[k] ?? 0)) / processed]));

  const sampleSummaries: ArticleSummary[] = [];
  for (const id of ids.slice(0, 40)) {
    const response = await fetch(`${stack.queryUrl}/articles/${id}`);
    if (response.ok) sampleSummaries.push((await response.json()) as ArticleSummary);
  }

  return {
    articles: articles.length,
    inFlight: options.inFlight,
    achievedPerSecond: (ids.length - alone.length) / seconds,
    latencyMs: latencySummary(latencies, errors),
    ...(alone.length ? { unloadedLatencyMs: latencySummary(alone, 0) } : {}),
    failed,
    queryMs: await measureQueries(stack, ids, sampleSummaries, options.queries),
    callsPerArticle: perArticle(counts.calls, before.calls),
    tableCapacityPerArticle: perArticle(counts.tableCapacity, before.tableCapacity),
    sampleSummaries,
  };
}

/** Sequential GETs against the local query API, as one client would make them. */
async function measureQueries(stack: LocalStack, ids: string[], summaries: ArticleSummary[], n: number) {
  const entityNames = [...new Set(summaries.flatMap((s) => s.entities.map((e) => e.name)))];
  const months = [...new Set(summaries.map((s) => s.published?.date?.slice(0, 7)).filter((m): m is string => Boolean(m && /^\d{4}-\d{2}$/.test(m))))];
  const time = async (paths: string[]) => {
    const values: number[] = [];
    let errors = 0;
    if (paths.length === 0) return latencySummary([], 0);
    for (let i = 0; i < 10; i++) await (await fetch(`${stack.queryUrl}${paths[i % paths.length]}`)).arrayBuffer();
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      const response = await fetch(`${stack.queryUrl}${paths[i % paths.length]}`);
      await response.arrayBuffer();
      if (response.ok) values.push(performance.now() - t);
      else errors++;
    }
    return latencySummary(values, errors);
  };
  return {
    byId: await time(ids.map((id) => `/articles/${id}`)),
    byEntity: await time(entityNames.map((name) => `/entities/${encodeURIComponent(name)}/articles`)),
    // Undated articles are listed under no month; fall back to a month so the route is still timed.
    byMonth: await time((months.length ? months : ["2025-03"]).map((m) => `/articles?month=${m}`)),
  };
}
