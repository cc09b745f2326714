import { describe, expect, it } from "vitest";
import { parseArticle } from "./index";
import { anyShownDate, cuedPublicationDate, shownDate, yearBefore, yearFromPage } from "./shown-dates";

const NOW = Date.parse("2024-06-01T12:00:00Z");

describe("shown dates", () => {
  it("takes the date a publication cue introduces, not the update's", () => {
    expect(shownDate("Mis à jour le 3 novembre 2019, publié le 2 novembre 2019 à 08h25", "fr", NOW)?.date).toBe("2019-11-02");
    expect(shownDate("Veröffentlicht am 06.12.2022, aktualisiert am 07.12.2022", "de", NOW)?.date).toBe("2022-12-06");
    expect(shownDate("Last updated on 20 Feb, 2020", "en", NOW)).toBeNull();
    expect(shownDate("Posted on 6 May 2022 by Jane Doe", "en", NOW)?.date).toBe("2022-05-06");
  });

  it("reads a day, a month name and a year set apart by slashes", () => {
    expect(shownDate("29 / Dezember / 2022", "de", NOW)?.date).toBe("2022-12-29");
    expect(shownDate("Posted 6/May/2022", "en", NOW)?.date).toBe("2022-05-06");
  });

  it("keeps an updated date as a last resort only", () => {
    expect(anyShownDate("Last updated on 20 Feb, 2020. 3 min read", "en", NOW)?.date).toBe("2020-02-20");
    expect(anyShownDate("Concert le 12 septembre 2031", "fr", NOW)).toBeNull();
  });

  it("ignores a date in the future, or before the web carried news", () => {
    expect(shownDate("Concert le 12 septembre 2031", "fr", NOW)).toBeNull();
    expect(shownDate("Fondé le 12 septembre 1961", "fr", NOW)).toBeNull();
  });

  it("finds the cued date among many shown ones (teasers show theirs first)", () => {
    const texts = ["03 juillet 2020", "03 juillet 2020", "02 juillet 2020", "Orange avec AFP, publié le samedi 02 novembre 2019 à 08h25"];
    expect(cuedPublicationDate(texts, "fr", NOW)?.date).toBe("2019-11-02");
    expect(cuedPublicationDate(texts.slice(0, 3), "fr", NOW)).toBeNull();
  });
});

describe("a day cued without its year", () => {
  it("takes the year of a complete date of the page's source naming the same day, not after the reference", () => {
    const source = `<script>var page = { created: "2019-03-24 10:20", other: "2020-03-24", id: 20180324 };</script>`;
    expect(yearFromPage(source, "2020-01-10")(3, 24)).toBe(2019);
    expect(yearFromPage(source, "2020-07-02")(3, 24)).toBe(2020);
    expect(yearFromPage("", "2020-07-02")(3, 24)).toBe(2020);
    expect(yearFromPage("", null)(3, 24)).toBeNull();
  });

  it("otherwise puts the day on or before the reference day", () => {
    expect(yearBefore(3, 24, "2020-07-02")).toBe(2020);
    expect(yearBefore(12, 13, "2020-07-02")).toBe(2019);
    expect(yearBefore(7, 2, "2020-07-02")).toBe(2020);
  });

  it("is the publication date only after a publication cue", () => {
    const yearOf = yearFromPage("", "2020-07-02");
    expect(cuedPublicationDate(["02 juillet 2020", "publié le 24 mars"], "fr", NOW, yearOf)?.date).toBe("2020-03-24");
    expect(cuedPublicationDate(["Veröffentlicht am 3. März"], "de", NOW, yearOf)?.date).toBe("2020-03-03");
    expect(cuedPublicationDate(["mis à jour le 24 mars"], "fr", NOW, yearOf)).toBeNull();
    expect(cuedPublicationDate(["publié le 24 mars"], "fr", NOW)).toBeNull();
  });
});

describe("an HTML page without date metadata", () => {
  const teaser = (d: string) => `<div class="tile"><a href="/x">Un autre article de la rubrique</a><div class="date">${d}</div></div>`;
  const body = [
    "Le conseil municipal a voté mardi soir le budget de la nouvelle médiathèque, après trois heures de débat et une suspension de séance.",
    "Les travaux doivent commencer au printemps, selon l'adjointe chargée de la culture, qui promet une ouverture avant la fin de l'année.",
  ]
    .map((p) => `<p>${p}</p>`)
    .join("");
  it("dates the article by its cued byline date, not by the teasers above it (all of one day: the crawl's)", () => {
    const html = `<!doctype html><html lang="fr"><head><title>Médiathèque : le budget voté</title></head><body>
      <div class="carousel">${teaser("03 juillet 2020").repeat(5)}</div>
      <article><h1>Médiathèque : le budget voté</h1><p class="date">Rédaction, publié le samedi 2 novembre 2019 à 08h25</p>${body}</article></body></html>`;
    expect(parseArticle("page.html", html).published?.date.slice(0, 10)).toBe("2019-11-02");
  });

  it("completes a byline day shown without its year from the page's script data, else its copyright year", () => {
    const page = (extra: string, footer: string) => `<!doctype html><html lang="fr"><head><title>Médiathèque : le budget voté</title></head><body>
      <div class="carousel">${teaser("03 juillet 2020").repeat(3)}</div>
      <article><h1>Médiathèque : le budget voté</h1><p class="date">publié le <strong>13 décembre</strong></p>${body}</article>
      <footer>${footer}</footer>${extra}</body></html>`;
    expect(parseArticle("page.html", page(`<script>window.stats = { publication_date: '2018-12-13 10:20:58' };</script>`, "")).published?.date.slice(0, 10)).toBe("2018-12-13");
    // No data: the latest 13 December not after the latest day the page shows.
    expect(parseArticle("page.html", page("", "")).published?.date.slice(0, 10)).toBe("2019-12-13");
    const noTeasers = page("", "© 2016-2017 La Gazette").replace(/<div class="carousel">.*?<\/div><\/div>\s*<\/div>/s, "");
    expect(noTeasers).not.toContain("juillet");
    expect(parseArticle("page.html", noTeasers).published?.date.slice(0, 10)).toBe("2017-12-13");
  });
});

