/**
 * First-order sequence tagger over BIO tags: per-token scores from hashed
 * feature weights, tag-to-tag transition scores, Viterbi decoding that only
 * allows valid BIO sequences. Training (a structured averaged perceptron) lives
 * in scripts/train-ner.ts and uses the same scoring code.
 */
import type { FeatureMatrix } from "./features";

export const TAGS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"] as const;
export type Tag = (typeof TAGS)[number];
export const N_TAGS = TAGS.length;
/** Row of the transition table used for the first token. */
export const START = N_TAGS;
// viterbi() is unrolled for exactly these 7 tags.
if (N_TAGS !== 7) throw new Error("viterbi expects 7 BIO tags");

export interface TaggerWeights {
  bucketBits: number;
  /** bucket * N_TAGS + tag. */
  emission: ArrayLike<number>;
  /** Multiplier applied to emission (quantised weights). */
  scale: number;
  /** (prev or START) * N_TAGS + tag. */
  transition: ArrayLike<number>;
  /** The second-pass tagger, which also reads this one's labels (stacking.ts), if the model has one. */
  stack?: TaggerWeights;
}

/** I-X may only follow B-X or I-X. */
export function allowed(prev: number, tag: number): boolean {
  if (tag === 0 || tag % 2 === 1) return true;
  return prev !== START && prev !== 0 && (prev === tag || prev === tag - 1);
}

export function emissionScores(m: FeatureMatrix, w: TaggerWeights): Float64Array {
  if (w.emission instanceof Int8Array) return quantisedScores(m, w.emission, w.bucketBits, w.scale);
  const n = m.offsets.length - 1;
  const out = new Float64Array(n * N_TAGS);
  const shift = 32 - w.bucketBits;
  const e = w.emission;
  for (let i = 0; i < n; i++) {
    const base = i * N_TAGS;
    for (let k = m.offsets[i]; k < m.offsets[i + 1]; k++) {
      const b = (m.features[k] >>> shift) * N_TAGS;
      for (let t = 0; t < N_TAGS; t++) out[base + t] += e[b + t];
    }
    if (w.scale !== 1) for (let t = 0; t < N_TAGS; t++) out[base + t] *= w.scale;
  }
  return out;
}

/** The inference path: int8 weights summed in integers, one multiply per tag at the end. */
function quantisedScores(m: FeatureMatrix, e: Int8Array, bucketBits: number, scale: number): Float64Array {
  const n = m.offsets.length - 1;
  const out = new Float64Array(n * N_TAGS);
  const shift = 32 - bucketBits;
  const feats = m.features;
  for (let i = 0; i < n; i++) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    let s5 = 0;
    let s6 = 0;
    const endK = m.offsets[i + 1];
    for (let k = m.offsets[i]; k < endK; k++) {
      const b = (feats[k] >>> shift) * 7;
      s0 += e[b];
      s1 += e[b + 1];
      s2 += e[b + 2];
      s3 += e[b + 3];
      s4 += e[b + 4];
      s5 += e[b + 5];
      s6 += e[b + 6];
    }
    const o = i * 7;
    out[o] = s0 * scale;
    out[o + 1] = s1 * scale;
    out[o + 2] = s2 * scale;
    out[o + 3] = s3 * scale;
    out[o + 4] = s4 * scale;
    out[o + 5] = s5 * scale;
    out[o + 6] = s6 * scale;
  }
  return out;
}

const constrainedCache = new WeakMap<object, Float64Array>();

/** Transition scores with -Infinity where BIO forbids the pair (cached per model). */
function constrained(transition: ArrayLike<number>, changing: boolean): Float64Array {
  const cached = changing ? undefined : constrainedCache.get(transition as object);
  if (cached) return cached;
  const out = new Float64Array((N_TAGS + 1) * N_TAGS);
  for (let p = 0; p <= N_TAGS; p++) for (let t = 0; t < N_TAGS; t++) out[p * N_TAGS + t] = allowed(p, t) ? transition[p * N_TAGS + t] : -Infinity;
  if (!changing) constrainedCache.set(transition as object, out);
  return out;
}

