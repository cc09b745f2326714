import { describe, expect, it } from "vitest";
import { errorCode } from "./fixtures";
import { parseArticle, parseFile } from "./index";

/** Tables of articles as exports and data sets lay them out: our own rows, in CSV (comma or semicolon) and TSV. */
const csv = [
  "id,title,date,source,author,url,text",
  '1,"Grève SNCF : un TGV sur deux jeudi",2025-03-12T08:05:00+01:00,Le Courrier du Rail,Camille Roux,https://courrier-rail.example.fr/greve,"La SNCF prévoit un TGV sur deux jeudi en raison d\'un appel à la grève, a annoncé la direction mercredi.',
  "",
  '""Nous ferons tout pour informer les voyageurs"", a déclaré le directeur de SNCF Voyageurs, Christophe Fanichet."',
  '2,"Ferry crews walk out over new rosters",2025-04-08,Harbour Times,Sarah Penrose,https://harbourtimes.example.com/ferry,"Ferry crews on the Portsmouth crossing walked out on Tuesday, the RMT union said."',
  "3,Row without text,2025-04-09,Harbour Times,,https://harbourtimes.example.com/empty,",
].join("\n");

describe("a table of articles (CSV, TSV)", () => {
  it("is one story per row, each with its own headline, date, author, id and paragraphs", () => {
    const file = parseFile("export.csv", csv);
    expect(file).toMatchObject({ format: "csv", multi: true });
    expect(file.stories.map((s) => s.story.guid)).toEqual(["1", "2", "3"]);
    const [greve, ferry] = file.stories.map((s) => s.article!);
    expect(greve).toMatchObject({ headline: "Grève SNCF : un TGV sur deux jeudi", language: "fr", authors: ["Camille Roux"] });
    expect(greve.published).toMatchObject({ date: "2025-03-12T08:05:00+01:00", source: "metadata" });
    // The quoted cell keeps its paragraph break and its doubled quotes come out single.
    expect(greve.segments.filter((s) => s.kind === "paragraph").map((s) => s.text)).toEqual([
      "La SNCF prévoit un TGV sur deux jeudi en raison d'un appel à la grève, a annoncé la direction mercredi.",
      '"Nous ferons tout pour informer les voyageurs", a déclaré le directeur de SNCF Voyageurs, Christophe Fanichet.',
    ]);
    expect(ferry).toMatchObject({ headline: "Ferry crews walk out over new rosters", language: "en" });
    expect(file.stories[0].story.link).toBe("https://courrier-rail.example.fr/greve");
    // A row without text fails alone.
    expect(file.stories[2].error?.code).toBe("NO_TEXT");
  });

  it("reads semicolon and tab delimiters and any column case, whatever the file's name", () => {
    const semicolon = "Titre;Date;Text\n\"Brest : la grue s'effondre\";2025-02-03;\"Une grue s'est effondrée lundi sur le port de Brest, sans faire de blessé.\"\n";
    expect(parseFile("export.txt", semicolon).stories[0].article?.headline).toBe("Brest : la grue s'effondre");
    const tsv = "headline\tpublishedAt\tbody\nCouncil approves cycle lanes\t2025-04-07\tSouthampton City Council approved 12 km of new cycle lanes on Monday.\n";
    const file = parseFile("lanes", tsv);
    expect(file.format).toBe("csv");
    expect(file.stories[0].article).toMatchObject({ headline: "Council approves cycle lanes", published: { date: "2025-04-07" } });
  });

  it("leaves an article whose first line has commas to the text reader", () => {
    const text = "Paris, Lyon, Marseille: the strike spreads\n\nRail workers in Paris, Lyon and Marseille walked out on Tuesday, the unions said.";
    expect(parseArticle("strike.txt", text).format).toBe("text");
    // A header without a body column is no table of articles either.
    expect(parseArticle("scores.csv", "team,points\nBrest,52\nLens,48\n").format).toBe("text");
  });

  it("fails BAD_CSV, saying why, when the table does not parse", () => {
    const broken = 'title,date,text\n"Unclosed,2025-01-01,"Some text\n';
    expect(errorCode(() => parseFile("broken.csv", broken))).toBe("BAD_CSV");
  });
});
