import { describe, expect, it } from "vitest";
import { entityIdFor, keyCovers, nameTokens, searchKeysFor } from "./entity-names";

describe("entity ids", () => {
  it("gives a place or organisation one id in French and English", () => {
    expect(entityIdFor("Londres", "LOCATION")).toBe(entityIdFor("London", "LOCATION"));
    expect(entityIdFor("ONU", "ORGANIZATION")).toBe(entityIdFor("UN", "ORGANIZATION"));
    expect(entityIdFor("Nations unies", "ORGANIZATION")).toBe(entityIdFor("United Nations", "ORGANIZATION"));
    expect(entityIdFor("Royaume-Uni", "LOCATION")).toBe(entityIdFor("United Kingdom", "LOCATION"));
    expect(entityIdFor("Etats-Unis", "LOCATION")).toBe(entityIdFor("États-Unis", "LOCATION"));
    expect(entityIdFor("Allemagne", "LOCATION")).toBe(entityIdFor("Germany", "LOCATION"));
    expect(entityIdFor("OTAN", "ORGANIZATION")).toBe(entityIdFor("NATO", "ORGANIZATION"));
  });

  it("keeps different places apart", () => {
    expect(entityIdFor("Londres", "LOCATION")).not.toBe(entityIdFor("Paris", "LOCATION"));
    expect(entityIdFor("ONU", "ORGANIZATION")).not.toBe(entityIdFor("OTAN", "ORGANIZATION"));
  });

  it("never maps a person's name through the place table", () => {
    expect(entityIdFor("Chad", "PERSON")).toBe("chad");
    expect(entityIdFor("Tchad", "PERSON")).toBe("tchad");
    expect(entityIdFor("Tchad", "LOCATION")).toBe("chad");
  });

  it("folds case and accents, and keeps no separator character", () => {
    expect(entityIdFor("Kassym-Jomart TOKAÏEV", "PERSON")).toBe("kassym-jomart tokaiev");
    expect(entityIdFor("A#B", "PERSON")).not.toContain("#");
  });
});

describe("search keys", () => {
  it("drops honorifics and titles a user types before a name", () => {
    expect(searchKeysFor("M. Poutine")).toEqual(["poutine"]);
    expect(searchKeysFor("Mme Marchetti")).toEqual(["marchetti"]);
    expect(searchKeysFor("président Erdogan")).toEqual(["erdogan"]);
    expect(searchKeysFor("President Biden")).toEqual(["biden"]);
  });

  it("keeps a name that is only a title-like word, and saints' places", () => {
    expect(searchKeysFor("Président")).toEqual(["president"]);
    expect(searchKeysFor("St Petersburg")).toEqual(["st petersburg", "saint petersburg"]);
  });

  it("adds the alias of a place or organisation", () => {
    expect(searchKeysFor("Londres")).toEqual(["londres", "london"]);
    expect(searchKeysFor("onu")).toEqual(["onu", "united nations"]);
  });

  it("has nothing to search for punctuation, and for input too long to be a name", () => {
    expect(searchKeysFor("%")).toEqual([]);
    expect(searchKeysFor("\"'/")).toEqual([]);
    expect(searchKeysFor("x".repeat(300))).toEqual([]);
  });
});

describe("name words", () => {
  it("splits hyphenated names so each part can be typed", () => {
    expect(nameTokens("kassym-jomart tokaiev")).toEqual(expect.arrayContaining(["kassym", "jomart", "tokaiev", "kassym-jomart"]));
  });

  it("matches a surname or a full name to the entity, not a different first name", () => {
    expect(keyCovers("vladimir poutine", "poutine")).toBe(true);
    expect(keyCovers("vladimir poutine", "vladimir poutine")).toBe(true);
    expect(keyCovers("vladimir poutine", "jean poutine")).toBe(false);
  });
});