// Viterbi tables reused between calls: every cell read is written first.
let bestScratch = new Float64Array(4096);
let backScratch = new Uint8Array(4096);

/** Best valid tag sequence (indices into TAGS). */
/** `changing`: the transition table is being trained, so it must not be cached. */
export function viterbi(scores: Float64Array, n: number, transition: ArrayLike<number>, changing = false): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  const tr = constrained(transition, changing);
  if (bestScratch.length < n * N_TAGS) {
    bestScratch = new Float64Array(n * N_TAGS * 2);
    backScratch = new Uint8Array(n * N_TAGS * 2);
  }
  const best = bestScratch;
  const back = backScratch;
  for (let t = 0; t < N_TAGS; t++) best[t] = scores[t] + tr[START * N_TAGS + t];
  // Unrolled for the 7 BIO tags (same candidates, order and ties as the plain loop):
  // O and B-X may follow any tag, I-X only B-X or I-X.
  for (let i = 1; i < n; i++) {
    const pb = (i - 1) * 7;
    const cb = i * 7;
    const b0 = best[pb];
    const b1 = best[pb + 1];
    const b2 = best[pb + 2];
    const b3 = best[pb + 3];
    const b4 = best[pb + 4];
    const b5 = best[pb + 5];
    const b6 = best[pb + 6];
    for (let t = 0; t < 7; t++) {
      let bs = -Infinity;
      let bp = 0;
      if (t !== 0 && (t & 1) === 0) {
        const sB = best[pb + t - 1] + tr[(t - 1) * 7 + t];
        if (sB > bs) {
          bs = sB;
          bp = t - 1;
        }
        const sI = best[pb + t] + tr[t * 7 + t];
        if (sI > bs) {
          bs = sI;
          bp = t;
        }
      } else {
        let x = b0 + tr[t];
        if (x > bs) {
          bs = x;
          bp = 0;
        }
        x = b1 + tr[7 + t];
        if (x > bs) {
          bs = x;
          bp = 1;
        }
        x = b2 + tr[14 + t];
        if (x > bs) {
          bs = x;
          bp = 2;
        }
        x = b3 + tr[21 + t];
        if (x > bs) {
          bs = x;
          bp = 3;
        }
        x = b4 + tr[28 + t];
        if (x > bs) {
          bs = x;
          bp = 4;
        }
        x = b5 + tr[35 + t];
        if (x > bs) {
          bs = x;
          bp = 5;
        }
        x = b6 + tr[42 + t];
        if (x > bs) {
          bs = x;
          bp = 6;
        }
      }
      best[cb + t] = bs + scores[cb + t];
      back[cb + t] = bp;
    }
  }
  let last = 0;
  for (let t = 1; t < N_TAGS; t++) if (best[(n - 1) * N_TAGS + t] > best[(n - 1) * N_TAGS + last]) last = t;
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = last;
    last = back[i * N_TAGS + last];
  }
  return tags;
}

export function tagSequence(m: FeatureMatrix, w: TaggerWeights): Uint8Array {
  const n = m.offsets.length - 1;
  return viterbi(emissionScores(m, w), n, w.transition);
}

/** Token spans [start, end) with their type, from BIO tags. */
export function spansOfTags(tags: ArrayLike<number>): { start: number; end: number; type: "PER" | "LOC" | "ORG" }[] {
  const out: { start: number; end: number; type: "PER" | "LOC" | "ORG" }[] = [];
  let i = 0;
  while (i < tags.length) {
    const t = tags[i];
    if (t === 0) {
      i++;
      continue;
    }
    const begin = t % 2 === 1 ? t : t - 1;
    let j = i + 1;
    while (j < tags.length && tags[j] === begin + 1) j++;
    out.push({ start: i, end: j, type: TAGS[begin].slice(2) as "PER" | "LOC" | "ORG" });
    i = j;
  }
  return out;
}
