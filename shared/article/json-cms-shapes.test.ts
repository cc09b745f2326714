import { describe, expect, it } from "vitest";
import { summarizeFile } from "../summarize";
import type { ArticleSummary } from "../summary";
import { parseArticle, parseFile } from "./index";

/**
 * JSON exported from a newsroom CMS or fetched from a news API whose article is not one flat object. The records are
 * our own, written in the published shapes: Arc XP's ANS story (content_elements), IPTC ninjs 1.x and 2.x items,
 * and the Guardian Content API's single item and search response (show-fields, show-tags=contributor).
 */
const kinds = (a: { segments: { kind: string; text: string }[] }, kind: string) => a.segments.filter((s) => s.kind === kind).map((s) => s.text);

const ansStory = {
  _id: "3KQ7Y5ZJXRFWBNK2D4LJ6M7T2E",
  type: "story",
  version: "0.10.9",
  canonical_url: "/regions/bretagne/2025/05/12/a-rennes-la-ligne-b-du-metro-a-l-arret/",
  language: "fr",
  headlines: { basic: "À Rennes, la ligne b du métro à l'arrêt après une panne géante", web: "" },
  description: { basic: "Une panne informatique a paralysé la ligne b lundi." },
  credits: { by: [{ type: "author", name: "Soizic Le Floch" }] },
  display_date: "2025-05-12T09:41:00Z",
  first_publish_date: "2025-05-12T07:02:00Z",
  publish_date: "2025-05-12T09:41:00Z",
  taxonomy: { tags: [{ text: "transports" }] },
  content_elements: [
    { _id: "A1", type: "text", content: "La ligne b du métro de Rennes est restée à l'arrêt pendant près de quatre heures lundi matin, après une panne informatique, a indiqué l'opérateur Star." },
    { _id: "A2", type: "header", level: 2, content: "Des bus de substitution" },
    { _id: "A3", type: "text", content: "« Nous avons mis en place des bus de substitution dès 7 h 30 », a expliqué la directrice de Star, Anne Guéguen." },
    { _id: "A4", type: "image", url: "https://img.example.fr/bus.jpg", caption: "Des bus de substitution devant la gare, lundi.", credits: { by: [{ name: "Soizic Le Floch" }] } },
    { _id: "A5", type: "interstitial_link", content: "Lire aussi : la ligne b inaugurée en 2022", url: "/regions/bretagne/ligne-b" },
    { _id: "A6", type: "list", list_type: "unordered", items: [{ type: "text", content: "Ligne a : trafic normal" }, { type: "text", content: "Ligne b : reprise à 11 heures" }] },
    { _id: "A7", type: "quote", content_elements: [{ type: "text", content: "Nous attendons un rapport complet de l'exploitant." }], citation: { type: "text", content: "La métropole" } },
    { _id: "A8", type: "raw_html", content: '<div class="newsletter">Inscrivez-vous à notre newsletter</div>' },
    { _id: "A9", type: "text", content: "La métropole a demandé <b>un rapport</b> à l'exploitant d'ici la fin de la semaine." },
  ],
};

const guardianItem = {
  id: "uk-news/2025/apr/08/ferry-crews-walk-out",
  type: "article",
  sectionName: "UK news",
  webPublicationDate: "2025-04-08T08:15:00Z",
  webTitle: "Ferry crews walk out over new rosters",
  webUrl: "https://www.theguardian.example/uk-news/2025/apr/08/ferry-crews-walk-out",
  fields: {
    headline: "Ferry crews walk out over new rosters",
    trailText: "Union says staff have been pushed too far",
    byline: "Helen Pidd North of England editor",
    body: "<p>Ferry crews on the Portsmouth crossing walked out on Tuesday, the RMT union said.</p><p>“We have been pushed too far,” said Mick Hollis, the union’s regional organiser.</p>",
  },
  tags: [
    { id: "profile/helenpidd", type: "contributor", webTitle: "Helen Pidd" },
    { id: "uk/transport", type: "keyword", webTitle: "Transport" },
  ],
};

