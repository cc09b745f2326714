import { describe, expect, it } from "vitest";
import { errorCode, fixture } from "./fixtures";
import { detectFormat } from "./format";
import { cleanHeadline, stripSiteName } from "./headline";
import { parseArticle, parseFile } from "./index";

const code = errorCode;

describe("format detection", () => {
  it("goes by extension, confirmed by content", () => {
    expect(detectFormat("a.txt", "Bonjour\n\nTexte.")).toBe("text");
    expect(detectFormat("a.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>")).toBe("html");
    expect(detectFormat("a.htm", "<p>Un</p><p>Deux</p>")).toBe("html");
    expect(detectFormat("a.md", "# Titre\n\nTexte")).toBe("markdown");
    expect(detectFormat("a.json", '{"title":"x"}')).toBe("json");
    expect(detectFormat("article", '{"title":"x","body":"y"}')).toBe("json");
  });
});

describe("HTML pages", () => {
  const a = parseArticle("fr-page-festival.html", fixture("fr-page-festival.html"));

  it("takes the headline from metadata without the site name", () => {
    expect(a.headline).toBe("À Quimper, le festival de Cornouaille fête ses cent ans");
    expect(a.format).toBe("html");
  });

  it("takes the publication date from metadata", () => {
    expect(a.published?.date.slice(0, 10)).toBe("2023-07-21");
    expect(a.published?.source).toBe("metadata");
  });

  it("extracts the body without navigation or related links, with offsets into the extracted text", () => {
    const body = a.segments.filter((s) => s.kind === "paragraph").map((s) => s.text);
    expect(body[0].startsWith("Le festival de Cornouaille a célébré vendredi")).toBe(true);
    expect(body.join(" ")).not.toContain("Vieilles Charrues");
    expect(body.join(" ")).not.toContain("Accueil");
    for (const s of a.segments) expect(a.text.slice(s.start, s.end)).toBe(s.text);
    expect(a.segments.some((s) => s.kind === "heading" && s.text.startsWith("Un budget"))).toBe(true);
    expect(a.segments.some((s) => s.kind === "caption")).toBe(true);
    expect(a.language).toBe("fr");
  });

  it("drops a separator left dangling at either end of a title", () => {
    expect(cleanHeadline("National Rail Enquiries -")).toBe("National Rail Enquiries");
    expect(cleanHeadline("| Le titre")).toBe("Le titre");
    expect(cleanHeadline("Grève des cheminots – la CGT appelle à manifester")).toBe("Grève des cheminots – la CGT appelle à manifester");
    expect(cleanHeadline("Cinq-Mars")).toBe("Cinq-Mars");
  });

  it("drops a final full stop, but not one that ends an abbreviation", () => {
    expect(cleanHeadline("Talks resume at 7 p.m.")).toBe("Talks resume at 7 p.m.");
    expect(cleanHeadline("Shipyard jobs move to the U.S.")).toBe("Shipyard jobs move to the U.S.");
    expect(cleanHeadline("Harbour contract goes to Fenwick Marine Ltd.")).toBe("Harbour contract goes to Fenwick Marine Ltd.");
    expect(cleanHeadline("Une fouille révèle un temple du IIe siècle av. J.-C.")).toBe("Une fouille révèle un temple du IIe siècle av. J.-C.");
    expect(cleanHeadline("The port reopens on Monday.")).toBe("The port reopens on Monday");
    expect(cleanHeadline("Le port rouvre lundi.»")).toBe("Le port rouvre lundi»");
    expect(cleanHeadline("Plan B.")).toBe("Plan B");
  });

  it("strips site names from titles", () => {
    expect(stripSiteName("Le titre de l'article | Le Monde", ["Le Monde"])).toBe("Le titre de l'article");
    expect(stripSiteName("Le Monde - Le titre de l'article", ["lemonde"])).toBe("Le titre de l'article");
    expect(stripSiteName("Storm hits the coast - BBC News", [])).toBe("Storm hits the coast");
    expect(stripSiteName("Démission : la promesse de Nicolas Hulot", [])).toBe("Démission : la promesse de Nicolas Hulot");
  });
});

