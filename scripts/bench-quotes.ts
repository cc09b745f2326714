/**
 * `npx tsx scripts/bench-quotes.ts [CHECKOUT] [PASSES]`: the quote stage alone, for instruction counts:
 * 110 fixed articles (OrangeSum dev 30, OrangeSum train 40, PolNeAR dev 40), entities computed once, then
 * PASSES passes of extractQuotes with the shipped models of CHECKOUT (default: this one). Compare two
 * checkouts under `valgrind --tool=callgrind node --import tsx scripts/bench-quotes.ts CHECKOUT 3`, and the
 * same with 0 passes for the fixed cost; run each twice (the first run of changed files also compiles them).
 * Reads ../shared/corpus; never copies it.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { CORPUS_DIR, readRecords } from "../eval/corpus";
import { parseArticle } from "../shared/article";
import { recognizeEntities } from "../shared/entities";

const root = resolve(process.argv[2] ?? ".");
const passes = Number(process.argv[3] ?? 3);
const { extractQuotes } = (await import(pathToFileURL(resolve(root, "shared", "quotes", "index.ts")).href)) as typeof import("../shared/quotes");
const docs: { article: ReturnType<typeof parseArticle>; entities: ReturnType<typeof recognizeEntities> }[] = [];
for (const [set, n] of [["dev/quotes-fr-orangesum-dev", 30], ["train/quotes-fr-orangesum-train", 40], ["dev/quotes-en-polnear-dev", 40]] as const) {
  for (const r of readRecords(`${CORPUS_DIR}/${set}.jsonl`, n)) {
    const article = parseArticle(r.name, r.text);
    if (article.language === "und") article.language = r.lang;
    docs.push({ article, entities: recognizeEntities(article) });
  }
}
let quotes = 0;
const t0 = process.cpuUsage();
for (let p = 0; p < passes; p++) for (const d of docs) quotes += extractQuotes(d.article, d.entities).length;
const cpu = process.cpuUsage(t0);
console.log(`${docs.length} articles, ${passes} passes, ${quotes} quotes, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU`);
