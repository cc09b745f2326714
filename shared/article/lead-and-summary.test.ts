import { describe, expect, it } from "vitest";
import type { Entity } from "../summary";
import { fixture } from "./fixtures";
import { parseArticle } from "./index";
import { leadAndSummary } from "./lead-and-summary";

describe("lead and summary", () => {
  const a = parseArticle("fr-depeche-tramway.txt", fixture("fr-depeche-tramway.txt"));

  it("takes the first body paragraph as lead, never the caption", () => {
    const { lead } = leadAndSummary(a, []);
    expect(lead?.startsWith("La ville de Brest a lancé jeudi")).toBe(true);
  });

  it("starts with the lead's first sentence and adds sentences carrying entities, in order", () => {
    const at = (s: string) => {
      const i = a.text.indexOf(s);
      return { text: s, start: i, end: i + s.length };
    };
    const entities: Entity[] = [
      { name: "Lucien Garnier", type: "PERSON", salience: 0.5, mentions: [at("M. Garnier"), at("Lucien Garnier")] },
      { name: "Hélène Roussel", type: "PERSON", salience: 0.3, mentions: [at("Mme Roussel")] },
      { name: "Jean-Jaurès", type: "LOCATION", salience: 0.05, mentions: [at("rue Jean-Jaurès")] },
    ];
    const { summary } = leadAndSummary(a, entities);
    expect(summary).toHaveLength(3);
    expect(summary[0].startsWith("La ville de Brest a lancé jeudi")).toBe(true);
    expect(summary[1]).toContain("M. Garnier");
    expect(summary[2]).toContain("Mme Roussel");
    // Never from the caption, even though it names both people.
    expect(summary.some((s) => s.includes("AFP / Marie"))).toBe(false);
  });

  it("returns only the lead's first sentence without entities", () => {
    expect(leadAndSummary(a, []).summary).toHaveLength(1);
  });
});
