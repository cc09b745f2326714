/**
 * Two-pass tagging (stacking): a second tagger sees, besides the usual features,
 * the first tagger's labels of the token, of its neighbours, and of the same word
 * elsewhere in the document. A name the first pass found in an easy context
 * ("President Ruto") then informs its hard repeats ("Ruto's"), with weights
 * learned rather than fixed by a propagation rule. The second tagger must be
 * trained on first-pass labels of documents the first pass never saw (inner
 * folds, scripts/train-ner.ts), or it learns to trust them blindly.
 */
import { type FeatureMatrix, type WordInfo, mix } from "./features";

/** Entity type of a BIO tag index: 0 none, 1 PER, 2 LOC, 3 ORG. */
const typeOf = (tag: number): number => (tag + 1) >> 1;

/** Per lowercase word of a document: how often the first pass gave it each type, and how often as a span's first word. */
export type FirstPassCounts = Map<string, Uint16Array>;

/** Counts over the whole document (every region): index 0-3 by type, 4 begin tags. */
export function firstPassCounts(words: readonly WordInfo[], tags: ArrayLike<number>): FirstPassCounts {
  const out: FirstPassCounts = new Map();
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.casing === 0) continue;
    let c = out.get(w.lower);
    if (!c) out.set(w.lower, (c = new Uint16Array(5)));
    const t = tags[i];
    c[typeOf(t)]++;
    if (t !== 0 && t % 2 === 1) c[4]++;
  }
  return out;
}

const MAX_EXTRA = 5;

/**
 * The stacked features alone, for one sequence: `words` and `tags` are the sequence's, `counts`
 * the document's (including this sequence: the token's own label is taken out).
 */
export function stackedOnly(words: readonly WordInfo[], tags: ArrayLike<number>, counts: FirstPassCounts): FeatureMatrix {
  const n = words.length;
  const features = new Uint32Array(n * MAX_EXTRA);
  const offsets = new Uint32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    const t = tags[i];
    const prev = i > 0 ? tags[i - 1] : 7;
    const next = i + 1 < n ? tags[i + 1] : 7;
    features[k++] = mix(90, t);
    features[k++] = mix(91, prev | (t << 3) | (next << 6));
    const w = words[i];
    const c = w.casing === 0 ? undefined : counts.get(w.lower);
    if (!c) continue;
    // The other occurrences: this token's own label is taken out.
    const own = typeOf(t);
    let total = 0;
    let major = 0;
    let best = -1;
    for (let ty = 0; ty < 4; ty++) {
      const x = c[ty] - (ty === own ? 1 : 0);
      total += x;
      if (x > best) {
        best = x;
        major = ty;
      }
    }
    if (total === 0) continue;
    const named = total - (c[0] - (own === 0 ? 1 : 0));
    const begins = c[4] - (t !== 0 && t % 2 === 1 ? 1 : 0);
    const share = Math.min(4, Math.floor((best * 4) / total));
    const many = total >= 4 ? 3 : total >= 2 ? 2 : 1;
    features[k++] = mix(92, major | (share << 2) | (many << 5) | ((w.casing >= 2 ? 1 : 0) << 7));
    features[k++] = mix(93, major | (own << 2));
    if (named > 0) features[k++] = mix(94, Math.min(4, Math.floor((begins * 4) / named)) | (major << 3));
  }
  offsets[n] = k;
  return { features: features.subarray(0, k), offsets };
}

/** The features of `base` followed, token by token, by those of `extra` (training reads them as one matrix). */
export function concatFeatures(base: FeatureMatrix, extra: FeatureMatrix): FeatureMatrix {
  const n = base.offsets.length - 1;
  const features = new Uint32Array(base.features.length + extra.features.length);
  const offsets = new Uint32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    for (let j = base.offsets[i]; j < base.offsets[i + 1]; j++) features[k++] = base.features[j];
    for (let j = extra.offsets[i]; j < extra.offsets[i + 1]; j++) features[k++] = extra.features[j];
  }
  offsets[n] = k;
  return { features, offsets };
}
