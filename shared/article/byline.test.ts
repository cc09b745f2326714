import { describe, expect, it } from "vitest";
import { summarize } from "../summarize";
import { bylineAuthors, isBylineWithDate } from "./byline";

describe("byline authors", () => {
  it.each([
    ["Par Anne Le Bihan", ["Anne Le Bihan"]],
    ["By Jane Doe and John Roe, Reuters", ["Jane Doe", "John Roe"]],
    ["By Jane Doe, Staff Writer", ["Jane Doe"]],
    ["De notre envoyée spéciale Marie Dupont", ["Marie Dupont"]],
    ["Von Max Muster und Erika Musterfrau", ["Max Muster", "Erika Musterfrau"]],
    ["Par Anne Le Bihan avec AFP", ["Anne Le Bihan"]],
    ["Jane Doe | The Guardian", ["Jane Doe"]],
    ["Julien Marsault - France Télévisions", ["Julien Marsault"]],
    ["Par Anne Le Bihan – Ouest-France", ["Anne Le Bihan"]],
    ["By Jean-Luc Martin and Ann Lee — Radio Canada", ["Jean-Luc Martin", "Ann Lee"]],
    ["By Jan van der Berg & Luiz da Silva", ["Jan van der Berg", "Luiz da Silva"]],
    ["By JANE DOE and JOHN ROE Associated Press", ["JANE DOE", "JOHN ROE"]],
    ["Par Anne Le Bihan Envoyée Spéciale", ["Anne Le Bihan"]],
    ["AFP", []],
    ["NATURSTROM AG", []],
    ["Ouest France", []],
    ["Par Claire Moreau France Télévisions", ["Claire Moreau"]],
    ["By Acme Holdings Inc.", []],
    ["Über den Autor", []],
    ["Author Greentech.LIVE", []],
    ["Noticias de El Salvador", []],
    ["Par la rédaction", []],
    ["https://www.facebook.com/jane.doe", []],
  ])("%s -> %j", (byline, authors) => {
    expect(bylineAuthors(byline)).toEqual(authors);
  });

  const body = "Dock workers at the port voted on Tuesday to end a three-week strike, after the operator raised its pay offer to 7 percent, the union said.\n\nThe vote ends the longest strike at the port in thirty years.";
  it.each([
    ["plain text byline line", "strike.txt", `Port strike ends\n\nBy Jane Doe and John Roe\n\n${body}\n`],
    ["JSON author field", "strike.json", JSON.stringify({ title: "Port strike ends", author: "Jane Doe and John Roe", body })],
    ["Markdown front matter", "strike.md", `---\ntitle: Port strike ends\nauthor: Jane Doe, John Roe\n---\n\n${body}\n`],
    ["HTML author meta tag", "strike.html", `<html><head><meta name="author" content="Jane Doe and John Roe"><title>Port strike ends</title></head><body><article><h1>Port strike ends</h1>${body.split("\n\n").map((p) => `<p>${p}</p>`).join("")}</article></body></html>`],
    ["HTML JSON-LD author list", "strike.html", `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Port strike ends","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}]}</script><title>Port strike ends</title></head><body><article><h1>Port strike ends</h1>${body.split("\n\n").map((p) => `<p>${p}</p>`).join("")}</article></body></html>`],
  ])("fills the summary's authors from a %s, and never makes them speakers", (_kind, name, text) => {
    const s = summarize({ id: "a", name, body: text });
    expect(s.authors).toEqual(["Jane Doe", "John Roe"]);
    expect(s.quotes.map((q) => q.speaker)).not.toContain("Jane Doe");
  });
});

