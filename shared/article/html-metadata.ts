/**
 * Metadata publishers put in HTML pages: titles, site name, publication
 * date, byline and language, read from the DOM before Readability changes it.
 */

import { type DomElement, type DomIndex, attribute } from "./dom-index";

export interface HtmlMetadata {
  lang: string | null;
  /** og:title, twitter:title, JSON-LD headline, meta title: as written. */
  metaTitles: string[];
  documentTitle: string | null;
  h1s: string[];
  siteNames: string[];
  /** Date strings, best evidence first, with where each came from. */
  dates: { value: string; from: string }[];
  byline: string | null;
  url: string | null;
  /** The year of the page's copyright line, read on demand (it walks the whole page's text). */
  copyrightYear: () => number | null;
  description: string | null;
  /** The JSON-LD articleBody, as written (paywalled pages often keep the whole text there). */
  articleBody: string | null;
}

/** Entities escaped twice by the publisher's CMS ("&amp;quot;") are still entities after parsing. */
const ENTITIES: Record<string, string> = { quot: '"', amp: "&", apos: "'", lt: "<", gt: ">", nbsp: " ", rsquo: "’", lsquo: "‘", laquo: "«", raquo: "»", ldquo: "“", rdquo: "”", hellip: "…", ndash: "–", mdash: "—" };

