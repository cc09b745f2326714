/**
 * Emission scores for inference without building the feature matrix. Most
 * features depend on one word only (the word itself, or the word as a
 * neighbour at a fixed distance), and news repeats its words: their weights
 * are summed once per word and model, then cached. Only the features that
 * pair two tokens or depend on the document are looked up per token.
 * Int8 weights are summed as integers, so the scores equal
 * emissionScores(extractFeatures(...)) exactly (word-scores.test.ts checks it).
 */
import { type DocumentEvidence, type FeatureTables, type WordInfo, PAD_HASH, lineCase, mix, mix2 } from "./features";
import { N_TAGS, type TaggerWeights } from "./tagger";
import type { Token } from "../doc/tokenize";

// Offsets of each role in a word's cached sums, N_TAGS values per role.
const OWN = 0; // templates of the word itself, not sentence-initial
const OWN_SS = 7; // the same, sentence-initial (template 16 differs)
const AS_P1 = 14; // the word as the previous one (templates 4, 9)
const AS_P2 = 21; // two before (6)
const AS_N1 = 28; // the next one (5, 10)
const AS_N2 = 35; // two after (7)
const ROLES = 42;

interface ModelCache {
  e: Int8Array;
  shift: number;
  pad: Int32Array;
}

const caches = new WeakMap<TaggerWeights, ModelCache>();

function modelCache(w: TaggerWeights): ModelCache {
  let c = caches.get(w);
  if (!c) {
    const e = w.emission as Int8Array;
    const shift = 32 - w.bucketBits;
    const pad = new Int32Array(ROLES);
    addTo(pad, AS_P1, e, shift, mix(4, PAD_HASH));
    addTo(pad, AS_P1, e, shift, mix(9, PAD_HASH));
    addTo(pad, AS_P2, e, shift, mix(6, PAD_HASH));
    addTo(pad, AS_N1, e, shift, mix(5, PAD_HASH));
    addTo(pad, AS_N1, e, shift, mix(10, PAD_HASH));
    addTo(pad, AS_N2, e, shift, mix(7, PAD_HASH));
    c = { e, shift, pad };
    caches.set(w, c);
  }
  return c;
}

function addTo(v: Int32Array, o: number, e: Int8Array, shift: number, f: number): void {
  const b = (f >>> shift) * N_TAGS;
  for (let t = 0; t < N_TAGS; t++) v[o + t] += e[b + t];
}

/** The word's sums for every role; the templates mirror extractFeatures. */
function wordSums(w: WordInfo, c: ModelCache): Int32Array {
  const { e, shift } = c;
  const v = new Int32Array(ROLES);
  const own = (f: number) => {
    addTo(v, OWN, e, shift, f);
    addTo(v, OWN_SS, e, shift, f);
  };
  const lower = w.lower;
  const L = lower.length;
  own(mix(1, 0));
  own(mix(2, w.lowerH));
  own(mix(3, w.rawH));
  own(mix(8, w.shapeH));
  own(mix(17, L < 12 ? L : 12));
  let ph = 0x811c9dc5;
  let sh = 0x811c9dc5;
  for (let a = 0; a < 4 && a < L; a++) {
    ph = Math.imul(ph ^ lower.charCodeAt(a), 0x01000193);
    sh = Math.imul(sh ^ lower.charCodeAt(L - 1 - a), 0x01000193);
    own(mix(21 + a, ph >>> 0));
    own(mix(31 + a, sh >>> 0));
  }
  addTo(v, OWN, e, shift, mix2(16, 0, w.shapeH));
  addTo(v, OWN_SS, e, shift, mix2(16, 1, w.shapeH));
  addTo(v, AS_P1, e, shift, mix(4, w.lowerH));
  addTo(v, AS_P1, e, shift, mix(9, w.shapeH));
  addTo(v, AS_P2, e, shift, mix(6, w.lowerH));
  addTo(v, AS_N1, e, shift, mix(5, w.lowerH));
  addTo(v, AS_N1, e, shift, mix(10, w.shapeH));
  addTo(v, AS_N2, e, shift, mix(7, w.lowerH));
  if (w.cluster) {
    own(mix(60, w.cluster & 0xffff));
    own(mix(61, w.cluster >>> 16));
    addTo(v, AS_P1, e, shift, mix(62, w.cluster >>> 16));
    addTo(v, AS_N1, e, shift, mix(63, w.cluster >>> 16));
  }
  return v;
}

