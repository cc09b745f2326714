/**
 * `npm run burst -- --count 2000`: drops N distinct small articles (French
 * and English, generated) into a fresh local stack at once, waits until all
 * are processed, checks none was lost or duplicated, and prints the elapsed
 * time, throughput and peak memory.
 */
import { parseArgs } from "node:util";
import { startLocalStack } from "../local/local-stack";
import { generatedArticle } from "../test/support/article-text";
import { allItems, consistencyProblems, putObject, queueDepth, sleep } from "../test/support/pipeline-helpers";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "2000" },
    "put-concurrency": { type: "string", default: "32" },
    "ingest-concurrency": { type: "string", default: "2" },
    "timeout-seconds": { type: "string", default: "900" },
  },
});
const count = Number(values.count);
const putConcurrency = Number(values["put-concurrency"]);
const ingestConcurrency = Number(values["ingest-concurrency"]);
const timeoutMs = Number(values["timeout-seconds"]) * 1000;
if (!Number.isInteger(count) || count < 1) throw new Error("--count must be a positive integer");

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

// Visibility well above the time a batch takes here, as in AWS (6x the function timeout): a burst is not a fault test.
const stack = await startLocalStack({ visibilityTimeoutSeconds: 120, concurrency: ingestConcurrency, logLevel: "ERROR" });
let failed = false;
try {
  const keys = Array.from({ length: count }, (_, i) => `burst/${i % 2 ? "en" : "fr"}/${String(i).padStart(6, "0")}.txt`);
  const baseRss = process.memoryUsage().rss;
  console.log(`Local stack up; dropping ${count} articles (${putConcurrency} uploads at a time, ${ingestConcurrency} ingest workers)…`);

  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: putConcurrency }, async () => {
      for (let i = next++; i < count; i = next++) await putObject(stack, keys[i], generatedArticle(i, i % 2 ? "en" : "fr").text);
    }),
  );
  const uploaded = performance.now();
  console.log(`Uploaded in ${((uploaded - started) / 1000).toFixed(1)} s`);

  // Cheap progress checks on the queue; the full table check only once it looks done.
  let items: Awaited<ReturnType<typeof allItems>> = [];
  for (;;) {
    if (performance.now() - started > timeoutMs) throw new Error(`not done after ${timeoutMs / 1000} s`);
    await sleep(500);
    const depth = await queueDepth(stack, stack.queueUrl);
    if (depth.visible + depth.inFlight > 0 || stack.poller.busy) continue;
    items = await allItems(stack);
    const processed = items.filter((i) => i.sk === "STATUS" && i.state === "PROCESSED").length;
    if (processed >= count) break;
    const settled = items.filter((i) => i.sk === "STATUS" && i.state !== "RECEIVED").length;
    if (settled >= count) break; // some ended FAILED: report below
  }
  const done = performance.now();

  const statuses = items.filter((i) => i.sk === "STATUS");
  const summaries = items.filter((i) => i.sk === "SUMMARY");
  const problems = consistencyProblems(items);
  const dlq = await queueDepth(stack, stack.deadLetterQueueUrl);
  const seconds = (done - started) / 1000;
  const lines = [
    `Articles:       ${count}`,
    `PROCESSED:      ${statuses.filter((s) => s.state === "PROCESSED").length}`,
    `Other states:   ${statuses.filter((s) => s.state !== "PROCESSED").length}`,
    `SUMMARY items:  ${summaries.length} (distinct articles: ${new Set(summaries.map((s) => s.pk)).size})`,
    `Index items:    ${items.filter((i) => i.sk.startsWith("ENT#") || i.sk.startsWith("QUOTE#")).length}`,
    `Dead letters:   ${dlq.visible + dlq.inFlight}`,
    `Consistency:    ${problems.length ? `${problems.length} problems, e.g. ${problems[0]}` : "no orphans, one summary per article"}`,
    `Elapsed:        ${seconds.toFixed(1)} s (upload ${((uploaded - started) / 1000).toFixed(1)} s)`,
    `Throughput:     ${(count / seconds).toFixed(1)} articles/s end to end`,
    `Invocations:    ${stack.poller.invocations}`,
    `Peak RSS:       ${mb(Math.max(peakRss, process.resourceUsage().maxRSS * 1024))} (after start-up: ${mb(baseRss)}; emulators, pipeline and this script share the process)`,
  ];
  console.log(lines.join("\n"));
  failed = statuses.length !== count || summaries.length !== count || statuses.some((s) => s.state !== "PROCESSED") || problems.length > 0 || dlq.visible + dlq.inFlight > 0;
  console.log(failed ? "FAILED: lost, duplicated or unprocessed articles" : "OK: none lost, none duplicated");
} finally {
  clearInterval(sampler);
  await stack.stop();
}
process.exit(failed ? 1 : 0);
