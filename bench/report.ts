import type { BenchResults } from "./results";
import { formatFigure } from "./stats";
import type { ThroughputResult } from "./throughput";

/** The bench's printed report: one table per section, figures as "median (min–max)". */
export function formatReport(r: BenchResults): string {
  const out: string[] = [];
  const h = (title: string) => out.push("", `== ${title} ==`);
  const row = (label: string, value: string) => out.push(`  ${label.padEnd(44)} ${value}`);
  const mib = (b: number) => (Number.isFinite(b) ? `${(b / (1024 * 1024)).toFixed(1)} MiB` : "n/a");
  const ms = (v: number, d = 1) => (Number.isFinite(v) ? `${v.toFixed(d)} ms` : "n/a");

  out.push(
    `news-summary bench ${r.meta.date}${r.meta.quick ? " (--quick)" : ""}: node ${r.meta.node}, ${r.meta.cpus} × ${r.meta.cpuModel}, load average ${r.meta.loadAverageAtStart.toFixed(1)} at start, ${r.meta.loadAverageAtEnd.toFixed(1)} at end`,
  );
  if (r.meta.loadAverageAtStart > r.meta.cpus) out.push(`  note: the machine was busy (load > cores): wall-clock figures are inflated; throughput uses CPU time.`);

  const throughput = (title: string, t: ThroughputResult) => {
    h(title);
    row("articles (avg bytes, avg words)", `${t.articles} (${Math.round(t.bytesPerArticle)} B, ${Math.round(t.wordsPerArticle)} words)`);
    row("articles/s, one core (CPU time)", formatFigure(t.articlesPerSecond, 0));
    row("words/s, one core (CPU time)", formatFigure(t.wordsPerSecond, 0));
    row("articles/s, wall clock", formatFigure(t.articlesPerSecondWall, 0));
    row("latency p50 / p95 / p99 (wall)", `${ms(t.latencyMs.p50, 2)} / ${ms(t.latencyMs.p95, 2)} / ${ms(t.latencyMs.p99, 2)}`);
    row("latency p50 / p95 / p99 (CPU)", `${ms(t.latencyCpuMs.p50, 2)} / ${ms(t.latencyCpuMs.p95, 2)} / ${ms(t.latencyCpuMs.p99, 2)}`);
    out.push("  per stage, median per article (CPU):");
    for (const [stage, v] of Object.entries(t.stagesMs)) row(`    ${stage}`, ms(v, 3));
    if (t.innerStagesMs) for (const [stage, v] of Object.entries(t.innerStagesMs)) row(`    parse: ${stage}`, ms(v, 3));
    out.push(`    (${t.innerStagesNote})`);
    if (t.failures.length) out.push(`  ${t.failures.length} article(s) rejected, e.g. ${t.failures[0].name}: ${t.failures[0].error}`);
  };
  if (r.throughput) {
    throughput("summarize() throughput: generated typical articles", r.throughput.generated);
    if (r.throughput.corpus) throughput("summarize() throughput: ../shared/corpus articles", r.throughput.corpus);
    else if (r.throughput.corpusSkipped) out.push(`  corpus: skipped (${r.throughput.corpusSkipped})`);
  }

  if (r.scaling) {
    h(`scaling: CPU ms per summarize() call against size (limit ${r.scaling.limitMs / 1000} s per size)`);
    out.push(`  ${"input".padEnd(34)}${["1 KB", "10 KB", "100 KB", "1 MB"].map((s) => s.padStart(12)).join("")}   slope`);
    for (const s of r.scaling.series) {
      const cells = [1024, 10 * 1024, 100 * 1024, 1024 * 1024].map((target) => {
        const p = s.points.find((q) => q.bytes > 0 && Math.abs(Math.log(q.bytes / target)) < 0.5);
        if (p) return p.ms.median.toFixed(1);
        if (s.timedOutAtBytes && Math.abs(Math.log(s.timedOutAtBytes / target)) < 0.5) return "timeout";
        return "-";
      });
      out.push(`  ${s.label.slice(0, 33).padEnd(34)}${cells.map((c) => c.padStart(12)).join("")}   ${Number.isFinite(s.slope) ? s.slope.toFixed(2) : "n/a"}${s.nonLinear ? "  NON-LINEAR" : ""}`);
      const error = s.points.find((p) => p.error)?.error;
      if (error) out.push(`    (${error})`);
    }
  }

  if (r.bundles) {
    h("Lambda bundles (esbuild, minified, cjs, node24, @aws-sdk/* external)");
    for (const [name, b] of Object.entries(r.bundles)) {
      row(`${name}`, `${b.bytes.toLocaleString("en-US")} bytes`);
      if (b.topInputs.length > 0) out.push(`    largest: ${b.topInputs.slice(0, 5).map((i) => `${i.path.replace(/^.*?(shared|functions)\//, "$1/")} ${Math.round(i.bytes / 1024)} KB`).join(", ")}`);
    }
  }
  if (r.coldStart) {
    const c = r.coldStart;
    h("cold start: fresh node process, load bundle, handle first event");
    for (const [name, v] of [["empty handler", c.empty], ["SDK clients + 1 GET + 1 PUT", c.sdkBaseline], ["ingest", c.ingest], ["query", c.query]] as const) {
      const ratio = "cpuRatio" in v ? `   ${v.ratio.toFixed(2)}× empty (CPU ${v.cpuRatio.toFixed(2)}×)` : "ratio" in v ? `   ${v.ratio.toFixed(2)}× empty` : "";
      row(name, `${formatFigure(v.firstResponseMs, 0, " ms")}, require ${formatFigure(v.loadMs, 0, " ms")}${ratio}`);
      for (const e of v.errors) out.push(`    error: ${e}`);
    }
    const w = c.warmIngest;
    row("warm ingest, per article (batches of 10)", `${formatFigure(w.msPerArticle, 1, " ms")} wall, ${formatFigure(w.cpuMsPerArticle, 1, " ms")} CPU, ${w.failures} failures`);
    row("warm ingest peak RSS / log bytes per article", `${mib(w.peakRssBytes)} / ${Math.round(w.logBytesPerArticle)} B`);
  }
  if (r.memory) {
    h("memory: peak RSS of a fresh process (bundled summarize())");
    row("code loaded, no work", mib(r.memory.baselineRssBytes));
    for (const c of r.memory.cases) row(c.label, c.error ? `error: ${c.error}` : `${mib(c.peakRssBytes)} peak (+${mib(c.workRssBytes)} for the work), ${ms(c.ms, 0)} CPU`);
  }
  if (r.endToEnd) {
    const e = r.endToEnd;
    h(`end to end, local emulators: ${e.articles} articles, ${e.inFlight} in flight, PutObject -> readable by id`);
    row(`${e.inFlight} in flight: latency p50 / p95 / max`, `${ms(e.latencyMs.p50, 0)} / ${ms(e.latencyMs.p95, 0)} / ${ms(e.latencyMs.max, 0)} (${e.latencyMs.count} ok, ${e.failed.length} failed)`);
    if (e.unloadedLatencyMs) row(`one at a time (first ${e.unloadedLatencyMs.count}) p50 / p95`, `${ms(e.unloadedLatencyMs.p50, 0)} / ${ms(e.unloadedLatencyMs.p95, 0)}`);
    row("throughput of the local pipeline", `${e.achievedPerSecond.toFixed(1)} articles/s`);
    for (const f of e.failed.slice(0, 3)) out.push(`    failed: ${f.key} ${f.state} ${JSON.stringify(f.reason ?? "")}`);
    for (const [name, q] of Object.entries(e.queryMs)) row(`query ${name} p50 / p95 (${q.count} requests)`, `${ms(q.p50, 1)} / ${ms(q.p95, 1)}${q.errors ? `, ${q.errors} errors` : ""}`);
    out.push("  AWS calls per article (pipeline clients):");
    for (const [call, n] of Object.entries(e.callsPerArticle).sort()) row(`    ${call}`, `${n.toFixed(2)}${e.tableCapacityPerArticle[call] ? `   (${e.tableCapacityPerArticle[call].toFixed(1)} table capacity units)` : ""}`);
  }
  if (r.capacity) {
    const c = r.capacity;
    h(`DynamoDB per article (from ${c.summariesMeasured} stored summaries)`);
    row("summary item / index items / status item", `${Math.round(c.summaryItemBytes)} B / ${c.indexItems.toFixed(1)} items, ${Math.round(c.indexItemBytes)} B / ${Math.round(c.statusItemBytes)} B`);
    row("write units: table + GSI", `${c.tableWru.toFixed(1)} + ${c.gsiWru.toFixed(1)} WRU (${c.statusUpdatesPerArticle.toFixed(1)} status updates)`);
    row("read units: partition query / read by id", `${c.queryRru.toFixed(1)} / ${c.readByIdRru.toFixed(1)} RRU`);
  }
  for (const e of r.errors) out.push("", `!! ${e.section} did not run: ${e.error}`);

  h("budgets (issue 4)");
  for (const b of r.budgets) out.push(`  ${b.pass === null ? "N/A " : b.pass ? "PASS" : "FAIL"}  ${b.budget.padEnd(56)} ${b.figure}`);
  return out.join("\n");
}
