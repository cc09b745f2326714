import { decodeHTML } from "entities";
import { linkedom } from "#deferred-modules";
import { ExtractionError } from "../errors";
import type { DatePrecision } from "../summary";
import { paragraphBlocks, segmentBlocks, segment } from "./blocks";
import { isWireAgency } from "../lang/article-tables";
import { cleanHeadline, stripSiteName } from "./headline";
import { htmlBlocks } from "./html-blocks";
import { flatItem } from "./json-cms-shapes";
import type { FormatResult } from "./index";
import { layoutBlocks } from "./layout";
import { parseDateString } from "./published-date";

/** Field names feeds, news APIs and article tables use, best first (French column names of exports after the English). */
export const FIELDS = {
  headline: ["headline", "headlines", "title", "webTitle", "name", "titre"],
  date: ["datePublished", "date_published", "publishedAt", "published_at", "published", "pubDate", "publicationDate", "publication_date", "first_publish_date", "firstPublicationDate", "webPublicationDate", "display_date", "firstcreated", "versioncreated", "date", "firstPublished", "created_at", "createdAt", "created", "timestamp"],
  body: ["articleBody", "body", "text", "content", "content_text", "content_html", "contentHtml", "bodyText", "body_html", "fullText", "story", "texte", "contenu"],
  summary: ["description", "summary", "abstract", "excerpt", "lead", "standfirst", "trailText"],
  byline: ["byline", "author", "authors", "creator", "writer", "auteur", "auteurs"],
  language: ["language", "lang", "inLanguage", "locale", "langue"],
};

export const CONTAINERS = ["items", "articles", "entries", "results", "data", "docs", "stories", "item", "article", "entry", "story", "response", "content", "content_elements"];

export type Obj = Record<string, unknown>;

/**
 * A JSON news item or news-API record: one article object, possibly inside a
 * wrapper (`item`, `data`, …). Lists of items are feeds, read story by story
 * (json-feed.ts). Body text may be HTML.
 */
export function parseJsonItem(source: string): FormatResult {
  return jsonItemResult(parseJsonValue(source));
}

/** The parsed JSON, read once for both readers (json-feed.ts, then this one); BAD_JSON when it does not parse. */
export function parseJsonValue(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch (e) {
    throw new ExtractionError("BAD_JSON", `The JSON does not parse (${(e as Error).message}): fix the file or upload it as .txt.`);
  }
}

/** One article object, found in the parsed JSON (findItem hands it back flattened). */
export function jsonItemResult(value: unknown): FormatResult {
  const item = findItem(value, 0);
  if (!item) throw unknownShape();
  const rawBody = bodyString(item);
  if (!rawBody) throw unknownShape();
  const bodyRaw = withoutTruncationMarker(rawBody);
  const headline = headlineOf(str(pick(item, FIELDS.headline)), sourceNameOf(item));
  const dateValue = pick(item, FIELDS.date);
  const byline = bylineOf(pick(item, FIELDS.byline));
  const language = (str(pick(item, FIELDS.language)) ?? "").slice(0, 2).toLowerCase() || null;
  const metadataDate = dateOf(dateValue);

  let text: string;
  let segments: FormatResult["segments"];
  if (/<\/?(p|div|br|h[1-6]|ul|li|figure|blockquote)\b/i.test(bodyRaw)) {
    const { document } = linkedom().parseHTML(`<!doctype html><html><body>${bodyRaw}</body></html>`);
    const blocks = htmlBlocks((document as unknown as { body: never }).body);
    ({ text, segments } = layoutBlocks(headline, byline ? [{ kind: "byline", text: byline }, ...blocks] : blocks));
  } else {
    // Plain body: kept as written after the headline (and byline), so its paragraphs keep their offsets.
    const head = [headline, byline].filter((x): x is string => !!x);
    const prefix = head.length ? head.join("\n\n") + "\n\n" : "";
    text = prefix + bodyRaw;
    segments = [];
    let at = 0;
    if (headline) {
      segments.push(segment(text, "headline", 0, headline.length));
      at = headline.length + 2;
    }
    if (byline) segments.push(segment(text, "byline", at, at + byline.length));
    // Not push(...): a spread of one argument per paragraph overflows the stack on a body of many short lines.
    for (const s of segmentBlocks(text, paragraphBlocks(text, prefix.length, text.length))) segments.push(s);
  }
  return { text, segments, headline, metadataDate, headerDate: null, declaredLanguage: language };
}

