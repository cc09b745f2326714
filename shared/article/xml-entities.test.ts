import { describe, expect, it } from "vitest";
import { parseFile } from "./index";
import { parseXml } from "./xml-tree";

/**
 * Exactly one level of entity decoding per layer: the XML layer reads "&amp;eacute;" as the text
 * "&eacute;"; only where that text is itself HTML (an escaped RSS description, an Atom type="html"
 * construct) is it read once more, as HTML.
 */
const SENTENCE = "Le conseil municipal a voté jeudi soir le budget de la ville pour l'année prochaine, après trois heures de débat.";
const rss = (item: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><item><guid>x</guid>${item}</item></channel></rss>`;
const atom = (entry: string) => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><id>x</id>${entry}</entry></feed>`;
const story = (source: string) => {
  const s = parseFile("feed.xml", source).stories[0];
  if (!s.article) throw s.error;
  return s.article;
};

describe("XML text", () => {
  it("decodes a reference once: &amp;eacute; is the literal &eacute;, &eacute; is é", () => {
    const { root } = parseXml("<a><b>caf&amp;eacute;</b><c>caf&eacute;</c><d t=\"caf&amp;eacute; caf&eacute;\"/></a>");
    expect(root?.element("b")?.textContent).toBe("caf&eacute;");
    expect(root?.element("c")?.textContent).toBe("café");
    expect(root?.element("d")?.getAttribute("t")).toBe("caf&eacute; café");
  });

  it("keeps an unknown name as written and never resolves Object.prototype names", () => {
    const { root } = parseXml("<a>x &nosuchentity; &constructor; y</a>");
    expect(root?.textContent).toBe("x &nosuchentity; &constructor; y");
  });
});

describe("feeds and wire formats", () => {
  it("an RSS title is plain text: &amp;eacute; stays &eacute;", () => {
    expect(story(rss(`<title>Le caf&amp;eacute; &amp; le th&eacute;</title><description>${SENTENCE}</description>`)).headline).toBe("Le caf&eacute; & le thé");
  });

  it("an escaped RSS description is HTML read once: its &amp;eacute; is é, its &amp;amp;eacute; the literal &eacute;", () => {
    const text = story(rss(`<title>T</title><description>&lt;p&gt;Le caf&amp;eacute; ferme. ${SENTENCE} Prix : 3 &amp;amp;eacute;cus.&lt;/p&gt;</description>`)).text;
    expect(text).toContain("Le café ferme.");
    expect(text).toContain("Prix : 3 &eacute;cus.");
  });

  it("a tagless RSS description is HTML too: its entities are read once", () => {
    const text = story(rss(`<title>T</title><description>Le caf&amp;eacute; ferme. ${SENTENCE} Prix : 3 &amp;amp;eacute;cus.</description>`)).text;
    expect(text).toContain("Le café ferme.");
    expect(text).toContain("Prix : 3 &eacute;cus.");
  });

  it("a CDATA description is HTML as written: &amp;eacute; in it is the literal &eacute;", () => {
    expect(story(rss(`<title>T</title><description><![CDATA[<p>Caf&amp;eacute; et caf&eacute;. ${SENTENCE}</p>]]></description>`)).text).toContain("Caf&eacute; et café.");
  });

  it("Atom: text content is plain, html content is read once more", () => {
    const text = story(atom(`<title>T</title><content type="text">Caf&amp;eacute; ouvert. ${SENTENCE}</content>`)).text;
    expect(text).toContain("Caf&eacute; ouvert.");
    const html = story(atom(`<title type="html">Le caf&amp;amp;eacute;</title><content type="html">&lt;p&gt;Caf&amp;eacute; ouvert. ${SENTENCE}&lt;/p&gt;</content>`));
    expect(html.headline).toBe("Le caf&eacute;");
    expect(html.text).toContain("Café ouvert.");
  });

  it("NITF and NewsML-G2 bodies are XML: one level", () => {
    const nitf = `<?xml version="1.0"?><nitf><head><title>T</title></head><body><body.head><hedline><hl1>Le caf&amp;eacute; du port</hl1></hedline></body.head><body.content><p>Caf&amp;eacute; et caf&eacute;. ${SENTENCE}</p></body.content></body></nitf>`;
    const n = story(nitf);
    expect(n.headline).toBe("Le caf&eacute; du port");
    expect(n.text).toContain("Caf&eacute; et café.");
    const g2 = `<?xml version="1.0"?><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:1"><itemMeta><itemClass qcode="ninat:text"/></itemMeta><contentMeta><headline>Le caf&amp;eacute;</headline></contentMeta><contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Caf&amp;eacute; et caf&eacute;. ${SENTENCE}</p></body></html></inlineXML></contentSet></newsItem>`;
    const g = story(g2);
    expect(g.headline).toBe("Le caf&eacute;");
    expect(g.text).toContain("Caf&eacute; et café.");
  });
});
