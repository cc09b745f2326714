import { ExtractionError } from "../errors";
import { type StoryBody, type StoryFields, type StoryFile, languageTag, names, plainOf } from "./story";
import { parseWireDate } from "./wire-date";
import type { XmlElement } from "./xml-tree";
import { parseStoryDocument } from "./xml-stories";

export const ATOM = "http://www.w3.org/2005/Atom";

/**
 * Atom (RFC 4287): one story per entry, from title, published (else
 * updated), content (else summary) as text, HTML or XHTML, and author names
 * (the entry's, else the feed's).
 */
export function readAtom(source: string): StoryFile {
  const { root, broken } = parseStoryDocument(source, ["entry"]);
  const feedLanguage = languageTag(root.getAttribute("xml:lang"));
  const feedAuthors = authorsOf(root);
  const entries = root.local === "entry" ? [root] : root.find("entry", ATOM);
  if (entries.length === 0 && broken.length === 0) throw new ExtractionError("NO_TEXT", "This Atom feed has no entries: nothing to summarise.");
  const stories: StoryFile["stories"] = [...broken, ...entries.map((e) => remoteOnly(e) ?? atomEntry(e, feedLanguage, feedAuthors))];
  return { multi: root.local !== "entry", stories: stories.sort((a, b) => a.position - b.position) };
}

/** An entry whose content is only a reference (content src=…) and that has no summary: it fails alone, saying where its text is. */
function remoteOnly(entry: XmlElement): { position: number; id: string | null; error: ExtractionError } | null {
  const src = entry.element("content", ATOM)?.getAttribute("src");
  if (!src || bodyOf(entry.element("summary", ATOM))) return null;
  const error = new ExtractionError("NO_TEXT", `This Atom entry's text is not in the feed: its content is at ${src.slice(0, 300)}. Upload that page, or a feed with the text inline.`);
  return { position: entry.position, id: entry.element("id", ATOM)?.text() ?? null, error };
}

function atomEntry(entry: XmlElement, feedLanguage: string | null, feedAuthors: string[]): StoryFields {
  const content = entry.element("content", ATOM);
  // Content by reference (src=) is not here: the summary is the next best thing.
  const body = (content && !content.getAttribute("src") ? bodyOf(content) : null) ?? bodyOf(entry.element("summary", ATOM));
  // RFC 4287 4.2.1: an entry without author has its source's authors, else the feed's.
  const source = entry.element("source", ATOM);
  const own = authorsOf(entry);
  const authors = own.length || !source ? own : authorsOf(source);
  const title = entry.element("title", ATOM);
  const alternate = entry.elements("link", ATOM).find((l) => (l.getAttribute("rel") ?? "alternate") === "alternate");
  return {
    guid: entry.element("id", ATOM)?.text() ?? null,
    link: alternate?.getAttribute("href") ?? null,
    headline: title ? (title.getAttribute("type") === "html" ? plainOf(title.textContent) : title.text()) : null,
    subheadline: null,
    date: parseWireDate(entry.element("published", ATOM)?.text()) ?? parseWireDate(entry.element("updated", ATOM)?.text()),
    language: languageTag(entry.getAttribute("xml:lang") ?? content?.getAttribute("xml:lang")) ?? feedLanguage,
    authors: authors.length ? authors : feedAuthors,
    dateline: null,
    body,
    position: entry.position,
  };
}

/** Atom text constructs: type="text" (default), "html" (escaped markup) or "xhtml" (a div of XHTML). */
function bodyOf(el: XmlElement | null): StoryBody | null {
  if (!el) return null;
  const type = (el.getAttribute("type") ?? "text").toLowerCase();
  if (type === "xhtml" || (/[/+]xml$/.test(type) && el.elements().length > 0)) {
    const div = el.elements()[0];
    return div ? { kind: "xml", root: div } : null;
  }
  const raw = el.textContent;
  if (raw.trim() === "") return null;
  if (type === "html" || type === "text/html") return { kind: "html", html: raw };
  if (type === "text" || type.startsWith("text/")) return { kind: "text", text: raw };
  return null;
}

function authorsOf(el: XmlElement): string[] {
  return names(el.elements("author", ATOM).map((a) => a.element("name", ATOM)?.text()));
}
