import { describe, expect, it } from "vitest";
import { describeTokens, documentEvidence } from "./features";
import { languageTables } from "./language-tables";
import { N_TAGS } from "./tagger";
import { createDoc } from "../doc/document";
import { favourUnseenNames } from "./unseen-names";

function oScores(text: string, bias: number): Map<string, number> {
  const t = languageTables("fr");
  const tokens = createDoc(text, "fr").wordsIn(0, text.length);
  const words = describeTokens(tokens, t.features);
  const scores = new Float64Array(tokens.length * N_TAGS);
  favourUnseenNames(scores, tokens, words, documentEvidence(tokens, t.features, words), bias);
  // The last occurrence of each word wins: "Poste" and "poste" are distinct keys.
  return new Map(tokens.map((tok, i) => [tok.text, scores[i * N_TAGS]]));
}

describe("favourUnseenNames", () => {
  const text = "Fouché rentre. Le ministre a vu Mantoue et la Poste, puis la poste de Lyon.";

  it("lowers 'not a name' only for capitalised words inside a sentence that the text never writes in lowercase", () => {
    const o = oScores(text, 5);
    expect(o.get("Mantoue")).toBe(-5);
    expect(o.get("Lyon")).toBe(-5);
    // Sentence-initial words, a title-cased function word, a word also written in lowercase: untouched.
    expect(o.get("Fouché")).toBe(0);
    expect(o.get("Le")).toBe(0);
    expect(o.get("Poste")).toBe(0);
    // Lowercase words are never touched.
    expect(o.get("ministre")).toBe(0);
    expect(o.get("puis")).toBe(0);
  });

  it("changes nothing with a zero bias (English)", () => {
    expect([...oScores(text, 0).values()].every((v) => v === 0)).toBe(true);
  });
});
