/**
 * Metric code for `npm run eval`, as the corpus README defines each metric.
 * Pure functions over plain data so they can be unit-tested on hand-made cases.
 */
import { foldName, normalizeForMatch, normalizeHeadline } from "./normalize";

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, predicted: number, gold: number): Prf {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : tp / predicted;
  const recall = gold === 0 ? (predicted === 0 ? 1 : 0) : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

// ---------- headline and date ----------

export function headlineMatches(predicted: string | null | undefined, gold: string): boolean {
  return predicted != null && normalizeHeadline(predicted) === normalizeHeadline(gold);
}

/**
 * Token F1 of a headline (the measure of Readability's test pages): bags of lowercased word tokens, so a
 * site name left on, or a word missed, costs part of the score rather than all of it.
 */
export function headlineTokenF1(predicted: string | null | undefined, gold: string): number {
  const p = words(predicted ?? "");
  const g = words(gold);
  if (p.length === 0 || g.length === 0) return p.length === g.length ? 1 : 0;
  const left = new Map<string, number>();
  for (const w of g) left.set(w, (left.get(w) ?? 0) + 1);
  let tp = 0;
  for (const w of p) {
    const n = left.get(w) ?? 0;
    if (n > 0) {
      tp++;
      left.set(w, n - 1);
    }
  }
  return prf(tp, p.length, g.length).f1;
}

/** Gold is YYYY-MM-DD or YYYY-MM; the prediction any ISO 8601 date. */
export function dateMatches(predicted: string | null | undefined, gold: string, precision: "day" | "month"): boolean {
  if (predicted == null) return false;
  const n = precision === "day" ? 10 : 7;
  return predicted.slice(0, n) === gold.slice(0, n);
}

// ---------- body ----------

/** Lowercased word tokens (letters and digits). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Set of word 4-gram shingles; a text shorter than 4 words is one shingle. */
export function shingles(text: string, n = 4): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  if (w.length === 0) return out;
  if (w.length < n) {
    out.add(w.join(" "));
    return out;
  }
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(" "));
  return out;
}

/** Shingle P/R/F1 of one document (scrapinghub article-extraction-benchmark style). */
export function bodyPrf(predicted: string, gold: string): Prf {
  const p = shingles(predicted);
  const g = shingles(gold);
  let tp = 0;
  for (const s of p) if (g.has(s)) tp++;
  return prf(tp, p.size, g.size);
}

/** Shares of "with" segments found and "without" segments absent in the extracted text. */
export function withWithout(extracted: string, withSegments: string[], withoutSegments: string[]): { withFound: number; withoutAbsent: number } {
  const hay = normalizeForMatch(extracted);
  let withFound = 0;
  for (const s of withSegments) if (hay.includes(normalizeForMatch(s))) withFound++;
  let withoutAbsent = 0;
  for (const s of withoutSegments) if (!hay.includes(normalizeForMatch(s))) withoutAbsent++;
  return { withFound, withoutAbsent };
}

// ---------- entities ----------

export const ENTITY_TYPES = new Set(["PERSON", "LOCATION", "ORGANIZATION"]);

export interface TypedSpan {
  start: number;
  end: number;
  type: string;
}

export interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Strict entity counts: exact (start, end, type); predicted types outside the three are dropped. */
export function entityStrict(predicted: TypedSpan[], gold: TypedSpan[]): Counts {
  const pred = dedupeSpans(predicted.filter((p) => ENTITY_TYPES.has(p.type)));
  const keys = new Set(gold.map((g) => `${g.start}:${g.end}:${g.type}`));
  let tp = 0;
  for (const p of pred) if (keys.has(`${p.start}:${p.end}:${p.type}`)) tp++;
  return { tp, predicted: pred.length, gold: gold.length };
}

/** Lenient entity counts: same type, any overlap, one-to-one, greedily by largest overlap. */
export function entityLenient(predicted: TypedSpan[], gold: TypedSpan[]): Counts {
  const pred = dedupeSpans(predicted.filter((p) => ENTITY_TYPES.has(p.type)));
  const pairs: { p: number; g: number; score: number }[] = [];
  for (let i = 0; i < pred.length; i++) {
    for (let j = 0; j < gold.length; j++) {
      if (pred[i].type !== gold[j].type) continue;
      const o = overlap(pred[i], gold[j]);
      if (o > 0) pairs.push({ p: i, g: j, score: o });
    }
  }
  const tp = greedyOneToOne(pairs).length;
  return { tp, predicted: pred.length, gold: gold.length };
}

