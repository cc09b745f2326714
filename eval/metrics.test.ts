import { describe, expect, it } from "vitest";
import { bodyPrf, dateMatches, entityLenient, entityStrict, headlineMatches, headlineTokenF1, prf, quoteCounts, shingles, speakerCorrect, withWithout } from "./metrics";

describe("headline", () => {
  it("scores tokens as bags: a site name left on costs precision, a missing word recall", () => {
    expect(headlineTokenF1("Rain in Paris - Le Monde", "Rain in Paris")).toBeCloseTo((2 * 0.6 * 1) / 1.6);
    expect(headlineTokenF1("Rain", "Rain in Paris")).toBeCloseTo((2 * 1 * (1 / 3)) / (4 / 3));
    expect(headlineTokenF1("back to home news", "Rain in Paris")).toBe(0);
    expect(headlineTokenF1(null, "Rain")).toBe(0);
    expect(headlineTokenF1("the the", "the")).toBeCloseTo((2 * 0.5 * 1) / 1.5);
  });

  it("matches after quote, space and final-stop normalisation", () => {
    expect(headlineMatches("Poutine  chez «son allié».", 'Poutine chez "son allié"')).toBe(true);
    expect(headlineMatches("L’été", "L'été")).toBe(true);
  });
  it("fails on different words or a null prediction", () => {
    expect(headlineMatches("Poutine chez son allié", "Poutine au Kazakhstan")).toBe(false);
    expect(headlineMatches(null, "x")).toBe(false);
  });
});

describe("date", () => {
  it("compares the first 10 or 7 characters", () => {
    expect(dateMatches("2023-11-09T10:00:00Z", "2023-11-09", "day")).toBe(true);
    expect(dateMatches("2023-11-08", "2023-11-09", "day")).toBe(false);
    expect(dateMatches("2023-11-08", "2023-11-09", "month")).toBe(true);
    expect(dateMatches("2023-11", "2023-11", "day")).toBe(true);
    expect(dateMatches(undefined, "2023-11", "month")).toBe(false);
  });
});

describe("body shingles", () => {
  it("builds lowercased word 4-grams", () => {
    expect([...shingles("A b c d E")]).toEqual(["a b c d", "b c d e"]);
    expect([...shingles("two words")]).toEqual(["two words"]);
  });
  it("scores precision and recall per document", () => {
    const r = bodyPrf("one two three four five", "one two three four five six seven");
    expect(r.precision).toBe(1);
    expect(r.recall).toBeCloseTo(2 / 4);
    expect(bodyPrf("", "some gold text here").f1).toBe(0);
  });
  it("counts with/without segments on normalised text", () => {
    const w = withWithout("Il a dit «oui»  hier.", ['a dit "oui" hier', "absent"], ["Il a dit", "menu"]);
    expect(w).toEqual({ withFound: 1, withoutAbsent: 1 });
  });
});

describe("entities", () => {
  const gold = [
    { start: 0, end: 16, type: "PERSON" },
    { start: 20, end: 25, type: "LOCATION" },
  ];
  it("strict needs exact span and type; other types are ignored", () => {
    const pred = [
      { start: 0, end: 16, type: "PERSON" },
      { start: 20, end: 25, type: "ORGANIZATION" },
      { start: 30, end: 35, type: "MISC" },
    ];
    expect(entityStrict(pred, gold)).toEqual({ tp: 1, predicted: 2, gold: 2 });
  });
  it("lenient matches any overlap of the same type, one to one", () => {
    const pred = [
      { start: 3, end: 16, type: "PERSON" },
      { start: 0, end: 5, type: "PERSON" },
      { start: 21, end: 23, type: "LOCATION" },
    ];
    // Both PERSON predictions overlap the one gold PERSON: only the larger overlap counts.
    expect(entityLenient(pred, gold)).toEqual({ tp: 2, predicted: 3, gold: 2 });
  });
  it("counts a mention listed twice once", () => {
    expect(entityStrict([gold[0], gold[0]], gold)).toEqual({ tp: 1, predicted: 1, gold: 2 });
  });
  it("computes P/R/F1 with empty sides", () => {
    expect(prf(0, 0, 0)).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(prf(0, 0, 5).f1).toBe(0);
    expect(prf(2, 4, 2)).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3 });
  });
});

describe("quotes", () => {
  const q = (start: number, end: number, speaker: string | null = null, mention: [number, number] | null = null) => ({
    start,
    end,
    speaker,
    speakerMention: mention ? { text: speaker ?? "", start: mention[0], end: mention[1] } : null,
  });
  it("matches strictly at overlap/union >= 0.8 and leniently at >= 0.3", () => {
    const gold = [{ start: 0, end: 100, speaker: null }];
    expect(quoteCounts([q(0, 85)], gold, false)).toMatchObject({ tp: 1, lenientTp: 1 });
    expect(quoteCounts([q(0, 50)], gold, false)).toMatchObject({ tp: 0, lenientTp: 1 });
    expect(quoteCounts([q(0, 20)], gold, false)).toMatchObject({ tp: 0, lenientTp: 0 });
  });
  it("matches one to one", () => {
    const gold = [{ start: 0, end: 100, speaker: null }];
    expect(quoteCounts([q(0, 100), q(0, 95)], gold, false)).toMatchObject({ tp: 1, predicted: 2, gold: 1 });
  });
  it("uses speakerName on the French sets", () => {
    const gold = { start: 0, end: 10, speaker: "il", speakerStart: 50, speakerEnd: 52, speakerName: "Jean-Luc Mélenchon" };
    expect(speakerCorrect(q(0, 10, "Jean-Luc Melenchon"), gold, true)).toBe(true);
    expect(speakerCorrect(q(0, 10, "M. Mélenchon"), gold, true)).toBe(true);
    expect(speakerCorrect(q(0, 10, "Emmanuel Macron"), gold, true)).toBe(false);
    expect(speakerCorrect(q(0, 10, "il", [50, 52]), gold, true)).toBe(false);
  });
  it("uses the mention or the name otherwise, never a bare pronoun", () => {
    const gold = { start: 0, end: 10, speaker: "Trump", speakerStart: 40, speakerEnd: 45 };
    expect(speakerCorrect(q(0, 10, "Donald Trump", [40, 45]), gold, false)).toBe(true);
    expect(speakerCorrect(q(0, 10, "Donald Trump", [70, 75]), gold, false)).toBe(true);
    expect(speakerCorrect(q(0, 10, "Hillary Clinton", [70, 75]), gold, false)).toBe(false);
    expect(speakerCorrect(q(0, 10, "he", [40, 45]), gold, false)).toBe(false);
    const described = { start: 0, end: 10, speaker: "the Republican nominee Donald Trump", speakerStart: 40, speakerEnd: 75 };
    expect(speakerCorrect(q(0, 10, "Trump", null), described, false)).toBe(true);
  });
  it("computes speaker accuracy over strict matches with a gold speaker", () => {
    const gold = [
      { start: 0, end: 10, speaker: "Trump", speakerStart: 40, speakerEnd: 45 },
      { start: 20, end: 30, speaker: null },
    ];
    const c = quoteCounts([q(0, 10, "Trump", [40, 45]), q(20, 30, "Clinton")], gold, false);
    expect(c).toMatchObject({ tp: 2, speakerTotal: 1, speakerCorrect: 1 });
  });
});
