/**
 * CPU time of the entity stage alone on ~5 KB articles built from the corpus
 * (OrangeSum French, PolNeAR English), parsed once beforehand.
 *
 *   npx tsx scripts/bench-ner.ts [rounds]   (node --import tsx --cpu-prof scripts/bench-ner.ts to profile)
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArticle } from "../shared/article";
import type { ParsedArticle } from "../shared/article";
import { recognizeEntities } from "../shared/entities";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dev = join(root, "..", "shared", "corpus", "dev");
const rounds = Number(process.argv[2] ?? 40);

/** Consecutive records joined until about 5,000 characters: typical article size. */
function articles(file: string, max: number): ParsedArticle[] {
  const path = join(dev, file);
  if (!existsSync(path)) return [];
  const texts = readFileSync(path, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const out: ParsedArticle[] = [];
  let buf = "";
  for (const t of texts) {
    buf += (buf ? "\n\n" : "") + t;
    if (buf.length >= 5000) {
      out.push(parseArticle(`a${out.length}.txt`, buf.slice(0, 5000)));
      buf = "";
      if (out.length >= max) break;
    }
  }
  return out;
}

/** Best CPU time per article over many short rounds: the minimum filters out other processes' interference. */
function round(docs: ParsedArticle[]): number {
  const c0 = process.cpuUsage();
  for (const d of docs) recognizeEntities(d);
  return process.cpuUsage(c0).user / 1000 / docs.length;
}

const sets: [string, ParsedArticle[]][] = [
  ["fr orangesum", articles("quotes-fr-orangesum-dev.jsonl", 60)],
  ["en polnear", articles("quotes-en-polnear-dev.jsonl", 60)],
];
for (const [label, docs] of sets) {
  if (docs.length === 0) {
    console.log(`${label}: skipped (no corpus at ${dev})`);
    continue;
  }
  for (const d of docs) recognizeEntities(d); // warm-up and model decode
  let best = Infinity;
  for (let r = 0; r < rounds; r++) best = Math.min(best, round(docs));
  console.log(`${label}: ${docs.length} articles of 5 KB, best of ${rounds} rounds: ${best.toFixed(3)} ms CPU per article`);
}
