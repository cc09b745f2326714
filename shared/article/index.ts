import { ExtractionError } from "../errors";
import type { DatePrecision, Segment, SourceFormat, StoryRef } from "../summary";
import { readAtom } from "./atom";
import { decodeBody } from "./decode";
import { detectFormat } from "./format";
import { parseHtml } from "./html";
import { jsonItemResult, parseJsonValue } from "./json-item";
import { detectLanguage } from "./language";
import { parseMarkdown } from "./markdown";
import { readNewsMl } from "./newsml";
import { readNitf } from "./nitf";
import type { ParsedArticle } from "./parsed-article";
import { parsePlainText } from "./plain-text";
import { unwrapHardWrappedLines } from "./hard-wraps";
import { paragraphBlocks } from "./blocks";
import { bylineAuthors } from "./byline";
import { datesOf } from "./published-date";
import { readRss } from "./rss";
import { readJsonFeed } from "./json-feed";
import { isNewsMl1, readNewsMl1 } from "./newsml1";
import { archivedPage, isWebArchive } from "./mhtml";
import { emailArticle, emailDocument, isEmailMessage } from "./email-message";
import { leadingHeaders } from "./mime";
import { isBinaryPlist, safariArchivedPage } from "./safari-webarchive";
import { wireMessages } from "./transmission-envelope";
import { readArticleTable } from "./article-table";
import { names, type StoryFile, storyKey, storyResult } from "./story";
import { creditAuthors } from "./wire-credit";

export type { ParsedArticle } from "./parsed-article";

/** What each format reader hands back: the text offsets index and what it found. */
export interface FormatResult {
  text: string;
  segments: Segment[];
  headline: string | null;
  metadataDate: { date: string; precision: DatePrecision } | null;
  headerDate: string | null;
  /** Declared language (HTML lang, JSON field), used only when the text is too short to tell. */
  declaredLanguage: string | null;
  /** Authors stated by the format, when it states them as a field. */
  authors?: string[];
  /**
   * Closing lines the reader left out of the text (a story's credit and sign-off, a page's last paragraphs): a wire
   * credit among them names the authors when nothing else does, as one in the text's own closing lines does.
   */
  closingLines?: string[];
}

/** One story of a file: its article, or why it could not be read. */
export type StoryOutcome = { story: StoryRef; article: ParsedArticle; error?: never } | { story: StoryRef; error: ExtractionError; article?: never };

export interface ParsedFile {
  format: SourceFormat;
  /** True for feeds and newsMessages: each story is its own article, even when there is one. */
  multi: boolean;
  stories: StoryOutcome[];
}

/**
 * Stories past this many fail on their own (TOO_MANY_STORIES): one file must
 * fit in one ingest run (60 s). Summarising 300 stories took about 4 s on
 * one busy core; storing each one (about 25 writes) takes longer than that.
 */
export const MAX_STORIES = 200;

/**
 * Turns an uploaded object into a ParsedArticle: decode, pick the format,
 * extract text and structure, then language, headline and dates.
 * Pure and synchronous; throws ExtractionError for input that is not an article.
 */
export function parseArticle(name: string, body: Uint8Array | string, context: ReadContext = {}): ParsedArticle {
  const file = parseFile(name, body, context);
  const first = file.stories.find((s) => s.article) ?? file.stories[0];
  if (!first) throw new ExtractionError("NO_TEXT", "No article text was found in this object.");
  if (first.error) throw first.error;
  return first.article;
}

/** What is known of an object besides its name and bytes. */
export interface ReadContext {
  /** When it arrived (ISO 8601: its S3 LastModified): the year of a dateline that gives none. */
  received?: string;
}

/**
 * Every story of an object: one for articles, one per item for feeds and
 * newsMessages. Errors of the whole object throw; a story that cannot be
 * read carries its own error and the others are still read.
 */
