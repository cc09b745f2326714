/**
 * One walk over a parsed page that collects every element the metadata and
 * paragraph readers look at. linkedom compiles a CSS selector on every
 * querySelectorAll/closest call (no cache), which cost more than the rest of
 * HTML parsing put together on typical pages; a single walk is linear and
 * compiles nothing.
 */

export type DomElement = {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomElement>;
  firstElementChild?: DomElement | null;
  nextElementSibling?: DomElement | null;
  parentElement?: DomElement | null;
  getAttribute(name: string): string | null;
};

/**
 * Pushes the element children of `node` onto `stack` in reverse, so they pop
 * in document order. Sibling links, not childNodes: linkedom builds a new
 * list on every childNodes read.
 */
export function pushElementChildren<T>(stack: T[], node: DomElement, frame: (child: DomElement) => T): void {
  const from = stack.length;
  if (node.firstElementChild !== undefined) {
    for (let c = node.firstElementChild; c; c = c.nextElementSibling ?? null) stack.push(frame(c));
  } else {
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) if (children[i].nodeType === 1) stack.push(frame(children[i]));
  }
  // Reverse the pushed run in place.
  for (let i = from, j = stack.length - 1; i < j; i++, j--) [stack[i], stack[j]] = [stack[j], stack[i]];
}

export interface DomIndex {
  /** The <html> element (not always the document's first element: some pages put <meta> before it). */
  html: DomElement | null;
  metas: DomElement[];
  title: DomElement | null;
  h1s: DomElement[];
  canonicalLink: DomElement | null;
  /** Elements with itemprop="datePublished". */
  datePublished: DomElement[];
  /** <time datetime="…"> outside asides. */
  times: DomElement[];
  /** <time datetime="…"> inside asides: a comment's or a related article's time, the page's only when it shows no other. */
  asideTimes: DomElement[];
  /** Elements outside asides (sidebar, footer, related box; a <header> is allowed) whose class or id names a date, time, byline or meta box (`<span class="date">`). */
  dateLike: DomElement[];
  /** Up to 20 elements outside furniture (an <article>'s own <header> is allowed) with no child element whose short text is a whole date ("06.12.2022"). */
  leafDates: DomElement[];
  jsonLdScripts: DomElement[];
  /** Elements with itemprop="articleBody". */
  articleBodies: DomElement[];
  /** Every <p>, and whether it sits in page furniture (navigation, header, footer, aside, form, comments, related links, sidebar). */
  paragraphs: { element: DomElement; inFurniture: boolean }[];
  /** Up to 6 elements outside page furniture (an article <header> is allowed) whose class or id names a standfirst ("lead", "chapo", "standfirst"), in document order. */
  standfirsts: DomElement[];
  /**
   * Up to 4 elements outside asides (a <header> is allowed) and pictures that name the author: rel="author",
   * itemprop="author", or a class or id token such as "byline", "author" or "signature" ("c-signature",
   * "article__author"), not an author's bio box ("author-box", "author-description"), avatar or list of other articles.
   */
  bylines: DomElement[];
  /** Levels of elements below the first <body> (0 for an empty body, -1 without one). */
  bodyDepth: number;
}

/**
 * An attribute by its HTML name, also under the camelCase spelling that React
 * and other server renderers write (`dateTime`, `itemProp`): linkedom keeps
 * attribute names as written, where browsers fold them to lower case.
 */
export function attribute(node: DomElement, name: "datetime" | "itemprop"): string | null {
  return node.getAttribute(name) ?? node.getAttribute(CAMEL_CASE[name]);
}

const CAMEL_CASE = { datetime: "dateTime", itemprop: "itemProp" } as const;

const FURNITURE_TAGS = new Set(["NAV", "HEADER", "FOOTER", "ASIDE", "FORM"]);
// Per class token; a token that names a layout ("c-fixed-sidebar-layout") or says what a container has or
// lacks ("content-has-sidebar", "no-comments") describes an arrangement, not a part.
const FURNITURE_CLASS = /(?:^|\s)(?![^\s]*(?:layout|has-|with-|without-|no-))[^\s]*(?:comment|footer|related|teaser|sidebar)/;
const STANDFIRST = /(?:^|[\s_-])(?:teaser-text|lead|standfirst|chapo|chapeau|sapo|intro|deck|dek|summary|excerpt|subtitle|subheadline|abstract|description)(?:[\s_-]|$)/i;
// Nothing inside a picture, its caption or its credit is a standfirst; nor is the site's or the author's own blurb ("site-description", "author-bio").
const PICTURE_CLASS = /credit|caption|photo|image|video|gallery|social/i;
const BLURB_CLASS = /site|logo|brand|author|bio|cookie|newsletter|search|menu/i;
const AUTHOR_CLASS = /(?:^|[\s_-])(?:byline|author|authors|auteur|auteurs|signature|writer)(?:[\s_-]|$)/i;
const NOT_AUTHOR_CLASS = /bio|avatar|photo|image|img|picture|social|follow|more|other|related|list|date|box|about|desc|detail|info|url|comment|card/i;
const SINGLE_VIEW = /(?:^|[\s_-])single(?:[\s_-]|$)/;
const TEASER_TEXT = /(?:^|[\s_-])teaser[-_](?:text|lead)(?:[\s_-]|$)/;
// A day, month and year, alone in an element: 06.12.2022, 2022-12-06, 6. Dezember 2022, 6 December 2022.
const WHOLE_DATE = /^\s*(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d|\d{1,2}\.?\s+\p{L}{3,}\.?\s+(?:19|20)\d\d)\s*$/u;
// Also Portuguese, Spanish and Italian class names ("AutorDataPublicacao", "fecha-publicacion", "data-pubblicazione").
const DATE_CLASS = /date|Date|datum|fecha|publish|[Pp]ubb?lica|time|byline|meta/;

