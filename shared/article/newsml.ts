import { ExtractionError } from "../errors";
import { type StoryBody, type StoryFields, type StoryFile, languageTag, names } from "./story";
import { bylineAuthors } from "./byline";
import { isWireAgency } from "../lang/article-tables";
import { creditAuthors, isWireCredit } from "./wire-credit";
import { nitfBodyContent, nitfStory } from "./nitf";
import { parseWireDate } from "./wire-date";
import type { XmlElement } from "./xml-tree";
import { parseStoryDocument } from "./xml-stories";

export const NEWSML_G2 = "http://iptc.org/std/nar/2006-10-01/";

/**
 * NewsML-G2: a `newsItem`, or a `newsMessage` whose itemSet carries several.
 * Fields come from itemMeta and contentMeta (headline, firstCreated,
 * versionCreated, language, located, dateline, creator); the text only from
 * the XHTML body in inlineXML (or plain inlineData), so subject qcodes,
 * catalog refs and other metadata never reach it. Items with no inline text
 * (pictures, video, packages) are not stories and are left out.
 */
export function readNewsMl(source: string): StoryFile {
  const { root, broken } = parseStoryDocument(source, ["newsItem"]);
  const items = root.local === "newsItem" ? [root] : root.find("newsItem", NEWSML_G2);
  // Each item's text is read once: NITF's body is renamed for the block reader as it is read.
  const texts = items.map((item) => ({ item, body: contentOf(item) })).filter(({ item, body }) => body !== null || isTextItem(item));
  // xml:lang is inherited: a newsMessage may state it once for all its items.
  const messageLanguage = root.local === "newsItem" ? null : (root.getAttribute("xml:lang") ?? root.element("itemSet", NEWSML_G2)?.getAttribute("xml:lang") ?? null);
  if (texts.length === 0 && broken.length === 0) throw new ExtractionError("NO_TEXT", `This NewsML-G2 file has no text item (inlineXML or inlineData), so nothing to summarise${heldInstead(items)}.`);
  const stories: StoryFile["stories"] = [...broken, ...texts.map(({ item, body }) => (body ? newsItem(item, body, messageLanguage) : byReference(item)))];
  return { multi: root.local !== "newsItem", stories: stories.sort((a, b) => a.position - b.position) };
}

function newsItem(item: XmlElement, body: StoryBody, messageLanguage: string | null): StoryFields {
  const itemMeta = item.element("itemMeta", NEWSML_G2);
  const meta = item.element("contentMeta", NEWSML_G2);
  const headlines = meta?.elements("headline", NEWSML_G2) ?? [];
  // Several headlines differ by role (hlrole:main, hlrole:sub, hlrole:short): the main one, else the first that is no subheadline.
  const role = (h: XmlElement) => h.getAttribute("role") ?? "";
  const main = headlines.find((h) => /:main$|^main$/i.test(role(h))) ?? headlines.find((h) => !/sub/i.test(role(h))) ?? headlines[0];
  const sub = headlines.find((h) => h !== main && /sub/i.test(h.getAttribute("role") ?? ""));
  const located = meta?.element("located", NEWSML_G2);
  // NITF carried in inlineXML states its own headline, byline, dateline and date: used where contentMeta is silent.
  const nitf = inlineNitf(item);
  const inner = nitf ? nitfStory(nitf) : null;
  const date =
    parseWireDate(itemMeta?.element("firstCreated", NEWSML_G2)?.text() ?? meta?.element("contentCreated", NEWSML_G2)?.text()) ??
    parseWireDate(itemMeta?.element("versionCreated", NEWSML_G2)?.text() ?? meta?.element("contentModified", NEWSML_G2)?.text()) ??
    inner?.date ??
    null;
  const authors = authorsOf(meta);
  return {
    guid: item.getAttribute("guid"),
    link: null,
    // itemMeta's title is the item's name for people, often a slug: only a headline when contentMeta has none.
    headline: main?.text() ?? inner?.headline ?? itemMeta?.element("title", NEWSML_G2)?.text() ?? null,
    subheadline: sub?.text() ?? (main ? null : (inner?.subheadline ?? null)),
    date,
    language: languageTag(meta?.element("language", NEWSML_G2)?.getAttribute("tag") ?? meta?.getAttribute("xml:lang") ?? item.getAttribute("xml:lang") ?? messageLanguage) ?? inner?.language ?? null,
    authors: authors.length ? authors : (inner?.authors ?? []),
    dateline: meta?.element("dateline", NEWSML_G2)?.text() ?? inner?.dateline ?? (located ? (located.element("name", NEWSML_G2)?.text() ?? null) : null),
    body,
    position: item.position,
  };
}