/** True when the fast path applies: quantised (inference) weights. */
export function hasWordScores(w: TaggerWeights): boolean {
  return w.emission instanceof Int8Array;
}

// Reused between calls: allocating a typed array per paragraph showed in profiles.
let scratch = new Float64Array(4096);

/** The features that pair two tokens or depend on the document, per token; the same for every model. */
export interface TokenFeatures {
  features: Uint32Array;
  offsets: Uint32Array;
}

/** At most 5 window features, 1 after a classed word, 1 of the document, 2 of the line, 12 of the gazetteer. */
const MAX_TOKEN_FEATURES = 21;

// Reused when the features are not kept: one allocation per paragraph showed in profiles.
let featureScratch = new Uint32Array(4096 * MAX_TOKEN_FEATURES);
let offsetScratch = new Uint32Array(4097);

/** `keep`: the result outlives the next call (a second pass reads it); otherwise it is scratch. */
export function tokenFeatures(tokens: readonly Token[], words: readonly WordInfo[], tables: FeatureTables, doc: DocumentEvidence, keep = false): TokenFeatures {
  const n = tokens.length;
  const lowers: string[] = new Array(n);
  const gazInfo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    lowers[i] = words[i].lower;
    gazInfo[i] = words[i].gaz;
  }
  const gaz = tables.gazetteer.match(lowers, gazInfo);
  const mode = lineCase(words);
  if (!keep && featureScratch.length < n * MAX_TOKEN_FEATURES) {
    featureScratch = new Uint32Array(n * MAX_TOKEN_FEATURES * 2);
    offsetScratch = new Uint32Array(n * 2 + 1);
  }
  const f = keep ? new Uint32Array(n * MAX_TOKEN_FEATURES) : featureScratch;
  const offsets = keep ? new Uint32Array(n + 1) : offsetScratch;
  let m = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = m;
    const t = tokens[i];
    const w = words[i];
    const wl = w.lowerH;
    const ws = w.shapeH;
    const pw = i > 0 ? words[i - 1] : undefined;
    const nw = i + 1 < n ? words[i + 1] : undefined;
    const p1l = pw ? pw.lowerH : PAD_HASH;
    const p1s = pw ? pw.shapeH : PAD_HASH;
    const n1l = nw ? nw.lowerH : PAD_HASH;
    const n1s = nw ? nw.shapeH : PAD_HASH;
    const p1c = pw ? pw.cls : 0;
    f[m++] = mix2(11, p1s, ws);
    f[m++] = mix2(12, ws, n1s);
    f[m++] = mix2(13, p1l, wl);
    f[m++] = mix2(14, wl, n1l);
    f[m++] = mix(18, w.cls | (p1c << 8) | ((nw ? nw.cls : 0) << 16) | ((i > 1 ? words[i - 2].cls : 0) << 24));
    if (p1c) f[m++] = mix2(40, p1c, ws);
    const cap = w.cap;
    if (cap) {
      const seenLower = doc.lowerSeen.has(w.lower);
      const seenCap = doc.capMidSeen.has(w.lower);
      f[m++] = mix(41, (seenLower ? 1 : 0) | (seenCap ? 2 : 0) | (t.sentenceStart ? 4 : 0));
    }
    if (mode) {
      f[m++] = mix2(70, mode, ws);
      f[m++] = mix2(71, mode, w.cluster >>> 16);
    }
    const g = gaz[i];
    if (g) for (let j = 0; j < g.length && j < 4; j++) f[m++] = mix2(50, g[j], cap ? 1 : 0);
    const gp = i > 0 ? gaz[i - 1] : undefined;
    if (gp) for (let j = 0; j < gp.length && j < 4; j++) f[m++] = mix(51, gp[j]);
    const gn = i + 1 < n ? gaz[i + 1] : undefined;
    if (gn) for (let j = 0; j < gn.length && j < 4; j++) f[m++] = mix(52, gn[j]);
  }
  offsets[n] = m;
  return { features: f, offsets };
}

