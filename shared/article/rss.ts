import { ExtractionError } from "../errors";
import { type StoryFields, type StoryFile, languageTag, names, textOrMarkup } from "./story";
import { parseWireDate } from "./wire-date";
import type { XmlElement } from "./xml-tree";
import { parseStoryDocument } from "./xml-stories";

const CONTENT = "http://purl.org/rss/1.0/modules/content/";
const DC = "http://purl.org/dc/elements/1.1/";

/**
 * RSS 2.0 (and RSS 1.0/RDF, whose items sit beside the channel): one story
 * per item, from title, pubDate (or dc:date), content:encoded or the
 * description's HTML, dc:creator or author, guid and link.
 */
export function readRss(source: string): StoryFile {
  const { root, broken } = parseStoryDocument(source, ["item"]);
  const channel = root.element("channel");
  const feedLanguage = languageTag(channel?.element("language")?.text() ?? channel?.element("language", DC)?.text() ?? root.getAttribute("xml:lang"));
  const items = root.find("item");
  if (items.length === 0 && broken.length === 0) throw new ExtractionError("NO_TEXT", "This RSS feed has no items: nothing to summarise.");
  const stories: StoryFile["stories"] = [...broken, ...items.map((item) => rssItem(item, feedLanguage))];
  return { multi: true, stories: stories.sort((a, b) => a.position - b.position) };
}

function rssItem(item: XmlElement, feedLanguage: string | null): StoryFields {
  const child = (local: string, uri?: string) => item.element(local, uri)?.textContent ?? null;
  const encoded = child("encoded", CONTENT);
  const description = child("description");
  const html = nonEmpty(encoded) ?? nonEmpty(description);
  const guid = item.element("guid")?.text() ?? item.getAttribute("rdf:about");
  return {
    guid,
    link: item.element("link")?.text() ?? null,
    headline: textOrMarkup(child("title")),
    subheadline: null,
    date: parseWireDate(item.element("pubDate")?.text() ?? item.element("date", DC)?.text()),
    language: languageTag(item.element("language", DC)?.text()) ?? feedLanguage,
    authors: names([...item.elements("creator", DC).map((c) => c.text()), authorName(item.element("author")?.text() ?? null)]),
    dateline: null,
    body: html ? { kind: "html", html } : null,
    position: item.position,
  };
}

function nonEmpty(s: string | null): string | null {
  return s !== null && s.trim() !== "" ? s : null;
}

/** RSS `author` is an e-mail address, often with the name in brackets: "jdoe@example.com (Jane Doe)". */
function authorName(raw: string | null): string | null {
  if (!raw) return null;
  const bracketed = /\(([^)]+)\)/.exec(raw);
  if (bracketed) return bracketed[1];
  return raw.includes("@") ? null : raw;
}
