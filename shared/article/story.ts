import { decodeHTML } from "entities";
import { linkedom } from "#deferred-modules";
import type { ExtractionError } from "../errors";
import type { DatePrecision } from "../summary";
import { cleanHeadline } from "./headline";
import { htmlBlocks } from "./html-blocks";
import { flattenMarkup, markupDepth } from "./html-depth";
import type { FormatResult } from "./index";
import { type LaidBlock, layoutBlocks } from "./layout";
import { dropSelfLinkFooter, type TreeNode } from "./self-link-footer";
import { textParagraphs } from "./text-paragraphs";
import { isClosingLine } from "./wire-credit";
import { isFurniture } from "./page-furniture";
import type { XmlElement } from "./xml-tree";

/** A story's body as its format carries it. */
export type StoryBody = { kind: "xml"; root: XmlElement } | { kind: "html"; html: string } | { kind: "text"; text: string };

/** The fields a wire or feed format states about one story, read from the format itself. */
export interface StoryFields {
  /** The story's own identifier (RSS guid, Atom id, NewsML guid, NITF doc-id), when it has one. */
  guid: string | null;
  link: string | null;
  headline: string | null;
  subheadline: string | null;
  date: { date: string; precision: DatePrecision } | null;
  /** Declared language, ISO 639-1 ("fr" from "fr-FR"). */
  language: string | null;
  /** People who wrote it: a field, never part of the text, so never a speaker. */
  authors: string[];
  dateline: string | null;
  body: StoryBody | null;
  /** Captions of the story's pictures stated beside its body (Media RSS): laid out after it. */
  captions?: string[];
  /** Offset in the file, for document order. */
  position: number;
}

/** What a reader of a wire or feed format hands back. */
export interface StoryFile {
  /** One story per file (newsItem, NITF) or any number (feed, newsMessage). */
  multi: boolean;
  stories: (StoryFields | { position: number; id: string | null; error: ExtractionError })[];
}

/** Story identity: its guid, else its link, else its headline and date (stable when a feed is re-published). */
export function storyKey(story: Pick<StoryFields, "guid" | "link" | "headline" | "date">, index: number): string {
  return story.guid ?? story.link ?? (story.headline ? `${story.headline}|${story.date?.date ?? ""}` : `#${index + 1}`);
}

/**
 * The plain text and segments of one story: headline, subheadline,
 * dateline, then the body's blocks. Authors stay out of the text.
 */
export function storyResult(story: StoryFields): FormatResult & { authors: string[] } {
  const body = story.body ? bodyBlocks(story.body, story.link, story.headline) : [];
  // A story whose format states no headline but whose body opens with a heading (an XHTML h1): that is its headline.
  const opening = story.headline === null && body[0]?.kind === "heading" ? body.shift()!.text : null;
  const headline = story.headline ? cleanHeadline(story.headline) : opening ? cleanHeadline(opening) : null;
  const blocks: LaidBlock[] = [];
  if (story.subheadline) blocks.push({ kind: "heading", text: story.subheadline });
  // Credit lines, sign-offs, separator rules, contributors' lines and page furniture ("Related: …", a "Share this:"
  // heading over its links) closing the story: out of the text.
  const closing: string[] = [];
  while (body.length > 0 && closesStory(body[body.length - 1], body.length > 1)) closing.push(body.pop()!.text);
  const dateline = story.dateline?.replace(/\s+/g, " ").trim();
  // A dateline the body already opens with ("PARIS, 12 mars (AFP) - ...") is not repeated.
  // Case aside: NewsML's located name is "London" where the text opens "LONDON, March 14".
  if (dateline && !(body[0]?.text.toLowerCase().startsWith(dateline.replace(/[\s,.:–—-]+$/, "").toLowerCase()) ?? false)) blocks.push({ kind: "dateline", text: dateline });
  // A body block repeating the headline is left out, unless it is all the body has (an agency's one-line "URGENT" item).
  const repeats = (b: LaidBlock) => b.text === headline;
  const keepRepeat = !body.some((b) => !repeats(b) && b.kind !== "heading");
  for (const b of body) if (keepRepeat || !repeats(b)) blocks.push(b);
  // A caption the body already holds (its figure's figcaption, maybe with the credit after it) is not repeated.
  for (const caption of names(story.captions ?? [])) if (!blocks.some((b) => b.text.includes(caption))) blocks.push({ kind: "caption", text: caption });
  const { text, segments } = layoutBlocks(headline, blocks);
  // Its credit ("(Reporting by …; Editing by …)") names the authors when the format names none (index.ts finish).
  return { text, segments, headline, metadataDate: story.date, headerDate: null, declaredLanguage: story.language, authors: story.authors, closingLines: closing.reverse() };
}

