/**
 * The honest measure of the learned speaker ranker: every figure comes from documents the model
 * being measured never learned from.
 * - k-fold cross-validation by document over the training sets of a language (folds by a hash of
 *   the document id), one model per fold;
 * - leave-one-set-out: a model trained on the other sets of the language, measured on the set left out;
 * - held-out sets (never trained on), measured with the model trained on all training sets.
 * The rules alone are measured on the same documents for comparison.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArticle, type ParsedArticle } from "../shared/article";
import { recognizeEntities } from "../shared/entities";
import { extractQuotes } from "../shared/quotes";
import { SpeakerRanker, type SpeakerWeights } from "../shared/quotes/speaker-model/model";
import { trainRanker, type RankingExample } from "../shared/quotes/speaker-model/train";
import { DROP } from "../shared/quotes/span-model/span-features";
import type { Entity } from "../shared/summary";
import { CORPUS_DIR, readRecords } from "./corpus";
import { documentInterval, type DocumentCount } from "./document-bootstrap";
import { overlapOverUnion, quoteCounts, speakerCorrect, type GoldQuote } from "./metrics";
import { SPAN_TRAINING_SETS, SPEAKER_HELD_OUT_SETS, SPEAKER_SET_WEIGHTS, SPEAKER_TRAINING_SETS } from "./speaker-training-sets";

export { SPAN_TRAINING_SETS, SPEAKER_HELD_OUT_SETS, SPEAKER_SET_WEIGHTS, SPEAKER_TRAINING_SETS };

export const FOLDS = 5;

export interface PreparedDoc {
  set: string;
  lang: string;
  id: string;
  article: ParsedArticle;
  entities: Entity[];
  gold: GoldQuote[];
  /** Ranking examples read with the rules deciding (filled once). */
  examples: RankingExample[];
  /** Keep-or-drop examples of the reported spans, for the span filter. */
  spanExamples: RankingExample[];
}

export function setPath(set: string): string | null {
  for (const dir of ["dev", "train"]) {
    const p = join(CORPUS_DIR, dir, `${set}.jsonl`);
    if (existsSync(p)) return p;
  }
  return null;
}

const usesSpeakerName = (set: string) => set === "seed" || /-fr-/.test(set);

export function prepareSet(set: string, limit = Infinity): PreparedDoc[] {
  const path = setPath(set);
  if (!path) return [];
  return readRecords(path, limit)
    .filter((r) => r.gold.quotes !== undefined)
    .map((r) => {
      const article = parseArticle(r.name, r.text);
      if (article.language === "und") article.language = r.lang;
      const doc: PreparedDoc = { set, lang: r.lang, id: r.id, article, entities: recognizeEntities(article), gold: r.gold.quotes!, examples: [], spanExamples: [] };
      doc.examples = examplesOf(doc);
      doc.spanExamples = spanExamplesOf(doc);
      return doc;
    });
}

/** One example per quote matched to a gold quote with a speaker: the candidates the metric would count right are gold. */
export function examplesOf(doc: PreparedDoc): RankingExample[] {
  const out: RankingExample[] = [];
  const byName = usesSpeakerName(doc.set);
  extractQuotes(doc.article, doc.entities, {
    ranker: null,
    observe: (quote, candidates, features, resolved) => {
      let g: GoldQuote | null = null;
      for (const x of doc.gold) if (overlapOverUnion(quote, x) >= 0.8) g = x;
      if (!g || g.speaker == null) return;
      const gold: number[] = [];
      candidates.forEach((c, i) => {
        const m = c.mention;
        const pred = { start: quote.start, end: quote.end, speaker: resolved[i], speakerMention: { text: doc.article.text.slice(m.start, m.end), start: m.start, end: m.end } };
        if (speakerCorrect(pred, g, byName)) gold.push(i);
      });
      if (gold.length > 0 && gold.length < candidates.length) out.push({ candidates: features, gold });
    },
  });
  return out;
}