function decodeEntities(s: string): string {
  return s.replace(/&(#\d{1,6}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const clean = (s: string | null | undefined) => decodeEntities((s ?? "").replace(/\s+/g, " ").trim()).trim();

/** meta[name|property|itemprop = key] content, case-insensitive on the key. */
function metaIndex(page: DomIndex): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const metas = page.metas;
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    const content = m.getAttribute("content");
    if (!content) continue;
    for (const attr of ["property", "name", "itemprop"]) {
      const key = (attr === "itemprop" ? attribute(m, "itemprop") : m.getAttribute(attr))?.trim().toLowerCase();
      if (!key) continue;
      const list = index.get(key) ?? [];
      list.push(content.trim());
      index.set(key, list);
    }
  }
  return index;
}

const PUBLISHED_META_KEYS = [
  "article:published_time",
  "og:article:published_time",
  "og:published_time",
  "datepublished",
  "article:published",
  "published_time",
  "publish-date",
  "publishdate",
  "publish_date",
  "pubdate",
  "publication_date",
  "date.published",
  "sailthru.date",
  "parsely-pub-date",
  "dc.date.issued",
  "dcterms.issued",
  "dc.date.created",
  "dcterms.created",
  "dc.date",
  "dcterms.date",
  "date",
  "article.published",
];

/**
 * The address a browser saved the page from, from the comment it writes at the top ("Save Page As":
 * `<!-- saved from url=(0063)https://… -->`) or SingleFile's header (`url: https://…`). Read from the
 * first 4 KB only: that is where both put it.
 */
export function savedFromUrl(source: string): string | null {
  const head = source.slice(0, 4096);
  const m = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(head) ?? /<!--[^>]*?Page saved with SingleFile[\s\S]*?\burl:\s*(https?:\/\/\S+)/.exec(head);
  return m ? m[1] : null;
}

export function readHtmlMetadata(page: DomIndex, root: DomElement | null, savedFrom: string | null = null): HtmlMetadata {
  const meta = metaIndex(page);
  const first = (k: string) => meta.get(k)?.[0] ?? null;
  const jsonLd = readJsonLd(page.jsonLdScripts);
  const metaTitles = [first("og:title"), jsonLd.headline, first("twitter:title"), first("title"), first("headline"), first("dc.title")].map(clean).filter(Boolean);
  const titleEl = page.title;
  const url = first("og:url") ?? page.canonicalLink?.getAttribute("href") ?? savedFrom;
  const h1s: string[] = [];
  const h1List = page.h1s;
  for (let i = 0; i < h1List.length && h1s.length < 5; i++) {
    const t = clean(h1List[i].textContent);
    if (t && !navigational(h1List[i], url)) h1s.push(t);
  }
  const siteNames = [first("og:site_name"), first("application-name"), jsonLd.publisher, first("twitter:site")?.replace(/^@/, "") ?? null, domainName(url)]
    .map(clean)
    .filter(Boolean);

  const dates: { value: string; from: string }[] = [];
  // The Open Graph time first: where it and JSON-LD disagree, it is the one pages show (republished articles).
  for (const v of meta.get("article:published_time") ?? []) dates.push({ value: v, from: "meta article:published_time" });
  if (jsonLd.datePublished) dates.push({ value: jsonLd.datePublished, from: "json-ld" });
  for (const k of PUBLISHED_META_KEYS.slice(1)) for (const v of meta.get(k) ?? []) dates.push({ value: v, from: `meta ${k}` });
  const itemprops = page.datePublished;
  for (let i = 0; i < itemprops.length; i++) {
    const e = itemprops[i];
    const v = e.getAttribute("content") ?? attribute(e, "datetime") ?? clean(e.textContent);
    if (v) dates.push({ value: v, from: "itemprop" });
  }
  const times = page.times;
  for (let i = 0; i < times.length && i < 3; i++) {
    const v = attribute(times[i], "datetime");
    if (v) dates.push({ value: v, from: "time" });
  }
  // The line right under the headline (a byline box whatever its class: "18.02.2022, 10:27 | Recht"): the
  // page's own date, shown where readers look first, ahead of dates deeper in the page.
  const underHeadline = h1List.length > 0 ? lineUnder(h1List[0]) : null;
  if (underHeadline) dates.push({ value: underHeadline, from: "page" });
  // Dates shown on the page in elements named for them (`<span class="date">`), kept short to skip paragraphs.
  // The first five vote on the shown date; the later ones are read only for a publication cue ("Publié le").
  const shown = page.dateLike;
  for (let i = 0, taken = 0; i < shown.length && taken < 40; i++) {
    const t = clean(shown[i].textContent);
    if (t.length >= 6 && t.length <= 160 && /\d/.test(t)) {
      dates.push({ value: t, from: taken < 5 ? "page" : "page-more" });
      taken++;
    }
  }
  const fromUrl = url ? urlDate(url) : null;
  if (fromUrl) dates.push({ value: fromUrl, from: "url" });
  // Last: dates that stand alone in an element of their own, anywhere in the page.
  for (const el of page.leafDates) dates.push({ value: clean(el.textContent), from: "leaf" });
  // A label in the element beside a lone date ("Erschienen am" | "15.12.2022") is read with it, for its cue.
  for (const el of page.leafDates) {
    const own = clean(el.textContent);
    let around = own;
    for (let e = el.parentElement; e && around === own; e = e.parentElement) around = clean(e.textContent);
    if (around.length <= 80 && around !== own) dates.push({ value: around, from: "leaf context" });
  }
  // Then the first time element of an aside (comments, related articles): the page's date only when nothing else is.
  const asideTime = page.asideTimes.length > 0 ? attribute(page.asideTimes[0], "datetime") : null;
  if (asideTime) dates.push({ value: asideTime, from: "aside time" });

  const lang = clean(root?.getAttribute("lang") ?? first("og:locale") ?? first("content-language") ?? first("language"))
    .slice(0, 2)
    .toLowerCase();
  const byline = clean(jsonLd.author ?? first("author") ?? first("article:author") ?? first("byl")) || null;
  const description = clean(first("og:description") ?? first("description") ?? first("twitter:description")) || null;
  return { articleBody: jsonLd.articleBody, description, lang: lang || null, metaTitles, documentTitle: clean(titleEl?.textContent) || null, h1s, siteNames, dates, byline, url, copyrightYear: () => (root ? copyrightYear([root.textContent ?? ""]) : null) };
}

/** The short text (a byline line) of one of the two elements after an <h1>, when it shows a digit; else null. */
function lineUnder(h1: DomElement): string | null {
  let e = h1.nextElementSibling ?? null;
  for (let i = 0; e && i < 2; i++, e = e.nextElementSibling ?? null) {
    const t = clean(e.textContent);
    if (t.length >= 6 && t.length <= 160 && /\d/.test(t)) return t;
  }
  return null;
}

/**
 * An <h1> that is navigation, not a title: inside <nav> (or role="navigation"), or all of it one link
 * to another page than this one ("Back to home news" linking to "/news/"). A title linking to its own
 * article (a blog's permalink) is still the title.
 */
function navigational(h1: DomElement, url: string | null): boolean {
  for (let e = h1.parentElement; e; e = e.parentElement) {
    if (e.nodeName.toUpperCase() === "NAV" || e.getAttribute("role") === "navigation") return true;
    if (e.nodeName.toUpperCase() === "A") return linksAway(e, url);
  }
  const text = (h1.textContent ?? "").trim();
  const links: DomElement[] = [];
  const stack: DomElement[] = [h1];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.nodeType !== 1) continue;
    if (n.nodeName.toUpperCase() === "A") links.push(n);
    else for (let i = 0; i < n.childNodes.length; i++) stack.push(n.childNodes[i]);
  }
  return links.length === 1 && (links[0].textContent ?? "").trim() === text && linksAway(links[0], url);
}

