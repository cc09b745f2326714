import { describe, expect, it } from "vitest";
import { extractFeatures } from "./features";
import { languageTables } from "./language-tables";
import { decodeWeights, encodeWeights, fromBase64, packBytes, packText, toBase64, unpackBytes, unpackBytesPortable, unpackText } from "./model-codec";
import { taggerWeights } from "./perceptron-recognizer";
import { N_TAGS, TAGS, spansOfTags, tagSequence } from "./tagger";
import { createDoc } from "../doc/document";

function tag(sentence: string, lang: "fr" | "en"): string[] {
  const t = languageTables(lang);
  const tokens = createDoc(sentence, lang).wordsIn(0, sentence.length);
  const tags = tagSequence(extractFeatures(tokens, t.features), taggerWeights(lang));
  return spansOfTags(tags).map((s) => `${s.type}:${tokens.slice(s.start, s.end).map((x) => x.text).join(" ")}`);
}

describe("the committed tagger models", () => {
  it("load, with int8 weights and the code's tag set", () => {
    for (const lang of ["fr", "en"] as const) {
      const w = taggerWeights(lang);
      expect(w.emission).toBeInstanceOf(Int8Array);
      expect(w.emission.length).toBe((1 << w.bucketBits) * N_TAGS);
      expect(w.scale).toBeGreaterThan(0);
    }
  });

  it("tag a French sentence we wrote", () => {
    const spans = tag("La maire de Lille, Martine Aubry, a rencontré mercredi à Bruxelles des représentants de la Commission européenne.", "fr");
    expect(spans).toContain("PER:Martine Aubry");
    expect(spans).toContain("LOC:Bruxelles");
    expect(spans).toContain("LOC:Lille");
  });

  it("tag an English sentence we wrote, in both text styles", () => {
    const running = tag("Kenyan President William Ruto flew to Nairobi on Friday after talks with the World Bank.", "en");
    const pretokenised = tag("Kenyan President William Ruto flew to Nairobi on Friday after talks with the World Bank .", "en");
    expect(running).toContain("PER:William Ruto");
    expect(running).toContain("LOC:Nairobi");
    expect(pretokenised).toEqual(running);
  });
});

describe("the model codec", () => {
  it("round-trips int8 weights through base64", () => {
    const emission = new Int8Array(16 * N_TAGS);
    emission[3 * N_TAGS + 1] = -7;
    emission[15 * N_TAGS + 6] = 127;
    emission[200 % emission.length] = -128 + 1;
    const transition = Float64Array.from({ length: (N_TAGS + 1) * N_TAGS }, (_, i) => i / 4);
    const bytes = encodeWeights({ bucketBits: 4, emission, scale: 0.5, transition });
    const back = decodeWeights(fromBase64(toBase64(bytes)));
    expect(back.bucketBits).toBe(4);
    expect(back.scale).toBe(0.5);
    expect(Array.from(back.emission)).toEqual(Array.from(emission));
    expect(Array.from(back.transition)).toEqual(Array.from(transition));
    expect(TAGS[0]).toBe("O");
  });

  it("deflates shipped data and restores it exactly", () => {
    const bytes = Uint8Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? i & 0xff : 0));
    const packed = packBytes(bytes);
    expect(packed.length).toBeLessThan(toBase64(bytes).length);
    expect(Array.from(unpackBytes(packed))).toEqual(Array.from(bytes));
    const text = JSON.stringify({ LOC: "0Paris|1aris-Plage|0Zürich" });
    expect(unpackText(packText(text))).toBe(text);
  });

  it("inflates the same bytes with Node's zlib and with the portable decoder the viewer uses", () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 2654435761) >>> 27);
    const packed = packBytes(bytes);
    expect(Array.from(unpackBytesPortable(packed))).toEqual(Array.from(bytes));
    expect(Array.from(unpackBytes(packed))).toEqual(Array.from(bytes));
  });
});