/**
 * The creators' names, without an agency ("AFP" as creator is the source, not a writer); else the
 * natural-language `by` line ("Par Marion DURAND et Paul LEROY"). A creator named by a credit line is its reporters.
 */
function authorsOf(meta: XmlElement | null): string[] {
  if (!meta) return [];
  const creators = names(meta.elements("creator", NEWSML_G2).map((c) => c.element("name", NEWSML_G2)?.text() ?? c.getAttribute("literal")))
    .filter((n) => !isWireAgency(n))
    // "Reporting by X; Editing by Y" as a creator's name: the reporters.
    .flatMap((n) => (isWireCredit(n) ? creditAuthors(n) : [n]));
  return creators.length ? creators : bylineAuthors(meta.element("by", NEWSML_G2)?.text());
}

/** A text item whose text is not in the file (remoteContent only): it fails alone, saying where the text is. */
function byReference(item: XmlElement): { position: number; id: string | null; error: ExtractionError } {
  const remote = item.element("contentSet", NEWSML_G2)?.elements("remoteContent", NEWSML_G2)[0];
  const where = remote?.getAttribute("href") ?? remote?.getAttribute("residref");
  return {
    position: item.position,
    id: item.getAttribute("guid"),
    error: new ExtractionError(
      "NO_TEXT",
      `This NewsML-G2 text item has no inline text (inlineXML or inlineData)${where ? `: its text is by reference (remoteContent ${where}), which we do not fetch` : ""}. Send the item with its text inline.`,
    ),
  };
}

/** ": it holds a picture (ninat:picture) and a video (ninat:video)", from the items' classes. */
function heldInstead(items: readonly XmlElement[]): string {
  const classes = [...new Set(items.map((item) => item.element("itemMeta", NEWSML_G2)?.element("itemClass", NEWSML_G2)?.getAttribute("qcode")).filter((q): q is string => !!q))];
  if (classes.length === 0) return "";
  return `: it holds ${classes.map((q) => `a ${q.slice(q.indexOf(":") + 1)} (${q})`).join(" and ")}`;
}

function isTextItem(item: XmlElement): boolean {
  const qcode = item.element("itemMeta", NEWSML_G2)?.element("itemClass", NEWSML_G2)?.getAttribute("qcode") ?? "";
  return /:text$/.test(qcode);
}

function inlineNitf(item: XmlElement): XmlElement | null {
  for (const inline of item.element("contentSet", NEWSML_G2)?.elements("inlineXML", NEWSML_G2) ?? []) {
    const top = inline.elements()[0];
    if (top) return top.local === "nitf" ? top : null;
  }
  return null;
}

/** The first inline text rendition: XHTML's body (or the element itself), else plain inlineData. */
function contentOf(item: XmlElement): StoryBody | null {
  const set = item.element("contentSet", NEWSML_G2);
  if (!set) return null;
  for (const inline of set.elements("inlineXML", NEWSML_G2)) {
    const top = inline.elements()[0];
    if (!top) continue;
    const body = embeddedBody(top);
    if (body) return { kind: "xml", root: body };
  }
  for (const inline of set.elements("inlineData", NEWSML_G2)) {
    const type = inline.getAttribute("contenttype") ?? "text/plain";
    const raw = inline.textContent;
    if (raw.trim() === "") continue;
    if (/html/.test(type)) return { kind: "html", html: raw };
    if (/^text\//.test(type)) return { kind: "text", text: raw };
  }
  return null;
}

/**
 * The story body of a document embedded in a wire format (NewsML-G2 inlineXML, NewsML 1 DataContent): an
 * XHTML page's body, NITF's body.content (some agencies wrap NITF rather than XHTML), or the markup itself.
 */
export function embeddedBody(top: XmlElement): XmlElement | null {
  return top.local === "html" ? top.element("body") : top.local === "nitf" ? nitfBodyContent(top) : top;
}
