/**
 * News CMS and API records whose article is not a flat object, seen as one so that the JSON readers
 * (json-item.ts, json-feed.ts) read them by the usual field names:
 * - Arc XP's ANS (Arc Native Specification) stories: the body is a `content_elements` list of typed
 *   elements (text, header, list, quote, image…), the authors are `credits.by`;
 * - IPTC ninjs 2.x (News in JSON, as agencies' APIs deliver it): `headlines`, `bodies` and `bylines` are lists
 *   of {role, value}; the main HTML body is read, else the main plain one;
 * - the Guardian's Content API: the article's own fields (body, headline, byline…) sit in `fields`, and its
 *   contributor tags name the authors one by one (the byline runs names and roles together: "Helen Pidd North
 *   of England editor");
 * - the WordPress REST API: a post's date in UTC is `date_gmt`, its author's name is in `_embedded.author`.
 */
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** Nested elements followed at most (a quote holds text elements; a list may hold a list). */
const MAX_ELEMENT_DEPTH = 4;

/** The record with its wrapped fields brought up: the object itself when it has none. */
export function flatItem(item: Obj): Obj {
  let view = item;
  const fields = item.fields;
  if (isObj(fields)) view = { ...item, ...fields };
  const elements = view.content_elements;
  if (Array.isArray(elements) && typeof view.body !== "string") {
    const body = elementsHtml(elements, 0);
    if (body) view = { ...view, body };
  }
  const contributors = Array.isArray(view.tags) ? view.tags.filter((t) => isObj(t) && t.type === "contributor" && typeof t.webTitle === "string").map((t) => (t as Obj).webTitle) : [];
  if (contributors.length > 0) view = { ...view, byline: undefined, authors: contributors };
  view = ninjsLists(view);
  view = wordPressPost(view);
  const credits = view.credits;
  if (isObj(credits) && Array.isArray(credits.by) && view.author === undefined && view.byline === undefined) view = { ...view, authors: credits.by };
  return view;
}

/**
 * A WordPress REST API post (wp/v2/posts): `date` is the site's local time with no zone, `date_gmt` the same moment in
 * UTC; `author` is a user id, whose name `_embed` puts in `_embedded.author`.
 */
function wordPressPost(item: Obj): Obj {
  if (!isObj(item.title) || typeof item.title.rendered !== "string" || !isObj(item.content)) return item;
  let view = item;
  if (typeof item.date_gmt === "string" && /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?$/.test(item.date_gmt)) view = { ...view, date: `${item.date_gmt}Z` };
  const embedded = isObj(item._embedded) && Array.isArray(item._embedded.author) ? item._embedded.author : [];
  const names = embedded.filter(isObj).map((a) => a.name).filter((n): n is string => typeof n === "string" && n.trim() !== "");
  if (typeof item.author === "number" || names.length > 0) view = { ...view, author: undefined, authors: names };
  return view;
}

/** ninjs 2.x's lists brought to single fields: the main headline, the main body (HTML first), the bylines. */
function ninjsLists(item: Obj): Obj {
  let view = item;
  const main = (list: unknown[]) => list.filter(isObj).filter((x) => typeof x.value === "string" && (x.role === undefined || x.role === "main"));
  if (Array.isArray(item.headlines) && item.headline === undefined) {
    const headline = main(item.headlines)[0]?.value ?? item.headlines.filter(isObj).find((x) => typeof x.value === "string")?.value;
    if (typeof headline === "string") view = { ...view, headline };
  }
  if (Array.isArray(item.bodies) && item.body === undefined) {
    const bodies = main(item.bodies);
    const body = (bodies.find((b) => b.contenttype === "text/html") ?? bodies.find((b) => b.contenttype === "text/plain") ?? bodies[0])?.value;
    if (typeof body === "string") view = { ...view, body };
  }
  if (Array.isArray(item.bylines) && item.byline === undefined) {
    const bylines = item.bylines.filter(isObj).map((b) => b.byline ?? b.name).filter((b): b is string => typeof b === "string");
    if (bylines.length > 0) view = { ...view, authors: bylines };
  }
  return view;
}

/**
 * ANS content elements as HTML the block reader knows: text as paragraphs, headers as headings, lists, quotes,
 * image captions as figure captions. Embeds, raw HTML (newsletter boxes, ads), links to other stories and
 * galleries are page furniture, not the story.
 */
function elementsHtml(elements: unknown[], depth: number): string {
  if (depth > MAX_ELEMENT_DEPTH) return "";
  let html = "";
  for (const e of elements) {
    if (!isObj(e)) continue;
    const content = typeof e.content === "string" ? e.content : "";
    switch (e.type) {
      case "text":
      case "correction":
        if (content.trim()) html += `<p>${content}</p>`;
        break;
      case "header": {
        const level = typeof e.level === "number" && e.level >= 2 && e.level <= 6 ? e.level : 2;
        if (content.trim()) html += `<h${level}>${content}</h${level}>`;
        break;
      }
      case "list":
        if (Array.isArray(e.items)) html += `<ul>${e.items.map((item) => `<li>${elementsHtml([item], depth + 1).replace(/^<p>|<\/p>$/g, "")}</li>`).join("")}</ul>`;
        break;
      case "quote":
      case "blockquote": {
        const inner = Array.isArray(e.content_elements) ? elementsHtml(e.content_elements, depth + 1) : content ? `<p>${content}</p>` : "";
        if (inner) html += `<blockquote>${inner}</blockquote>`;
        break;
      }
      case "image":
        if (typeof e.caption === "string" && e.caption.trim()) html += `<figure><figcaption>${e.caption}</figcaption></figure>`;
        break;
      default:
        break;
    }
  }
  return html;
}