/** The same mention listed twice (e.g. under two entities) counts once. */
function dedupeSpans(spans: TypedSpan[]): TypedSpan[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const k = `${s.start}:${s.end}:${s.type}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Pairs sorted by score (ties: document order), each side used at most once. */
export function greedyOneToOne<T extends { p: number; g: number; score: number }>(pairs: T[]): T[] {
  const sorted = [...pairs].sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: T[] = [];
  for (const pair of sorted) {
    if (usedP.has(pair.p) || usedG.has(pair.g)) continue;
    usedP.add(pair.p);
    usedG.add(pair.g);
    out.push(pair);
  }
  return out;
}

// ---------- quotes ----------

export interface GoldQuote {
  start: number;
  end: number;
  text?: string;
  speaker: string | null;
  speakerStart?: number | null;
  speakerEnd?: number | null;
  speakerName?: string | null;
}

export interface PredictedQuote {
  start: number;
  end: number;
  speaker: string | null;
  speakerMention: { text: string; start: number; end: number } | null;
}

export function overlapOverUnion(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const o = overlap(a, b);
  if (o === 0) return 0;
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return o / union;
}

export interface QuoteCounts extends Counts {
  lenientTp: number;
  /** Strict matches whose gold speaker is not null. */
  speakerTotal: number;
  speakerCorrect: number;
}

const PRONOUNS = new Set(
  ["il", "elle", "ils", "elles", "lui", "eux", "on", "je", "nous", "vous", "he", "she", "they", "him", "her", "them", "i", "we", "you", "it", "celui-ci", "celle-ci"].map(foldName),
);

export function isBarePronoun(s: string): boolean {
  return PRONOUNS.has(foldName(s));
}

function nameWords(s: string): string[] {
  return foldName(s)
    .split(/[\s'’.,-]+/u)
    .filter(Boolean);
}

function lastWord(s: string): string {
  const w = nameWords(s);
  return w[w.length - 1] ?? "";
}

/** Whether a predicted speaker is right for a gold quote, by the README rule for the gold's kind. */
export function speakerCorrect(pred: PredictedQuote, gold: GoldQuote, useSpeakerName: boolean): boolean {
  if (pred.speaker != null && isBarePronoun(pred.speaker)) return false;
  if (useSpeakerName && gold.speakerName) {
    if (pred.speaker == null) return false;
    const goldWords = new Set(nameWords(gold.speakerName));
    const predWords = new Set(nameWords(pred.speaker));
    const predLast = lastWord(pred.speaker);
    const goldLast = lastWord(gold.speakerName);
    return (predLast !== "" && goldWords.has(predLast)) || (goldLast !== "" && predWords.has(goldLast));
  }
  if (pred.speakerMention && gold.speakerStart != null && gold.speakerEnd != null) {
    if (overlap(pred.speakerMention, { start: gold.speakerStart, end: gold.speakerEnd }) > 0) {
      // A pronoun mention that overlaps still fails when the predicted speaker is only that pronoun (checked above).
      return true;
    }
  }
  if (pred.speaker != null && gold.speaker != null) {
    const p = foldName(pred.speaker);
    const g = foldName(gold.speaker);
    if (g !== "" && p.includes(g)) return true;
    const pl = lastWord(pred.speaker);
    if (pl !== "" && nameWords(gold.speaker).includes(pl)) return true;
  }
  return false;
}

/**
 * Quote counts: one-to-one matching by overlap/union, greedily by the best ratio;
 * strict at >= 0.8, lenient at >= 0.3. Speaker accuracy over strict matches with a gold speaker.
 */
export function quoteCounts(predicted: PredictedQuote[], gold: GoldQuote[], useSpeakerName: boolean): QuoteCounts {
  const pairsAt = (threshold: number) => {
    const pairs: { p: number; g: number; score: number }[] = [];
    for (let i = 0; i < predicted.length; i++) {
      for (let j = 0; j < gold.length; j++) {
        const r = overlapOverUnion(predicted[i], gold[j]);
        if (r >= threshold) pairs.push({ p: i, g: j, score: r });
      }
    }
    return greedyOneToOne(pairs);
  };
  const strict = pairsAt(0.8);
  const lenient = pairsAt(0.3);
  let speakerTotal = 0;
  let speakerOk = 0;
  for (const m of strict) {
    const g = gold[m.g];
    if (g.speaker == null) continue;
    speakerTotal++;
    if (speakerCorrect(predicted[m.p], g, useSpeakerName)) speakerOk++;
  }
  return { tp: strict.length, lenientTp: lenient.length, predicted: predicted.length, gold: gold.length, speakerTotal, speakerCorrect: speakerOk };
}
