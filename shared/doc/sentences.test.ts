import { describe, expect, it } from "vitest";
import { cpuGrowth } from "../../test/support/cpu-growth";
import { splitSentences } from "./sentences";

const split = (t: string) => splitSentences(t, 0, t.length).map((s) => t.slice(s.start, s.end));

describe("splitSentences", () => {
  it("never cuts after the honorific M. or Mme", () => {
    expect(split("Selon M. Poutine, tout va bien. Mme Roussel n'est pas d'accord.")).toEqual([
      "Selon M. Poutine, tout va bien.",
      "Mme Roussel n'est pas d'accord.",
    ]);
    expect(split("Il a rencontré M. Tokaïev. Puis il est parti.")).toHaveLength(2);
  });

  it("knows abbreviations and dotted initials: Dr., St., U.S., J.-C.", () => {
    expect(split("Dr. Moore flew to St. Louis. She met U.S. officials there.")).toEqual(["Dr. Moore flew to St. Louis.", "She met U.S. officials there."]);
    expect(split("La voie date du IIe siècle apr. J.-C. Elle a été restaurée.")).toEqual(["La voie date du IIe siècle apr. J.-C. Elle a été restaurée."]);
    expect(split("John F. Kennedy spoke. Crowds cheered.")).toEqual(["John F. Kennedy spoke.", "Crowds cheered."]);
  });

  it("does not cut decimal numbers", () => {
    expect(split("Wages rise 3.5% a year. Prices 2,4 %.")).toEqual(["Wages rise 3.5% a year.", "Prices 2,4 %."]);
  });

  it("keeps a quote containing full stops in one sentence", () => {
    const t = '"Nous avons gagné. Le port vivra", a déclaré M. Garnier. Il est reparti.';
    expect(split(t)).toEqual(['"Nous avons gagné. Le port vivra", a déclaré M. Garnier.', "Il est reparti."]);
    expect(split("« C'est fini. Rentrez chez vous », a-t-il lancé. La foule s'est dispersée.")).toHaveLength(2);
  });

  it("cuts after a quote that closes a sentence", () => {
    expect(split('He said: "We are back." Then he left.')).toEqual(['He said: "We are back."', "Then he left."]);
  });

  it("cuts at ? and ! and keeps offsets trimmed", () => {
    const t = "  Pourquoi ? Parce que ! Voilà.  ";
    const spans = splitSentences(t, 0, t.length);
    expect(spans.map((s) => t.slice(s.start, s.end))).toEqual(["Pourquoi ?", "Parce que !", "Voilà."]);
  });

  it("does not cut before a lowercase word", () => {
    expect(split("Il est 10 h. environ, dit-il.")).toHaveLength(1);
  });
});

describe("splitSentences on one span of a long text", () => {
  it("costs what the span costs, not what the rest of the text costs", () => {
    // A text of one-word lines with none of the characters the splitter looks for, split line by line
    // as the segmenters do: searching past each line's end made this quadratic in the text's length.
    const text = (lines: number) => Array.from({ length: lines }, (_, i) => `item${"abcdefghij"[i % 10]}`).join("\n");
    const texts = new Map<number, string>();
    const run = (lines: number) => {
      if (!texts.has(lines)) texts.set(lines, text(lines));
      const t = texts.get(lines)!;
      let count = 0;
      for (let start = 0; start < t.length; ) {
        const end = t.indexOf("\n", start) === -1 ? t.length : t.indexOf("\n", start);
        count += splitSentences(t, start, end).length;
        start = end + 1;
      }
      expect(count).toBe(lines);
    };
    // 8x the lines: linear costs 8x, quadratic 64x.
    const { ratio, detail } = cpuGrowth(run, 5_000, 8, 20);
    expect(ratio, detail).toBeLessThan(20);
  });
});
