import { describe, expect, it } from "vitest";
import { fixture } from "./fixtures";
import { parseArticle } from "./index";

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
});