describe("Arc XP ANS stories", () => {
  const article = parseArticle("story.json", JSON.stringify(ansStory));

  it("reads the headline, the first publication date, the language and the credited authors", () => {
    expect(article.headline).toBe("À Rennes, la ligne b du métro à l'arrêt après une panne géante");
    expect(article.published).toMatchObject({ date: "2025-05-12T07:02:00Z", source: "metadata" });
    expect(article.language).toBe("fr");
    expect(article.authors).toEqual(["Soizic Le Floch"]);
  });

  it("lays the content elements out as the story: text, headers, lists, quotes and image captions, no embeds", () => {
    expect(kinds(article, "heading")).toEqual(["Des bus de substitution"]);
    expect(kinds(article, "caption")).toEqual(["Des bus de substitution devant la gare, lundi."]);
    expect(article.text).toContain("Ligne b : reprise à 11 heures");
    expect(article.text).toContain("Nous attendons un rapport complet de l'exploitant.");
    expect(article.text).toContain("La métropole a demandé un rapport à l'exploitant");
    expect(article.text).not.toMatch(/newsletter|Lire aussi|img\.example|<b>/);
    for (const s of article.segments) expect(article.text.slice(s.start, s.end)).toBe(s.text);
  });

  it("gives the quotes their speaker", () => {
    const summary = summarizeFile({ id: "story.json", name: "story.json", body: JSON.stringify(ansStory) }).stories[0].summary as ArticleSummary;
    expect(summary.quotes.find((q) => q.text.startsWith("Nous avons mis en place"))?.speaker).toBe("Anne Guéguen");
  });

  it("reads an ANS results list (what Arc's content API returns for a search) as a feed, one story each", () => {
    const second = { ...ansStory, _id: "second", headlines: { basic: "Saint-Malo : la digue du Sillon rouverte" }, content_elements: [{ type: "text", content: "La digue du Sillon a rouvert aux promeneurs samedi, après deux mois de travaux." }] };
    const f = parseFile("stories.json", JSON.stringify({ type: "results", version: "0.10.9", count: 2, content_elements: [ansStory, second] }));
    expect(f.multi).toBe(true);
    expect(f.stories.map((s) => s.story.guid)).toEqual(["3KQ7Y5ZJXRFWBNK2D4LJ6M7T2E", "second"]);
    expect(f.stories.map((s) => s.article?.headline)).toEqual(["À Rennes, la ligne b du métro à l'arrêt après une panne géante", "Saint-Malo : la digue du Sillon rouverte"]);
  });
});

describe("the Guardian Content API", () => {
  it("reads a single item: its fields, its date, and its contributors as the authors, not the byline's run of name and role", () => {
    const article = parseArticle("item.json", JSON.stringify({ response: { status: "ok", userTier: "developer", total: 1, content: guardianItem } }));
    expect(article.headline).toBe("Ferry crews walk out over new rosters");
    expect(article.published).toMatchObject({ date: "2025-04-08T08:15:00Z", source: "metadata" });
    expect(article.authors).toEqual(["Helen Pidd"]);
    expect(kinds(article, "paragraph")).toEqual(["Ferry crews on the Portsmouth crossing walked out on Tuesday, the RMT union said.", "“We have been pushed too far,” said Mick Hollis, the union’s regional organiser."]);
  });

  it("reads a search response as a feed, with each item's id as its guid", () => {
    const other = { ...guardianItem, id: "uk-news/2025/apr/09/dover-reopens", webTitle: "Dover reopens", fields: { headline: "Dover reopens after two-day closure", body: "<p>The port of Dover reopened on Wednesday after a two-day closure, officials said.</p>" }, tags: [] };
    // A wrapper's own description of the response does not make it an article.
    const f = parseFile("search.json", JSON.stringify({ response: { status: "ok", description: "Latest UK news", total: 2, pageSize: 10, currentPage: 1, results: [guardianItem, other] } }));
    expect(f.stories.map((s) => [s.story.guid, s.article?.headline])).toEqual([
      ["uk-news/2025/apr/08/ferry-crews-walk-out", "Ferry crews walk out over new rosters"],
      ["uk-news/2025/apr/09/dover-reopens", "Dover reopens after two-day closure"],
    ]);
    expect(f.stories[0].story.link).toBe("https://www.theguardian.example/uk-news/2025/apr/08/ferry-crews-walk-out");
  });
});