/** The link's path is known and is not this page's (compared without query, fragment or final slash). */
function linksAway(a: DomElement, url: string | null): boolean {
  const href = a.getAttribute("href");
  if (!href || !url || href.startsWith("#") || /^javascript:/i.test(href)) return false;
  const path = (u: string) => u.replace(/^(?:https?:)?\/\/[^/]+/i, "").replace(/[?#].*$/, "").replace(/\/+$/, "");
  return path(href) !== path(url);
}

function domainName(url: string | null): string | null {
  if (!url) return null;
  const m = /^(?:https?:)?\/\/(?:www\.)?([^/:]+)/i.exec(url);
  if (!m) return null;
  const host = m[1].split(".");
  return host.length >= 2 ? host[host.length - 2] : host[0];
}

/**
 * The last year of the page's copyright line ("© 2015-2020", "Copyright 2019"): the year the page was
 * last served as current, which completes a day shown without its year. Not after the present year.
 */
export function copyrightYear(texts: string[], now = Date.now()): number | null {
  const thisYear = new Date(now).getUTCFullYear();
  let best: number | null = null;
  for (const t of texts)
    for (const m of t.matchAll(/(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)(?!\d)/giu)) {
      const y = Number(m[1]);
      if (y <= thisYear && (best === null || y > best)) best = y;
    }
  return best;
}

/** /2023/11/09/, /2023-11-09, /20231109/ in an article URL. */
export function urlDate(url: string): string | null {
  const m = /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/_-]|$)/.exec(url) ?? /[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(url);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

interface JsonLdFacts {
  articleBody: string | null;
  headline: string | null;
  datePublished: string | null;
  author: string | null;
  publisher: string | null;
}

const ARTICLE_TYPES = /Article|Posting|Report|WebPage|BlogPosting/i;

function readJsonLd(scripts: DomElement[]): JsonLdFacts {
  const facts: JsonLdFacts = { articleBody: null, headline: null, datePublished: null, author: null, publisher: null };
  const nodes: Record<string, unknown>[] = [];
  const collect = (v: unknown, depth: number) => {
    if (depth > 4 || v === null || typeof v !== "object") return;
    if (Array.isArray(v)) return v.forEach((x) => collect(x, depth + 1));
    const o = v as Record<string, unknown>;
    nodes.push(o);
    if (o["@graph"]) collect(o["@graph"], depth + 1);
    if (o.mainEntity) collect(o.mainEntity, depth + 1);
  };
  for (let i = 0; i < scripts.length; i++) {
    try {
      collect(JSON.parse(scripts[i].textContent ?? ""), 0);
    } catch {
      // Broken JSON-LD is common; other evidence remains.
    }
  }
  const typed = nodes.filter((n) => ARTICLE_TYPES.test(String(n["@type"] ?? "")));
  const ordered = [...typed.filter((n) => /Article|Posting|Report/.test(String(n["@type"]))), ...typed, ...nodes];
  for (const n of ordered) {
    facts.headline ??= typeof n.headline === "string" ? n.headline : null;
    facts.articleBody ??= typeof n.articleBody === "string" && n.articleBody.trim() !== "" ? n.articleBody : null;
    facts.datePublished ??= typeof n.datePublished === "string" ? n.datePublished : null;
    facts.author ??= namesOf(n.author);
    facts.publisher ??= nameOf(n.publisher);
  }
  return facts;
}

/** Every author of a JSON-LD `author` (a string, a Person, or a list of them), joined as a byline line reads ("A, B"). */
function namesOf(v: unknown): string | null {
  if (!Array.isArray(v)) return nameOf(v);
  const names = v.map(nameOf).filter((n): n is string => !!n);
  return names.length ? names.join(", ") : null;
}

function nameOf(v: unknown): string | null {
  if (typeof v === "string") return v;
  if (Array.isArray(v)) return nameOf(v[0]);
  if (v && typeof v === "object" && typeof (v as { name?: unknown }).name === "string") return (v as { name: string }).name;
  return null;
}