describe("byline authors: wire bylines", () => {
  it("cuts the prefix of any language and splits names at 'and', 'et' and '&'", () => {
    expect(bylineAuthors("By JOHN DOE and JANE ROE")).toEqual(["JOHN DOE", "JANE ROE"]);
    expect(bylineAuthors("Par Marion Durand et Paul Leroy")).toEqual(["Marion Durand", "Paul Leroy"]);
    expect(bylineAuthors("De notre envoyée spéciale Claire Martin")).toEqual(["Claire Martin"]);
    expect(bylineAuthors("Von Anna Schmidt & Jonas Weber")).toEqual(["Anna Schmidt", "Jonas Weber"]);
  });

  it("reads a comma after the last name as the start of a title or employer", () => {
    expect(bylineAuthors("By Jane Doe, Associated Press Writer")).toEqual(["Jane Doe"]);
    expect(bylineAuthors("By JOHN DOE and JANE ROE, Associated Press")).toEqual(["JOHN DOE", "JANE ROE"]);
    expect(bylineAuthors("Par Jean Dupont, envoyé spécial à Kiev")).toEqual(["Jean Dupont"]);
    expect(bylineAuthors("By Ann Lee, Tom Park and Raj Patel, Staff Writers")).toEqual(["Ann Lee", "Tom Park", "Raj Patel"]);
  });

  it("drops agency names and an agency in brackets", () => {
    expect(bylineAuthors("Par Sophie LAUNAY (AFP)")).toEqual(["Sophie LAUNAY"]);
    expect(bylineAuthors("By Reuters")).toEqual([]);
    expect(bylineAuthors("")).toEqual([]);
  });

  it("names no newspaper or service as an author, and keeps a particle inside a name", () => {
    expect(bylineAuthors("Par Jean Dupont et Le Soir")).toEqual(["Jean Dupont"]);
    expect(bylineAuthors("Par Le Parisien avec AFP")).toEqual([]);
    expect(bylineAuthors("By Jane Doe, Media Services")).toEqual(["Jane Doe"]);
    expect(bylineAuthors("By The Guardian Newsroom")).toEqual([]);
    expect(bylineAuthors("Par Marine Le Pen")).toEqual(["Marine Le Pen"]);
  });
});

describe("a byline line with its date", () => {
  it.each([
    ["Par Anne Le Bihan | Publié le 14 mai 2024 à 18h32, modifié le 15 mai 2024 à 08h10", true],
    ["By Jane Doe · Updated 3:45 PM EDT, Tue June 4, 2024", true],
    ["By Jane Doe - Published May 3, 2024", true],
    // The date alone after the names, with no "Publié"/"Updated" before it.
    ["Par Claire Moreau · Le 11 février 2025 à 07h45, modifié à 10h12", true],
    ["By Jane Doe | March 3, 2025 at 9:15 a.m.", true],
    ["Par Claire Moreau - mardi 11 février 2025", true],
    ["Von Max Muster | 11.02.2025, 07:45 Uhr", true],
    ["Par Claire Moreau - Le Télégramme", false],
    ["Par ailleurs - le 11 février 2025, la mairie a voté", false],
    ["Par Anne Le Bihan", false],
    ["Par ailleurs | Publié le fait que", false],
    ["Le maire a parlé | Publié le 3 mai", false],
  ])("%s -> %s", (line, expected) => {
    expect(isBylineWithDate(line)).toBe(expected);
  });

  it("is a byline segment of a web page, not a paragraph of its text, in whatever element the page puts it", () => {
    const page = `<html lang="fr"><head><title>Grève au port de Brest</title></head><body><article><h1>Grève au port de Brest</h1>
<div class="article__meta">Par <a href="/auteurs/anne">Anne Le Bihan</a> | Publié le 14 mai 2024 à 18h32, modifié le 15 mai 2024 à 08h10</div>
<p>Réunis mardi matin devant la capitainerie, quelque 150 dockers ont voté à main levée la reconduction de la grève, qui paralyse le port de commerce depuis le 23 avril.</p>
<p>« Nous ne reprendrons pas le travail tant que la direction ne reviendra pas avec une vraie proposition », a lancé Martine Kerhervé, secrétaire générale du syndicat.</p>
</article></body></html>`;
    const s = summarize({ id: "a", name: "brest.html", body: page });
    expect(s.segments.filter((g) => g.kind === "paragraph").map((g) => g.text)).not.toContainEqual(expect.stringContaining("Publié le"));
    expect(s.segments.filter((g) => g.kind === "byline").map((g) => g.text)).toEqual([expect.stringContaining("Par Anne Le Bihan")]);
    expect(s.authors).toEqual(["Anne Le Bihan"]);
  });

  it("is a byline segment when the page declares its author and the line gives only the date after the name", () => {
    // With an author meta tag, Readability keeps the byline element in the text, rewritten as a bare <p>.
    const page = `<html lang="fr"><head><title>Nantes : le tramway à l'arrêt</title><meta name="author" content="Claire Moreau"></head><body><article><h1>Nantes : le tramway à l'arrêt</h1>
<div class="byline">Par <a href="/auteur/claire-moreau">Claire Moreau</a> · Le 11 février 2025 à 07h45, modifié à 10h12</div>
<p>Des milliers d'usagers ont dû trouver une autre solution mardi matin : une panne électrique a immobilisé les rames des trois lignes peu avant 6 heures.</p>
<p>« Nous mettons tout en œuvre pour rétablir le trafic avant midi », a indiqué Pascal Bolo, président de la société de transport.</p>
</article></body></html>`;
    const s = summarize({ id: "n", name: "nantes.html", body: page });
    expect(s.segments.filter((g) => g.kind === "byline").map((g) => g.text)).toEqual(["Par Claire Moreau · Le 11 février 2025 à 07h45, modifié à 10h12"]);
    expect(s.segments.filter((g) => g.kind === "paragraph").map((g) => g.text)).not.toContainEqual(expect.stringContaining("Claire Moreau"));
  });
});


