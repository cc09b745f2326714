import { describe, expect, it } from "vitest";
import { resultLineSides } from "./result-lines";

const sides = (text: string) => resultLineSides(text, 0, text.length).map((s) => [text.slice(s.start, s.end), s.country]);

describe("resultLineSides", () => {
  it("reads the two sides of a results line, scorers in brackets or not", () => {
    expect(sides("Aston Villa 1 Southampton 0\nBolton 2 (Blake 40, McGinlay 75) Swindon 2\nBrighton and Hove Albion 0 Queen of the South 3")).toEqual([
      ["Aston Villa", false],
      ["Southampton", false],
      ["Bolton", false],
      ["Swindon", false],
      ["Brighton and Hove Albion", false],
      ["Queen of the South", false],
    ]);
  });

  it("reads the side of a standings line, and marks national sides", () => {
    expect(sides("Chelsea 4 3 1 0 9 2 10\nNEW YORK 74 61 .548 -\nJapan 2 Syria 1\nAngleterre 3 Écosse 1")).toEqual([
      ["Chelsea", false],
      ["NEW YORK", false],
      ["Japan", true],
      ["Syria", true],
      ["Angleterre", true],
      ["Écosse", true],
    ]);
  });

  it("leaves prose, dates and figures alone", () => {
    expect(sides("The club won 3 of its 4 games in 2024.\nParis 12 mars 2024\nApple sold 5 million phones.\nLONDON 1996-08-31")).toEqual([]);
  });

  it("reads only within the range it is given, with offsets into the whole text", () => {
    const text = "Results:\nLeeds 0 Everton 2\nChelsea 2 Coventry 0";
    const from = text.indexOf("Chelsea");
    expect(resultLineSides(text, from, text.length).map((s) => text.slice(s.start, s.end))).toEqual(["Chelsea", "Coventry"]);
  });

  it("stays linear on a huge line of capitalised words and digits", () => {
    const huge = "Aa 1 ".repeat(100_000);
    const t0 = performance.now();
    expect(resultLineSides(huge, 0, huge.length)).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});
