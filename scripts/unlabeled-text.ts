/**
 * Unlabeled news text of a language, for what the entity taggers learn without labels (word clusters,
 * scripts/build-clusters.ts; self-training, scripts/train-ner.ts). Only sources whose licence allows
 * shipping what is derived from them, and never an annotated document of the corpus: the taggers are
 * measured on those by cross-validation, so nothing they learn from may have read them.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

/**
 * Unlabeled texts of a language: only sources whose licence allows shipping what is derived from them.
 * With `limit`, that many, taken in a fixed shuffled order (the same on every run and machine).
 */
export function unlabeledTexts(corpus: string, lang: string, limit?: number): { texts: string[]; source: string } {
  if (lang === "fr") {
    const path = join(corpus, "unlabeled", "text-fr-orangesum-train.jsonl.gz");
    const lines = gunzipSync(readFileSync(path)).toString("utf8").split("\n").filter(Boolean);
    let all = lines.map((l) => (JSON.parse(l) as { text: string }).text);
    if (limit !== undefined) all = shuffled(all).slice(0, limit + 200);
    let kept = withoutAnnotated(corpus, all, lang);
    if (limit !== undefined) {
      if (kept.length < limit) throw new Error(`only ${kept.length} unlabeled ${lang} articles, ${limit} asked`);
      kept = kept.slice(0, limit);
      return { texts: kept, source: `${limit} articles of the OrangeSum train split, ../shared/corpus/unlabeled/text-fr-orangesum-train.jsonl.gz (CC BY-SA 4.0), none an annotated document of the corpus` };
    }
    console.error(`${lang}: ${all.length - kept.length} of ${all.length} unlabeled articles left out: they are annotated documents of the corpus`);
    return { texts: kept, source: `OrangeSum train split, ../shared/corpus/unlabeled/text-fr-orangesum-train.jsonl.gz (CC BY-SA 4.0), without the ${all.length - kept.length} articles that are annotated documents of the corpus` };
  }
  throw new Error(`no unlabeled text for ${lang}`);
}

/** The articles ordered by the FNV-1a hash of their index. */
function shuffled(all: string[]): string[] {
  const fnv = (s: string) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  return all.map((text, i) => ({ text, key: fnv(`unlabeled/${i}`) })).sort((a, b) => a.key - b.key).map((x) => x.text);
}

/**
 * The unlabeled articles that are not annotated documents of the corpus (OrangeSum's train split holds the 75
 * documents of quotes-fr-orangesum-train): the taggers are measured on those documents by cross-validation, so
 * nothing they learn from, clusters included, may have read them. An article is one of them when it contains a
 * 100-character window (letters and digits only, lowercased) of an annotated document of the language.
 */
function withoutAnnotated(corpus: string, all: string[], lang: string): string[] {
  const squeeze = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  const windows: string[] = [];
  for (const dir of ["train", "dev"]) {
    const folder = join(corpus, dir);
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).filter((f) => f.endsWith(".jsonl"))) {
      for (const line of readFileSync(join(folder, file), "utf8").split("\n")) {
        if (!line.trim()) continue;
        const r = JSON.parse(line) as { lang?: string; text?: string };
        if (r.lang !== lang || !r.text) continue;
        const t = squeeze(r.text);
        for (const at of [0, 300, 800]) if (t.length >= at + 100) windows.push(t.slice(at, at + 100));
      }
    }
  }
  return all.filter((text) => {
    const t = squeeze(text);
    return !windows.some((w) => t.includes(w));
  });
}