function unknownShape(): ExtractionError {
  return new ExtractionError(
    "UNKNOWN_JSON_SHAPE",
    "This JSON is not an article item: expected an object with a body (articleBody, body, text or content) and usually a title and date.",
  );
}

export function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function findItem(v: unknown, depth: number): Obj | null {
  if (depth > 3) return null;
  if (Array.isArray(v)) return v.length > 0 ? findItem(v[0], depth + 1) : null;
  if (!isObj(v)) return null;
  // The article as the readers see it, CMS wrappers brought up (json-cms-shapes.ts): flattened once, here.
  const view = flatItem(v);
  if (hasBody(view)) return view;
  for (const k of CONTAINERS) {
    const inner = lookup(v, k);
    if (inner !== undefined) {
      const found = findItem(inner, depth + 1);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Whether an object is an article rather than a wrapper: it has a body with text in it (a wrapper's
 * "description" of the response, beside its list of articles, does not make it one).
 */
export function hasBody(item: Obj): boolean {
  const body = str(pick(item, FIELDS.body));
  return body !== null && body.trim() !== "";
}

/** The item's body, or its summary when it has none: a string with text in it, else null. */
export function bodyString(item: Obj): string | null {
  const body = str(pick(item, FIELDS.body)) ?? str(pick(item, FIELDS.summary));
  return body && body.trim() !== "" ? body : null;
}

/** Case-insensitive key lookup. */
export function lookup(o: Obj, key: string): unknown {
  if (key in o) return o[key];
  const lower = key.toLowerCase();
  for (const k of Object.keys(o)) if (k.toLowerCase() === lower) return o[k];
  return undefined;
}

export function pick(o: Obj, keys: string[]): unknown {
  for (const k of keys) {
    const v = lookup(o, k);
    if (v !== undefined && v !== null && v !== "") return v;
  }
  return undefined;
}

/** Strings, and the `{rendered}` / `{value}` wrappers of WordPress-like APIs (`{basic}`: Arc XP's headlines). */
export function str(v: unknown): string | null {
  if (typeof v === "string") return v;
  if (isObj(v)) return str(v.rendered ?? v.value ?? v.text ?? v.html ?? v.name ?? v.basic);
  return null;
}

export function bylineOf(v: unknown): string | null {
  if (Array.isArray(v)) {
    const names = v.map((x) => str(x)).filter((x): x is string => !!x && !isNoAuthor(x));
    return names.length ? names.join(", ") : null;
  }
  const s = str(v);
  return s && !isNoAuthor(s) ? s.replace(/\s+/g, " ").trim() || null : null;
}

export function dateOf(v: unknown): { date: string; precision: DatePrecision } | null {
  if (typeof v === "number" && Number.isFinite(v)) {
    const ms = v > 1e11 ? v : v * 1000;
    return { date: new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z"), precision: "time" };
  }
  const s = str(v);
  return s ? parseDateString(s) : null;
}

function stripTags(s: string): string {
  return s.replace(/<[^>]*>/g, "");
}

/** The publication a news API names ({"source": {"name": "Reuters"}}, "publisher", "site_name"): stripped from its titles. */
export function sourceNameOf(item: Obj): string | null {
  const src = pick(item, ["source", "publisher", "site_name", "siteName"]);
  return str(isObj(src) ? (src.name ?? src.title ?? null) : src);
}

/** A headline without the publication's name a news API appends ("Workers vote to strike - Reuters"). */
export function headlineOf(raw: string | null, source: string | null): string | null {
  if (!raw) return null;
  // A rendered title (WordPress's title.rendered) holds HTML's entities: "Rennes&nbsp;: la ligne b du m&eacute;tro".
  const plain = stripTags(raw);
  const h = cleanHeadline(/&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/i.test(plain) ? decodeHTML(plain) : plain);
  return source ? stripSiteName(h, [source]) : h;
}

/** "The union… [+1843 chars]": the marker a news API puts after a body it shortened is not text. */
export function withoutTruncationMarker(body: string): string {
  return body.replace(/\s*\[\+\d+\s*chars?\]\s*$/u, "");
}

/** An author field that names no one: a profile URL, an e-mail address, or a wire agency ("Reuters"). */
export function isNoAuthor(name: string): boolean {
  return /^(?:https?:\/\/|www\.)|@/.test(name.trim()) || isWireAgency(name.trim());
}