/**
 * Scores[token * N_TAGS + tag] for the tokens, as the tagger's Viterbi expects
 * them. The array is reused by the next call (and may be longer than n * N_TAGS).
 * `perToken` (tokenFeatures) may be passed when another model has already scored the same tokens.
 */
export function wordScores(
  tokens: readonly Token[],
  words: readonly WordInfo[],
  tables: FeatureTables,
  doc: DocumentEvidence,
  weights: TaggerWeights,
  perToken: TokenFeatures = tokenFeatures(tokens, words, tables, doc),
): Float64Array {
  const c = modelCache(weights);
  const { e, shift, pad } = c;
  const n = tokens.length;
  const sums: Int32Array[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const w = words[i];
    // Two slots, for the two passes of a stacked model: the last two models used keep their sums.
    let v = w.sumsOf === weights ? w.sums : undefined;
    if (!v) {
      if (w.sumsOf2 === weights) v = w.sums2 as Int32Array;
      else v = wordSums(w, c);
      w.sums2 = w.sums;
      w.sumsOf2 = w.sumsOf;
      w.sums = v;
      w.sumsOf = weights;
    }
    sums[i] = v;
  }
  if (scratch.length < n * N_TAGS) scratch = new Float64Array(n * N_TAGS * 2);
  const out = scratch;
  const scale = weights.scale;
  const f = perToken.features;
  const offs = perToken.offsets;
  for (let i = 0; i < n; i++) {
    const own = sums[i];
    const o0 = tokens[i].sentenceStart ? OWN_SS : OWN;
    const p1 = i > 0 ? sums[i - 1] : pad;
    const p2 = i > 1 ? sums[i - 2] : pad;
    const n1 = i + 1 < n ? sums[i + 1] : pad;
    const n2 = i + 2 < n ? sums[i + 2] : pad;
    let s0 = own[o0] + p1[AS_P1] + p2[AS_P2] + n1[AS_N1] + n2[AS_N2];
    let s1 = own[o0 + 1] + p1[AS_P1 + 1] + p2[AS_P2 + 1] + n1[AS_N1 + 1] + n2[AS_N2 + 1];
    let s2 = own[o0 + 2] + p1[AS_P1 + 2] + p2[AS_P2 + 2] + n1[AS_N1 + 2] + n2[AS_N2 + 2];
    let s3 = own[o0 + 3] + p1[AS_P1 + 3] + p2[AS_P2 + 3] + n1[AS_N1 + 3] + n2[AS_N2 + 3];
    let s4 = own[o0 + 4] + p1[AS_P1 + 4] + p2[AS_P2 + 4] + n1[AS_N1 + 4] + n2[AS_N2 + 4];
    let s5 = own[o0 + 5] + p1[AS_P1 + 5] + p2[AS_P2 + 5] + n1[AS_N1 + 5] + n2[AS_N2 + 5];
    let s6 = own[o0 + 6] + p1[AS_P1 + 6] + p2[AS_P2 + 6] + n1[AS_N1 + 6] + n2[AS_N2 + 6];
    const endK = offs[i + 1];
    for (let k = offs[i]; k < endK; k++) {
      const b = (f[k] >>> shift) * N_TAGS;
      s0 += e[b];
      s1 += e[b + 1];
      s2 += e[b + 2];
      s3 += e[b + 3];
      s4 += e[b + 4];
      s5 += e[b + 5];
      s6 += e[b + 6];
    }
    const o = i * N_TAGS;
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