export function parseFile(name: string, body: Uint8Array | string, context: ReadContext = {}): ParsedFile {
  const finish = (format: SourceFormat, r: FormatResult) => finishStory(format, r, context);
  // A page saved as one file (Safari .webarchive, MHTML) is read as the HTML page it holds.
  const safari = typeof body !== "string" && isBinaryPlist(body) ? safariArchivedPage(body) : null;
  const raw = safari ? safari.html : decodeBody(body);
  if (raw.trim() === "") throw new ExtractionError("EMPTY", "The object is empty: upload an article with some text.");
  // Mail-style headers open an e-mail (.eml, or a mail service's stored message) and a page saved as MHTML.
  const headers = safari ? null : leadingHeaders(raw);
  const email = headers && isEmailMessage(headers) ? emailArticle(raw) : null;
  const archived = safari ?? (headers && !email && isWebArchive(headers) ? archivedPage(raw) : null);
  // An agency wire's transmission envelope (IPTC 7901, ANPA 1312): routing data around each message's text.
  const text = email ? emailDocument(email) : raw;
  const messages = archived || email?.kind === "html" ? null : wireMessages(text);
  if (messages && messages.length > 1) {
    return { format: "text", multi: true, stories: storyOutcomes(messages.map((m, index) => ({ guid: m.id ?? `#${index + 1}`, link: null, read: () => finish("text", read("text", m.text, null)) }))) };
  }
  const decoded = archived ? archived.html : messages ? messages[0].text : text;
  const format = archived || email?.kind === "html" ? "html" : email ? "text" : detectFormat(name, decoded);
  // JSON is parsed once: a list of articles is a feed, anything else one article.
  const json = format === "json" ? parseJsonValue(decoded) : undefined;
  const file = format === "json" ? readJsonFeed(json) : format === "csv" ? readArticleTable(decoded) : readStories(format, decoded);
  if (!file) {
    const result = format === "json" ? jsonItemResult(json) : read(format, decoded, archived?.url ?? null);
    // An e-mail's Date is when it was sent: the day a header states, below the article's own metadata.
    const article = finish(format, email?.sent && !result.headerDate ? { ...result, headerDate: email.sent } : result);
    return { format, multi: false, stories: [{ story: { index: 0, guid: "" }, article }] };
  }
  const entries = file.stories.map((s, index): StoryEntry =>
    "error" in s ? { guid: s.id ?? `#${index + 1}`, link: null, error: s.error } : { guid: storyKey(s, index), link: s.link, read: () => finish(format, storyResult(s)) },
  );
  return { format, multi: file.multi, stories: storyOutcomes(entries) };
}

/** One story of a multi-story file before it is read: its identity, and how to read it (or why it cannot be). */
type StoryEntry = { guid: string; link: string | null } & ({ read: () => ParsedArticle; error?: never } | { error: ExtractionError; read?: never });

/** Each story read on its own: a story that fails carries its error, and the others are still read. */
function storyOutcomes(entries: StoryEntry[]): StoryOutcome[] {
  const seen = new Map<string, number>();
  return entries.map((entry, index): StoryOutcome => {
    let guid = entry.guid;
    // Two stories with one guid (a sloppy feed) stay two stories.
    const n = (seen.get(guid) ?? 0) + 1;
    seen.set(guid, n);
    if (n > 1) guid = `${guid}#${n}`;
    const story: StoryRef = { index, guid, ...(entry.link ? { link: entry.link } : {}) };
    if (index >= MAX_STORIES) return { story, error: new ExtractionError("TOO_MANY_STORIES", `Only the first ${MAX_STORIES} stories of a file are read: split the file.`) };
    if (entry.error) return { story, error: entry.error };
    try {
      return { story, article: entry.read!() };
    } catch (e) {
      if (e instanceof ExtractionError) return { story, error: e };
      throw e;
    }
  });
}