describe("a web page's byline outside the article text", () => {
  const paragraphs = [
    "Les agents de la gare de Rennes ont cessé le travail mardi matin pour protester contre la suppression de douze postes au guichet, selon les syndicats.",
    "La direction régionale assure que les voyageurs pourront toujours acheter leurs billets aux automates et en ligne, et qu'aucun train n'a été annulé.",
    "Une réunion entre les représentants du personnel et la direction est prévue jeudi après-midi à la préfecture.",
  ];
  const page = (extra: string, aside = "") =>
    `<html lang="fr"><head><title>Grève au guichet de la gare de Rennes</title></head><body><main><article><h1>Grève au guichet de la gare de Rennes</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</article>${extra}</main>${aside}</body></html>`;

  it("names the author of a signature block that Readability leaves out", () => {
    const s = summarize({ id: "a", name: "greve.html", body: page(`<div class="c-signature"><span class="c-signature__name">Julien Marsault</span> <span>- France Télévisions</span></div>`) });
    expect(s.authors).toEqual(["Julien Marsault"]);
  });

  it("keeps the names apart from the outlet when the page puts them in separate elements", () => {
    const s = summarize({ id: "a", name: "greve.html", body: page(`<div class="article-author"><span>Ouest France</span><span>Claire Moreau</span></div>`) });
    expect(s.authors).toEqual(["Claire Moreau"]);
  });

  it("names the author of a byline element beside a date element that stays in the text", () => {
    // Readability takes the author's span out as its byline, and keeps the date's, a byline line with no name.
    const meta = `<div class="meta"><span class="author">Par Claire Moreau et Paul Girard</span> <span class="date">Publié le 11 février 2025 à 07h45</span></div>`;
    const s = summarize({ id: "a", name: "greve.html", body: page("").replace("</h1>", `</h1>${meta}`) });
    expect(s.authors).toEqual(["Claire Moreau", "Paul Girard"]);
  });

  it("takes no author from a bio box, a related article or a page that names nobody", () => {
    const bio = `<div class="author-bio"><p>Paul Girard couvre les transports depuis 2010.</p></div>`;
    const related = `<aside class="related"><ul><li><a href="/x">Un autre article</a> <span class="author">Par Marie Blanc</span></li></ul></aside>`;
    expect(summarize({ id: "a", name: "greve.html", body: page(bio, related) }).authors ?? []).toEqual([]);
    expect(summarize({ id: "a", name: "greve.html", body: page(`<div class="signature">La rédaction</div>`) }).authors ?? []).toEqual([]);
  });
});
