import { describe, expect, it } from "vitest";
import { parseArticle } from "./index";

const BODY = [
  "Le conseil municipal a voté mardi soir le budget de la nouvelle médiathèque, après trois heures de débat et une suspension de séance.",
  "Les travaux doivent commencer au printemps, selon l'adjointe chargée de la culture, qui promet une ouverture avant la fin de l'année prochaine.",
  "L'opposition dénonce un coût trop élevé et réclame un audit indépendant des dépenses engagées depuis le début du projet.",
]
  .map((p) => `<p>${p}</p>`)
  .join("");

/** A page with the given <head> extras, <title>, optional <h1> and shown byline. */
function page(o: { head?: string; title: string; h1?: string; byline?: string; lang?: string }): string {
  return `<!doctype html><html lang="${o.lang ?? "fr"}"><head><meta charset="utf-8"><title>${o.title}</title>${o.head ?? ""}</head>
<body><article>${o.h1 ? `<h1>${o.h1}</h1>` : ""}${o.byline ?? ""}${BODY}</article></body></html>`;
}

const headline = (html: string) => parseArticle("page.html", html).headline;
const published = (html: string) => parseArticle("page.html", html).published?.date.slice(0, 10);

describe("HTML headline", () => {
  it("reads a meta title cut short by an unescaped quote from the <title>", () => {
    const html = page({ title: 'Le maire qualifie le projet de "indispensable"', head: '<meta property="og:title" content="Le maire qualifie le projet de "indispensable"">' });
    expect(headline(html)).toBe('Le maire qualifie le projet de "indispensable"');
  });

  it("does not take a <title> that is only the site's name", () => {
    const html = page({ title: "Mairie Exemple", h1: "Bienvenue à la médiathèque", head: '<meta property="og:url" content="https://www.mairie-exemple.fr/mediatheque">' });
    expect(headline(html)).toBe("Bienvenue à la médiathèque");
  });

  it("does not take a navigation <h1> (a link to another page, or inside <nav>) for the headline", () => {
    const head = '<meta property="og:url" content="https://www.ville-exemple.fr/actualites/mediatheque-budget"><meta property="og:title" content="Médiathèque : le budget voté après trois heures de débat">';
    const title = "Actualités - Médiathèque : le budget voté | Ville Exemple";
    expect(headline(page({ title, h1: '<a href="/actualites/">Retour aux actualités</a>', head }))).toBe("Médiathèque : le budget voté après trois heures de débat");
    expect(headline(`<html lang="fr"><head><title>${title}</title>${head}</head><body><nav><h1>Actualités de la ville</h1></nav><article>${BODY}</article></body></html>`)).toBe(
      "Médiathèque : le budget voté après trois heures de débat",
    );
    // A title linking to its own article (a blog's permalink) is still the title.
    expect(headline(page({ title, h1: '<a href="https://www.ville-exemple.fr/actualites/mediatheque-budget/">Le budget de la médiathèque voté</a>', head }))).toBe("Le budget de la médiathèque voté");
  });

  it("drops the site after a pipe even when the site name is long", () => {
    const html = page({ title: "Le budget de la médiathèque est voté | Ville de Saint-Exemple (VSE)" });
    expect(headline(html)).toBe("Le budget de la médiathèque est voté");
  });

  it("drops a label before the h1's text when the og:title is that text", () => {
    const html = page({ title: "x", h1: "Titre : Le budget de la médiathèque est voté", head: '<meta property="og:title" content="Le budget de la médiathèque est voté">' });
    expect(headline(html)).toBe("Le budget de la médiathèque est voté");
  });

  it("keeps an h1 kicker that the og:title also has", () => {
    const html = page({ title: "x", h1: "Culture : le budget de la médiathèque est voté", head: '<meta property="og:title" content="Culture : le budget de la médiathèque est voté">' });
    expect(headline(html)).toBe("Culture : le budget de la médiathèque est voté");
  });

  it("keeps a <title>'s ' : subtitle' after the h1, unless the subtitle is the site's name", () => {
    const h1 = "Le budget de la médiathèque est voté";
    const og = `<meta property="og:title" content="${h1}">`;
    expect(headline(page({ title: `${h1} : culture, loisirs, sorties`, h1, head: og }))).toBe(`${h1} : culture, loisirs, sorties`);
    const site = `${og}<meta property="og:site_name" content="jmv"><meta property="og:url" content="https://www.jmv.fr/culture/mediatheque">`;
    expect(headline(page({ title: `${h1} : Journal de la Médiathèque de Vernon`, h1, head: site }))).toBe(h1);
  });

  it("prefers the <title> to an og:title that only changes the case of its words", () => {
    const html = page({ title: "Vessel with 40 tons of grain returns to port", lang: "en", head: '<meta property="og:title" content="Vessel With 40 Tons Of Grain Returns To Port">' });
    expect(headline(html)).toBe("Vessel with 40 tons of grain returns to port");
  });
});

