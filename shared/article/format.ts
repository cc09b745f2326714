import { ExtractionError } from "../errors";
import type { SourceFormat } from "../summary";
import { SUPPORTED_FORMATS } from "./supported-formats";
import { articleTableDelimiter } from "./article-table";
import { sniffXmlRoot, type XmlRoot } from "./xml-root";

/** What the name suggests; the content decides. */
const BY_EXTENSION: Record<string, SourceFormat> = {
  txt: "text",
  text: "text",
  html: "html",
  htm: "html",
  xhtml: "html",
  md: "markdown",
  markdown: "markdown",
  json: "json",
};

/** Elements a bare HTML fragment starts with. */
const HTML_ELEMENTS = new Set(["p", "div", "article", "section", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "span", "ul", "ol", "table", "blockquote", "figure", "b", "i", "em", "strong", "a", "br", "meta", "title", "link", "script", "style"]);

const ATOM = "http://www.w3.org/2005/Atom";
const NEWSML_G2 = "http://iptc.org/std/nar/2006-10-01/";
const RSS_1 = "http://purl.org/rss/1.0/";

/**
 * The format of an object, from its content: the root element and its
 * namespace for XML, the first characters for HTML, JSON and Markdown. The
 * name (any case, any suffix or none) is only a hint between text, Markdown
 * and JSON. Throws UNSUPPORTED_FORMAT, naming what it found, for XML that is
 * no news format and for text formats we don't read (RTF, SVG).
 */
export function detectFormat(name: string, text: string): SourceFormat {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name.slice(name.lastIndexOf("/") + 1))?.[1]?.toLowerCase() ?? "";
  const claimed = BY_EXTENSION[ext];
  const head = text.slice(0, 2048).trimStart();
  if (head.startsWith("{\\rtf")) throw unsupported("an RTF document");
  if (head.startsWith("<")) {
    const root = sniffXmlRoot(text);
    if (root) {
      const xml = xmlFormat(root);
      if (xml) return xml;
      // packageItem, conceptItem, knowledgeItem, planningItem, catalogItem: NewsML-G2, but no story in them (a
      // package refers to its items), and their <title> and <p>-like tags must not pass for an HTML page.
      if (root.uri === NEWSML_G2) throw new ExtractionError("UNSUPPORTED_FORMAT", `This is a NewsML-G2 ${root.local}, which carries no story text: upload the newsItem itself, with its text inline, or a newsMessage of newsItems.`);
      if (looksLikeHtml(head, root)) return "html";
      if (root.uri === "" && HTML_ELEMENTS.has(root.local.toLowerCase())) return "html";
      if (root.local.toLowerCase() === "svg") throw unsupported("an SVG image");
      if (root.declared || root.uri !== "" || ext === "xml" || closesAtEnd(text, root)) throw unsupported(`an XML document with root <${root.name}>${root.uri ? ` (namespace ${root.uri})` : ""}`);
    } else if (/^<!doctype\s+html/i.test(head)) return "html";
  }
  if (claimed === "json") return "json";
  if (claimed === "html") return "html";
  if (claimed === undefined && /^[{[]/.test(head) && /[}\]]\s*$/.test(text.slice(-64))) return "json";
  // A table of articles, one per row: told by its header row (a body column, and a title or date column).
  if (articleTableDelimiter(head) !== null) return "csv";
  if (claimed === "markdown") return "markdown";
  if (claimed === undefined && looksLikeMarkdown(head)) return "markdown";
  return "text";
}

/** The news formats, by root element and namespace (NITF and RSS 2.0 have none). */
function xmlFormat(root: XmlRoot): SourceFormat | null {
  const local = root.local;
  if ((local === "newsItem" || local === "newsMessage") && root.uri === NEWSML_G2) return "newsml";
  // NewsML 1.x, NewsML-G2's predecessor: same family, its own reader (newsml1.ts).
  if (local === "NewsML" && root.uri === "") return "newsml";
  if (local === "nitf") return "nitf";
  if (local === "rss") return "rss";
  if (local === "RDF" && new RegExp(`xmlns\\s*=\\s*["']${RSS_1}["']`).test(root.attributes)) return "rss";
  if ((local === "feed" || local === "entry") && root.uri === ATOM) return "atom";
  return null;
}

/** HTML pages, XHTML, and fragments with several block tags. */
function looksLikeHtml(head: string, root: XmlRoot): boolean {
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<!doctype\s+html/i.test(head)) return true;
  if (/^(html|head|body)$/i.test(root.local)) return true;
  const blocks = head.match(/<\/?(p|div|article|section|h[1-6]|br|ul|li|table|span|meta|title)\b/gi);
  return (blocks?.length ?? 0) >= 2;
}

/** A file that ends by closing the element it opened with is an XML document, whatever its name. */
function closesAtEnd(text: string, root: XmlRoot): boolean {
  return new RegExp(`</${root.name.replace(/[.]/g, "\\.")}\\s*>\\s*$`).test(text.slice(-256));
}

function looksLikeMarkdown(head: string): boolean {
  return /^(---\n|#{1,6} )/.test(head);
}

function unsupported(what: string): ExtractionError {
  return new ExtractionError("UNSUPPORTED_FORMAT", `This is ${what}, not a format we read: upload ${SUPPORTED_FORMATS}.`);
}
