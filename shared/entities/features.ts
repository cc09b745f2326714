/**
 * Hashed features of the sequence tagger. Training and inference share this
 * code, so the model sees exactly the features it was trained on. Features are
 * 32-bit integers built by mixing a template number with string hashes
 * computed once per token: no feature string is ever concatenated.
 */
import type { Gazetteer } from "./gazetteer";
import type { HashLookup } from "./hash-table";
import { type Token, withoutLineBreakHyphens } from "../doc/tokenize";

export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Feature id from a template number and a hash; the tagger takes its high bits as the bucket. */
export function mix(template: number, h: number): number {
  const x = Math.imul((h ^ Math.imul(template, 0x9e3779b1)) >>> 0, 0x85ebca6b);
  return (x ^ (x >>> 15)) >>> 0;
}

export function mix2(template: number, a: number, b: number): number {
  return mix(template, Math.imul(a, 0x27d4eb2d) ^ b);
}

/** Hash of the short word shape (runs collapsed: "Kassym-Jomart" -> "Xx-Xx", "FILIPPOV" -> "X", "1991" -> "d"). */
export function shapeHash(w: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    let k: number;
    if (c >= 48 && c <= 57) k = 100;
    else if (c >= 65 && c <= 90) k = 88;
    else if (c >= 97 && c <= 122) k = 120;
    else if (c < 128) k = c;
    else {
      const ch = w[i];
      const lo = ch.toLowerCase();
      k = ch !== lo ? 88 : ch !== ch.toUpperCase() ? 120 : c;
    }
    if (k !== last) h = Math.imul(h ^ k, 0x01000193);
    last = k;
  }
  return h >>> 0;
}

const ACCENTS = /\p{M}/gu;
export function foldAccents(w: string): string {
  return w.normalize("NFD").replace(ACCENTS, "");
}

export interface FeatureTables {
  gazetteer: Gazetteer;
  honorifics: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  orgWords: ReadonlySet<string>;
  locWords: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  functionWords: ReadonlySet<string>;
  /** Lowercase forms of capitals written without their accent ("A" -> "à" in French). */
  capitalForms: ReadonlyMap<string, string>;
  /** wordClasses() of the lists above. */
  wordClasses: ReadonlyMap<string, number>;
  /** Word clusters learned offline (scripts/build-clusters.ts): hashString(lowercase word) -> fine id + 1 | (coarse id + 1) << 16, 0 if none. */
  clusters: HashLookup;
}

export const PAD_HASH = 0x5a5a5a5a;

export const CLS_HONORIFIC = 1;
export const CLS_TITLE = 2;
export const CLS_ORG = 4;
export const CLS_LOC = 8;
export const CLS_DET = 16;
export const CLS_FUNCTION = 32;

/** One lookup per token instead of one per list: lowercased word -> class bits (honorifics keep their case). */
export function wordClasses(tables: Omit<FeatureTables, "gazetteer" | "wordClasses" | "clusters">): Map<string, number> {
  const m = new Map<string, number>();
  const add = (w: string, bit: number) => m.set(w, (m.get(w) ?? 0) | bit);
  for (const w of tables.honorifics) add(w, CLS_HONORIFIC);
  for (const w of tables.titles) add(w, CLS_TITLE);
  for (const w of tables.orgWords) add(w, CLS_ORG);
  for (const w of tables.locWords) add(w, CLS_LOC);
  for (const w of tables.determiners) add(w, CLS_DET);
  for (const w of tables.functionWords) add(w, CLS_FUNCTION);
  return m;
}

/**
 * Features for every token, flattened: token i owns features[offsets[i]..offsets[i+1]).
 */
export interface FeatureMatrix {
  features: Uint32Array;
  offsets: Uint32Array;
}

/** What the whole document says about a word: seen in lowercase, seen capitalised mid-sentence. */
export interface DocumentEvidence {
  lowerSeen: Set<string>;
  capMidSeen: Set<string>;
}

export function documentEvidence(tokens: readonly Token[], tables: FeatureTables, words: readonly WordInfo[] = describeTokens(tokens, tables)): DocumentEvidence {
  const lowerSeen = new Set<string>();
  const capMidSeen = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const w = words[i];
    if (!w.cap) {
      if (t.text.charCodeAt(0) > 64) lowerSeen.add(w.lower);
    } else if (!t.sentenceStart) capMidSeen.add(w.lower);
  }
  return { lowerSeen, capMidSeen };
}

const MAX_PER_TOKEN = 48;

