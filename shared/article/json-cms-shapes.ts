/**
 * News CMS and API records whose article is not a flat object, seen as one so that the JSON readers
 * (json-item.ts, json-feed.ts) read them by the usual field names:
 * - Arc XP's ANS (Arc Native Specification) stories: the body is a `content_elements` list of typed
 *   elements (text, header, list, quote, image…), the authors are `credits.by`;
 * - the Guardian's Content API: the article's own fields (body, headline, byline…) sit in `fields`, and its
 *   contributor tags name the authors one by one (the byline runs names and roles together: "Helen Pidd North
 *   of England editor").
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
  const credits = view.credits;
  if (isObj(credits) && Array.isArray(credits.by) && view.author === undefined && view.byline === undefined) view = { ...view, authors: credits.by };
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
