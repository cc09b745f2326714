import { describe, expect, it } from "vitest";
import { parseArticle } from "../article";
import { recognizeEntities } from ".";

const DISPATCH = `Port strike halts container traffic at Felixstowe

FELIXSTOWE, England, Sept. 26 (AP) — Dockworkers at Britain's busiest container port walked out on Monday, halting traffic at Felixstowe for the first time in three decades.

"We have been left with no choice," said Bobby Morton, national officer for the Unite union, which called the strike on Sept. 12, 2022.
`;

describe("dateline", () => {
  it("opens with a place: the filing town is a location everywhere in the article, under its usual casing", () => {
    const article = parseArticle("strike.txt", DISPATCH);
    expect(article.segments.some((s) => s.kind === "dateline")).toBe(true);
    const entities = recognizeEntities(article);
    const town = entities.find((e) => e.name === "Felixstowe");
    expect(town?.type).toBe("LOCATION");
    expect(town?.mentions.map((m) => m.text)).toEqual(["Felixstowe", "FELIXSTOWE", "Felixstowe"]);
    expect(entities.find((e) => e.name === "England")?.type).toBe("LOCATION");
  });

  it("has no entity inside its date (a date the date reader resolved)", () => {
    const entities = recognizeEntities(parseArticle("strike.txt", DISPATCH));
    expect(entities.filter((e) => e.mentions.some((m) => /Sept/.test(m.text)))).toEqual([]);
  });

  it("takes no weekday or month after the town for a region, and so no day of the week for a place anywhere", () => {
    const en = "Talks on the dam to resume\n\nMOSCOW, Monday (Reuters) - Russia's foreign ministry said on Monday that talks on the dam would resume in Geneva.\n";
    const entities = recognizeEntities(parseArticle("dam.txt", en));
    expect(entities.find((e) => e.name === "Moscow")?.type).toBe("LOCATION");
    expect(entities.filter((e) => /monday/i.test(e.name))).toEqual([]);
    const fr = "Reprise des pourparlers sur le barrage\n\nLISBONNE, lundi (AFP) - Les pourparlers sur le barrage reprendront en mars à Genève, a annoncé le ministère des Affaires étrangères.\n";
    expect(recognizeEntities(parseArticle("barrage.txt", fr)).filter((e) => /lundi/i.test(e.name))).toEqual([]);
  });

  it("reads a staff writer's dateline the same way", () => {
    const text = "Flood plan approved\n\nRIVERTON — The Riverton City Council voted on Tuesday to approve a flood plan for the east side.\n";
    const entities = recognizeEntities(parseArticle("flood.txt", text));
    expect(entities.find((e) => e.name === "Riverton")?.type).toBe("LOCATION");
    expect(entities.find((e) => e.name === "Riverton City Council")?.type).toBe("ORGANIZATION");
  });

  it("reads a regional paper's dateline, the département or county in brackets, as the town and its region", () => {
    const text = "Le pont Louis-Pasteur fermé six mois\n\nDOLE (Jura) – Le pont Louis-Pasteur sera fermé à la circulation pendant six mois, a annoncé jeudi la préfecture du Jura.\n\n« Nous n'avions pas le choix », a expliqué le maire.\n";
    const article = parseArticle("pont.txt", text);
    expect(article.segments.filter((s) => s.kind === "dateline").map((s) => s.text)).toEqual(["DOLE (Jura) –"]);
    expect(article.segments.find((s) => s.kind === "paragraph")?.text).toMatch(/^Le pont Louis-Pasteur sera fermé/);
    const entities = recognizeEntities(article);
    expect(entities.find((e) => e.name === "Dole")?.type).toBe("LOCATION");
    expect(entities.find((e) => e.name === "Jura")?.type).toBe("LOCATION");
    // An agency in brackets is the source, never a place.
    const wire = recognizeEntities(parseArticle("w.txt", "Grève au port\n\nBREST (AFP) – Les dockers du port de Brest ont cessé le travail jeudi, selon la CGT.\n"));
    expect(wire.find((e) => e.name === "AFP")?.type).not.toBe("LOCATION");
    const broadcaster = recognizeEntities(parseArticle("b.txt", "Senate passes bill\n\nWASHINGTON (CNN) — The Senate passed the infrastructure bill on Tuesday, officials said.\n"));
    expect(broadcaster.find((e) => e.name === "CNN")?.type).not.toBe("LOCATION");
  });

  it("reads the region after the town as a location too, an agency abbreviation included, and never the date", () => {
    const text = "Tornado strikes small town\n\nSHAWNEE, Okla. (AP) — A tornado tore through a small town overnight, killing three people, officials said.\n";
    const entities = recognizeEntities(parseArticle("tornado.txt", text));
    expect(entities.find((e) => e.name === "Okla.")?.type).toBe("LOCATION");
    expect(entities.find((e) => e.name === "Shawnee")?.type).toBe("LOCATION");
    const dated = "Ferry adds winter sailings\n\nPORTSMOUTH, England, March 10 (AP) — A ferry operator will add two daily winter sailings to Caen, it said.\n";
    const found = recognizeEntities(parseArticle("ferry.txt", dated));
    expect(found.find((e) => e.name === "England")?.type).toBe("LOCATION");
    expect(found.filter((e) => e.mentions.some((m) => /March/.test(m.text)))).toEqual([]);
  });

  it("reads the places of a dateline on a line of its own, before its date ('AL-AIN , United Arab Emirates 1996-12-06')", () => {
    const text = "Ferry strike ends\n\nAL-AIN , United Arab Emirates 1996-12-06\n\nThe ferry crews went back to work on Friday after a two-day strike, the port said.\n";
    const entities = recognizeEntities(parseArticle("ferry.txt", text));
    const typeOf = (surface: string) => entities.find((e) => e.mentions.some((m) => m.text === surface))?.type;
    expect([typeOf("AL-AIN"), typeOf("United Arab Emirates")]).toEqual(["LOCATION", "LOCATION"]);
    expect(entities.filter((e) => e.mentions.some((m) => /1996/.test(m.text)))).toEqual([]);
  });
});
