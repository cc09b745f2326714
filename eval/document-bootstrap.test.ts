import { describe, expect, it } from "vitest";
import { documentInterval } from "./document-bootstrap";

describe("document bootstrap interval", () => {
  const docs = (n: number, correct: number, total: number) => Array.from({ length: n }, (_, i) => ({ correct: i % 2 ? correct : total - correct, total }));

  it("holds the measured ratio, and narrows as documents are added", () => {
    const few = documentInterval(docs(10, 3, 10))!;
    const many = documentInterval(docs(200, 3, 10))!;
    for (const [lo, hi] of [few, many]) {
      expect(lo).toBeLessThanOrEqual(0.5);
      expect(hi).toBeGreaterThanOrEqual(0.5);
    }
    expect(many[1] - many[0]).toBeLessThan(few[1] - few[0]);
  });

  it("is a point when every document scores the same, and null when nothing is counted", () => {
    expect(documentInterval(Array.from({ length: 20 }, () => ({ correct: 3, total: 4 })))).toEqual([0.75, 0.75]);
    expect(documentInterval([{ correct: 0, total: 0 }])).toBeNull();
  });

  it("gives the same interval on every run", () => {
    const d = [...docs(15, 2, 7), { correct: 9, total: 9 }];
    expect(documentInterval(d)).toEqual(documentInterval(d));
  });
});
