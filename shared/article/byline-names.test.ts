import { describe, expect, it } from "vitest";
import { bylineNames } from "./byline-names";

describe("bylineNames", () => {
  it("cuts the prefix of any language and splits names at 'and', 'et' and '&'", () => {
    expect(bylineNames("By JOHN DOE and JANE ROE")).toEqual(["JOHN DOE", "JANE ROE"]);
    expect(bylineNames("Par Marion Durand et Paul Leroy")).toEqual(["Marion Durand", "Paul Leroy"]);
    expect(bylineNames("De notre envoyée spéciale Claire Martin")).toEqual(["Claire Martin"]);
    expect(bylineNames("Von Anna Schmidt & Jonas Weber")).toEqual(["Anna Schmidt", "Jonas Weber"]);
  });

  it("reads a comma after the last name as the start of a title or employer", () => {
    expect(bylineNames("By Jane Doe, Associated Press Writer")).toEqual(["Jane Doe"]);
    expect(bylineNames("By JOHN DOE and JANE ROE, Associated Press")).toEqual(["JOHN DOE", "JANE ROE"]);
    expect(bylineNames("Par Jean Dupont, envoyé spécial à Kiev")).toEqual(["Jean Dupont"]);
    expect(bylineNames("By Ann Lee, Tom Park and Raj Patel, Staff Writers")).toEqual(["Ann Lee", "Tom Park", "Raj Patel"]);
  });

  it("drops agency names and an agency in brackets", () => {
    expect(bylineNames("Par Sophie LAUNAY (AFP)")).toEqual(["Sophie LAUNAY"]);
    expect(bylineNames("By Reuters")).toEqual([]);
    expect(bylineNames("")).toEqual([]);
  });
});
