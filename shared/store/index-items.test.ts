import { describe, expect, it } from "vitest";
import type { ArticleSummary, Entity } from "../summary";
import { MAX_ENTITY_ITEMS, indexItemsFor } from "./index-items";

function summary(entities: Entity[], quotes: ArticleSummary["quotes"] = []): ArticleSummary {
  return {
    id: "abc",
    language: "fr",
    headline: "Titre",
    published: { date: "2023-11-09", precision: "day", source: "header" },
    lead: null,
    summary: [],
    segments: [],
    entities,
    quotes,
    dates: [],
    stats: { characters: 0, words: 0, sentences: 0, paragraphs: 0 },
    pipelineVersion: "test",
  };
}

const entity = (name: string, salience: number): Entity => ({ name, type: "PERSON", salience, mentions: [] });

describe("index items", () => {
  it("makes an article findable by folded entity name, newest first by publication date", () => {
    const [item] = indexItemsFor(summary([entity("Kassym-Jomart Tokaïev", 0.9)]));
    expect(item).toMatchObject({ sk: "ENT#kassym-jomart tokaiev", gsi1pk: "ENT#kassym-jomart tokaiev", gsi1sk: "2023-11-09#abc", headline: "Titre" });
  });

  it("keeps the most salient entities when an article has more than the cap", () => {
    const many = Array.from({ length: MAX_ENTITY_ITEMS + 10 }, (_, i) => entity(`Person ${i}`, i / 100));
    const items = indexItemsFor(summary(many));
    expect(items).toHaveLength(MAX_ENTITY_ITEMS);
    expect(items.some((i) => i.name === "Person 0")).toBe(false);
    expect(items.some((i) => i.name === `Person ${MAX_ENTITY_ITEMS + 9}`)).toBe(true);
  });

  it("indexes only quotes with a speaker", () => {
    const quotes = [
      { text: "a", start: 0, end: 1, partial: false, speaker: "Vladimir Poutine", speakerMention: null, cue: "a déclaré" },
      { text: "b", start: 2, end: 3, partial: true, speaker: null, speakerMention: null, cue: null },
    ];
    const items = indexItemsFor(summary([], quotes));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ sk: "QUOTE#0000", gsi1pk: "SPK#vladimir poutine", text: "a", cue: "a déclaré" });
  });

  it("indexes a quote several persons spoke together under each of them", () => {
    const quotes = [{ text: "a", start: 0, end: 1, partial: false, speaker: "Tomas Varga et Ilse Brenner", speakers: ["Tomas Varga", "Ilse Brenner"], speakerMention: null, cue: "ont-ils ajouté" }];
    const items = indexItemsFor(summary([], quotes));
    expect(items.map((i) => [i.gsi1pk, i.speaker])).toEqual([
      ["SPK#tomas varga", "Tomas Varga"],
      ["SPK#ilse brenner", "Ilse Brenner"],
    ]);
    expect(new Set(items.map((i) => i.sk)).size).toBe(2);
  });

  it("indexes a place under one id whatever language names it, once per article", () => {
    const items = indexItemsFor(summary([{ ...entity("Londres", 0.9), type: "LOCATION" }, { ...entity("London", 0.5), type: "LOCATION" }]));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ gsi1pk: "ENT#london", name: "Londres" });
  });

  it("lists each entity once in the name directory under its surname or first real word, and speakers without an entity item", () => {
    const quotes = [
      { text: "a", start: 0, end: 1, partial: false, speaker: "Vladimir Poutine", speakerMention: null, cue: null },
      { text: "b", start: 2, end: 3, partial: false, speaker: "Chavkat Mirzioïev", speakerMention: null, cue: null },
      { text: "c", start: 4, end: 5, partial: false, speaker: "Chavkat Mirzioïev", speakerMention: null, cue: null },
    ];
    const items = indexItemsFor(summary([entity("Vladimir Poutine", 0.9), { ...entity("Le Havre", 0.5), type: "LOCATION" }, { ...entity("ONU", 0.4), type: "ORGANIZATION" }], quotes));
    const directory = items.filter((i) => i.gsi2pk).map((i) => `${i.gsi2pk} ${i.gsi2sk}`);
    expect(directory.sort()).toEqual([
      "DIR#ha havre#le havre#abc",
      "DIR#mi mirzioiev#chavkat mirzioiev#abc",
      "DIR#on onu#united nations#abc",
      "DIR#po poutine#vladimir poutine#abc",
    ]);
  });
});
