/**
 * The sample articles `npm start` ingests first are the pipeline a new user
 * sees. We wrote them, so we know who said what in each.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { summarize } from "../shared/summarize";

const sample = (name: string) => summarize({ id: name, name, body: readFileSync(join(import.meta.dirname, "..", "samples", name)) });

describe("the shipped samples", () => {
  it("fr-page-festival.html: each quote has its speaker, and the award is no person", () => {
    const s = sample("fr-page-festival.html");
    expect(s.headline).toBe("A Lyon, le festival Lumière bat son record d'affluence");
    const speakerOf = (words: string) => s.quotes.find((q) => q.text.includes(words))?.speaker;
    expect(speakerOf("aussi jeune")).toBe("Bernard Favier");
    // "Elle a dédié sa récompense" follows "Paola Conti a reçu le prix Lumière": the pronoun is hers.
    expect(speakerOf("pas pu tourner")).toBe("Paola Conti");
    expect(s.entities.filter((e) => e.type === "PERSON").map((e) => e.name)).not.toContain("Lumière");
  });

  it("en-feed-item.json: a headline's verb splits two places ('Lisbon opens Europe's …')", () => {
    const places = sample("en-feed-item.json").entities.filter((e) => e.type === "LOCATION").map((e) => e.name);
    expect(places).toEqual(expect.arrayContaining(["Lisbon", "Europe"]));
    expect(places.filter((p) => p.includes(" opens "))).toEqual([]);
  });

  it("en-wire-water-talks.txt: a quote inside reported speech is the reporter's source's", () => {
    const s = sample("en-wire-water-talks.txt");
    // "Hany Farouk, said Cairo welcomed the deal but would \"judge it by the data…\"".
    expect(s.quotes.find((q) => q.text.includes("judge it by the data"))?.speaker).toBe("Hany Farouk");
  });
});
