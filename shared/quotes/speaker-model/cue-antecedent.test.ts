import { describe, expect, it } from "vitest";
import type { Mention } from "../attribution";
import type { AntecedentCandidate } from "../speaker-resolution";
import { cueAntecedentChoices, isCueAntecedentMention, type CueAntecedentSource } from "./cue-antecedent";

const person = (name: string, gender: "m" | "f" = "f"): AntecedentCandidate => ({ name, at: 0, count: 1, gender, subject: true, heads: new Set(), after: false, sentences: 1 });
const source = (persons: AntecedentCandidate[], organisations: string[]): CueAntecedentSource => ({
  antecedentCandidates: (_pos, limit) => persons.slice(0, limit),
  organisationCandidates: (_pos, limit, head) => organisations.slice(0, limit).map((name) => ({ name, sentences: 1, headIn: head !== null && name.toLowerCase().includes(head) })),
  officeOf: () => null,
  adjectiveHolder: () => null,
});
const description = (head: string, gender: Mention["gender"] = "f", indefinite = false): Mention => ({ kind: "description", start: 100, end: 120, gender, head, indefinite });
const ctx = (ruleName: string | null) => ({ ruleName, previousSpeaker: null, breaks: 3, spoken: new Map<string, number>() });

describe("cue antecedent choices", () => {
  it("offers the persons and organisations named before a person's description, and marks the rules' choice", () => {
    const c = cueAntecedentChoices(source([person("Anne Roux"), person("Lise Vidal")], ["Mairie de Lyon"]), description("avocate"), ctx("Lise Vidal"));
    expect(c.names).toEqual(["Anne Roux", "Lise Vidal", "Mairie de Lyon"]);
    expect(c.organisation).toEqual([false, false, true]);
    expect(c.rule).toBe(1);
    expect(c.features[1]).toContain("ca:ruledescription");
    expect(c.features[2]).toContain("ca:orgdescriptionsg");
  });

  it("never offers a person for an institution's or a medium's description", () => {
    const c = cueAntecedentChoices(source([person("Anne Roux")], ["Agence régionale de santé", "Le Courrier"]), description("autorite"), ctx(null), "institution");
    expect(c.names).toEqual(["Agence régionale de santé", "Le Courrier", null]);
    expect(c.organisation).toEqual([true, true, false]);
    // The rules' choice (here none) stays a candidate of its own.
    expect(c.rule).toBe(2);
    expect(c.features[2]).toContain("ca:unlisteddescriptionnull");
  });

  it("never offers a person for a group ('les magistrats')", () => {
    const c = cueAntecedentChoices(source([person("Anne Roux")], ["Cour des comptes"]), description("magistrats", "p"), ctx(null));
    expect(c.names).toEqual(["Cour des comptes", null]);
  });

  it("tells the features of the organisation whose name holds the description's head", () => {
    const c = cueAntecedentChoices(source([], ["Conseil départemental", "Le Courrier"]), description("conseil", "m"), ctx(null), "institution");
    expect(c.features[0]).toContain("ca:ohead");
    expect(c.features[1]).not.toContain("ca:ohead");
  });

  it("re-chooses only definite descriptions: an indefinite one brings in someone new, a pronoun stays the rules'", () => {
    expect(isCueAntecedentMention(description("avocate"))).toBe(true);
    expect(isCueAntecedentMention(description("avocate", "f", true))).toBe(false);
    expect(isCueAntecedentMention({ kind: "pronoun", start: 0, end: 2, gender: "m" })).toBe(false);
  });
});
