import { describe, expect, it } from "vitest";
import { FRONT_CODE_DIGITS, GAZ_CLASSES, buildGazetteer, frontDecode, gazetteerForm } from "./gazetteer";

// Front-coded by hand, in the stored form (lowercase): "asie", "asie centrale" (shares 4), "astana" (shares 2).
const LOC = ["0asie", `${FRONT_CODE_DIGITS[4]} centrale`, `${FRONT_CODE_DIGITS[2]}tana`].join("|");

describe("gazetteer", () => {
  it("decodes front-coded lists", () => {
    expect(frontDecode(LOC)).toEqual(["asie", "asie centrale", "astana"]);
  });

  it("marks single and multi-word hits, case-insensitively", () => {
    const g = buildGazetteer({ LOC, FIRST: "0emmanuel" });
    const hits = g.match(["en", "asie", "centrale", ",", "emmanuel", "a"]);
    const loc = GAZ_CLASSES.indexOf("LOC");
    const first = GAZ_CLASSES.indexOf("FIRST");
    expect(hits[1]).toEqual(expect.arrayContaining([loc * 4 + 2, loc * 4]));
    expect(hits[2]).toEqual([loc * 4 + 1]);
    expect(hits[4]).toEqual([first * 4 + 2]);
    expect(hits[0]).toBeUndefined();
    expect(g.longestAt(["asie", "centrale", "et"], 0, "LOC")).toBe(2);
    expect(g.classesOf("Astana")).toBe(1 << loc);
    expect(g.classesOf("Asie centrale")).toBe(1 << loc);
    expect(g.classesOf("centrale")).toBe(0);
    expect(g.firstInfo("asie")).toBe(2 | (1 << (loc + 4)));
  });

  it("reads names that share a prefix across a token boundary, and elisions, like the lookups", () => {
    const names = ["la paz", "la rochelle", "l' aquila", "new york", "new york city", "newark"].sort();
    const g = buildGazetteer({ LOC: frontCodeForTest(names.map(gazetteerForm)) });
    const loc = 1 << GAZ_CLASSES.indexOf("LOC");
    expect(g.classesOf("La Rochelle")).toBe(loc);
    expect(g.classesOf("L’Aquila")).toBe(loc);
    expect(g.classesOf("La")).toBe(0);
    expect(g.longestAt(["new", "york", "city", "hall"], 0, "LOC")).toBe(3);
    expect(g.longestAt(["new", "york", "state"], 0, "LOC")).toBe(2);
    expect(g.longestAt(["new", "jersey"], 0, "LOC")).toBe(0);
    expect(g.match(["l'", "aquila"])[1]).toEqual([GAZ_CLASSES.indexOf("LOC") * 4 + 1]);
    expect(g.classesOf("Newark")).toBe(loc);
  });
});

function frontCodeForTest(sorted: string[]): string {
  let prev = "";
  return sorted
    .map((name) => {
      let k = 0;
      while (k < prev.length && k < name.length && prev[k] === name[k]) k++;
      prev = name;
      return FRONT_CODE_DIGITS[k] + name.slice(k);
    })
    .join("|");
}
