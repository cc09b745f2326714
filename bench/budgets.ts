import type { BenchResults, BudgetCheck } from "./results";

/** The budgets of issue 4; the bench reports against them and never fails on them. */
export const BUDGETS = {
  articlesPerSecond: 300,
  /** Issue 14: each Lambda asset ≤ 3 MB (word clusters and bigger taggers grew it past issue 4's 1.5 MiB). */
  ingestBundleBytes: 3 * 1024 * 1024,
  coldStartRatio: 3,
  endToEndP95Ms: 1000,
  queryByIdP95Ms: 20,
  oneMegabyteMs: 1000,
  ingestMemoryBytes: 512 * 1024 * 1024,
  perThousandUsd: 0.05,
  /** Issue 15: one article through the CLI, whole process. */
  cliOneArticleMs: 300,
  /** Issue 15: whole-process summarize --jsonl against compromise on the same plain-text articles. */
  cliJsonlRatio: 8,
} as const;

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(2)} MiB`;
const check = (budget: string, figure: string, value: number, ok: (v: number) => boolean): BudgetCheck => ({
  budget,
  figure,
  pass: Number.isFinite(value) ? ok(value) : null,
});

export function checkBudgets(r: BenchResults, perThousandUsd: number | undefined): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const t = r.throughput?.generated;
  if (t) checks.push(check(`summarize() ≥ ${BUDGETS.articlesPerSecond} typical articles/s (one core, CPU time)`, `${t.articlesPerSecond.median.toFixed(0)} articles/s`, t.articlesPerSecond.median, (v) => v >= BUDGETS.articlesPerSecond));
  if (r.bundles) checks.push(check(`ingest bundle ≤ 3 MiB minified`, `${r.bundles.ingest.bytes.toLocaleString("en-US")} bytes (${mb(r.bundles.ingest.bytes)})`, r.bundles.ingest.bytes, (v) => v <= BUDGETS.ingestBundleBytes));
  if (r.coldStart) {
    const c = r.coldStart;
    // The SDK baseline is context, not the budget: it shows how much of the ratio is the AWS SDK itself.
    const sdk = c.sdkBaseline ? `; the SDK clients alone ${c.sdkBaseline.ratio.toFixed(2)}×, ingest ${c.ingestOverSdk.toFixed(2)}× them` : "";
    checks.push(check(`ingest cold start ≤ ${BUDGETS.coldStartRatio}× empty handler`, `${c.ingest.ratio.toFixed(2)}× (CPU ${c.ingest.cpuRatio.toFixed(2)}×)${sdk}`, c.ingest.ratio, (v) => v <= BUDGETS.coldStartRatio));
  }
  if (r.endToEnd) {
    const alone = r.endToEnd.unloadedLatencyMs;
    checks.push(
      check(
        `local end to end p95 ≤ ${BUDGETS.endToEndP95Ms} ms`,
        `${r.endToEnd.latencyMs.p95.toFixed(0)} ms with ${r.endToEnd.inFlight} in flight${alone ? `; ${alone.p95.toFixed(0)} ms one at a time` : ""}`,
        r.endToEnd.latencyMs.p95,
        (v) => v <= BUDGETS.endToEndP95Ms,
      ),
    );
    checks.push(check(`query by id p95 ≤ ${BUDGETS.queryByIdP95Ms} ms`, `${r.endToEnd.queryMs.byId.p95.toFixed(1)} ms`, r.endToEnd.queryMs.byId.p95, (v) => v <= BUDGETS.queryByIdP95Ms));
  }
  if (r.scaling) {
    const realistic = r.scaling.series.slice(0, 3);
    const worst = r.scaling.series.reduce((a, s) => (s.slope > a.slope || (s.timedOutAtBytes && !a.timedOutAtBytes) ? s : a), r.scaling.series[0]);
    const anyNonLinear = r.scaling.series.some((s) => s.nonLinear);
    checks.push({ budget: "linear scaling (log-log slope ≤ 1.15, every series)", figure: `worst ${worst.label}: ${worst.slope.toFixed(2)}${worst.timedOutAtBytes ? ` (timed out at ${worst.timedOutAtBytes} bytes)` : ""}`, pass: !anyNonLinear });
    const oneMb = r.scaling.oneMegabyteMs;
    checks.push(check(`1 MB article ≤ ${BUDGETS.oneMegabyteMs} ms (CPU)`, Number.isFinite(oneMb) ? `${oneMb.toFixed(0)} ms (slowest of ${realistic.map((s) => s.label).join(", ")})` : "did not finish", Number.isFinite(oneMb) ? oneMb : Infinity, (v) => v <= BUDGETS.oneMegabyteMs));
  }
  if (r.memory) {
    const worst = Math.max(...r.memory.cases.map((c) => (Number.isFinite(c.peakRssBytes) ? c.peakRssBytes : -1)), r.coldStart?.warmIngest.peakRssBytes ?? -1);
    const failed = r.memory.cases.filter((c) => c.error);
    checks.push({
      budget: "ingest never needs > 512 MB (peak RSS)",
      figure: failed.length ? `${failed.map((c) => `${c.label}: ${c.error}`).join("; ")}` : `${mb(worst)} worst case`,
      pass: failed.length ? false : worst <= BUDGETS.ingestMemoryBytes,
    });
  }
  if (r.cli) {
    const slowest = r.cli.oneArticle.reduce((a, c) => (c.wallMs.median > a.wallMs.median ? c : a), r.cli.oneArticle[0]);
    if (slowest) checks.push(check(`CLI, one article < ${BUDGETS.cliOneArticleMs} ms wall (whole process, median)`, `${slowest.wallMs.median.toFixed(0)} ms (${slowest.file}; ${slowest.wallMs.min.toFixed(0)}–${slowest.wallMs.max.toFixed(0)})`, slowest.wallMs.median, (v) => v < BUDGETS.cliOneArticleMs));
    const j = r.cli.jsonl;
    checks.push(check(`CLI summarize --jsonl ≥ ${BUDGETS.cliJsonlRatio}× compromise (whole process, ${j.articles} plain-text articles)`, `${j.ratio.toFixed(1)}× (${j.oursMs.toFixed(0)} ms against ${j.compromiseMs.toFixed(0)} ms)`, j.ratio, (v) => v >= BUDGETS.cliJsonlRatio));
  }
  if (perThousandUsd !== undefined) checks.push(check(`cost < $${BUDGETS.perThousandUsd} per 1,000 articles`, `$${perThousandUsd.toFixed(4)}`, perThousandUsd, (v) => v < BUDGETS.perThousandUsd));
  return checks;
}
