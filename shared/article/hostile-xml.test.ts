import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExtractionError } from "../errors";
import { fixture } from "./fixtures";
import { MAX_STORIES, parseFile } from "./index";
import { XML_LIMITS } from "./xml-tree";

/** Hostile XML: nothing fetched, nothing expanded, limits hold, and one bad story fails alone. */
function refusal(f: () => unknown): ExtractionError | null {
  try {
    f();
  } catch (e) {
    if (e instanceof ExtractionError) return e;
    throw e;
  }
  return null;
}

/** Runs f and fails the test if it took longer than `ms`: hostile input must not stall a worker. */
function within<T>(ms: number, f: () => T): T {
  const start = performance.now();
  const out = f();
  expect(performance.now() - start).toBeLessThan(ms);
  return out;
}

const item = (title: string, body: string) => `<item><guid>${title}</guid><title>${title}</title><description><![CDATA[<p>${body}</p>]]></description></item>`;
const rss = (items: string, doctype = "") => `<?xml version="1.0"?>${doctype}<rss version="2.0"><channel><title>Feed</title>${items}</channel></rss>`;
const PARAGRAPH = "Le maire de Lille, Martine Aubry, a inauguré samedi la nouvelle médiathèque du quartier de Fives, qui ouvrira ses portes au public le mois prochain.";