/** What the features need of a word on its own; cached, because news repeats its words. */
export interface WordInfo {
  lower: string;
  /** Gazetteer.firstInfo of the lowercase word. */
  gaz: number;
  cls: number;
  lowerH: number;
  rawH: number;
  shapeH: number;
  /** Written with a capital (differs from its lowercase form). */
  cap: boolean;
  /** FeatureTables.clusters of the lowercase word, 0 when it has none. */
  cluster: number;
  /** For lineCase: 0 not a word of letters (or one letter), 1 lowercase, 2 capitalised, 3 all capitals. */
  casing: number;
  /** Weight sums of the word's own features for one model (word-scores.ts), and that model. */
  sums?: Int32Array;
  sumsOf?: object;
  /** The same for the model used before that one (a stacked model's other pass). */
  sums2?: Int32Array;
  sumsOf2?: object;
}

const caches = new WeakMap<FeatureTables, Map<string, WordInfo>>();
function wordCache(tables: FeatureTables): Map<string, WordInfo> {
  let c = caches.get(tables);
  if (!c) caches.set(tables, (c = new Map()));
  return c;
}

/** The per-word facts of each token, looked up once per token and shared by the steps below. */
export function describeTokens(tokens: readonly Token[], tables: FeatureTables): WordInfo[] {
  const out: WordInfo[] = new Array(tokens.length);
  const cache = wordCache(tables);
  for (let i = 0; i < tokens.length; i++) out[i] = wordInfo(tokens[i].text, tables, cache);
  return out;
}

function wordInfo(text: string, tables: FeatureTables, cache: Map<string, WordInfo>): WordInfo {
  let w = cache.get(text);
  if (!w) {
    // "Disney+", "TV+": a brand's plus (shared/doc/tokenize.ts keeps it in the word) says nothing the word does not.
    const word = withoutLineBreakHyphens(text);
    w = describeWord(word.length > 1 && word.endsWith("+") ? word.replace(/\++$/, "") || word : word, tables);
    if (cache.size > 50_000) cache.clear();
    cache.set(text, w);
  }
  return w;
}

function describeWord(text: string, tables: FeatureTables): WordInfo {
  const lower = tables.capitalForms.get(text) ?? text.toLowerCase();
  const classes = tables.wordClasses;
  const lowerH = hashString(lower);
  return {
    lower,
    gaz: tables.gazetteer.firstInfo(lower),
    cls: (classes.get(lower) ?? 0) | (text !== lower ? (classes.get(text) ?? 0) & CLS_HONORIFIC : 0),
    lowerH,
    rawH: text === lower ? lowerH ^ 0x3c3c3c3c : hashString(text),
    shapeH: shapeHash(text),
    cap: text !== lower,
    cluster: tables.clusters.get(lowerH),
    casing: text.length < 2 || !LETTER_START.test(text) ? 0 : text === lower ? 1 : text === text.toUpperCase() ? 3 : 2,
    sums: undefined,
    sumsOf: undefined,
    sums2: undefined,
    sumsOf2: undefined,
  };
}

/**
 * How a line is cased: 0 as running text, 1 Title Case (a headline: most words capitalised),
 * 2 ALL CAPS (a dateline or a shouted headline). Capitalisation says little about names there,
 * so the features pair the mode with the word's shape and cluster instead.
 */
export function lineCase(words: readonly WordInfo[]): number {
  let alpha = 0;
  let caps = 0;
  let upper = 0;
  for (let i = 0; i < words.length; i++) {
    const c = words[i].casing;
    if (c === 0) continue;
    alpha++;
    if (c >= 2) caps++;
    if (c === 3) upper++;
  }
  if (alpha < 3) return 0;
  if (upper >= alpha * 0.7) return 2;
  return caps >= alpha * 0.7 ? 1 : 0;
}

const LETTER_START = /^\p{L}/u;