/** Language, dates and the no-text check, the same for every format. */
function finishStory(format: SourceFormat, r: FormatResult, context: ReadContext): ParsedArticle {
  if (!r.segments.some((s) => s.kind !== "headline")) throw new ExtractionError("NO_TEXT", "No article text was found in this object.");
  const language = languageOf(r, STORY_FORMATS.has(format));
  const { published, dates } = datesOf(r.text, r.segments, language, { metadata: r.metadataDate, header: r.headerDate, received: context.received ?? null });
  const declared = r.authors?.length ? r.authors : bylineSegmentAuthors(r.segments);
  const authors = declared.length ? declared : closingCreditAuthors(r);
  return { text: r.text, format, language, headline: r.headline, ...(authors.length ? { authors } : {}), published, dates, segments: r.segments };
}

/** Authors from the byline lines of the text, when the format declared none ("Par Anne Le Bihan"). */
function bylineSegmentAuthors(segments: FormatResult["segments"]): string[] {
  const out: string[] = [];
  for (const s of segments) if (s.kind === "byline") for (const a of bylineAuthors(s.text)) if (!out.includes(a)) out.push(a);
  return out;
}

/**
 * Authors from a wire credit ("(Reporting by …; Editing by …)") among the closing lines: those the reader left out,
 * and those that stay in the text after its last segment (a plain-text wire copy's).
 */
function closingCreditAuthors(r: FormatResult): string[] {
  const tail = r.text.slice(r.segments.length ? r.segments[r.segments.length - 1].end : 0);
  return names([...(r.closingLines ?? []), ...tail.split(/\n/)].flatMap(creditAuthors));
}

/** The wire and feed formats, read story by story; null for the single-article formats. */
function readStories(format: SourceFormat, text: string): StoryFile | null {
  switch (format) {
    case "newsml":
      return isNewsMl1(text) ? readNewsMl1(text) : readNewsMl(text);
    case "nitf":
      return readNitf(text);
    case "rss":
      return readRss(text);
    case "atom":
      return readAtom(text);
    default:
      return null;
  }
}

function read(format: SourceFormat, text: string, savedFrom: string | null): FormatResult {
  switch (format) {
    case "html":
      return parseHtml(text, savedFrom);
    case "markdown":
      return parseMarkdown(text);
    default: {
      // One block split for both: unwrapping keeps the blocks where they were.
      const blocks = paragraphBlocks(text, 0, text.length);
      const unwrapped = unwrapHardWrappedLines(text, blocks);
      const p = parsePlainText(unwrapped, 0, unwrapped.length, blocks);
      return { text: unwrapped, segments: p.segments, headline: p.headline, metadataDate: null, headerDate: p.headerDate, declaredLanguage: null };
    }
  }
}

const LANGUAGE_SAMPLE = 1200;

/** Formats whose language is a field of each story (NewsML-G2 language, NITF xml:lang, RSS language, Atom xml:lang). */
const STORY_FORMATS = new Set<SourceFormat>(["newsml", "nitf", "rss", "atom"]);
/**
 * Below this many characters, trigram statistics misread a sentence or two ("Crews will start
 * repaving Main Street on Monday." came out Dutch): a story format's declared language is
 * trusted over them. Longer texts are detected, as feeds often declare their site's default
 * language whatever the item's.
 */
const SHORT_STORY = 200;

function languageOf(r: FormatResult, declaredIsAField = false): string {
  let sample = "";
  for (const s of r.segments) {
    if (s.kind !== "paragraph") continue;
    sample += (sample ? " " : "") + s.text;
    if (sample.length >= LANGUAGE_SAMPLE) break;
  }
  if (sample.length < 200) sample = r.segments.map((s) => s.text).join(" ").slice(0, LANGUAGE_SAMPLE);
  const declared = r.declaredLanguage && /^[a-z]{2}$/.test(r.declaredLanguage) ? r.declaredLanguage : null;
  if (declaredIsAField && declared && sample.length < SHORT_STORY) return declared;
  const detected = detectLanguage(sample);
  if (detected === "und" && r.declaredLanguage && /^[a-z]{2}$/.test(r.declaredLanguage)) return r.declaredLanguage;
  return detected;
}
