import { describe, expect, it } from "vitest";
import { parseArticle } from "../article";
import { recognizeEntities } from ".";

const AP_STYLE = `Port strike halts container traffic at a British port

By JANE DOE and JOHN ROE Associated Press

Dockworkers at Britain's busiest container port walked out on Monday, halting traffic for the first time in three decades.

"We have been left with no choice," said Bobby Morton, national officer for the Unite union.
`;

const MEDIUM_CREDIT = `Les vendanges commencent en Gironde

Le Soir, publié le jeudi 11 septembre 2025 à 16h00

Les premiers raisins ont été cueillis mardi près de Bordeaux, a indiqué Marie Castaing, viticultrice.
`;

describe("byline names", () => {
  it("are the authors the reader found, as persons, and nothing else of the byline is an entity", () => {
    const article = parseArticle("strike.txt", AP_STYLE);
    expect(article.authors).toEqual(["JANE DOE", "JOHN ROE"]);
    const entities = recognizeEntities(article);
    const byline = article.segments.find((s) => s.kind === "byline")!;
    const inByline = entities.filter((e) => e.mentions.some((m) => m.start >= byline.start && m.end <= byline.end));
    expect(inByline.map((e) => [e.type, e.name]).sort()).toEqual([
      ["PERSON", "Jane Doe"],
      ["PERSON", "John Roe"],
    ]);
    expect(entities.find((e) => e.name === "Bobby Morton")?.type).toBe("PERSON");
  });

  it("leave a byline that credits a medium to the tagger, never calling the medium a person", () => {
    const article = parseArticle("vendanges.txt", MEDIUM_CREDIT);
    const entities = recognizeEntities(article);
    expect(entities.find((e) => e.name === "Le Soir")?.type).not.toBe("PERSON");
    expect(entities.find((e) => e.name === "Marie Castaing")?.type).toBe("PERSON");
  });
});