/** Each span the rules report: kept (index 0) when it matches a gold quote (overlap/union >= 0.8), else dropped (index 1). */
export function spanExamplesOf(doc: PreparedDoc): RankingExample[] {
  const out: RankingExample[] = [];
  extractQuotes(doc.article, doc.entities, {
    ranker: null,
    spanFilter: null,
    observeSpan: (q, features) => out.push({ candidates: [features, DROP], gold: [doc.gold.some((g) => overlapOverUnion(q, g) >= 0.8) ? 0 : 1] }),
  });
  return out;
}

interface Models {
  ranker: SpeakerRanker | null;
  spans: SpeakerRanker | null;
}

export interface SpeakerFigures {
  set: string;
  protocol: string;
  documents: number;
  quotes: number;
  speakerTotal: number;
  speakerCorrect: number;
  /** 95% interval of the speaker accuracy over documents (eval/document-bootstrap.ts); null when no speaker is counted. */
  speakerInterval: [number, number] | null;
  strictP: number;
  strictR: number;
  strictF1: number;
}

function measure(docs: readonly PreparedDoc[], modelsOf: (doc: PreparedDoc) => Models) {
  const c = { tp: 0, predicted: 0, gold: 0, speakerTotal: 0, speakerCorrect: 0, perDocument: [] as DocumentCount[] };
  for (const d of docs) {
    const m = modelsOf(d);
    const pred = extractQuotes(d.article, d.entities, { ranker: m.ranker, spanFilter: m.spans });
    const q = quoteCounts(pred, d.gold, usesSpeakerName(d.set));
    c.tp += q.tp;
    c.predicted += q.predicted;
    c.gold += q.gold;
    c.speakerTotal += q.speakerTotal;
    c.speakerCorrect += q.speakerCorrect;
    c.perDocument.push({ correct: q.speakerCorrect, total: q.speakerTotal });
  }
  return c;
}

