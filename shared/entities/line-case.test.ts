import { describe, expect, it } from "vitest";
import { createDoc } from "../doc/document";
import { describeTokens, documentEvidence, extractFeatures, lineCase } from "./features";
import { languageTables } from "./language-tables";
import { taggerWeights } from "./perceptron-recognizer";
import { emissionScores } from "./tagger";
import { wordScores } from "./word-scores";

const LINES = {
  running: "Le maire de Lyon a reçu mardi les représentants de la SNCF.",
  title: "Le Maire De Lyon Reçoit Les Représentants De La SNCF",
  caps: "LYON, 3 DÉCEMBRE (AFP) - LE MAIRE REÇOIT LA SNCF",
} as const;

function words(text: string) {
  const t = languageTables("fr");
  const tokens = createDoc(text, "fr").wordsIn(0, text.length);
  return { tokens, words: describeTokens(tokens, t.features), t };
}

describe("lineCase", () => {
  it("tells running text, a Title Case headline and an ALL CAPS dateline apart", () => {
    expect(lineCase(words(LINES.running).words)).toBe(0);
    expect(lineCase(words(LINES.title).words)).toBe(1);
    expect(lineCase(words(LINES.caps).words)).toBe(2);
  });

  it("gives the cached word scores the same line features as the full feature matrix", () => {
    const w = taggerWeights("fr");
    for (const text of Object.values(LINES)) {
      const { tokens, words: ws, t } = words(text);
      const evidence = documentEvidence(tokens, t.features, ws);
      const full = emissionScores(extractFeatures(tokens, t.features, evidence, ws), w);
      const fast = wordScores(tokens, ws, t.features, evidence, w);
      expect(Array.from(fast.subarray(0, full.length))).toEqual(Array.from(full));
    }
  });
});