describe("HTML publication date", () => {
  it("dates a page saved by a browser from the address in its save comment, when nothing else dates it", () => {
    const saved = `<!-- saved from url=(0071)https://www.exemple.fr/culture/2021/03/17/budget-de-la-mediatheque.html -->\n${page({ title: "Budget de la médiathèque" })}`;
    expect(published(saved)).toBe("2021-03-17");
    const singleFile = `<!--\n Page saved with SingleFile \n url: https://www.exemple.fr/culture/2021/03/17/budget-de-la-mediatheque.html \n saved date: Mon Nov 01 2021 -->\n${page({ title: "Budget de la médiathèque" })}`;
    expect(published(singleFile)).toBe("2021-03-17");
    // A comment further down the page is not the save comment; a dated address in it proves nothing.
    expect(published(`${page({ title: "Budget de la médiathèque" })}${" ".repeat(5000)}<!-- saved from url=(0064)https://www.exemple.fr/2021/03/17/x.html -->`)).toBeUndefined();
  });

  it("takes a date standing alone in its own element when the page has no other, and not one of several", () => {
    expect(published(page({ title: "Le budget est voté", lang: "de", byline: '<div class="topline"><span>06.12.2022</span></div>' }))).toBe("2022-12-06");
    const teasers = '<ul><li><b>Autre sujet</b><span>01.12.2022</span></li><li><b>Encore un</b><span>28.11.2022</span></li></ul>';
    expect(published(page({ title: "Le budget est voté", lang: "de", byline: teasers }))).not.toBe("2022-12-01");
  });

  it("reads <time dateTime> as React writes it", () => {
    const html = page({ title: "Le budget est voté", byline: '<time dateTime="2022-05-04T07:59:48-04:00">07:59</time>' });
    expect(published(html)).toBe("2022-05-04");
  });

  // Metadata against the date the page shows: which one names the publisher's day.
  it.each([
    {
      rule: "prefers the one date the page shows to a bare metadata date a day away",
      head: '<meta property="article:published_time" content="2022-05-03">',
      shown: "04 de mayo 2022, 12:00 A. M.",
      lang: "es",
      day: "2022-05-04",
    },
    {
      rule: "reads a shown date in English on a page in another language",
      head: '<meta property="article:published_time" content="2022-05-06T02:00:00Z"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-05-05T21:00:00-05:00"}</script>',
      shown: "6 May 2022 - 2:00 a. m.",
      lang: "es",
      day: "2022-05-06",
    },
    {
      rule: "keeps a metadata time with its own offset over a shown date a day away",
      head: '<meta property="article:published_time" content="2022-11-07T08:00:00+01:00">',
      shown: "6.11.22",
      lang: "de",
      day: "2022-11-07",
    },
    {
      rule: "reads a shown date glued to a place name, and prefers it to a UTC time just past midnight",
      head: '<meta property="article:published_time" content="2022-05-04T00:44:52.000Z">',
      shown: "Brasília03/05/2022 21:44",
      lang: "pt",
      day: "2022-05-03",
    },
  ])("$rule", ({ head, shown, lang, day }) => {
    expect(published(page({ title: "Le budget est voté", head, byline: `<span class="date">${shown}</span>`, lang }))).toBe(day);
  });
});
