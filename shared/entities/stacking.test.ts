import { describe, expect, it } from "vitest";
import { createDoc } from "../doc/document";
import { describeTokens } from "./features";
import { languageTables } from "./language-tables";
import { parseArticle } from "../article";
import { PerceptronEntityRecognizer, taggerWeights } from "./perceptron-recognizer";
import { concatFeatures, firstPassCounts, stackedOnly } from "./stacking";
import { N_TAGS, TAGS } from "./tagger";

const TEXT = "President Ruto spoke in Nairobi. Ruto said Nairobi would grow.";

function setup(labels: Record<number, string>) {
  const tokens = createDoc(TEXT, "en").wordsIn(0, TEXT.length);
  const words = describeTokens(tokens, languageTables("en").features);
  const tags = Uint8Array.from(tokens, (_, i) => TAGS.indexOf((labels[i] ?? "O") as (typeof TAGS)[number]));
  return { tokens, words, tags, at: (w: string, nth = 0) => tokens.map((t, i) => [t.text, i] as const).filter(([x]) => x === w)[nth][1] };
}

describe("stacked features", () => {
  it("count the first pass's types and span starts per lowercase word of the document", () => {
    const s = setup({ 1: "B-PER", 4: "B-LOC" });
    const counts = firstPassCounts(s.words, s.tags);
    expect(Array.from(counts.get("ruto") ?? [])).toEqual([1, 1, 0, 0, 1]);
    expect(Array.from(counts.get("nairobi") ?? [])).toEqual([1, 0, 1, 0, 1]);
  });

  it("tell a token what the first pass said of the same word elsewhere, not of itself", () => {
    const tagged = setup({ 1: "B-PER" });
    const untagged = setup({});
    const second = tagged.at("Ruto", 1);
    const feats = (s: ReturnType<typeof setup>, i: number) => {
      const m = stackedOnly(s.words, s.tags, firstPassCounts(s.words, s.tags));
      return Array.from(m.features.subarray(m.offsets[i], m.offsets[i + 1]));
    };
    // The second "Ruto" is untagged in both; only the first one's label differs, and it shows.
    expect(feats(tagged, second)).not.toEqual(feats(untagged, second));
    // "spoke" occurs once: only its own label and its neighbours' are features.
    expect(feats(tagged, tagged.at("spoke")).length).toBe(2);
  });

  it("append the stacked features after each token's own", () => {
    const base = { features: Uint32Array.of(1, 2, 3), offsets: Uint32Array.of(0, 2, 3) };
    const extra = { features: Uint32Array.of(7, 8, 9), offsets: Uint32Array.of(0, 1, 3) };
    const m = concatFeatures(base, extra);
    expect(Array.from(m.features)).toEqual([1, 2, 7, 3, 8, 9]);
    expect(Array.from(m.offsets)).toEqual([0, 3, 6]);
  });

});

describe("a recogniser with a second pass", () => {
  const text = "Mayor Jane Holloway of Riverton met the board of Greenfield Water on Tuesday.\nHolloway said Riverton would pay.";
  const article = parseArticle("mayor.txt", text);
  const first = { ...taggerWeights("en"), stack: undefined };

  it("keeps the second pass's labels: a second pass that never names anything leaves no tagged entity", () => {
    const size = (1 << first.bucketBits) * N_TAGS;
    const transition = new Float64Array((N_TAGS + 1) * N_TAGS);
    for (let p = 0; p <= N_TAGS; p++) transition[p * N_TAGS] = 100; // every tag -> O
    const silent = { bucketBits: first.bucketBits, emission: new Int8Array(size), scale: 1, transition };
    expect(new PerceptronEntityRecognizer(() => first).recognize(article).length).toBeGreaterThan(0);
    expect(new PerceptronEntityRecognizer(() => ({ ...first, stack: silent })).recognize(article)).toEqual([]);
  });
});
