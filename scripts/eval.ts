/**
 * `npm run eval`: measures the pipeline on ../shared/corpus (never copied into the repo).
 * Options: --set <substring> (repeatable), --limit N, --json out.json, --errors N (print N misses per set).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { summarize } from "../shared/summarize";
import { PIPELINE_VERSION } from "../shared/version";
import { CORPUS_DIR, listSets, readRecords, REPO_ROOT } from "../eval/corpus";
import { evaluateSet, type SetResult } from "../eval/evaluate-set";
import { reportTables, table } from "../eval/report";
import { prepareSet, protocolSets, protocolTable, runProtocol, type PreparedDoc } from "../eval/speaker-protocol";
import { loadSeed, seedAvailable, seedChecks, type Check } from "../eval/seed-checklist";
import { measureArticleStages, measureSummarize, type SpeedResult, type SpeedSample, typicalArticles } from "../eval/speed";

interface Options {
  sets: string[];
  limit: number;
  json: string | null;
  errors: number;
  noSpeakerCv: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { sets: [], limit: Infinity, json: null, errors: 0, noSpeakerCv: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--set") o.sets.push(next());
    else if (a === "--limit") o.limit = Number(next());
    else if (a === "--json") o.json = next();
    else if (a === "--errors") o.errors = Number(next());
    else if (a === "--no-speaker-cv") o.noSpeakerCv = true;
    else if (a === "--help" || a === "-h") {
      console.log("usage: npm run eval -- [--set SUBSTRING]... [--limit N] [--json out.json] [--errors N] [--no-speaker-cv]");
      process.exit(0);
    } else throw new Error(`unknown option ${a} (try --help)`);
  }
  return o;
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  console.log(`# news-summary eval, pipeline ${PIPELINE_VERSION}, ${new Date().toISOString().slice(0, 10)}`);
  if (!existsSync(CORPUS_DIR)) {
    console.log(`No corpus at ${CORPUS_DIR}: nothing to measure (the corpus is shared separately, never in the repo).`);
    const speed = speedRuns();
    printSpeed(speed);
    return;
  }
  // Timed first, in a process that has not yet filled its caches and heap with thousands of corpus records:
  // measured after them, the same code ran up to a quarter slower, by the state the sets left behind.
  const speed = speedRuns();
  const sets = listSets().filter((s) => options.sets.length === 0 || options.sets.some((f) => s.name.includes(f)));
  const results: SetResult[] = [];
  for (const set of sets) {
    const records = readRecords(set.path, options.limit);
    const r = evaluateSet(set.name, records);
    results.push(r);
    process.stderr.write(`  ${set.name}: ${records.length} records in ${r.seconds.toFixed(1)} s\n`);
    if (options.errors > 0 && r.misses.length > 0) {
      console.log(`\n### misses in ${set.name}`);
      for (const m of r.misses.slice(0, options.errors)) console.log(`- ${m.id} ${m.field}: predicted ${JSON.stringify(m.predicted)} gold ${JSON.stringify(m.gold)}`);
    }
  }
  console.log(reportTables(results));
  if (!options.noSpeakerCv) speakerProtocol(options.sets);

  let checks: Check[] = [];
  if (seedAvailable() && (options.sets.length === 0 || options.sets.some((f) => "seed".includes(f)))) {
    const { gold, body } = loadSeed();
    const summary = summarize({ id: "seed", name: gold.file, body }, { withText: true });
    checks = seedChecks(summary, gold, summary.text ?? "");
    console.log("\n## Seed checklist");
    for (const c of checks) console.log(`${c.pass ? "PASS" : "FAIL"}  ${c.name}${c.pass ? "" : `  (${c.detail})`}`);
  }

  printSpeed(speed);

  if (options.json) {
    writeFileSync(options.json, JSON.stringify({ pipelineVersion: PIPELINE_VERSION, results: results.map(({ misses, ...r }) => r), seed: checks, speed }, null, 2));
    console.log(`\nwrote ${options.json}`);
  }
}

/**
 * The speaker ranker's honest figures: k-fold CV by document and leave-one-set-out on the sets it
 * learns from, and the held-out sets it never saw (eval/speaker-protocol.ts).
 */
function speakerProtocol(filters: string[]): void {
  for (const lang of ["fr", "en"]) {
    const wanted = protocolSets(lang).filter((s) => filters.length === 0 || filters.some((f) => s.includes(f)));
    if (wanted.length === 0) continue;
    const bySet = new Map<string, PreparedDoc[]>();
    for (const s of protocolSets(lang)) {
      const docs = prepareSet(s);
      if (docs.length) bySet.set(s, docs);
    }
    if (bySet.size === 0) continue;
    const rows = runProtocol(lang, bySet).filter((r) => wanted.includes(r.set));
    console.log(`\n## Speakers (${lang}): the ranker on documents it never learned from (rules alone for comparison)\n`);
    console.log(protocolTable(rows));
  }
}

interface SpeedRuns {
  text: SpeedResult;
  html?: SpeedResult;
  /** The whole summarize() on the same plain-text articles. */
  summarize: SpeedResult;
}

/** Plain-text sources: the corpus's whole-article .txt sets, else the repo's own fixtures. */
function speedRuns(): SpeedRuns {
  const textSources: SpeedSample[] = [];
  const htmlSources: SpeedSample[] = [];
  if (existsSync(CORPUS_DIR)) {
    for (const s of listSets()) {
      if (!/^(seed|quotes-)/.test(s.name) && !/^meta-fr/.test(s.name)) continue;
      for (const rec of readRecords(s.path, 100)) {
        if (rec.name.endsWith(".html")) htmlSources.push({ name: rec.name, body: rec.text });
        else textSources.push({ name: rec.name, body: rec.text });
      }
    }
  }
  if (textSources.length === 0) {
    const dir = join(REPO_ROOT, "shared", "article", "fixtures");
    if (existsSync(dir)) {
      for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) textSources.push({ name: f, body: readFileSync(join(dir, f), "utf8") });
    }
  }
  const typical = typicalArticles(textSources, 200, 5000);
  const text = measureArticleStages(typical, 5);
  const summarize = measureSummarize(typical, 5);
  const html = htmlSources.length > 0 ? measureArticleStages(htmlSources.slice(0, 50), 1) : undefined;
  return { text, html, summarize };
}

function printSpeed(s: SpeedRuns): void {
  const row = (name: string, r: SpeedResult) => [name, String(r.articles), String(r.averageBytes), r.articlesPerSecond.toFixed(0), r.articlesPerWallSecond.toFixed(0)];
  const rows = [row("plain text", s.text)];
  if (s.html) rows.push(row("HTML pages", s.html));
  console.log(table("Speed of the article stages (decode to summary, no entities/quotes), one core", ["input", "articles", "avg bytes", "articles/CPU-s", "articles/wall-s"], rows));
  const ok = s.text.articlesPerSecond >= 1000;
  console.log(`${ok ? "PASS" : "FAIL"}  plain-text article stages >= 1000 articles per CPU-second`);
  console.log(
    table("Speed of the whole summarize() (entities and quotes included), one core", ["input", "articles", "avg bytes", "articles/CPU-s", "articles/wall-s"], [row("plain text", s.summarize)]),
  );
  const whole = s.summarize.articlesPerSecond >= 300;
  console.log(`${whole ? "PASS" : "FAIL"}  plain-text summarize() >= 300 articles per CPU-second (npm run bench also times a mix with HTML pages)`);
}

main();
