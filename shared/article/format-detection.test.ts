import { describe, expect, it } from "vitest";
import { ExtractionError } from "../errors";
import { fixture } from "./fixtures";
import { detectFormat } from "./format";
import { parseArticle, parseFile } from "./index";

/** The error a call throws (code and message), or null when it succeeds. */
function refusal(f: () => unknown): { code: string; message: string } | null {
  try {
    f();
  } catch (e) {
    if (e instanceof ExtractionError) return { code: e.code, message: e.message };
    throw e;
  }
  return null;
}

const bytes = (...parts: (number[] | string)[]) => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));
const ARTICLE = "Le conseil municipal de Nantes vote le budget\n\nLe conseil municipal de Nantes a adopté lundi soir un budget de 640 millions d'euros, marqué par une hausse des dépenses consacrées aux écoles et aux transports.\n\n« C'est un budget de rentrée », a déclaré la maire, Claire Jouan.\n";

describe("the format comes from the content; the name is only a hint", () => {
  const rss = fixture("fr-rss-feed-occitanie.xml");

  it("reads a feed whatever its key: no suffix, .TXT, .xml, even .json", () => {
    for (const key of ["incoming/feed", "FEED.TXT", "flux.xml", "oops.json", "dir/../flux.RSS", "trailing/"]) {
      const file = parseFile(key, rss);
      expect(file.format, key).toBe("rss");
      expect(file.stories.filter((s) => s.article)).toHaveLength(3);
    }
  });

  it("tells each news format by its root element and namespace", () => {
    expect(detectFormat("x", fixture("fr-en-newsml-message.xml"))).toBe("newsml");
    expect(detectFormat("x.txt", fixture("fr-en-newsml1-message.xml"))).toBe("newsml"); // NewsML 1.x: no namespace, root NewsML
    expect(detectFormat("x", fixture("en-nitf-harbour-bridge.xml"))).toBe("nitf");
    expect(detectFormat("x", fixture("en-atom-feed-coastal.xml"))).toBe("atom");
    // RSS 1.0 (RDF) is RSS too.
    expect(detectFormat("x", '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel/></rdf:RDF>')).toBe("rss");
    // A feed element outside the Atom namespace is not Atom.
    expect(refusal(() => detectFormat("x.xml", "<feed><entry/></feed>"))?.code).toBe("UNSUPPORTED_FORMAT");
  });

  it("reads text, HTML and XHTML with any name", () => {
    expect(parseArticle("NOTES", ARTICLE).format).toBe("text");
    expect(parseArticle("A.TXT", ARTICLE).headline).toBe("Le conseil municipal de Nantes vote le budget");
    expect(detectFormat("page", "<!-- saved --><!DOCTYPE html><html><body><p>x</p></body></html>")).toBe("html");
    expect(detectFormat("page.xml", '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>')).toBe("html");
    expect(detectFormat("frag.txt", "<p>Un paragraphe.</p>")).toBe("html");
  });

  it("names the type of an XML document that is no news format", () => {
    const r = refusal(() => parseArticle("data.xml", '<?xml version="1.0"?><inventory xmlns="urn:example:stock"><sku>12</sku></inventory>'));
    expect(r?.code).toBe("UNSUPPORTED_FORMAT");
    expect(r?.message).toContain("an XML document with root <inventory>");
    expect(refusal(() => parseArticle("plain", "<foo><bar>1</bar></foo>"))?.message).toContain("root <foo>");
    expect(refusal(() => parseArticle("logo.xml", '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>'))?.message).toContain("an SVG image");
    expect(refusal(() => parseArticle("letter.txt", "{\\rtf1\\ansi Bonjour}"))?.message).toContain("an RTF document");
  });

  it("names a NewsML-G2 item that carries no story (a package, a concept), even when its tags look like HTML", () => {
    const pkg = `<?xml version="1.0"?><packageItem xmlns="http://iptc.org/std/nar/2006-10-01/" standard="NewsML-G2" guid="urn:ex:pkg:1">
  <itemMeta><itemClass qcode="ninat:composite"/><title>Top stories</title></itemMeta>
  <groupSet root="G1"><group id="G1"><itemRef residref="urn:ex:rail-strike"><title>Rail strike called off</title></itemRef></group></groupSet>
</packageItem>`;
    const r = refusal(() => parseArticle("top.xml", pkg));
    expect(r?.code).toBe("UNSUPPORTED_FORMAT");
    expect(r?.message).toContain("a NewsML-G2 packageItem");
    expect(r?.message).toContain("newsItem");
    const concept = refusal(() => parseArticle("person", `<conceptItem xmlns="http://iptc.org/std/nar/2006-10-01/"><concept><name>Ada</name></concept><title>x</title><p>y</p></conceptItem>`));
    expect(concept?.message).toContain("a NewsML-G2 conceptItem");
  });

  it("names binary formats, whatever the key says", () => {
    const cases: [string, Buffer, string][] = [
      ["report.txt", bytes("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"), "a PDF document"],
      ["article.docx", bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0], "[Content_Types].xml", [0, 0], "word/document.xml"), "Word .docx"],
      ["archive", bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0], "photos/a.jpg"), "a ZIP archive"],
      ["photo.TXT", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "IHDR"), "a PNG image"],
      ["feed.xml", bytes([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3, 0xab, 0xcd]), "a gzip archive"],
    ];
    for (const [key, body, name] of cases) {
      const r = refusal(() => parseArticle(key, body));
      expect(r?.code, key).toBe("UNSUPPORTED_FORMAT");
      expect(r?.message, key).toContain(name);
    }
  });
});

describe("odd encodings end in a summary or a readable refusal", () => {
  it("decodes UTF-16 without a BOM, both byte orders", () => {
    const le = Buffer.from(ARTICLE, "utf16le");
    expect(parseArticle("a", le).headline).toBe("Le conseil municipal de Nantes vote le budget");
    expect(parseArticle("a", Buffer.from(le).swap16()).headline).toBe("Le conseil municipal de Nantes vote le budget");
  });

  it("decodes a UTF-16 feed with a BOM, and a Latin-1 feed", () => {
    const feed = fixture("fr-rss-feed-occitanie.xml");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(feed, "utf16le")]);
    expect(parseFile("feed", utf16).stories[0].article?.headline).toBe("Toulouse : le métro de la troisième ligne franchit la Garonne");
    const latin1 = Buffer.from(feed.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'), "latin1");
    expect(parseFile("feed", latin1).stories[1].article?.headline).toBe("Montpellier accueille un sommet sur la sécheresse en Méditerranée");
  });

  it("refuses empty and binary objects with a reason a person can act on", () => {
    expect(refusal(() => parseArticle("x", ""))?.code).toBe("EMPTY");
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const r = refusal(() => parseArticle("x", noise));
    expect(r?.code).toBe("BINARY");
    expect(r?.message).toMatch(/upload/);
  });
});
