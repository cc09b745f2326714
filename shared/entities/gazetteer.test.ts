import { describe, expect, it } from "vitest";
import { FRONT_CODE_DIGITS, GAZ_CLASSES, buildGazetteer, frontDecode } from "./gazetteer";

// Front-coded by hand: "Asie", "Asie centrale" (shares 4), "Astana" (shares 2).
const LOC = ["0Asie", `${FRONT_CODE_DIGITS[4]} centrale`, `${FRONT_CODE_DIGITS[2]}tana`].join("|");

describe("gazetteer", () => {
  it("decodes front-coded lists", () => {
    expect(frontDecode(LOC)).toEqual(["Asie", "Asie centrale", "Astana"]);
  });

  it("marks single and multi-word hits, case-insensitively", () => {
    const g = buildGazetteer({ LOC, FIRST: "0Emmanuel" });
    const hits = g.match(["en", "asie", "centrale", ",", "emmanuel", "a"]);
    const loc = GAZ_CLASSES.indexOf("LOC");
    const first = GAZ_CLASSES.indexOf("FIRST");
    expect(hits[1]).toEqual(expect.arrayContaining([loc * 4 + 2, loc * 4]));
    expect(hits[2]).toEqual([loc * 4 + 1]);
    expect(hits[4]).toEqual([first * 4 + 2]);
    expect(hits[0]).toBeUndefined();
    expect(g.longestAt(["asie", "centrale", "et"], 0, "LOC")).toBe(2);
    expect(g.classesOf("Astana")).toBe(1 << loc);
  });
});