/** Document-order lists of the elements under `root` (a document or an element), from one iterative walk (pages nest deep). */
export function indexDocument(root: DomElement): DomIndex {
  const index: DomIndex = { html: null, metas: [], title: null, h1s: [], canonicalLink: null, datePublished: [], times: [], asideTimes: [], dateLike: [], leafDates: [], jsonLdScripts: [], articleBodies: [], paragraphs: [], standfirsts: [], bylines: [], bodyDepth: -1 };
  // belowBody: levels below the first <body> (-1 outside it).
  // media: inside a picture, its caption or its credit; aside: inside furniture other than a <header>.
  // article: inside an <article>, whose own <header> holds its byline and date.
  const stack: { node: DomElement; furniture: boolean; belowBody: number; media?: boolean; aside?: boolean; single?: boolean; article?: boolean }[] = [];
  if (root.nodeType === 1) stack.push({ node: root, furniture: false, belowBody: -1 });
  else pushElementChildren(stack, root, (child) => ({ node: child, furniture: false, belowBody: -1 }));
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { node, furniture: inherited } = frame;
    let belowBody = frame.belowBody;
    if (node.nodeType !== 1) continue;
    const tag = node.nodeName.toUpperCase();
    const cls = node.getAttribute("class");
    const id = node.getAttribute("id");
    const itemprop = attribute(node, "itemprop");
    // An article's own <header> holds its standfirst; the other furniture ("aside") does not.
    // The classes of <html> and <body> name the page's type or layout ("pageLayout--related", "single-format-image"), not a part of it.
    const partClass = tag === "HTML" || tag === "BODY" ? null : cls;
    // In a single article's view ("news-single", "single-post"), its "teaser" is its own lead, not a link to another article.
    const single = frame.single === true || (partClass !== null && SINGLE_VIEW.test(partClass));
    const ownTeaser = single && partClass !== null && TEASER_TEXT.test(partClass);
    const aside = frame.aside === true || (tag !== "HEADER" && FURNITURE_TAGS.has(tag)) || node.getAttribute("role") === "navigation" || (!ownTeaser && partClass !== null && FURNITURE_CLASS.test(partClass));
    const furniture = inherited || aside || tag === "HEADER";
    const article = frame.article === true || tag === "ARTICLE";
    if (belowBody < 0 && tag === "BODY" && index.bodyDepth < 0) belowBody = 0;
    if (belowBody > index.bodyDepth) index.bodyDepth = belowBody;
    switch (tag) {
      case "HTML":
        index.html ??= node;
        break;
      case "META":
        index.metas.push(node);
        break;
      case "TITLE":
        index.title ??= node;
        break;
      case "H1":
        index.h1s.push(node);
        break;
      case "LINK":
        if (index.canonicalLink === null && node.getAttribute("rel") === "canonical") index.canonicalLink = node;
        break;
      case "TIME":
        if (attribute(node, "datetime") !== null) (aside ? index.asideTimes : index.times).push(node);
        break;
      case "SCRIPT":
        if (node.getAttribute("type") === "application/ld+json") index.jsonLdScripts.push(node);
        break;
      case "P":
        index.paragraphs.push({ element: node, inFurniture: furniture });
        break;
    }
    if (itemprop === "datePublished") index.datePublished.push(node);
    if (itemprop === "articleBody") index.articleBodies.push(node);
    if ((cls !== null && DATE_CLASS.test(cls)) || (id !== null && id.includes("date"))) {
      // Dates in a sidebar, a footer or a related-articles box are other articles' (a page header's may be this one's).
      if (!aside) index.dateLike.push(node);
    } else if ((!furniture || (article && !aside)) && belowBody > 0 && index.leafDates.length < 20 && node.firstElementChild === null) {
      const text = node.textContent ?? "";
      if (text.length >= 8 && text.length <= 40 && WHOLE_DATE.test(text)) index.leafDates.push(node);
    }
    const media = frame.media === true || tag === "FIGURE" || tag === "FIGCAPTION" || (partClass !== null && PICTURE_CLASS.test(partClass));
    if (!aside && !media && !(partClass !== null && BLURB_CLASS.test(partClass)) && belowBody >= 0 && index.standfirsts.length < 6 && ((cls !== null && STANDFIRST.test(cls)) || (id !== null && STANDFIRST.test(id)))) index.standfirsts.push(node);
    if (!aside && !media && belowBody >= 0 && index.bylines.length < 4 && isAuthorElement(node, tag, partClass, id, itemprop)) index.bylines.push(node);
    const childDepth = belowBody < 0 ? -1 : belowBody + 1;
    pushElementChildren(stack, node, (child) => ({ node: child, furniture, belowBody: childDepth, media, aside, single, article }));
  }
  return index;
}

function isAuthorElement(node: DomElement, tag: string, cls: string | null, id: string | null, itemprop: string | null): boolean {
  // rel is read on links only: one attribute lookup per element of every page otherwise.
  if (itemprop === "author" || (tag === "A" && node.getAttribute("rel") === "author")) return true;
  const named = (cls !== null && AUTHOR_CLASS.test(cls)) || (id !== null && AUTHOR_CLASS.test(id));
  return named && !NOT_AUTHOR_CLASS.test(`${cls ?? ""} ${id ?? ""}`);
}

/** Text of the <a> elements under `root`, in characters (to tell link lists from prose). */
export function linkTextLength(root: DomElement): number {
  let chars = 0;
  const stack: DomElement[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType !== 1) continue;
    if (node.nodeName.toUpperCase() === "A") {
      chars += (node.textContent ?? "").length;
      continue;
    }
    pushElementChildren(stack, node, (child) => child);
  }
  return chars;
}