let server: Server;
let hits = 0;
let base = "";
beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    res.end('<!ENTITY leak "EXFILTRATED">');
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("entities and DTDs", () => {
  it("refuses an external entity (XXE) and never reads the file or URL it names", () => {
    for (const target of ["file:///etc/passwd", `${base}/secret`]) {
      const doc = rss(item("a", "&xxe;"), `<!DOCTYPE rss [<!ENTITY xxe SYSTEM "${target}">]>`);
      const e = refusal(() => parseFile("feed.xml", doc));
      expect(e?.code).toBe("XML_ENTITIES");
      expect(e?.message).toMatch(/XXE/);
    }
    expect(hits).toBe(0);
  });

  it("refuses a parameter entity pointing at a remote DTD, and fetches nothing", () => {
    const doc = rss(item("a", PARAGRAPH), `<!DOCTYPE rss [<!ENTITY % remote SYSTEM "${base}/evil.dtd"> %remote;]>`);
    expect(refusal(() => parseFile("feed.xml", doc))?.code).toBe("XML_ENTITIES");
    expect(hits).toBe(0);
  });

  it("reads a file whose DOCTYPE names an external DTD, without fetching it", () => {
    const doc = rss(item("a", PARAGRAPH), `<!DOCTYPE rss SYSTEM "${base}/rss-0.91.dtd">`);
    expect(parseFile("feed.xml", doc).stories[0].article?.headline).toBe("a");
    expect(hits).toBe(0);
  });

  it("ignores XInclude and stylesheet instructions: nothing is fetched or inlined", () => {
    const doc = `<?xml version="1.0"?><?xml-stylesheet href="${base}/style.xsl"?><rss version="2.0" xmlns:xi="http://www.w3.org/2001/XInclude"><channel><item><title>Inclus</title><description><![CDATA[<p>${PARAGRAPH}</p>]]></description><xi:include href="file:///etc/passwd" parse="text"/><xi:include href="${base}/x"/></item></channel></rss>`;
    const story = parseFile("feed.xml", doc).stories[0].article!;
    expect(story.text).not.toMatch(/root:|EXFILTRATED/);
    expect(story.segments.map((g) => g.text).join(" ")).toContain("médiathèque");
    expect(hits).toBe(0);
  });

  it("refuses billion laughs at once, without expanding anything", () => {
    const entities = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`)].join("");
    const doc = rss(item("laughs", "&lol9;"), `<!DOCTYPE rss [${entities}]>`);
    const e = within(1000, () => refusal(() => parseFile("laughs.xml", doc)));
    expect(e?.code).toBe("XML_ENTITIES");
    expect(e?.message).toMatch(/billion laughs/);
  });

  it("refuses quadratic blowup (one large entity used many times)", () => {
    const doc = rss(item("q", "&big;".repeat(20_000)), `<!DOCTYPE rss [<!ENTITY big "${"x".repeat(50_000)}">]>`);
    expect(within(1000, () => refusal(() => parseFile("q.xml", doc)))?.code).toBe("XML_ENTITIES");
  });
});

describe("depth and size", () => {
  it("reads a feed item whose escaped HTML nests 100,000 divs in linear time, flattened as web pages are", () => {
    // Before flattening, linkedom took about 17 s of CPU on 150,000 levels.
    const deep = `${"<div>".repeat(100_000)}<p>${PARAGRAPH}</p>${"</div>".repeat(100_000)}`;
    const file = within(3000, () => parseFile("deep.xml", rss(item("deep", "").replace("<p></p>", deep) + item("fine", PARAGRAPH))));
    expect(file.stories.map((s) => s.article?.segments.filter((g) => g.kind === "paragraph").map((g) => g.text))).toEqual([[PARAGRAPH], [PARAGRAPH]]);
  });

  it("refuses 50,000 nested tags inside a feed quickly", () => {
    const doc = rss(`<item><title>deep</title><description>${"<x>".repeat(50_000)}${"</x>".repeat(50_000)}</description></item>`);
    const e = within(2000, () => refusal(() => parseFile("deep.xml", doc)));
    expect(e?.code).toBe("XML_LIMIT");
    expect(e?.message).toContain(String(XML_LIMITS.maxDepth));
  });

  it("reads XHTML nested just under the limit, and refuses one level past it", () => {
    const nested = (levels: number) =>
      `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>e</id><title>Profond</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${"<div>".repeat(levels)}<p>${PARAGRAPH}</p>${"</div>".repeat(levels)}</div></content></entry></feed>`;
    // feed, entry, content, div, then the nested divs, then p.
    const ok = parseFile("a.xml", nested(XML_LIMITS.maxDepth - 5));
    expect(ok.stories[0].article?.segments.some((s) => s.text.includes("médiathèque"))).toBe(true);
    expect(refusal(() => parseFile("a.xml", nested(XML_LIMITS.maxDepth)))?.code).toBe("XML_LIMIT");
  });

  it("refuses a feed with more elements than any news file has, quickly", () => {
    const doc = rss(`<item><title>big</title><description>x</description>${"<b/>".repeat(XML_LIMITS.maxElements + 10)}</item>`);
    expect(within(5000, () => refusal(() => parseFile("big.xml", doc)))?.code).toBe("XML_LIMIT");
  });

  it("refuses an unknown root nested 50,000 deep without parsing it", () => {
    const e = within(1000, () => refusal(() => parseFile("deep.xml", `${"<node>".repeat(50_000)}${"</node>".repeat(50_000)}`)));
    expect(e?.code).toBe("UNSUPPORTED_FORMAT");
    expect(e?.message).toContain("root <node>");
  });

  it("reads 50,000 nested inline HTML tags as a page with no text, not a crash", () => {
    for (const tag of ["a", "b", "span"]) {
      const e = within(3000, () => refusal(() => parseFile("deep.txt", `${`<${tag}>`.repeat(50_000)}${`</${tag}>`.repeat(50_000)}`)));
      expect(e?.code, tag).toBe("NO_TEXT");
    }
  });
});

describe("a malformed story fails alone", () => {
  it("RSS: the broken item fails with its line, the items around it land, in order", () => {
    const feed = fixture("fr-rss-feed-occitanie.xml");
    const broken = feed.replace("<title>Montpellier accueille un sommet sur la sécheresse en Méditerranée</title>", "<title>Montpellier accueille un sommet</titel>");
    const file = parseFile("feed.xml", broken);
    expect(file.stories.map((s) => s.story.guid)).toEqual(["co-2025-06-04-metro", "co-2025-06-04-secheresse", "https://courrier-occitanie.example.fr/perpignan/festival-photo-budget"]);
    expect(file.stories[0].article?.headline).toBe("Toulouse : le métro de la troisième ligne franchit la Garonne");
    expect(file.stories[1].error?.code).toBe("BAD_XML");
    const line = broken.slice(0, broken.indexOf("</titel>")).split("\n").length;
    expect(file.stories[1].error?.message).toContain(`line ${line}`);
    expect(file.stories[2].article?.headline).toBe("Perpignan : un festival de photojournalisme sous tension budgétaire");
  });

  it("Atom and NewsML-G2: an unclosed element in one entry or item spares the others", () => {
    const atom = fixture("en-atom-feed-coastal.xml").replace("<p>The three men, all from Scarborough", "<p><b>The three men, all from Scarborough");
    const a = parseFile("atom.xml", atom);
    expect(a.stories.map((s) => (s.error ? s.error.code : "ok"))).toEqual(["ok", "BAD_XML", "ok"]);
    const newsml = fixture("fr-en-newsml-message.xml").replace("<headline>Cardiff council", "<headline>Cardiff & council");
    const n = parseFile("message.xml", newsml);
    expect(n.stories.map((s) => (s.error ? s.error.code : "ok"))).toEqual(["ok", "BAD_XML"]);
    expect(n.stories[1].story.guid).toBe("urn:newsml:example.org:20250318:cardiff-lagoon");
  });

  it("a file broken outside its stories fails as a whole, saying where", () => {
    const e = refusal(() => parseFile("feed.xml", rss(item("a", PARAGRAPH)).replace("</channel>", "")));
    expect(e?.code).toBe("BAD_XML");
    expect(e?.message).toMatch(/line \d+, column \d+/);
  });

  it("HTML entities undeclared in XML are read, not refused", () => {
    const file = parseFile("feed.xml", rss(`<item><title>Caf&eacute; &amp; th&eacute;&nbsp;: un succ&egrave;s</title><description>${PARAGRAPH}</description></item>`));
    expect(file.stories[0].article?.headline).toBe("Café & thé : un succès");
  });
});

describe("story count", () => {
  it(`reads the first ${MAX_STORIES} stories and fails the rest on their own`, () => {
    const items = Array.from({ length: MAX_STORIES + 3 }, (_, i) => item(`story-${i}`, PARAGRAPH)).join("");
    const file = within(20_000, () => parseFile("many.xml", rss(items)));
    expect(file.stories).toHaveLength(MAX_STORIES + 3);
    expect(file.stories[MAX_STORIES - 1].article?.headline).toBe(`story-${MAX_STORIES - 1}`);
    expect(file.stories.slice(MAX_STORIES).map((s) => s.error?.code)).toEqual(["TOO_MANY_STORIES", "TOO_MANY_STORIES", "TOO_MANY_STORIES"]);
  });

  it("two stories sharing a guid stay two articles with distinct ids", () => {
    const file = parseFile("dup.xml", rss(item("same", PARAGRAPH) + item("same", PARAGRAPH)));
    expect(file.stories.map((s) => s.story.guid)).toEqual(["same", "same#2"]);
  });
});

describe("NewsML 1.x, hostile", () => {
  const newsItem = (id: string, body: string) =>
    `<NewsItem><Identification><NewsIdentifier><PublicIdentifier>${id}</PublicIdentifier></NewsIdentifier></Identification><NewsComponent xml:lang="fr"><NewsLines><HeadLine>${id}</HeadLine></NewsLines><ContentItem><MediaType FormalName="Text"/><DataContent><p>${body}</p></DataContent></ContentItem></NewsComponent></NewsItem>`;
  const newsMl = (items: string, doctype = "") => `<?xml version="1.0"?>${doctype}<NewsML Version="1.2"><NewsEnvelope><DateAndTime>20260310T101500Z</DateAndTime></NewsEnvelope>${items}</NewsML>`;

  it("refuses billion laughs at once", () => {
    const entities = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`)].join("");
    const e = within(1000, () => refusal(() => parseFile("laughs.xml", newsMl(newsItem("a", "&lol9;"), `<!DOCTYPE NewsML [${entities}]>`))));
    expect(e?.code).toBe("XML_ENTITIES");
  });

  it("fails a malformed NewsItem alone; the other items are still read", () => {
    const file = parseFile("m.xml", newsMl(newsItem("urn:ok:1", PARAGRAPH) + newsItem("urn:broken:2", "<b>unclosed") + newsItem("urn:ok:3", PARAGRAPH)));
    expect(file.stories.map((s) => [s.story.guid, s.article ? "read" : s.error?.code])).toEqual([
      ["urn:ok:1", "read"],
      ["urn:broken:2", "BAD_XML"],
      ["urn:ok:3", "read"],
    ]);
  });
});
