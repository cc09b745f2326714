import { ExtractionError } from "../errors";
import { bylineAuthors } from "./byline";
import { type StoryBody, type StoryFields, type StoryFile, languageTag, names, textOrMarkup } from "./story";
import { parseWireDate } from "./wire-date";
import type { XmlElement } from "./xml-tree";
import { parseStoryDocument } from "./xml-stories";

const CONTENT = "http://purl.org/rss/1.0/modules/content/";
const DC = "http://purl.org/dc/elements/1.1/";
const MEDIA = "http://search.yahoo.com/mrss/";

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
  const body = bodyOf(item.element("encoded", CONTENT)) ?? bodyOf(item.element("description"));
  const guid = item.element("guid")?.text() ?? item.getAttribute("rdf:about");
  return {
    guid,
    link: item.element("link")?.text() ?? null,
    headline: textOrMarkup(item.element("title")?.textContent ?? null),
    subheadline: null,
    // A pubDate no parser reads ("Today 10:15") does not hide a good dc:date.
    date: parseWireDate(item.element("pubDate")?.text()) ?? parseWireDate(item.element("date", DC)?.text()),
    language: languageTag(item.element("language", DC)?.text()) ?? feedLanguage,
    // dc:creator is often a byline ("By Jane Doe and John Roe", "Jane Doe, Staff Writer"): read as one.
    authors: names([...item.elements("creator", DC).flatMap((c) => bylineAuthors(c.text())), ...bylineAuthors(authorName(item.element("author")?.text() ?? null))]),
    dateline: null,
    body,
    captions: pictureCaptions(item),
    position: item.position,
  };
}

/**
 * content:encoded or description: escaped or CDATA HTML, as the spec wants; some feeds put the
 * markup in unescaped (<description><p>…</p></description>), which parses as elements: those are
 * read as the XHTML they are, keeping their paragraphs.
 */
function bodyOf(el: XmlElement | null): StoryBody | null {
  if (!el) return null;
  if (el.elements().length > 0) return { kind: "xml", root: el };
  const html = el.textContent;
  return html.trim() !== "" ? { kind: "html", html } : null;
}

/**
 * Media RSS: the description of each picture of the item (media:content, alone or in a media:group) is its
 * caption. Its credit and URL are no text of the story. An HTML description is read as text.
 */
function pictureCaptions(item: XmlElement): string[] {
  const pictures = [...item.elements("content", MEDIA), ...item.elements("group", MEDIA).flatMap((g) => g.elements("content", MEDIA))];
  return names(pictures.filter(isPicture).map((p) => textOrMarkup(p.element("description", MEDIA)?.textContent ?? null)));
}

/** medium="image", else an image type, else neither stated (most feeds state nothing for their pictures). */
function isPicture(content: XmlElement): boolean {
  const medium = content.getAttribute("medium");
  return medium ? medium === "image" : /^image\/|^$/.test(content.getAttribute("type") ?? "");
}

/** RSS `author` is an e-mail address, often with the name in brackets: "jdoe@example.com (Jane Doe)". */
function authorName(raw: string | null): string | null {
  if (!raw) return null;
  const bracketed = /\(([^)]+)\)/.exec(raw);
  if (bracketed) return bracketed[1];
  return raw.includes("@") ? null : raw;
}
