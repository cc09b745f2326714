import { describe, expect, it } from "vitest";
import { parseArticle } from "./index";
import { cuedPublicationDate, shownDate } from "./shown-dates";

const NOW = Date.parse("2024-06-01T12:00:00Z");

describe("shown dates", () => {
  it("takes the date a publication cue introduces, not the update's", () => {
    expect(shownDate("Mis à jour le 3 novembre 2019, publié le 2 novembre 2019 à 08h25", "fr", NOW)?.date).toBe("2019-11-02");
    expect(shownDate("Veröffentlicht am 06.12.2022, aktualisiert am 07.12.2022", "de", NOW)?.date).toBe("2022-12-06");
    expect(shownDate("Last updated on 20 Feb, 2020", "en", NOW)).toBeNull();
    expect(shownDate("Posted on 6 May 2022 by Jane Doe", "en", NOW)?.date).toBe("2022-05-06");
  });

  it("ignores a date in the future", () => {
    expect(shownDate("Concert le 12 septembre 2031", "fr", NOW)).toBeNull();
  });

  it("finds the cued date among many shown ones (teasers show theirs first)", () => {
    const texts = ["03 juillet 2020", "03 juillet 2020", "02 juillet 2020", "Orange avec AFP, publié le samedi 02 novembre 2019 à 08h25"];
    expect(cuedPublicationDate(texts, "fr", NOW)?.date).toBe("2019-11-02");
    expect(cuedPublicationDate(texts.slice(0, 3), "fr", NOW)).toBeNull();
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
});
