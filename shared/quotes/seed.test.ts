import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { extractQuotes } from ".";
import { testArticle } from "./test-article";

// The corpus lives beside the repo, never in it; a fresh clone has none.
const corpusDir = resolve(import.meta.dirname, "..", "..", "..", "shared", "corpus");
const seedFile = resolve(corpusDir, "seed", "seed.jsonl");

interface GoldQuote {
  start: number;
  end: number;
  speakerName?: string | null;
}

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) / (Math.max(a.end, b.end) - Math.min(a.start, b.start));

describe.skipIf(!existsSync(seedFile))("seed article quotes (skipped: ../shared/corpus absent)", () => {
  it("finds all 9 quotes and at least 8 speakers", () => {
    const record = JSON.parse(readFileSync(seedFile, "utf8").split("\n")[0]) as { text: string; gold: { quotes: GoldQuote[] } };
    const quotes = extractQuotes(testArticle(record.text, "fr"), []);
    let found = 0;
    let right = 0;
    for (const g of record.gold.quotes) {
      const p = quotes.find((q) => overlap(q, g) >= 0.8);
      if (!p) continue;
      found++;
      const last = fold(p.speaker ?? "").split(" ").pop() ?? "";
      if (g.speakerName && last && fold(g.speakerName).split(" ").includes(last)) right++;
    }
    expect(found).toBe(9);
    expect(right).toBeGreaterThanOrEqual(8);
  });
});