describe("IPTC ninjs (News in JSON)", () => {
  it("1.x: headline, body_html, byline, and firstcreated as the publication time", () => {
    const item = {
      uri: "urn:newsml:agence.example.fr:20250312:tgv-greve",
      type: "text",
      versioncreated: "2025-03-12T09:30:00+01:00",
      firstcreated: "2025-03-12T08:05:00+01:00",
      language: "fr",
      headline: "Grève SNCF : un TGV sur deux jeudi",
      byline: "Camille Roux",
      body_html: "<p>PARIS, 12 mars 2025 (AFP) - La SNCF prévoit un TGV sur deux jeudi, a annoncé la direction mercredi.</p><p>\"Nous ferons tout pour informer les voyageurs\", a déclaré le directeur de SNCF Voyageurs, Christophe Fanichet.</p>",
      subject: [{ code: "medtop:20000349", name: "grève" }],
    };
    const article = parseArticle("ninjs.json", JSON.stringify(item));
    expect(article.headline).toBe("Grève SNCF : un TGV sur deux jeudi");
    expect(article.published).toMatchObject({ date: "2025-03-12T08:05:00+01:00", precision: "time", source: "metadata" });
    expect(article.authors).toEqual(["Camille Roux"]);
    expect(article.text).not.toMatch(/medtop|urn:newsml/);
  });

  it("2.x: the main headline of headlines, the main HTML body of bodies, and the bylines", () => {
    const item = {
      uri: "urn:newsml:agency.example.com:20250312:ferry",
      type: "text",
      firstcreated: "2025-03-12T10:12:00Z",
      language: "en-GB",
      headlines: [
        { role: "sub", value: "Crossings cancelled until Friday" },
        { role: "main", value: "Ferry crews strike over new rosters" },
      ],
      bylines: [{ byline: "By Sarah Penrose" }],
      bodies: [
        { role: "main", contenttype: "text/plain", value: "Ferry crews walked out on Wednesday.\n\nA plain rendition." },
        { role: "main", contenttype: "text/html", value: "<p>Ferry crews on the Portsmouth crossing walked out on Wednesday, the RMT union said.</p><p>“We have been pushed too far,” said Mick Hollis, the union’s regional organiser.</p>" },
      ],
    };
    const summary = summarizeFile({ id: "ninjs2.json", name: "ninjs2.json", body: JSON.stringify(item) }, { withText: true }).stories[0].summary as ArticleSummary;
    expect(summary.headline).toBe("Ferry crews strike over new rosters");
    expect(summary.language).toBe("en");
    expect(summary.authors).toEqual(["Sarah Penrose"]);
    expect(summary.published).toMatchObject({ date: "2025-03-12T10:12:00Z", precision: "time" });
    // One rendition, not both.
    expect(summary.text).not.toContain("A plain rendition");
    expect(summary.quotes[0]).toMatchObject({ text: "We have been pushed too far,", speaker: "Mick Hollis" });
  });
});

describe("the WordPress REST API (wp/v2/posts, with _embed)", () => {
  const post = {
    id: 48213,
    date: "2025-03-12T09:30:00",
    date_gmt: "2025-03-12T08:30:00",
    modified_gmt: "2025-03-12T10:02:00",
    slug: "rennes-metro",
    link: "https://www.lemag-local.example/2025/03/12/rennes-metro/",
    title: { rendered: "Rennes&nbsp;: la ligne b du m&eacute;tro ferm&eacute;e ce week-end" },
    content: {
      rendered:
        "<p>La ligne b du métro rennais sera fermée samedi et dimanche pour des travaux de maintenance, a annoncé mardi l&rsquo;exploitant.</p>\n<p>&laquo;&nbsp;Ces opérations ne peuvent pas être menées en service&nbsp;&raquo;, explique Mathieu Le Gall, directeur de l&rsquo;exploitation.</p>\n",
      protected: false,
    },
    excerpt: { rendered: "<p>La ligne b du métro rennais sera fermée samedi et dimanche.</p>\n" },
    author: 3,
    _embedded: { author: [{ id: 3, name: "Sophie Tanguy", link: "https://www.lemag-local.example/author/stanguy/" }] },
  };

  it("reads the rendered title without its HTML entities, the GMT date as UTC, and the embedded author's name", () => {
    const summary = summarizeFile({ id: "wp.json", name: "wp.json", body: JSON.stringify(post) }, { withText: true }).stories[0].summary as ArticleSummary;
    expect(summary.headline).toBe("Rennes : la ligne b du métro fermée ce week-end");
    expect(summary.published).toMatchObject({ date: "2025-03-12T08:30:00Z", precision: "time" });
    expect(summary.authors).toEqual(["Sophie Tanguy"]);
    expect(summary.quotes[0]).toMatchObject({ speaker: "Mathieu Le Gall" });
  });

  it("reads a list of posts as a feed, one article each", () => {
    const second = { ...post, id: 48214, link: "https://www.lemag-local.example/2025/03/13/autre/", title: { rendered: "Rennes&nbsp;: le métro rouvre lundi" } };
    const file = summarizeFile({ id: "wp-list.json", name: "wp-list.json", body: JSON.stringify([post, second]) });
    expect(file.stories.map((s) => s.summary?.headline)).toEqual(["Rennes : la ligne b du métro fermée ce week-end", "Rennes : le métro rouvre lundi"]);
    expect(file.stories.map((s) => s.summary?.authors)).toEqual([["Sophie Tanguy"], ["Sophie Tanguy"]]);
  });
});
