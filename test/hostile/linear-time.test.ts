import { describe, expect, it } from "vitest";
import { isExtractionError } from "../../shared/errors";
import { summarize } from "../../shared/summarize";
import { proseWords } from "../support/article-text";
import { cpuGrowth } from "../support/cpu-growth";

/**
 * Pathological texts must cost time linear in their size: summarize() on
 * each at n and 4n units should take about 4x as long. A quadratic stage
 * gives 16x, catastrophic backtracking far more; the bound (10x) leaves
 * room for noise, GC and caches.
 */
const GROWTH = 4;
const MAX_RATIO = 10;

const PATHOLOGICAL: { name: string; file: string; make: (units: number) => string }[] = [
  { name: "quote marks around every word", file: "q.txt", make: (n) => `Headline\n\n${proseWords(n, "en", 1).map((w) => `"${w}"`).join(" ")}\n` },
  { name: "unbalanced quotes", file: "u.txt", make: (n) => `Titre\n\n${Array.from({ length: n }, (_, i) => (i % 3 === 0 ? "« il a dit" : i % 3 === 1 ? '"selon' : "» puis“")).join(" ")}\n` },
  { name: "only quote marks", file: "qq.txt", make: (n) => `Headline\n\n${'"'.repeat(n * 2)}\n` },
  { name: "capitalised words", file: "c.txt", make: (n) => `Headline\n\n${proseWords(n, "en", 2).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ")}.\n` },
  { name: "punctuation runs", file: "p.txt", make: (n) => `Headline\n\nWhat${"!".repeat(n * 2)} so${"?!".repeat(n)} and${".".repeat(n * 2)} end ${"-—–".repeat(n)}\n` },
  { name: "abbreviations and initials", file: "a.txt", make: (n) => `Titre\n\n${"M. Mme Dr St. U.S. J.-C. ".repeat(Math.ceil(n / 6))}fin.\n` },
  { name: "one long line", file: "l.txt", make: (n) => proseWords(n, "fr", 3).join(" ") },
  { name: "one-word lines", file: "w.txt", make: (n) => proseWords(n, "en", 4).join("\n") },
  { name: "blank lines", file: "b.txt", make: (n) => `Headline\n${"\n \n".repeat(n)}end\n` },
  { name: "one long word", file: "lw.txt", make: (n) => `Headline\n\n${"a".repeat(n * 6)}\n` },
  { name: "deeply nested HTML", file: "n.html", make: (n) => `<html><head><title>T</title></head><body>${"<div>".repeat(n / 50)}<p>${proseWords(n, "en", 5).join(" ")}</p>${"</div>".repeat(n / 50)}</body></html>` },
  { name: "many tiny HTML paragraphs", file: "m.html", make: (n) => `<html><body><article>${proseWords(n, "en", 6).map((w) => `<p>${w}.</p>`).join("")}</article></body></html>` },
  { name: "deeply nested JSON", file: "n.json", make: (n) => `${'{"body":'.repeat(n / 10)}"x"${"}".repeat(n / 10)}` },
  { name: "JSON with a huge body", file: "j.json", make: (n) => JSON.stringify({ title: "T", body: proseWords(n, "en", 7).join(" ") }) },
];

/** summarize() on the text made of `units`; extraction errors are outcomes too, and are timed. */
function summarizeOnce(name: string, text: string): void {
  try {
    summarize({ id: "linear", name, body: text });
  } catch (e) {
    if (!isExtractionError(e)) throw e;
  }
}

describe("summarize() stays linear on pathological text", () => {
  for (const c of PATHOLOGICAL) {
    it(`${c.name}: ${GROWTH}x the input costs under ${MAX_RATIO}x the time`, () => {
      // Inputs are built once: building them is not what is timed.
      const texts = new Map<number, string>();
      const run = (units: number) => {
        if (!texts.has(units)) texts.set(units, c.make(units));
        summarizeOnce(c.file, texts.get(units)!);
      };
      const { ratio, detail } = cpuGrowth(run, 5_000, GROWTH, MAX_RATIO);
      expect(ratio, detail).toBeLessThan(MAX_RATIO);
    });
  }
});
