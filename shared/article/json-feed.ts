import { ExtractionError } from "../errors";
import { bylineAuthors } from "./byline";
import { flatItem } from "./json-cms-shapes";
import { bodyString, CONTAINERS, hasBody, FIELDS, type Obj, dateOf, headlineOf, isNoAuthor, isObj, lookup, pick, sourceNameOf, str, withoutTruncationMarker } from "./json-item";
import { type StoryBody, type StoryFields, type StoryFile, languageTag, names, textOrMarkup } from "./story";

/** Wrappers are shallow in practice ({"data": {"articles": [...]}}); deeper is not a feed we know. */
const MAX_DEPTH = 3;

/**
 * A JSON list of articles: JSON Feed (`items`), news-API responses (`articles`, `results`, …) or a
 * top-level array. One story per item, so a feed of twenty loses none of them; null when the JSON
 * is one article (json-item.ts reads it). Each item's id, or its url, is its guid.
 */
export function readJsonFeed(value: unknown): StoryFile | null {
  const feed = findList(value, null, 0);
  if (!feed) return null;
  const { language } = feed;
  // Each item as the readers see it, CMS wrappers brought up (json-cms-shapes.ts), once.
  const items = feed.items.map((item) => (isObj(item) ? flatItem(item) : item));
  // A list of anything but articles ([1, 2], [{"id": 3}]) is not a feed: the single-item reader says what it expected.
  if (!items.some((item) => isObj(item) && bodyString(item) !== null)) return null;
  const stories = items.map((item, position): StoryFile["stories"][number] =>
    isObj(item) ? storyOf(item, language, position) : { position, id: null, error: new ExtractionError("UNKNOWN_JSON_SHAPE", `Item ${position + 1} of this JSON feed is not an object.`) },
  );
  return { multi: true, stories };
}

/** The first list of objects under a container key (or the value itself), with the feed's declared language. */
function findList(v: unknown, language: string | null, depth: number): { items: unknown[]; language: string | null } | null {
  if (depth > MAX_DEPTH) return null;
  if (Array.isArray(v)) return v.some(isObj) ? { items: v, language } : null;
  if (!isObj(v) || hasBody(flatItem(v))) return null;
  const own = languageTag(str(pick(v, FIELDS.language))) ?? language;
  for (const key of CONTAINERS) {
    const inner = lookup(v, key);
    if (inner === undefined) continue;
    const found = findList(inner, own, depth + 1);
    if (found) return found;
  }
  return null;
}

function storyOf(item: Obj, feedLanguage: string | null, position: number): StoryFields {
  const found = bodyString(item);
  const raw = found === null ? null : withoutTruncationMarker(found);
  // An item without a body still becomes a story: it fails alone (NO_TEXT), and its neighbours land.
  const body: StoryBody | null = raw === null ? null : /<[A-Za-z/]/.test(raw) ? { kind: "html", html: raw } : { kind: "text", text: raw };
  const id = str(lookup(item, "id") ?? lookup(item, "guid") ?? lookup(item, "uuid") ?? lookup(item, "_id")) ?? numberId(lookup(item, "id"));
  return {
    guid: id,
    link: str(pick(item, ["url", "link", "external_url", "webUrl", "permalink"])),
    headline: headlineOf(textOrMarkup(str(pick(item, FIELDS.headline))), sourceNameOf(item)),
    subheadline: null,
    date: dateOf(pick(item, FIELDS.date)),
    language: languageTag(str(pick(item, FIELDS.language))) ?? feedLanguage,
    authors: authorsOf(pick(item, FIELDS.byline)),
    dateline: null,
    body,
    position,
  };
}

function numberId(v: unknown): string | null {
  return typeof v === "number" && Number.isFinite(v) ? String(v) : null;
}

/** JSON Feed's [{"name"}], a list of strings, or one byline string ("By Jane Doe and John Roe"). */
function authorsOf(v: unknown): string[] {
  const list = Array.isArray(v) ? v : [v];
  return names(
    list.flatMap((x) => {
      const s = str(x);
      if (!s || isNoAuthor(s)) return [];
      const read = bylineAuthors(s);
      return read.length > 0 ? read : [s];
    }),
  );
}
