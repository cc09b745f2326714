import { describe, expect, it } from "vitest";
import { cpuGrowth } from "../../test/support/cpu-growth";
import { acronymOf, buildEntities, type Mention } from "./coreference";

let pos = 0;
const m = (name: string, type: Mention["type"], extra: Partial<Mention> = {}): Mention => {
  const start = pos;
  pos += name.length + 10;
  return { start, end: start + name.length, type, text: name, name, weight: 1, inHeadline: false, inLead: false, quoted: false, ...extra };
};
const stop = new Set(["de", "du", "des", "la", "le", "of", "the", "and", "et"]);

describe("coreference", () => {
  it("folds surnames and partial names into the fullest person name", () => {
    const ents = buildEntities([m("Poutine", "PERSON"), m("Vladimir Poutine", "PERSON"), m("Poutine", "PERSON"), m("Vladimir Vladimirovitch Poutine", "PERSON")], { acronymStopWords: stop });
    expect(ents).toHaveLength(1);
    expect(ents[0].name).toBe("Vladimir Vladimirovitch Poutine");
    expect(ents[0].mentions.map((x) => x.text)).toEqual(["Poutine", "Vladimir Poutine", "Poutine", "Vladimir Vladimirovitch Poutine"]);
  });

  it("names a person by the full form the other mentions spell alike, not by a one-off variant", () => {
    const spelled = buildEntities([m("Jean-Luc Melenchon", "PERSON"), m("Mélenchon", "PERSON"), m("Jean-Luc Mélenchon", "PERSON"), m("Mélenchon", "PERSON")], { acronymStopWords: stop });
    expect(spelled.map((e) => [e.name, e.mentions.length])).toEqual([["Jean-Luc Mélenchon", 4]]);
    // With no shorter mention to tell them apart, the accented spelling wins: feeds strip accents.
    const alone = buildEntities([m("Segolene Royal", "PERSON"), m("Ségolène Royal", "PERSON")], { acronymStopWords: stop });
    expect(alone.map((e) => e.name)).toEqual(["Ségolène Royal"]);
  });

  it("keeps two people who share a first name apart", () => {
    const ents = buildEntities([m("Jean Dupont", "PERSON"), m("Jean Martin", "PERSON"), m("Martin", "PERSON")], { acronymStopWords: stop });
    expect(ents.map((e) => [e.name, e.mentions.length])).toEqual(expect.arrayContaining([["Jean Martin", 2], ["Jean Dupont", 1]]));
  });

  it("folds an organisation's short form into the one organisation it shortens, never a complement inside another name", () => {
    const complementWords = new Set(["of", "to", "du", "de"]);
    const names = (mentions: Mention[]) => buildEntities(mentions, { acronymStopWords: stop, complementWords }).map((e) => [e.name, e.mentions.length]);
    // "the Senate" after "the U.S. Senate"; "l'Assemblée" after "l'Assemblée nationale"; "Samsung" after "Samsung Electronics".
    expect(names([m("U.S. Senate", "ORGANIZATION"), m("Senate", "ORGANIZATION")])).toEqual([["U.S. Senate", 2]]);
    expect(names([m("Assemblée nationale", "ORGANIZATION"), m("Assemblée", "ORGANIZATION")])).toEqual([["Assemblée nationale", 2]]);
    expect(names([m("Samsung", "ORGANIZATION"), m("Samsung Electronics", "ORGANIZATION")])).toEqual([["Samsung Electronics", 2]]);
    // Two hosts: the short form stays apart. A complement, or a run inside another name, is not a short form.
    expect(names([m("European Commission", "ORGANIZATION"), m("Electoral Commission", "ORGANIZATION"), m("Commission", "ORGANIZATION")])).toHaveLength(3);
    expect(names([m("Indigenous Voice to Parliament", "ORGANIZATION"), m("Parliament", "ORGANIZATION")])).toHaveLength(2);
    expect(names([m("Agricultural Bank of China", "ORGANIZATION"), m("Bank of China", "ORGANIZATION")])).toHaveLength(2);
    // A name written with and without its article is one organisation, or one place, under the fuller form.
    const leadingArticles = ["la", "le", "the"];
    const withArticles = (mentions: Mention[]) => buildEntities(mentions, { acronymStopWords: stop, complementWords, leadingArticles }).map((e) => [e.name, e.mentions.length]);
    expect(withArticles([m("France insoumise", "ORGANIZATION"), m("La France insoumise", "ORGANIZATION")])).toEqual([["La France insoumise", 2]]);
    expect(withArticles([m("Le Havre", "LOCATION"), m("Havre", "LOCATION")])).toEqual([["Le Havre", 2]]);
    // Only within one type, and only for an article.
    expect(withArticles([m("La France insoumise", "ORGANIZATION"), m("France insoumise", "LOCATION")])).toHaveLength(2);
    expect(names([m("France insoumise", "ORGANIZATION"), m("La France insoumise", "ORGANIZATION")])).toHaveLength(2);
    // Places are not shortened: "Korea" is not "South Korea".
    expect(names([m("South Korea", "LOCATION"), m("Korea", "LOCATION")])).toHaveLength(2);
  });

  it("folds an acronym into the organisation it abbreviates, accents folded", () => {
    expect(acronymOf("Organisation de coopération économique", stop)).toBe("OCE");
    const ents = buildEntities([m("Organisation de coopération économique", "ORGANIZATION"), m("OCE", "ORGANIZATION"), m("OCE", "ORGANIZATION")], { acronymStopWords: stop });
    expect(ents).toHaveLength(1);
    expect(ents[0].name).toBe("Organisation de coopération économique");
    expect(ents[0].mentions).toHaveLength(3);
  });

  it("folds an acronym that spells the organisation's article too ('La France insoumise' and 'LFI')", () => {
    const ents = buildEntities([m("La France insoumise", "ORGANIZATION"), m("LFI", "ORGANIZATION"), m("Les Républicains", "ORGANIZATION"), m("LR", "ORGANIZATION")], { acronymStopWords: stop });
    expect(ents.map((e) => [e.name, e.mentions.length]).sort()).toEqual([["La France insoumise", 2], ["Les Républicains", 2]]);
  });

  it("gives repeated strings the majority type, and never folds a place into a person", () => {
    const ents = buildEntities([m("Jordan", "LOCATION"), m("Jordan", "LOCATION"), m("Jordan", "PERSON"), m("Michael Jordan", "PERSON")], { acronymStopWords: stop });
    const jordan = ents.find((e) => e.name === "Jordan");
    expect(jordan?.type).toBe("LOCATION");
    expect(jordan?.mentions).toHaveLength(3);
    expect(ents.find((e) => e.name === "Michael Jordan")?.mentions).toHaveLength(1);
  });

  it("ranks headline and lead entities first, with salience in [0, 1]", () => {
    const ents = buildEntities(
      [m("Lyon", "LOCATION"), m("Lyon", "LOCATION"), m("Lyon", "LOCATION"), m("Anne Hidalgo", "PERSON", { inHeadline: true, inLead: true })],
      { acronymStopWords: stop },
    );
    expect(ents[0].name).toBe("Anne Hidalgo");
    expect(ents[0].salience).toBe(1);
    for (const e of ents) expect(e.salience).toBeGreaterThanOrEqual(0);
    expect(ents[1].salience).toBeLessThan(1);
  });

  it("folds the mentions of thousands of people at a cost linear in their number", () => {
    // Each short form once scanned every cluster for its host: quadratic in an article naming thousands.
    const run = (people: number) => {
      const mentions: Mention[] = [];
      for (let i = 0; i < people; i++) {
        const organisation = `Organisation ${i.toString(26).replace(/./g, (d) => String.fromCharCode(65 + parseInt(d, 26)))} Numéro`;
        mentions.push(m(`Jean Dupont${i}`, "PERSON"), m(`Dupont${i}`, "PERSON"), m(organisation, "ORGANIZATION"), m(acronymOf(organisation, stop), "ORGANIZATION"));
      }
      // Every surname joins its person and every acronym an organisation: two entities per person.
      expect(buildEntities(mentions, { acronymStopWords: stop })).toHaveLength(people * 2);
    };
    // 8x the people: linear costs 8x, quadratic 64x.
    const { ratio, detail } = cpuGrowth(run, 1_000, 8, 20);
    expect(ratio, detail).toBeLessThan(20);
  });
});