describe("JSON items", () => {
  it("reads the common field names", () => {
    const a = parseArticle("en-feed-item-solar.json", fixture("en-feed-item-solar.json"));
    expect(a.format).toBe("json");
    expect(a.headline).toBe("Lisbon opens Europe's largest urban solar canopy");
    expect(a.published).toMatchObject({ date: "2025-06-11T09:15:00Z", source: "metadata" });
    expect(a.segments.map((s) => s.kind)).toEqual(["headline", "byline", "dateline", "paragraph", "paragraph", "paragraph"]);
    for (const s of a.segments) expect(a.text.slice(s.start, s.end)).toBe(s.text);
    expect(a.language).toBe("en");
  });

  it("reads a JSON Feed story by story, each with its own id, date, authors and HTML or plain body", () => {
    const feed = {
      version: "https://jsonfeed.org/version/1.1",
      language: "fr",
      items: [
        { id: "https://journal.example/a", title: "Un titre", date_published: "2024-01-02T08:00:00+01:00", authors: [{ name: "Léa Martin" }], content_html: "<p>Premier paragraphe de l'article.</p><p>Second paragraphe.</p>" },
        { id: "https://journal.example/b", title: "Deuxième article", date_published: "2024-01-03", content_text: "Le conseil municipal a voté mardi.\n\nLa séance a duré trois heures." },
      ],
    };
    const f = parseFile("feed.json", JSON.stringify(feed));
    expect(f.format).toBe("json");
    expect(f.multi).toBe(true);
    expect(f.stories.map((s) => s.story.guid)).toEqual(["https://journal.example/a", "https://journal.example/b"]);
    const [a, b] = f.stories.map((s) => s.article!);
    expect(a.headline).toBe("Un titre");
    expect(a.authors).toEqual(["Léa Martin"]);
    expect(a.published).toMatchObject({ date: "2024-01-02T08:00:00+01:00", source: "metadata" });
    expect(a.segments.filter((s) => s.kind === "paragraph").map((s) => s.text)).toEqual(["Premier paragraphe de l'article.", "Second paragraphe."]);
    // An author is a field, never text a speaker could be read from.
    expect(a.text).not.toContain("Léa Martin");
    expect(b.headline).toBe("Deuxième article");
    expect(b.published?.date).toBe("2024-01-03");
    expect(b.segments.filter((s) => s.kind === "paragraph").map((s) => s.text)).toEqual(["Le conseil municipal a voté mardi.", "La séance a duré trois heures."]);
    for (const article of [a, b]) for (const s of article.segments) expect(article.text.slice(s.start, s.end)).toBe(s.text);
  });

  it("reads a news-API response and a top-level array as feeds; an item with no body fails alone", () => {
    const response = {
      status: "ok",
      totalResults: 3,
      articles: [
        { source: { id: null, name: "Harbour Post" }, author: "By Jane Doe and John Roe", title: "Port strike ends after two weeks", url: "https://harbour.example/strike", publishedAt: "2026-02-01T10:00:00Z", content: "Dock workers voted on Sunday to end a two-week strike at the port." },
        { source: { id: null, name: "Harbour Post" }, title: "Photo gallery: the storm", url: "https://harbour.example/gallery", publishedAt: "2026-02-01T11:00:00Z" },
        { title: "Ferry fares frozen", url: "https://harbour.example/fares", publishedAt: "2026-02-02T09:00:00Z", description: "The ferry operator froze fares for the year, its chief executive said on Monday." },
      ],
    };
    const f = parseFile("news.json", JSON.stringify(response));
    expect(f.multi).toBe(true);
    expect(f.stories.map((s) => s.story.guid)).toEqual(["https://harbour.example/strike", "https://harbour.example/gallery", "https://harbour.example/fares"]);
    expect(f.stories[0].article?.authors).toEqual(["Jane Doe", "John Roe"]);
    expect(f.stories[1].error?.code).toBe("NO_TEXT");
    expect(f.stories[2].article?.headline).toBe("Ferry fares frozen");

    const array = parseFile("list.json", JSON.stringify([{ id: 7, title: "One", text: "First story text here." }, { id: 8, title: "Two", text: "Second story text here." }]));
    expect(array.stories.map((s) => [s.story.guid, s.article?.headline])).toEqual([["7", "One"], ["8", "Two"]]);
  });

  it("reads a news API's conventions: the source's name after the title, the shortened body's marker, authors that name no one", () => {
    const response = {
      status: "ok",
      articles: [
        {
          source: { id: "reuters", name: "Reuters" },
          author: "Reuters",
          title: "Workers at Chile's largest copper mine vote to strike - Reuters",
          url: "https://news.example/escondida",
          publishedAt: "2026-05-02T09:31:10Z",
          content: "Workers at the mine voted to strike after rejecting the latest wage offer from the operator, their union said on Saturday.\r\nThe union… [+1843 chars]",
        },
        {
          source: { id: null, name: "Harbour Post" },
          author: "https://www.facebook.com/harbourpost",
          title: "Storm leaves thousands without power",
          url: "https://news.example/storm",
          publishedAt: "2026-01-25T08:00:00Z",
          content: "Thousands of homes remain without power after the storm brought record winds to the coast. [+2101 chars]",
        },
      ],
    };
    const [strike, storm] = parseFile("news.json", JSON.stringify(response)).stories.map((s) => s.article!);
    expect(strike.headline).toBe("Workers at Chile's largest copper mine vote to strike");
    expect(strike.text).not.toMatch(/\[\+\d+ chars\]/);
    expect(strike.text).toContain("The union…");
    expect(strike.authors).toBeUndefined();
    expect(storm.headline).toBe("Storm leaves thousands without power");
    expect(storm.authors).toBeUndefined();
    expect(storm.text).not.toMatch(/chars\]|facebook/);
    // One article object follows the same conventions.
    const one = parseArticle("one.json", JSON.stringify(response.articles[0]));
    expect(one.headline).toBe("Workers at Chile's largest copper mine vote to strike");
    expect(one.text).not.toMatch(/\[\+\d+ chars\]|^Reuters$/m);
  });

  it("keeps one article object, even inside a wrapper, a single article", () => {
    const f = parseFile("one.json", JSON.stringify({ data: { article: { headline: "Only one", body: "The one and only story of this file." } } }));
    expect(f.multi).toBe(false);
    expect(f.stories[0].article?.headline).toBe("Only one");
  });

  it("rejects malformed JSON and unknown shapes with their codes", () => {
    expect(code(() => parseArticle("a.json", '{"title": "x", '))).toBe("BAD_JSON");
    expect(code(() => parseArticle("a.json", '{"foo": 1, "bar": [1, 2]}'))).toBe("UNKNOWN_JSON_SHAPE");
  });
});

describe("Markdown", () => {
  const a = parseArticle("en-blog-post-library.md", fixture("en-blog-post-library.md"));
  it("reads front matter, headings, paragraphs and list items without markup", () => {
    expect(a.format).toBe("markdown");
    expect(a.headline).toBe("How a village library became a repair café");
    expect(a.published).toMatchObject({ date: "2024-10-05", source: "metadata" });
    expect(a.segments.filter((s) => s.kind === "heading").map((s) => s.text)).toEqual(["Started by a retired engineer"]);
    const text = a.segments.map((s) => s.text).join("\n");
    expect(text).toContain("The idea came from Margaret Hale, a retired engineer who had watched too many working appliances go to the tip.");
    expect(text).not.toMatch(/\*\*|\]\(|^#/m);
    expect(a.segments.filter((s) => s.kind === "paragraph")).toHaveLength(4);
    for (const s of a.segments) expect(a.text.slice(s.start, s.end)).toBe(s.text);
  });
});