describe("dates shown in an article page, not in its asides", () => {
  const paragraphs = [
    "O conselho municipal aprovou na terça-feira o orçamento da nova biblioteca, depois de três horas de debate e uma suspensão da sessão.",
    "As obras devem começar na primavera, segundo a vereadora responsável pela cultura, que promete a abertura antes do fim do próximo ano.",
  ]
    .map((p) => `<p>${p}</p>`)
    .join("");
  it("ignores the dates of a sidebar's teasers and reads a Portuguese class name", () => {
    const sidebar = `<aside class="sidebar">${'<div><a href="/y">Outra notícia</a><span class="date">10/05/2022</span></div>'.repeat(3)}</aside>`;
    const html = `<!doctype html><html lang="pt"><head><title>Biblioteca: orçamento aprovado</title></head><body>${sidebar}
      <article><h1>Biblioteca: orçamento aprovado</h1><div class="AutorDataPublicacao">Por Ana Souza | 03/05/2022 20:36</div>${paragraphs}</article></body></html>`;
    expect(parseArticle("page.html", html).published?.date.slice(0, 10)).toBe("2022-05-03");
  });

  it("reads the byline of a container whose class says it has a sidebar, not only the sidebar's", () => {
    const html = `<!doctype html><html lang="pt"><head><title>Biblioteca: orçamento aprovado</title></head><body>
      <div class="content-has-sidebar"><article><h1>Biblioteca: orçamento aprovado</h1><div class="entry-date">3 de maio de 2022</div>${paragraphs}</article>
      <aside class="sidebar"><div class="entry-date">10 de maio de 2022</div></aside></div></body></html>`;
    expect(parseArticle("page.html", html).published?.date.slice(0, 10)).toBe("2022-05-03");
  });

  it("takes the date of the line under the headline over the lone dates of teasers below", () => {
    const teasers = ["14.02.2022", "30.01.2022", "30.01.2022"].map((d) => `<div class="card"><a href="/z">Outra notícia</a><div>${d}</div></div>`).join("");
    const page = (info: string) => `<!doctype html><html lang="de"><head><title>Bibliothek: Haushalt beschlossen</title></head><body>
      <div class="main"><h1>Bibliothek: Haushalt beschlossen</h1><div class="infos">${info}</div>${paragraphs}</div><div class="more">${teasers}</div></body></html>`;
    expect(parseArticle("page.html", page("18.02.2022, 10:27 | Recht &amp; Gesetz <span>Redaktion</span>")).published?.date.slice(0, 10)).toBe("2022-02-18");
    expect(parseArticle("page.html", page("Recht &amp; Gesetz")).published?.date.slice(0, 10)).not.toBe("2022-02-18");
  });

  it("dates a page that shows only an update date by it", () => {
    const html = `<!doctype html><html lang="en"><head><title>Library budget passed</title></head><body>
      <article><h1>Library budget passed</h1><div class="byline">Last updated on 20 Feb, 2020. 3 min read</div>${paragraphs}</article></body></html>`;
    expect(parseArticle("page.html", html).published?.date.slice(0, 10)).toBe("2020-02-20");
  });

  it("reads a lone date in the article's header with the label beside it, among teasers' lone dates", () => {
    const teasers = ["08.12.2022", "06.12.2022", "24.11.2022"].map((d) => `<div class="card"><a href="/z">Outra notícia</a><div>${d}</div></div>`).join("");
    const html = `<!doctype html><html lang="de"><head><title>Bibliothek: Haushalt beschlossen</title></head><body>
      <article><header><h1>Bibliothek: Haushalt beschlossen</h1><div class="infos"><div>Erschienen am</div><div>15.12.2022</div></div></header>${paragraphs}</article>
      <div class="more">${teasers}</div></body></html>`;
    expect(parseArticle("page.html", html).published?.date.slice(0, 10)).toBe("2022-12-15");
  });

  it("takes a comment's time element only when the page shows no date of its own", () => {
    const comment = `<section class="comments"><div class="comment"><time datetime="2022-05-11T09:35:07+01:00">11/05/2022</time><p>Obrigada pelo artigo!</p></div></section>`;
    const page = (byline: string) => `<!doctype html><html lang="pt"><head><title>Biblioteca: orçamento aprovado</title></head><body>
      <article><h1>Biblioteca: orçamento aprovado</h1>${byline}${paragraphs}</article>${comment}</body></html>`;
    expect(parseArticle("page.html", page(`<p class="post-date">3 de maio de 2022</p>`)).published?.date.slice(0, 10)).toBe("2022-05-03");
    expect(parseArticle("page.html", page("")).published?.date.slice(0, 10)).toBe("2022-05-11");
  });
});
