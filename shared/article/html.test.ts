import { describe, expect, it } from "vitest";
import { parseArticle } from "./index";

const PARAGRAPHS = [
  "La Cour suprême a reporté mercredi l'examen du recours déposé par l'ancien ministre, faute de quorum parmi les juges présents à l'audience.",
  "Les avocats de la défense ont dénoncé une manœuvre dilatoire et demandé que la prochaine date soit fixée sans attendre la fin des vacances judiciaires.",
  "Le parquet, de son côté, estime que les écoutes versées au dossier démontrent l'existence d'un accord passé avant le vote de la commission.",
  "La décision est désormais attendue pour le mois de juin, au plus tôt, selon le greffe de la Cour qui n'a pas donné de calendrier précis.",
];

const paragraphsOf = (html: string) => parseArticle("page.html", html).segments.filter((s) => s.kind === "paragraph").map((s) => s.text);

describe("HTML body", () => {
  it("drops a furniture heading ('Lire aussi') inside the article, as it drops such a paragraph", () => {
    const html = `<html lang="fr"><head><title>Le recours reporté</title></head><body><article><h1>Le recours reporté</h1>
${PARAGRAPHS.slice(0, 2).map((p) => `<p>${p}</p>`).join("")}<h2>Lire aussi : la Cour et ses juges</h2>${PARAGRAPHS.slice(2).map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    const segments = parseArticle("page.html", html).segments;
    expect(segments.some((s) => s.text.includes("Lire aussi"))).toBe(false);
    expect(segments.filter((s) => s.kind === "paragraph").map((s) => s.text)).toEqual(PARAGRAPHS);
  });

  it("takes the JSON-LD articleBody when the page shows only a paywall stub", () => {
    const ld = JSON.stringify({ "@type": "NewsArticle", headline: "Le recours reporté", articleBody: PARAGRAPHS.join("  ") });
    const html = `<html lang="fr"><head><title>Le recours reporté</title><script type="application/ld+json">${ld}</script></head>
<body><article><h1>Le recours reporté</h1><p>Vous avez atteint la limite d'articles gratuits. Abonnez-vous pour continuer votre lecture sans limite.</p></article></body></html>`;
    const body = paragraphsOf(html);
    expect(body).toEqual(PARAGRAPHS);
  });

  it("takes the JSON-LD articleBody when it is half again as long as the part of the text the page shows", () => {
    const more = [
      "Le président de la Cour a indiqué que les juges absents avaient été appelés à d'autres audiences, sans préciser lesquelles ni pour combien de temps.",
      "L'ancien ministre, qui conteste toute irrégularité, n'a pas souhaité s'exprimer à la sortie du palais de justice, où l'attendaient une dizaine de journalistes.",
      "Ses soutiens, réunis devant les grilles depuis le début de la matinée, ont promis de revenir à chaque audience jusqu'à la décision finale de la Cour.",
    ];
    const ld = JSON.stringify({ "@type": "NewsArticle", articleBody: [...PARAGRAPHS, ...more].join("\n") });
    const html = `<html lang="fr"><head><title>Le recours reporté</title><script type="application/ld+json">${ld}</script></head>
<body><article><h1>Le recours reporté</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}<button>Lire la suite</button></article></body></html>`;
    expect(paragraphsOf(html)).toEqual([...PARAGRAPHS, ...more]);
  });

  it("keeps the page's body when the JSON-LD articleBody is no longer than it", () => {
    const ld = JSON.stringify({ "@type": "NewsArticle", articleBody: PARAGRAPHS[0] });
    const html = `<html lang="fr"><head><title>Le recours reporté</title><script type="application/ld+json">${ld}</script></head>
<body><article><h1>Le recours reporté</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    expect(paragraphsOf(html)).toEqual(PARAGRAPHS);
  });

  it("keeps a standfirst shown above the body even when the body opens with a short note", () => {
    const standfirst = "Un recours déposé par l'ancien ministre a été reporté faute de quorum. La défense dénonce une manœuvre, le parquet maintient ses accusations.";
    const html = `<html lang="fr"><head><title>Le recours reporté</title></head><body>
<header><nav><a href="/">Accueil</a></nav></header>
<div class="teaser"><h2>Le recours reporté</h2></div><div class="intro"><p class="lead">${standfirst}</p></div>
<div class="content"><p>Mis à jour le 3 mai</p>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</div>
<footer><p>© Exemple</p></footer></body></html>`;
    const body = paragraphsOf(html);
    expect(body).toContain(standfirst);
    expect(body.indexOf(standfirst)).toBeLessThan(body.indexOf(PARAGRAPHS[0]));
  });

  it("puts back a standfirst that is not a <p> (a div classed 'lead'), once, also from the article's <header>, and never a picture's credit, the site's blurb or a headline block", () => {
    const standfirst = "Faute de quorum, la Cour suprême a reporté l'examen du recours de l'ancien ministre. Sa défense dénonce une manœuvre dilatoire.";
    const credit = "Le palais de justice, mercredi matin, avant l'audience reportée faute de quorum parmi les juges. Photo : Exemple";
    // The body is the publisher's itemprop="articleBody"; the standfirst sits above it, after a picture's credit.
    const html = `<html lang="fr"><head><title>Le recours reporté</title></head><body>
<header><p class="site-description">Le journal de la vie judiciaire : audiences, décisions, portraits et analyses, chaque jour depuis 1998.</p></header>
<div class="photo-credit"><div class="summary">${credit}</div></div>
<header class="c-intro"><h1>Le recours reporté</h1><div class="c-intro__lead">${standfirst}</div></header>
<div itemprop="articleBody">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</div></body></html>`;
    const body = paragraphsOf(html);
    expect(body[0]).toBe(standfirst);
    expect(body.filter((p) => p.includes("Faute de quorum"))).toHaveLength(1);
    expect(body.join(" ")).not.toContain("Photo : Exemple");
    expect(body.join(" ")).not.toContain("depuis 1998");
    expect(body.slice(1)).toEqual(PARAGRAPHS);
  });

  it("reads a body class as the page's type, not as furniture ('pageLayout--related')", () => {
    const standfirst = "Faute de quorum, la Cour suprême a reporté l'examen du recours de l'ancien ministre. Sa défense dénonce une manœuvre dilatoire.";
    const html = `<html lang="fr"><head><title>Le recours reporté</title></head><body class="pageLayout--related single-format-image">
<header class="article-header"><h1>Le recours reporté</h1><div class="article-header__abstract">${standfirst}</div></header>
<div itemprop="articleBody">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</div></body></html>`;
    expect(paragraphsOf(html)).toEqual([standfirst, ...PARAGRAPHS]);
  });

  it("drops a cookie notice, and keeps a paragraph that only mentions cookies", () => {
    const notice = "Diese Webseite verwendet Cookies. Mit der Nutzung unserer Dienste erklären Sie sich damit einverstanden, dass wir Cookies verwenden.";
    const recipe = "Les cookies sortent du four au bout de douze minutes, encore mous au centre : ils durciront en refroidissant sur une grille.";
    const html = `<html lang="fr"><head><title>Le recours reporté</title></head><body><div class="consent"><p>${notice}</p></div>
<article><h1>Le recours reporté</h1>${[...PARAGRAPHS, recipe].map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    const body = paragraphsOf(html);
    expect(body).not.toContain(notice);
    expect(body).toContain(recipe);
  });

  it("drops the closing copyright notice and wire credit of a syndicated story, and keeps a last paragraph that only mentions copyright", () => {
    const notice = "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.";
    const credit = "(Reporting by Sarah Whitfield in Edinburgh; Editing by Alan Gray)";
    const page = (closing: string[]) =>
      `<html lang="fr"><head><title>Le recours reporté</title></head><body><article><h1>Le recours reporté</h1>${[...PARAGRAPHS, ...closing].map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    const body = paragraphsOf(page([notice, credit]));
    expect(body).toEqual(PARAGRAPHS);
    const mention = "Le tribunal examinera en juin la plainte pour violation du copyright déposée par l'éditeur contre la plateforme.";
    expect(paragraphsOf(page([mention]))).toEqual([...PARAGRAPHS, mention]);
  });

  it("on a page of several articles, takes the body of the one whose <h1> is the headline", () => {
    const other = Array.from({ length: 8 }, (_, i) => `<p>Autre article, paragraphe ${i} : le conseil municipal a longuement débattu du budget, des travaux et des subventions aux associations.</p>`).join("");
    const html = `<html lang="fr"><head><title>Le recours reporté</title><meta property="og:title" content="Le recours reporté"></head><body>
<article class="post"><header><h1>Le recours reporté</h1></header><div class="entry-text">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</div></article>
<article class="post"><header><h1>Le budget municipal en débat</h1></header><div class="entry-text">${other}</div></article></body></html>`;
    expect(paragraphsOf(html)).toEqual(PARAGRAPHS);
  });
});

describe("web pages: the lead photo's caption", () => {
  const page = (figure: string, inBody: boolean) => `<html lang="fr"><head><title>Recours reporté</title></head><body>
<header><nav><a href="/">Accueil</a> <a href="/politique">Politique</a></nav></header>
<article><h1>Le recours de l'ancien ministre reporté</h1>
${inBody ? "" : figure}
<div class="article-body">${inBody ? figure : ""}${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("\n")}</div></article>
<aside><figure><img src="/pub.jpg"><figcaption>Publicité : découvrez nos offres d'abonnement.</figcaption></figure></aside>
</body></html>`;
  const figure = `<figure><img src="https://img.example/cour.jpg" width="800" height="500"><figcaption>La Cour suprême, mercredi, pendant l'audience. (Photo Jean Martin)</figcaption></figure>`;
  const captions = (html: string) => parseArticle("page.html", html).segments.filter((s) => s.kind === "caption").map((s) => s.text);

  it("keeps the caption of a photo set between the headline and the text, which Readability drops with the header", () => {
    expect(captions(page(figure, false))).toEqual(["La Cour suprême, mercredi, pendant l'audience. (Photo Jean Martin)"]);
  });

  it("gives it once when the photo is inside the text, and never takes an aside's", () => {
    expect(captions(page(figure, true))).toEqual(["La Cour suprême, mercredi, pendant l'audience. (Photo Jean Martin)"]);
    expect(captions(page("", false))).toEqual([]);
  });
});

describe("web pages: a kicker above the headline", () => {
  it("is no paragraph of the text", () => {
    const html = `<html lang="fr"><head><title>Recours reporté</title></head><body><article><div class="head"><span class="kicker">Justice</span><h1>Le recours de l'ancien ministre reporté</h1></div>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("\n")}</article></body></html>`;
    expect(paragraphsOf(html)).toEqual(PARAGRAPHS);
  });
});
