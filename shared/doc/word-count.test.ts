import { describe, expect, it } from "vitest";
import { countWords } from "./word-count";

const byRegex = (s: string) => s.match(/[\p{L}\p{N}]+(?:['’\-\u00ad¬][\p{L}\p{N}]+)*/gu)?.length ?? 0;

describe("countWords", () => {
  it("counts runs of letters and digits joined by inner apostrophes and hyphens", () => {
    expect(countWords("")).toBe(0);
    expect(countWords("Aujourd'hui, Jean-Luc a marqué 3-2 à l’Élysée.")).toBe(7);
    expect(countWords("-- 'quoted' - end-")).toBe(2);
    expect(countWords("𝐀𝐁 😀 日本語 x")).toBe(3);
    expect(countWords("Le Bundes\u00adkanzler et M. Poin¬caré ; a ¬ b")).toBe(7);
  });

  it("gives the regex's count on random mixes of letters, digits, joiners, spaces, marks and astral characters", () => {
    const alphabet = ["a", "Z", "é", "7", "'", "’", "-", " ", "\n", ".", ",", "«", "😀", "𝐀", "日", "\u0301", "\u00a0", "_", "\u00ad", "¬"];
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % alphabet.length;
    for (let k = 0; k < 3000; k++) {
      const s = Array.from({ length: 1 + (k % 40) }, () => alphabet[next()]).join("");
      expect(countWords(s), JSON.stringify(s)).toBe(byRegex(s));
    }
  });
});
