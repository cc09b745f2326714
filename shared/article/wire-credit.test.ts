import { describe, expect, it } from "vitest";
import { creditAuthors } from "./wire-credit";

describe("creditAuthors", () => {
  it("names those credited with the reporting or the writing, without their places", () => {
    expect(creditAuthors("(Reporting by Kate Holton and Guy Faulconbridge in London; Additional reporting by Sam Ng; Editing by William James)")).toEqual([
      "Kate Holton",
      "Guy Faulconbridge",
    ]);
    expect(creditAuthors("(Reporting by Jonathan Landay in Washington, D.C., and Idrees Ali; Writing by Susan Heavey)")).toEqual([
      "Jonathan Landay",
      "Idrees Ali",
      "Susan Heavey",
    ]);
    expect(creditAuthors("(Reportage Claire Dubois, avec Marc Leroy à Paris, version française Jean Terzian, édité par Sophie Louet)")).toEqual([
      "Claire Dubois",
      "Marc Leroy",
    ]);
  });

  it("names nobody for an editing credit alone, a desk, or a sentence that only starts like a credit", () => {
    expect(creditAuthors("(Editing by William James)")).toEqual([]);
    expect(creditAuthors("Compiled by Paris newsroom")).toEqual([]);
    expect(creditAuthors("Reporting by the local newspaper in 2019 had first revealed the cost overruns. The mayor later apologised.")).toEqual([]);
  });
});
