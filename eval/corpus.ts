/** Reading ../shared/corpus (never copied into the repo). */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { GoldQuote, TypedSpan } from "./metrics";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** ../shared/corpus beside the repo; NEWS_SUMMARY_CORPUS overrides it (e.g. to check the absent-corpus path). */
export const CORPUS_DIR = process.env.NEWS_SUMMARY_CORPUS ? resolve(process.env.NEWS_SUMMARY_CORPUS) : resolve(REPO_ROOT, "..", "shared", "corpus");

export interface CorpusRecord {
  id: string;
  lang: string;
  name: string;
  text: string;
  gold: {
    headline?: string;
    published?: string;
    body?: string;
    with?: string[];
    without?: string[];
    entities?: (TypedSpan & { text?: string })[];
    quotes?: GoldQuote[];
  };
}

export interface CorpusSet {
  name: string;
  path: string;
}

/** seed/seed.jsonl first, then dev/*.jsonl in name order. */
export function listSets(corpusDir = CORPUS_DIR): CorpusSet[] {
  const sets: CorpusSet[] = [];
  const seed = join(corpusDir, "seed", "seed.jsonl");
  if (existsSync(seed)) sets.push({ name: "seed", path: seed });
  const dev = join(corpusDir, "dev");
  if (existsSync(dev)) {
    for (const f of readdirSync(dev).filter((f) => f.endsWith(".jsonl")).sort()) {
      sets.push({ name: f.replace(/\.jsonl$/, ""), path: join(dev, f) });
    }
  }
  return sets;
}

export function readRecords(path: string, limit = Infinity): CorpusRecord[] {
  const out: CorpusRecord[] = [];
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (out.length >= limit) break;
    if (line.trim() === "") continue;
    out.push(JSON.parse(line) as CorpusRecord);
  }
  return out;
}
