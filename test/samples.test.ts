/**
 * The sample articles `npm start` ingests first are the pipeline a new user
 * sees. We wrote them, so we know who said what in each.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { summarize, summarizeFile } from "../shared/summarize";
import type { ArticleSummary } from "../shared/summary";

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

  it("en-email-alert-harbour.eml: an agency alert by e-mail, read from its HTML body, titled by its subject and dated by its Date", () => {
    const s = sample("en-email-alert-harbour.eml");
    expect(s.headline).toBe("Aberdeen harbour opens a £350 million deep-water quay");
    expect(s.published).toMatchObject({ date: "2025-05-14", source: "header" });
    expect(s.authors).toEqual(["Calum Reid"]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(["Morag Ellis", "Ian Bruce"]);
    expect(s.entities.map((e) => e.name)).not.toContain("Fiona Grant");
  });

  it("en-wire-water-talks.txt: a quote inside reported speech is the reporter's source's", () => {
    const s = sample("en-wire-water-talks.txt");
    // "Hany Farouk, said Cairo welcomed the deal but would \"judge it by the data…\"".
    expect(s.quotes.find((q) => q.text.includes("judge it by the data"))?.speaker).toBe("Hany Farouk");
  });
});

describe("the shipped wire and feed samples, one summary per story", () => {
  const stories = (name: string): ArticleSummary[] => {
    const file = summarizeFile({ id: name, name, body: readFileSync(join(import.meta.dirname, "..", "samples", name)) });
    for (const s of file.stories) expect(s.error, `${name} story ${s.story.index}`).toBeUndefined();
    return file.stories.map((s) => s.summary!);
  };
  const speakerOf = (s: ArticleSummary, words: string) => s.quotes.find((q) => q.text.includes(words))?.speaker;
  const text = (s: ArticleSummary) => s.segments.map((g) => g.text).join("\n");

  it("fr-en-newsml-message-sport.xml: two items, each in its language, with its creator and dateline", () => {
    const [rugby, sailing] = stories("fr-en-newsml-message-sport.xml");
    expect(rugby).toMatchObject({ headline: "Rugby : Clermont arrache la qualification face à Toulon", language: "fr", authors: ["Julie Chassagne"] });
    expect(rugby.published?.date).toBe("2025-05-11T19:20:00+02:00");
    expect(sailing).toMatchObject({ headline: "Plymouth crew wins the Fastnet qualifier in record time", language: "en", authors: ["Harriet Cole"] });
    expect(speakerOf(sailing, "gambled on the wind")).toBe("Rebecca Hale");
    expect(sailing.segments.find((g) => g.kind === "dateline")?.text).toBe("PLYMOUTH, England, May 11");
    for (const s of [rugby, sailing]) expect(text(s)).not.toMatch(/medtop|rugby à XV|sailing|nprov/);
  });

  it("fr-nitf-vendanges-bordeaux.xml: hl1, hl2, byline and date.issue", () => {
    const [s] = stories("fr-nitf-vendanges-bordeaux.xml");
    expect(s).toMatchObject({ headline: "En Gironde, les vendanges commencent avec deux semaines d'avance", language: "fr", authors: ["Sophie Lacoste"] });
    expect(s.published?.date).toBe("2025-08-26T14:10:00+02:00");
    expect(speakerOf(s, "jamais commencé aussi tôt")).toBe("Bernard Dupuy");
    expect(speakerOf(s, "Le raisin est sain")).toBe("Claire Vidal");
    expect(text(s)).not.toMatch(/viticulture-gironde|Avec la rédaction|Sophie Lacoste/);
  });

  it("en-rss-feed-harbour-towns.xml and fr-atom-feed-montagne.xml: one article per item or entry", () => {
    const [ferry, distillery] = stories("en-rss-feed-harbour-towns.xml");
    expect(ferry).toMatchObject({ headline: "Falmouth ferry returns after a winter of repairs", language: "en", authors: ["Tamsin Hocking"] });
    expect(speakerOf(ferry, "plan their whole week")).toBe("Jago Penrose");
    expect(speakerOf(distillery, "not a road sign")).toBe("Donald Mackinnon");
    const [chamonix, refuge] = stories("fr-atom-feed-montagne.xml");
    expect(chamonix).toMatchObject({ language: "fr", authors: ["Mathieu Perrin"] });
    expect(speakerOf(chamonix, "depuis Noël")).toBe("Anne Ravanel");
    expect(speakerOf(refuge, "très peu de candidatures")).toBe("Pierre Gaillard");
    expect(refuge.published?.date).toBe("2025-02-03T12:30:00+01:00");
  });

  it("en-json-feed-valley.json: a JSON Feed is one article per item, with its id, author and date", () => {
    const [ferry, school] = stories("en-json-feed-valley.json");
    expect(ferry).toMatchObject({ headline: "Riverside ferry returns after six-month engine repair", language: "en", authors: ["Marcus Bell"] });
    expect(ferry.published?.date).toBe("2025-04-07T08:30:00-04:00");
    expect(speakerOf(ferry, "commuters missed it")).toBe("Leila Haddad");
    expect(speakerOf(school, "work on Fridays")).toBe("Doris Kellerman");
    expect(school.authors).toEqual(["Priya Natarajan"]);
    for (const s of [ferry, school]) expect(text(s)).not.toMatch(/Valley Courier|Marcus Bell|Priya Natarajan|jsonfeed/);
  });
});
