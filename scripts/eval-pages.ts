/**
 * `npm run eval:pages`: the web-page protocol (issue 17). Each page set is split in two halves by the
 * FNV-1a hash of the record id (eval/page-halves.ts). The HTML rules are tuned on half A, whose misses
 * `--errors N` lists; half B is only ever measured, and its row is the held-out figure. The date is also
 * measured with each page's date metadata stripped, for pages that declare none (htmldate's sets have many).
 * Options: --half A|B (one half only), --errors N (misses of half A only), --json out.json.
 */
import { existsSync, writeFileSync } from "node:fs";
import { CORPUS_DIR, type CorpusRecord, listSets, readRecords } from "../eval/corpus";
import { isExtractionError } from "../shared/errors";
import { evaluateSet, type Ratio, type SetResult } from "../eval/evaluate-set";
import { halfOf, type Half, PAGE_SETS, withoutMetadata } from "../eval/page-halves";
import { dateMatches } from "../eval/metrics";
import { summarize } from "../shared/summarize";
import { table } from "../eval/report";
import { PIPELINE_VERSION } from "../shared/version";

function parseArgs(argv: string[]): { errors: number; json: string | null; halves: Half[] } {
  const o = { errors: 0, json: null as string | null, halves: ["A", "B"] as Half[] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--errors") o.errors = Number(argv[++i]);
    else if (a === "--json") o.json = argv[++i] ?? null;
    // Tuning runs measure half A alone, so half B's aggregate is printed only when it is the figure asked for.
    else if (a === "--half") {
      const h = argv[++i];
      if (h !== "A" && h !== "B") throw new Error("--half takes A or B");
      o.halves = [h];
    }
    else if (a === "--help" || a === "-h") {
      console.log("usage: npm run eval:pages -- [--half A|B] [--errors N] [--json out.json]");
      process.exit(0);
    } else throw new Error(`unknown option ${a} (try --help)`);
  }
  return o;
}

const pct = (r: Ratio | undefined) => (r && r.total > 0 ? `${(r.hits / r.total).toFixed(3)} (${r.hits}/${r.total})` : "-");
const num = (x: number | undefined) => (x === undefined ? "-" : x.toFixed(3));

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  console.log(`# web-page protocol, pipeline ${PIPELINE_VERSION}: tuned on half A, held-out half B (FNV-1a of the record id mod 2)`);
  if (!existsSync(CORPUS_DIR)) {
    console.log(`No corpus at ${CORPUS_DIR}: nothing to measure.`);
    return;
  }
  const rows: string[][] = [];
  const results: (SetResult & { half: Half; dateDayWithoutMetadata: Ratio })[] = [];
  for (const set of listSets().filter((s) => PAGE_SETS.includes(s.name))) {
    const records = readRecords(set.path);
    for (const half of options.halves) {
      const own = records.filter((x) => halfOf(x.id) === half);
      const r = evaluateSet(set.name, own);
      const stripped = strippedDates(own, half === "A" ? options.errors : 0);
      results.push({ ...r, half, dateDayWithoutMetadata: stripped });
      rows.push([
        set.name,
        half === "A" ? "A (tuned on)" : "B (held out)",
        String(r.records),
        pct(r.headline),
        r.headline ? num((r.headlineF1Sum ?? 0) / r.headline.total) : "-",
        pct(r.dateDay),
        pct(r.dateMonth),
        pct(stripped),
        num(r.body?.f1),
        pct(r.with),
        pct(r.without),
      ]);
      if (half === "A" && options.errors > 0) {
        console.log(`\n### misses in ${set.name}, half A`);
        for (const m of r.misses.slice(0, options.errors)) console.log(`- ${m.id} ${m.field}: predicted ${JSON.stringify(m.predicted)} gold ${JSON.stringify(m.gold)}`);
      }
    }
  }
  console.log(table("Web pages by half", ["set", "half", "pages", "headline exact", "headline token F1", "date day", "date month", "date day, metadata stripped", "body F1", "with found", "without absent"], rows));
  if (options.json) {
    writeFileSync(options.json, JSON.stringify({ pipelineVersion: PIPELINE_VERSION, results: results.map(({ misses, ...r }) => r) }, null, 2));
    console.log(`\nwrote ${options.json}`);
  }
}

/** Publication day right on the same pages with their date metadata removed (eval/page-halves.ts). */
function strippedDates(records: CorpusRecord[], showMisses = 0): Ratio {
  const r: Ratio = { hits: 0, total: 0 };
  const misses: string[] = [];
  for (const rec of records) {
    if (rec.gold.published === undefined) continue;
    r.total++;
    let date: string | undefined;
    try {
      date = summarize({ id: rec.id, name: rec.name, body: withoutMetadata(rec.text) }).published?.date;
    } catch (e) {
      if (!isExtractionError(e)) throw e;
    }
    if (dateMatches(date, rec.gold.published, "day")) r.hits++;
    else misses.push(`- ${rec.id} published, metadata stripped: predicted ${JSON.stringify(date)} gold ${JSON.stringify(rec.gold.published)}`);
  }
  if (showMisses > 0 && misses.length > 0) console.log(`\n### misses with metadata stripped, half A\n${misses.slice(0, showMisses).join("\n")}`);
  return r;
}

main();
