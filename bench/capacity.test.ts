import { describe, expect, it } from "vitest";
import type { ArticleSummary } from "../shared/summary";
import { articleCapacity, itemSize } from "./capacity";

function summaryWith(entities: number, quotes: number, headline = "Short headline"): ArticleSummary {
  return {
    id: "0123456789abcdef01234567",
    language: "en",
    headline,
    published: { date: "2025-03-14" },
    lead: null,
    summary: [],
    segments: [],
    entities: Array.from({ length: entities }, (_, i) => ({ name: `Person Number${i}`, type: "PERSON", salience: 1 / (i + 1) })),
    quotes: Array.from({ length: quotes }, (_, i) => ({ text: `quote ${i}`, speaker: `Person Number${i}`, partial: false, cue: "said" })),
    dates: [],
    stats: { characters: 0, words: 0, sentences: 0, paragraphs: 0 },
    pipelineVersion: "test",
  } as unknown as ArticleSummary;
}

describe("DynamoDB capacity model", () => {
  it("sizes items as attribute names plus values", () => {
    expect(itemSize({ pk: "abc" })).toBe(5);
    expect(itemSize({ b: new Uint8Array(10), n: null, t: true })).toBe(1 + 10 + 1 + 1 + 1 + 1);
  });

  it("charges one table write per small index item, and one index write per index copy", () => {
    const none = articleCapacity(summaryWith(0, 0), 2);
    const some = articleCapacity(summaryWith(5, 3), 2);
    expect(some.indexItems).toBe(8);
    expect(some.tableWru - none.tableWru).toBe(8);
    // Every item is in gsi1 (listings); the 5 entity items are in the name directory (gsi2) too.
    expect(some.gsiWru - none.gsiWru).toBe(8 + 5);
  });

  it("charges every started kilobyte of an index item", () => {
    const short = articleCapacity(summaryWith(0, 3), 2);
    const long = summaryWith(0, 3);
    long.quotes = long.quotes.map((q) => ({ ...q, text: "word ".repeat(190) }));
    // Each quote item now carries ~950 bytes of text on top of its keys: over 1 KB, two units each.
    expect(articleCapacity(long, 2).tableWru - short.tableWru).toBe(3);
  });
});
