import { describe, expect, it } from "vitest";
import { SpeakerRanker } from "./model";
import { trainRanker, type RankingExample } from "./train";

describe("speaker ranker", () => {
  it("learns which feature marks the right candidate, wherever it stands", () => {
    const examples: RankingExample[] = [];
    for (let i = 0; i < 200; i++) {
      const right = i % 3;
      const candidates = [0, 1, 2].map((c) => [c === right ? "cue:subj" : "cue:none", `pos:${c}`, i % 2 ? "noise:a" : "noise:b"]);
      examples.push({ candidates, gold: [right] });
    }
    const ranker = new SpeakerRanker(trainRanker(examples, ["toy"]));
    expect(ranker.best([["cue:none", "pos:0"], ["cue:none", "pos:1"], ["cue:subj", "pos:2"]])).toBe(2);
    expect(ranker.best([["cue:subj", "pos:0"], ["cue:none", "pos:1"]])).toBe(0);
    expect(ranker.table.trainedOn).toEqual(["toy"]);
  });

  it("averages the models of several shuffles into one table", () => {
    const examples: RankingExample[] = [];
    for (let i = 0; i < 60; i++) examples.push({ candidates: [["good", `n:${i % 5}`], ["bad", `n:${(i + 1) % 5}`]], gold: [0] });
    const runs = [1, 1 + 7919, 1 + 2 * 7919].map((seed) => trainRanker(examples, ["toy"], { seed }).weights);
    const mean = trainRanker(examples, ["toy"], { runs: 3 }).weights;
    for (const f of ["good", "bad", "n:0"]) expect(mean[f]).toBeCloseTo((runs[0][f] + runs[1][f] + runs[2][f]) / 3, 3);
    expect(mean.good).toBeGreaterThan(mean.bad);
  });

  it("keeps the rules' pick unless another candidate beats it by the margin", () => {
    const ranker = new SpeakerRanker({ trainedOn: [], weights: { a: 1, b: 1.5, c: 3 }, margin: 1 });
    expect(ranker.best([["a"], ["b"]], 0)).toBe(0); // 1.5 - 1 < margin
    expect(ranker.best([["a"], ["c"]], 0)).toBe(1); // 3 - 1 >= margin
    expect(ranker.best([["a"], ["b"]])).toBe(1); // no rules' pick: the best score
    expect(ranker.best([])).toBe(-1);
  });
});

describe("feature names", () => {
  it("gives the joined parts, the same string for the same parts, and tells numbers from their prefixes", async () => {
    const { name } = await import("./feature-names");
    expect(name("rk:", "b", 0, "name")).toBe("rk:b0name");
    expect(name("rk:", "b", 0, "name")).toBe(name("rk:", "b", 0, "name"));
    expect(name("a:s", "pronoun", 1)).toBe("a:spronoun1");
    expect(name("a:s", "pronoun", 12)).toBe("a:spronoun12");
    expect(name("k:", "name")).not.toBe(name("k:", "pronoun"));
  });
});
