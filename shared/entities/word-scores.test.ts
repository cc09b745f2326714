import { describe, expect, it } from "vitest";
import { describeTokens, documentEvidence, extractFeatures } from "./features";
import { languageTables } from "./language-tables";
import { taggerWeights } from "./perceptron-recognizer";
import { emissionScores } from "./tagger";
import { createDoc } from "../doc/document";
import { wordScores } from "./word-scores";

const TEXTS = {
  fr: "Le président Emmanuel Macron a reçu mardi à l'Elysée M. Olaf Scholz. « Nous avons parlé de l'Ukraine », a-t-il dit.\nLe Parisien écrit que la mairie de Lyon et la SNCF ont signé un accord avec l'ONU.",
  en: "U.S. President Joe Biden met Kenya's William Ruto at the White House on Monday .\n\"We agreed,\" said Biden, according to Reuters. The World Bank and the IMF declined to comment.",
} as const;

describe("cached word scores", () => {
  for (const lang of ["fr", "en"] as const) {
    it(`equal the scores of the full feature matrix (${lang}), also when the cache is warm`, () => {
      const t = languageTables(lang);
      const w = taggerWeights(lang);
      for (let round = 0; round < 2; round++) {
        const tokens = createDoc(TEXTS[lang], lang).wordsIn(0, TEXTS[lang].length);
        const words = describeTokens(tokens, t.features);
        const doc = documentEvidence(tokens, t.features, words);
        const full = emissionScores(extractFeatures(tokens, t.features, doc, words), w);
        const fast = wordScores(tokens, words, t.features, doc, w);
        expect(fast.length).toBeGreaterThanOrEqual(full.length);
        expect(Array.from(fast.subarray(0, full.length))).toEqual(Array.from(full));
        expect(full.some((x) => x !== 0)).toBe(true);
      }
    });
  }
});