/**
 * Blocks a story's body may end with that are no text of it; a heading with nothing after it is one. Furniture
 * and link lines go only when text comes before them: a body that is one link is a teaser, and stays.
 */
function closesStory(b: BodyBlock, textBefore: boolean): boolean {
  if (b.kind === "paragraph" && isClosingLine(b.text)) return true;
  if (!textBefore) return false;
  if (b.kind === "heading") return true;
  return b.kind === "paragraph" && (isFurniture(b.text) || ((b.links ?? 0) > 0.6 && b.text.split(" ").length < 40));
}

/** A laid-out block, with the share of its characters inside links when it came from markup. */
type BodyBlock = LaidBlock & { links?: number };

/** As for web pages (html.ts): far deeper than any real story, and parsing cost grows with depth. */
const MAX_STORY_MARKUP_DEPTH = 1500;

/** The body's blocks, less a closing link back to the story itself (self-link-footer.ts). */
function bodyBlocks(body: StoryBody, link: string | null, title: string | null): BodyBlock[] {
  if (body.kind === "xml") {
    dropSelfLinkFooter(body.root, link, title);
    return htmlBlocks(body.root).map(({ kind, text, links }) => ({ kind, text, links }));
  }
  // "HTML" with no tag at all (a plain RSS description) keeps its paragraph breaks; its entities are still HTML's, read once.
  if (body.kind === "html" && !/<[A-Za-z!/]/.test(body.html)) return bodyBlocks({ kind: "text", text: decodeHTML(body.html) }, link, title);
  if (body.kind === "html") {
    // Nested thousands deep (a hostile feed item), the markup is flattened first, as web pages are (html-depth.ts).
    const html = markupDepth(body.html, MAX_STORY_MARKUP_DEPTH) > MAX_STORY_MARKUP_DEPTH ? flattenMarkup(body.html) : body.html;
    const { document } = linkedom().parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const root = (document as unknown as { body: TreeNode }).body;
    dropSelfLinkFooter(root, link, title);
    return htmlBlocks(root as never).map(({ kind, text, links }) => ({ kind, text, links }));
  }
  return textParagraphs(body.text).map((text) => ({ kind: "paragraph" as const, text }));
}

/** "fr-FR" -> "fr"; null for anything that is not a language tag. */
export function languageTag(raw: string | null | undefined): string | null {
  const m = /^\s*([A-Za-z]{2})(?:[-_][A-Za-z0-9]+)*\s*$/.exec(raw ?? "");
  return m ? m[1].toLowerCase() : null;
}

/**
 * A plain-text field that some feeds fill with escaped markup (RSS titles): read as HTML only when it
 * holds a tag, else kept as text, so "&eacute;" written as "&amp;eacute;" stays the literal "&eacute;".
 */
export function textOrMarkup(raw: string | null): string | null {
  if (raw !== null && /<[A-Za-z/]/.test(raw)) return plainOf(raw);
  const s = raw?.replace(/\s+/g, " ").trim() ?? "";
  return s === "" ? null : s;
}

/** Escaped HTML (Atom type="html" titles, escaped descriptions) to plain text: its markup and entities read once. */
export function plainOf(raw: string | null): string | null {
  if (raw === null) return null;
  const t = /[<&]/.test(raw) ? (linkedom().parseHTML(`<!doctype html><html><body><p>${raw}</p></body></html>`).document as unknown as { body: { textContent: string } }).body.textContent : raw;
  const s = t.replace(/\s+/g, " ").trim();
  return s === "" ? null : s;
}

/** Distinct names in order, without empties. */
export function names(list: (string | null | undefined)[]): string[] {
  const out: string[] = [];
  for (const raw of list) {
    const n = raw?.replace(/\s+/g, " ").trim();
    if (n && !out.includes(n)) out.push(n);
  }
  return out;
}
