import { describe, expect, it } from "vitest";
import { fixture } from "./fixtures";
import { summarize } from "../summarize";
import { parseArticle } from "./index";

const paragraphs = (text: string) => parseArticle("wire.txt", text).segments.filter((s) => s.kind === "paragraph").map((s) => s.text);

describe("plain text structure", () => {
  const fr = parseArticle("fr-depeche-tramway.txt", fixture("fr-depeche-tramway.txt"));

  it("reads the wire header line: headline and month", () => {
    expect(fr.headline).toBe(`Le tramway de Brest prolongé jusqu'au port de commerce "d'ici 2027"`);
    expect(fr.segments[0].kind).toBe("headline");
  });

  it("finds the caption and its credit, the marked heading, the paragraphs", () => {
    const captions = fr.segments.filter((s) => s.kind === "caption");
    expect(captions).toHaveLength(1);
    expect(captions[0].credit).toBe("AFP / Marie LEGOFF");
    expect(fr.segments.filter((s) => s.kind === "heading").map((s) => s.text)).toEqual(["Commerces inquiets"]);
    expect(fr.segments.filter((s) => s.kind === "paragraph")).toHaveLength(5);
  });

  it("gives offsets that index the text", () => {
    for (const s of fr.segments) {
      expect(fr.text.slice(s.start, s.end)).toBe(s.text);
      for (const sentence of s.sentences) {
        expect(sentence.start).toBeGreaterThanOrEqual(s.start);
        expect(sentence.end).toBeLessThanOrEqual(s.end);
      }
    }
  });

  it("detects French", () => {
    expect(fr.language).toBe("fr");
  });

  const en = parseArticle("en-wire-port-strike.txt", fixture("en-wire-port-strike.txt"));

  it("takes a title-like first line as the headline", () => {
    expect(en.headline).toBe("Dockworkers end three-day strike at Baltimore port");
    expect(en.language).toBe("en");
  });

  it("separates the dateline from the first paragraph", () => {
    const i = en.segments.findIndex((s) => s.kind === "dateline");
    expect(en.segments[i].text).toBe("BALTIMORE (Reuters) —");
    expect(en.segments[i + 1].kind).toBe("paragraph");
    expect(en.segments[i + 1].text.startsWith("Dockworkers at the Port")).toBe(true);
  });

  it("separates a staff writer's dateline (no agency) at the story's start only, never a section label", () => {
    const staff = parseArticle("x.txt", "Flood plan approved\n\nNEW YORK, N.Y. — The council voted 7-2 on Tuesday to approve the plan.\n\nSTILL — the debate went on for hours, with some members calling it rushed.");
    expect(staff.segments.map((s) => s.kind)).toEqual(["headline", "dateline", "paragraph", "paragraph"]);
    expect(staff.segments[1].text).toBe("NEW YORK, N.Y. —");
    const label = parseArticle("x.txt", "Storm\n\nBREAKING — A storm hit the coast on Monday, cutting power to thousands of homes.");
    expect(label.segments.map((s) => s.kind)).toEqual(["headline", "paragraph"]);
    const hyphen = parseArticle("x.txt", "Grève\n\nPARIS - Les cheminots ont cessé le travail mardi matin dans toute la région.");
    expect(hyphen.segments.map((s) => s.kind)).toEqual(["headline", "paragraph"]);
  });

  it("separates a staff dateline with its date, whose dash may be a plain hyphen", () => {
    const dateline = (body: string) => parseArticle("x.txt", `Titre\n\n${body}\n\nUn second paragraphe suit ici.`).segments.find((s) => s.kind === "dateline")?.text ?? null;
    expect(dateline("PORTSMOUTH, England, March 12 - Ferry crews walked out on Wednesday, the union said.")).toBe("PORTSMOUTH, England, March 12 -");
    expect(dateline("WASHINGTON, March 12 — Senators voted on Tuesday to extend the program.")).toBe("WASHINGTON, March 12 —");
    expect(dateline("NEW YORK, Jan. 5, 2025 -- Stocks rose on Monday as oil prices fell.")).toBe("NEW YORK, Jan. 5, 2025 --");
    expect(dateline("RENNES, 12 mars 2025 - Le conseil municipal a voté mardi le budget de la ville.")).toBe("RENNES, 12 mars 2025 -");
    // Without a date, a hyphen is running text's ("PARIS - Les cheminots…"), not a dateline's dash.
    expect(dateline("PARIS - Les cheminots ont cessé le travail mardi matin dans toute la région.")).toBeNull();
  });

  it("reads a dateline on a line of its own, place and filing date, as wire archives print it, before the story only", () => {
    const a = parseArticle("x.txt", "Ferry strike ends\n\nAL-AIN , United Arab Emirates 1996-12-06\n\nThe ferry crews went back to work on Friday after a two-day strike.\n\nDUBAI 1996-12-07\n");
    expect(a.segments.map((s) => s.kind)).toEqual(["headline", "dateline", "paragraph", "paragraph"]);
    expect(a.segments[1].text).toBe("AL-AIN , United Arab Emirates 1996-12-06");
    expect(a.published).toMatchObject({ date: "1996-12-06", precision: "day" });
    const prose = parseArticle("x.txt", "Budget\n\nNASA 2024 plans were cut.\n");
    expect(prose.segments.map((s) => s.kind)).toEqual(["headline", "paragraph"]);
  });

  it("does not take a long first sentence for a headline", () => {
    const a = parseArticle("x.txt", "PARIS (AFP) - Le gouvernement a présenté mercredi un projet de loi sur l'eau, a annoncé le ministère dans un communiqué publié en fin de journée.\n\nLe texte sera examiné en juin.");
    expect(a.headline).toBeNull();
    expect(a.segments[0].kind).toBe("dateline");
  });

  it("treats a byline line as a byline", () => {
    const a = parseArticle("x.txt", "Un titre\n\nPar Jeanne Martin\n\nLe premier paragraphe de l'article, qui raconte quelque chose d'important.");
    expect(a.segments.map((s) => s.kind)).toEqual(["headline", "byline", "paragraph"]);
  });

  it("says und for a text too short to tell", () => {
    expect(parseArticle("x.txt", "Oui.").language).toBe("und");
  });
  it("reads a Windows (CRLF) file's single line breaks as line breaks, not as blank lines", () => {
    const lines = ["Le port de Brest rouvre", "", "Premier paragraphe, sur une ligne.", "Suite du premier paragraphe, sur la ligne d'après.", "", "Second paragraphe."];
    const lf = parseArticle("brest.txt", lines.join("\n"));
    const crlf = parseArticle("brest.txt", lines.join("\r\n"));
    expect(crlf.segments.map((s) => s.kind)).toEqual(["headline", "paragraph", "paragraph"]);
    expect(crlf.segments.map((s) => s.kind)).toEqual(lf.segments.map((s) => s.kind));
  });
  it("reads a title over a line of = or - as the headline or a heading, without its underline", () => {
    const text = [
      "Le port de Brest rouvre après trois semaines de grève",
      "=====================================================",
      "",
      "Les dockers ont voté mardi la fin d'une grève de trois semaines, a indiqué le syndicat.",
      "",
      "La suite des négociations",
      "-------------------------",
      "",
      "La direction doit présenter son plan en avril.",
    ].join("\n");
    const a = parseArticle("brest.txt", text);
    expect(a.headline).toBe("Le port de Brest rouvre après trois semaines de grève");
    expect(a.segments.map((s) => [s.kind, s.text])).toEqual([
      ["headline", "Le port de Brest rouvre après trois semaines de grève"],
      ["paragraph", "Les dockers ont voté mardi la fin d'une grève de trois semaines, a indiqué le syndicat."],
      ["heading", "La suite des négociations"],
      ["paragraph", "La direction doit présenter son plan en avril."],
    ]);
  });
  it("drops a closing copyright notice, and keeps a paragraph that merely mentions copyright", () => {
    const body = "Les dockers ont voté mardi la fin d'une grève de trois semaines, a indiqué le syndicat.";
    const notice = parseArticle("brest.txt", `Le port de Brest rouvre\n\n${body}\n\nCopyright 2024 Le Télégramme du Ponant. Tous droits réservés.\n`);
    expect(notice.segments.map((s) => s.kind)).toEqual(["headline", "paragraph"]);
    const mention = `Le port de Brest rouvre\n\n${body}\n\nLe tribunal examinera en juin la plainte pour violation du copyright déposée par le port.\n`;
    expect(parseArticle("brest.txt", mention).segments.map((s) => s.kind)).toEqual(["headline", "paragraph", "paragraph"]);
  });

  it("leaves out the closing lines of wire copies: rules, contributors, bare credits, sign-offs, trust notices", () => {
    const story = "Crews searched collapsed buildings on Sunday after a tornado struck the town overnight, officials said.";
    const ap = `Tornado strikes small town\n\n${story}\n\n___\n\nAssociated Press writers Dana Whitfield in Tulsa and Omar Reyes contributed to this report.\n`;
    expect(paragraphs(ap)).toEqual([story]);
    const reuters = `Coalition agrees on budget\n\n${story}\n\nReporting by Andreas Hoffmann and Lena Brandt; Editing by Paul Simmons\n\nOur Standards: The Thomson Reuters Trust Principles.\n`;
    expect(paragraphs(reuters)).toEqual([story]);
    const afp = `Élections anticipées en Espagne\n\nLe Premier ministre a annoncé vendredi des élections anticipées, après le rejet de son budget.\n\nmig-rs/pz/ial\n`;
    expect(paragraphs(afp)).toEqual(["Le Premier ministre a annoncé vendredi des élections anticipées, après le rejet de son budget."]);
    // Their names are not the story's entities.
    const entities = summarize({ id: "r", name: "wire.txt", body: reuters }).entities.map((e) => e.name);
    expect(entities).not.toContain("Paul Simmons");
    expect(summarize({ id: "a", name: "wire.txt", body: ap }).entities.map((e) => e.name)).not.toContain("Omar Reyes");
  });

  it("keeps a closing paragraph that only starts like a credit, or mentions contributions in a sentence of the story", () => {
    const story = "The council approved the new library budget on Tuesday night after a long debate.";
    const closing = [
      "Reporting by the local newspaper in 2019 had first revealed the cost overruns. The mayor later apologised to residents for the delay.",
      "Residents have contributed to this report's findings through a public survey, the council said, and the survey will run again next year.",
    ];
    for (const last of closing) expect(paragraphs(`Library budget approved\n\n${story}\n\n${last}\n`)).toEqual([story, last]);
  });
});