function figures(set: string, protocol: string, docs: readonly PreparedDoc[], c: ReturnType<typeof measure>): SpeakerFigures {
  const p = c.predicted ? c.tp / c.predicted : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return { set, protocol, documents: docs.length, quotes: c.gold, speakerTotal: c.speakerTotal, speakerCorrect: c.speakerCorrect, speakerInterval: documentInterval(c.perDocument), strictP: p, strictR: r, strictF1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** FNV-1a of the document id: folds that do not depend on file order. */
export function foldOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h % FOLDS;
}

/** Margin the ranker must beat the rules' pick by (SPEAKER_MARGIN overrides it, to compare settings). */
export const MARGIN = Number(process.env.SPEAKER_MARGIN ?? 1);
/** Shuffles the speaker ranker is trained on and averaged over (SPEAKER_RUNS overrides it, to compare settings). */
export const RUNS = Number(process.env.SPEAKER_RUNS ?? 5);
/** L2 decay of the speaker ranker's training (SPEAKER_L2 overrides it, to compare settings; docs/accuracy.md). */
export const L2 = Number(process.env.SPEAKER_L2 ?? 1e-4);
/** First shuffle seed (SPEAKER_SEED overrides it, to measure how much the training order alone moves each row). */
export const SEED = Number(process.env.SPEAKER_SEED ?? 1);
/** Each document's examples, repeated as often as its set's weight (SPEAKER_SET_WEIGHTS). */
const weighted = (docs: readonly PreparedDoc[]) => docs.flatMap((d) => Array.from({ length: SPEAKER_SET_WEIGHTS[d.set] ?? 1 }, () => d.examples).flat());
export const train = (docs: readonly PreparedDoc[], sets: string[]): SpeakerWeights => ({ ...trainRanker(weighted(docs), sets, { runs: RUNS, l2: L2, seed: SEED }), margin: MARGIN });

const trainSpans = (docs: readonly PreparedDoc[], sets: string[]): SpeakerWeights | null => {
  const examples = docs.flatMap((d) => d.spanExamples);
  return examples.length ? trainRanker(examples, sets) : null;
};
const rankerOrNull = (w: SpeakerWeights | null) => (w ? new SpeakerRanker(w) : null);
const RULES: Models = { ranker: null, spans: null };

/**
 * Rules, k-fold CV, leave-one-set-out, and held-out figures for one language's sets. The span filter
 * (English) is trained on SPAN_TRAINING_SETS only, in the same folds; left-out rows use no span filter.
 */
export function runProtocol(lang: string, bySet: Map<string, PreparedDoc[]>, log: (s: string) => void = () => {}): SpeakerFigures[] {
  const trainingSets = SPEAKER_TRAINING_SETS[lang].filter((s) => bySet.has(s));
  const spanSets = (SPAN_TRAINING_SETS[lang] ?? []).filter((s) => bySet.has(s));
  const pool = trainingSets.flatMap((s) => bySet.get(s)!);
  const spanPool = spanSets.flatMap((s) => bySet.get(s)!);
  const out: SpeakerFigures[] = [];
  const sets = [...bySet.keys()];
  for (const s of sets) out.push(figures(s, "rules alone", bySet.get(s)!, measure(bySet.get(s)!, () => RULES)));
  // k-fold by document over the pooled training sets.
  const folds: Models[] = [];
  for (let f = 0; f < FOLDS; f++) {
    folds.push({
      ranker: new SpeakerRanker(train(pool.filter((d) => foldOf(d.id) !== f), trainingSets)),
      spans: rankerOrNull(trainSpans(spanPool.filter((d) => foldOf(d.id) !== f), spanSets)),
    });
    log(`  ${lang} fold ${f + 1}/${FOLDS} trained`);
  }
  for (const s of trainingSets) out.push(figures(s, `${FOLDS}-fold CV by document`, bySet.get(s)!, measure(bySet.get(s)!, (d) => folds[foldOf(d.id)])));
  // Leave one set out.
  if (trainingSets.length > 1) {
    for (const s of trainingSets) {
      const others = trainingSets.filter((x) => x !== s);
      const models: Models = { ranker: new SpeakerRanker(train(pool.filter((d) => d.set !== s), others)), spans: null };
      out.push(figures(s, `left out (trained on ${others.join(", ")}; no span filter)`, bySet.get(s)!, measure(bySet.get(s)!, () => models)));
      log(`  ${lang} left out ${s}`);
    }
  }
  const heldOut = sets.filter((s) => !trainingSets.includes(s) && !spanSets.includes(s));
  if (heldOut.length) {
    const models: Models = { ranker: new SpeakerRanker(train(pool, trainingSets)), spans: rankerOrNull(trainSpans(spanPool, spanSets)) };
    for (const s of heldOut) out.push(figures(s, "held out (trained on all training sets)", bySet.get(s)!, measure(bySet.get(s)!, () => models)));
  }
  return out;
}

/** The sets of a language the protocol reads: its training sets and held-out sets. */
export function protocolSets(lang: string): string[] {
  return [...SPEAKER_TRAINING_SETS[lang], ...SPEAKER_HELD_OUT_SETS[lang]];
}

export function protocolTable(rows: readonly SpeakerFigures[]): string {
  const lines = ["| set | protocol | documents | gold quotes | quote strict P / R / F1 | speaker acc. | speaker acc., 95% over documents |", "|---|---|---|---|---|---|---|"];
  const interval = (i: [number, number] | null) => (i ? `${i[0].toFixed(3)}–${i[1].toFixed(3)}` : "-");
  for (const r of rows) lines.push(`| ${r.set} | ${r.protocol} | ${r.documents} | ${r.quotes} | ${r.strictP.toFixed(3)} / ${r.strictR.toFixed(3)} / ${r.strictF1.toFixed(3)} | ${r.speakerTotal ? (r.speakerCorrect / r.speakerTotal).toFixed(3) : "-"} (${r.speakerCorrect}/${r.speakerTotal}) | ${interval(r.speakerInterval)} |`);
  return lines.join("\n");
}