export function extractFeatures(
  tokens: readonly Token[],
  tables: FeatureTables,
  doc: DocumentEvidence = documentEvidence(tokens, tables),
  words: readonly WordInfo[] = describeTokens(tokens, tables),
): FeatureMatrix {
  const n = tokens.length;
  const lowerH = new Uint32Array(n);
  const rawH = new Uint32Array(n);
  const shapeH = new Uint32Array(n);
  const cls = new Uint8Array(n);
  const lowers: string[] = new Array(n);
  const gazInfo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const w = words[i];
    gazInfo[i] = w.gaz;
    lowers[i] = w.lower;
    cls[i] = w.cls;
    lowerH[i] = w.lowerH;
    rawH[i] = w.rawH;
    shapeH[i] = w.shapeH;
  }
  const gaz = tables.gazetteer.match(lowers, gazInfo);
  const mode = lineCase(words);

  const features = new Uint32Array(n * MAX_PER_TOKEN);
  const offsets = new Uint32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    const t = tokens[i];
    const wl = lowerH[i];
    const ws = shapeH[i];
    const p1l = i > 0 ? lowerH[i - 1] : PAD_HASH;
    const p1s = i > 0 ? shapeH[i - 1] : PAD_HASH;
    const n1l = i + 1 < n ? lowerH[i + 1] : PAD_HASH;
    const n1s = i + 1 < n ? shapeH[i + 1] : PAD_HASH;
    const p1c = i > 0 ? cls[i - 1] : 0;
    const lower = lowers[i];
    const cap = lower !== t.text;
    features[k++] = mix(1, 0);
    features[k++] = mix(2, wl);
    features[k++] = mix(3, rawH[i]);
    features[k++] = mix(4, p1l);
    features[k++] = mix(5, n1l);
    features[k++] = mix(6, i > 1 ? lowerH[i - 2] : PAD_HASH);
    features[k++] = mix(7, i + 2 < n ? lowerH[i + 2] : PAD_HASH);
    features[k++] = mix(8, ws);
    features[k++] = mix(9, p1s);
    features[k++] = mix(10, n1s);
    features[k++] = mix2(11, p1s, ws);
    features[k++] = mix2(12, ws, n1s);
    features[k++] = mix2(13, p1l, wl);
    features[k++] = mix2(14, wl, n1l);
    // Affix hashes, computed incrementally (FNV over the prefix; over the reversed suffix).
    const L = lower.length;
    let ph = 0x811c9dc5;
    let sh = 0x811c9dc5;
    for (let a = 0; a < 4 && a < L; a++) {
      ph = Math.imul(ph ^ lower.charCodeAt(a), 0x01000193);
      sh = Math.imul(sh ^ lower.charCodeAt(L - 1 - a), 0x01000193);
      features[k++] = mix(21 + a, ph >>> 0);
      features[k++] = mix(31 + a, sh >>> 0);
    }
    features[k++] = mix2(16, t.sentenceStart ? 1 : 0, ws);
    features[k++] = mix(17, L < 12 ? L : 12);
    // Word classes of the window (honorific before, title before, org word after, …).
    features[k++] = mix(18, cls[i] | (p1c << 8) | ((i + 1 < n ? cls[i + 1] : 0) << 16) | ((i > 1 ? cls[i - 2] : 0) << 24));
    if (p1c) features[k++] = mix2(40, p1c, ws);
    if (cap) {
      const seenLower = doc.lowerSeen.has(lower);
      const seenCap = doc.capMidSeen.has(lower);
      features[k++] = mix(41, (seenLower ? 1 : 0) | (seenCap ? 2 : 0) | (t.sentenceStart ? 4 : 0));
    }
    // Word clusters: the word's fine and coarse cluster, its neighbours' coarse ones (word-scores.ts mirrors these).
    const wc = words[i].cluster;
    if (wc) {
      features[k++] = mix(60, wc & 0xffff);
      features[k++] = mix(61, wc >>> 16);
    }
    const pc = i > 0 ? words[i - 1].cluster : 0;
    if (pc) features[k++] = mix(62, pc >>> 16);
    const nc = i + 1 < n ? words[i + 1].cluster : 0;
    if (nc) features[k++] = mix(63, nc >>> 16);
    if (mode) {
      features[k++] = mix2(70, mode, ws);
      features[k++] = mix2(71, mode, wc >>> 16);
    }
    // Gazetteer hits of this token and its neighbours: (class, begin/inside), at most 4 each.
    const g = gaz[i];
    if (g) for (let j = 0; j < g.length && j < 4; j++) features[k++] = mix2(50, g[j], cap ? 1 : 0);
    const gp = i > 0 ? gaz[i - 1] : undefined;
    if (gp) for (let j = 0; j < gp.length && j < 4; j++) features[k++] = mix(51, gp[j]);
    const gn = i + 1 < n ? gaz[i + 1] : undefined;
    if (gn) for (let j = 0; j < gn.length && j < 4; j++) features[k++] = mix(52, gn[j]);
  }
  offsets[n] = k;
  return { features: features.subarray(0, k), offsets };
}
