import { linkedom } from "#deferred-modules";
import { ExtractionError } from "../errors";
import { LinkedomReadability, descendantsWithTags } from "./readability";
import { cleanHeadline, siteKey, stripSiteName } from "./headline";
import { htmlBlocks, type HtmlBlock } from "./html-blocks";
import { isClosingNotice } from "./blocks";
import { readHtmlMetadata, savedFromUrl, type HtmlMetadata } from "./html-metadata";
import { type DomElement, type DomIndex, indexDocument, linkTextLength } from "./dom-index";
import type { FormatResult } from "./index";
import { bylineAuthors } from "./byline";
import { flattenMarkup, markupDepth } from "./html-depth";
import { layoutBlocks } from "./layout";
import { ARTICLE_TABLES } from "../lang/article-tables";
import { anyShownDate, cuedPublicationDate, type Dated, latestShown, shownDate, yearFromPage } from "./shown-dates";
import { parseDateString } from "./published-date";
import { fold, isFurniture } from "./page-furniture";

/**
 * The first date of the metadata that parses. Without any, a date shown on
 * the page that a publication cue introduces ("Publié le …"), else the day
 * most of the first shown dates name (a list of teasers shows many). A bare date or a
 * UTC timestamp gives way to the date shown on the page within a day of it;
 * a UTC timestamp then to one carrying the newsroom's own time zone: that is
 * the publisher's day.
 */
function publicationDate(meta: HtmlMetadata, source: string): Dated | null {
  const lang = meta.lang ?? "und";
  const isShown = (from: string) => from === "page" || from === "page-more" || from === "leaf" || from === "leaf context";
  const shown = meta.dates.filter((d) => d.from === "page").map((d) => shownDate(d.value, lang)).filter((d): d is Dated => d !== null);
  const shownTexts = meta.dates.filter((d) => isShown(d.from)).map((d) => d.value);
  // A day cued without its year takes the year of the latest date the page shows, else its copyright's.
  const reference = latestShown(shownTexts, lang) ?? copyrightEnd(meta);
  const cued = cuedPublicationDate(meta.dates.filter((d) => d.from === "page" || d.from === "page-more" || d.from === "leaf context").map((d) => d.value), lang, Date.now(), yearFromPage(source, reference));
  const shownDays = new Set(shown.map((d) => d.date));
  const parsed: { value: string; date: Dated }[] = [];
  for (const d of meta.dates) {
    if (isShown(d.from) || d.from === "aside time") continue;
    const date = parseDateString(d.value, lang);
    if (date) parsed.push({ value: d.value, date });
  }
  if (parsed.length === 0 && cued) return cued;
  // Last resort: dates standing alone in their own element, when they all name one day (a list of teasers shows many).
  const alone = parsed.length === 0 && shown.length === 0 ? meta.dates.filter((d) => d.from === "leaf").map((d) => shownDate(d.value, lang)).filter((d): d is Dated => d !== null) : [];
  if (alone.length > 0 && new Set(alone.map((d) => d.date)).size === 1) return alone[0];
  const first = parsed[0]?.date ?? mostShown(shown);
  if (!first || !parsed[0]) return first;
  const day = Date.parse(first.date.slice(0, 10));
  const near = (d: Dated) => Math.abs(Date.parse(d.date.slice(0, 10)) - day) <= 86400000;
  const utc = first.precision === "time" && /(Z|[+-]00:?00)$/.test(parsed[0].value.trim());
  // A bare date or a UTC time in the metadata says less than the date the page shows, a day away: that is the publisher's day.
  const onPage = cued ?? (shownDays.size === 1 ? shown[0] : null);
  if ((utc || /^\d{4}-\d\d-\d\d$/.test(parsed[0].value.trim())) && onPage && near(onPage)) return onPage;
  if (!utc) return first;
  const local = parsed.find((p) => /[+-](0[1-9]|1\d):?\d\d$/.test(p.value.trim()) && near(p.date))?.date;
  return local ?? first;
}

/**
 * With no other date: the first date the page shows, though an update cue introduces it (an article
 * updated is at least that old, and htmldate reads it so), else a time element of the page's asides.
 */
function lastResortDate(meta: HtmlMetadata): Dated | null {
  const lang = meta.lang ?? "und";
  for (const d of meta.dates) {
    if (d.from !== "page" && d.from !== "page-more") continue;
    const shown = anyShownDate(d.value, lang);
    if (shown) return shown;
  }
  const t = meta.dates.find((d) => d.from === "aside time");
  return t ? parseDateString(t.value, lang) : null;
}

/** The last day of the page's copyright year, or null. */
function copyrightEnd(meta: HtmlMetadata): string | null {
  const y = meta.copyrightYear();
  return y === null ? null : `${y}-12-31`;
}

/** The day most shown dates name; on a tie, the first shown of those. */
function mostShown(shown: Dated[]): Dated | null {
  const count = new Map<string, number>();
  for (const d of shown) count.set(d.date, (count.get(d.date) ?? 0) + 1);
  let best: Dated | null = null;
  for (const d of shown) if (best === null || count.get(d.date)! > count.get(best.date)!) best = d;
  return best;
}

/**
 * An HTML page: metadata from the head, the article body from Mozilla
 * Readability over linkedom, laid out as plain text (headline, blank line,
 * one block per paragraph) that every offset indexes.
 */
export function parseHtml(source: string, savedFrom: string | null = null): FormatResult {
  // Nested thousands deep, a page is flattened to its text-bearing elements first (html-depth.ts).
  const html = markupDepth(source, MAX_MARKUP_DEPTH) > MAX_MARKUP_DEPTH ? flattenMarkup(source) : source;
  let { document } = linkedom().parseHTML(html);
  // Bare text (a flattened page whose tags were all inline) gives linkedom no root element at all.
  if (!(document as unknown as { documentElement: unknown }).documentElement) ({ document } = linkedom().parseHTML(`<!doctype html><html><body>${html}</body></html>`));
  const page = indexDocument(document as unknown as DomElement);
  const meta = readHtmlMetadata(page, page.html ?? (document as unknown as { documentElement: DomElement | null }).documentElement, savedFrom ?? savedFromUrl(source));
  const headline = chooseHeadline(meta);
  // The publisher's own schema.org articleBody, when there is one, beats any guess.
  let blocks: HtmlBlock[] = articleBodyBlocks(page);
  let publishedTime: string | null | undefined = null;
  // Read before Readability, which detaches the page's header from the document.
  const caption = leadCaption(page, headline);
  if (blocks.length === 0) {
    // Read before Readability, which rearranges the document.
    const fallback = paragraphFallback(page);
    // A page of several articles (endless scroll): the one around the headline's own <h1>.
    const home = headlineArticle(page, headline);
    const homeBlocks = home ? htmlBlocks(home as never) : [];
    // Readability's tree walks are super-linear in depth; past real pages' depth, the paragraphs alone are safer.
    const body = (document as unknown as { body?: unknown }).body;
    if (body && page.bodyDepth > MAX_READABILITY_DEPTH) {
      blocks = fallback.length > 0 ? fallback : htmlBlocks(body as never);
    } else {
      // linkedom has no layout: Readability's visibility checks read style attributes only.
      const article = new LinkedomReadability(document as never, { serializer: (n: unknown) => n, charThreshold: 300, keepClasses: true }).parse();
      publishedTime = article?.publishedTime;
      blocks = article?.content ? htmlBlocks(article.content as never) : [];
    }
    // Readability sometimes keeps a fragment of a page whose paragraphs sit in many sibling containers.
    if (textLength(fallback) > Math.max(2 * textLength(blocks), textLength(blocks) + 600) || (textLength(blocks) < MIN_BODY_CHARS && textLength(fallback) > textLength(blocks))) blocks = fallback;
    else blocks = withIntro(blocks, fallback);
    if (textLength(homeBlocks) >= 300 && !mostlyWithin(blocks, homeBlocks)) blocks = homeBlocks;
  }
  // A paywall or a script-rendered page shows a stub, or only part of the text; the publisher's JSON-LD
  // articleBody may hold all of it. It wins when it is half again as long, and 300 characters longer.
  const ldBody = meta.articleBody ? articleBodyParagraphs(meta.articleBody) : [];
  if (textLength(ldBody) >= textLength(blocks) + Math.max(textLength(blocks) / 2, 300)) blocks = ldBody;
  blocks = withStandfirst(blocks, page, headline);
  blocks = withLeadCaption(blocks, caption);
  blocks = cleanBlocks(blocks, headline, meta.description);
  const { text, segments } = layoutBlocks(headline, blocks);
  // A page whose body is a line or two of furniture (a cookie notice, a copyright) is not an article.
  if (textLength(blocks) < MIN_BODY_CHARS) throw new ExtractionError("NO_TEXT", "No article text was found in this HTML page.");
  let metadataDate = publicationDate(meta, html) ?? lastResortDate(meta);
  if (!metadataDate && publishedTime) metadataDate = parseDateString(publishedTime, meta.lang ?? "und");
  return { text, segments, headline, metadataDate, headerDate: null, declaredLanguage: meta.lang, authors: pageAuthors(meta, blocks, page), closingLines: closingParagraphs(page) };
}

/**
 * The authors the page's metadata declares; else, when no byline line of the article's own text names any, those of
 * a byline element anywhere in the page: a signature block outside the part Readability keeps
 * ("<div class="c-signature">Julien Marsault - France Télévisions</div>") still names the author.
 */
function pageAuthors(meta: HtmlMetadata, blocks: HtmlBlock[], page: DomIndex): string[] {
  const declared = bylineAuthors(meta.byline);
  // A byline line of the text that names someone gives the authors later (index.ts); one with only a date does not.
  if (declared.length > 0 || blocks.some((b) => b.kind === "byline" && bylineAuthors(b.text).length > 0)) return declared;
  for (const element of page.bylines) {
    // Text by text first: "<span>Claire Moreau</span><span>Ouest France</span>" read whole would be one long "name".
    const texts = textNodes(element);
    for (const text of [...texts, texts.join(" ")]) {
      const line = text.replace(/\s+/g, " ").trim();
      const authors = line.length <= 150 ? bylineAuthors(line) : [];
      if (authors.length > 0) return authors;
    }
  }
  return [];
}

/**
 * The page's last paragraphs, where a syndicated story's credit sits ("(Reporting by …; Editing by …)") whether or not
 * the text kept it: the text leaves it out, and the paragraph fallback never takes it.
 */
function closingParagraphs(page: DomIndex): string[] {
  return page.paragraphs.slice(-3).map(({ element }) => (element.textContent ?? "").replace(/\s+/g, " ").trim());
}

/** The text nodes under an element, in document order (the first 20). */
function textNodes(root: DomElement): string[] {
  const out: string[] = [];
  const stack: DomElement[] = [root];
  while (stack.length > 0 && out.length < 20) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      if (/\p{L}/u.test(node.textContent ?? "")) out.push(node.textContent!);
    } else if (node.nodeType === 1) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]);
  }
  return out;
}



const words = (s: string) => new Set(fold(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 3));

/** A phrase spelled by a site key, as "Zeitung für kommunale Wirtschaft" by zfk and "Landwirtschaftskammer Niedersachsen" by lwknds. */
function namesSite(phrase: string, sites: ReadonlySet<string>): boolean {
  const p = siteKey(phrase);
  for (const key of sites) {
    if (key.length < 3 || p[0] !== key[0]) continue;
    let j = 0;
    for (let i = 0; i < p.length && j < key.length; i++) if (p[i] === key[j]) j++;
    if (j === key.length) return true;
  }
  return false;
}

/**
 * The page's own <h1> (what readers see as the title), picked among several
 * by its overlap with the declared titles; otherwise the declared title
 * (og:title, JSON-LD headline, <title>) without the site name. A <title> that
 * only adds a " : subtitle" to the h1 is kept whole.
 */
export function chooseHeadline(meta: HtmlMetadata): string | null {
  const siteNames = meta.siteNames.map(fold);
  const documentTitle = meta.documentTitle ? stripSiteName(meta.documentTitle, meta.siteNames) : null;
  const metaTitles = meta.metaTitles.map((t) => untruncated(stripSiteName(t, meta.siteNames), documentTitle)).filter((t) => t.length >= 3);
  // A title that is only the site's name ("Anwalt Niemeyer" on anwaltniemeyer.de) names no article.
  const sites = new Set(meta.siteNames.map(siteKey).filter((s) => s.length >= 3));
  const declared = [...metaTitles, ...(documentTitle && documentTitle.length >= 3 ? [documentTitle] : [])].filter((t) => !sites.has(siteKey(t)));
  const confirmed = new Set(metaTitles.map(fold));
  const declaredWords = new Set(declared.flatMap((t) => [...words(t)]));
  let best: string | null = null;
  let bestOverlap = -1;
  for (const h1 of meta.h1s) {
    const f = fold(h1);
    if (f.length < 2 || siteNames.includes(f)) continue;
    const w = words(h1);
    let overlap = 0;
    for (const x of w) if (declaredWords.has(x)) overlap++;
    if (overlap > bestOverlap) {
      best = h1;
      bestOverlap = overlap;
    }
  }
  if (best !== null && (bestOverlap > 0 || declared.length === 0)) {
    const f = fold(best);
    // "Headline: X" where the og:title or JSON-LD headline is X: the prefix is a label (for screen readers, a kicker).
    const label = /^[^:]{1,20}:\s+(.+)$/u.exec(best);
    if (label && confirmed.has(fold(label[1])) && !confirmed.has(f)) return cleanHeadline(label[1]);
    // A declared title that only adds a " : subtitle" to the h1 is the whole headline.
    // Unless the subtitle is the site's own name ("…: Zeitung für kommunale Wirtschaft" on zfk.de).
    const extended = declared
      .map((t) => ({ t, f: fold(t) }))
      .find((d) => d.f.length > f.length && d.f.startsWith(f) && /^\s*:/.test(d.f.slice(f.length)) && !namesSite(d.f.slice(f.length).replace(/^\s*:\s*/, ""), sites));
    return cleanHeadline(extended ? extended.t : best);
  }
  if (declared.length === 0) return null;
  // An og:title that differs from the <title> only in case was recased by a social-media plugin ("Of", "To", "By").
  const recased = documentTitle !== null && declared[0] !== documentTitle && fold(declared[0]) === fold(documentTitle);
  return cleanHeadline(recased ? documentTitle : declared[0]);
}

/**
 * Readability's time grows with the cube of nesting depth (200 nested divs:
 * 0.25 s; 390: 2.2 s, on a 4 KB page). The deepest of 605 real pages in the
 * corpus is 42 levels (median 17); past twice that, the paragraphs alone are used.
 */
const MAX_READABILITY_DEPTH = 84;
/** Past this, the page is flattened before parsing (html-depth.ts). Loose on purpose: unclosed <div>s inflate the estimate. */
const MAX_MARKUP_DEPTH = 1500;

/**
 * A meta title that stops where the <title> goes on with a quote mark was cut
 * by an unescaped quote in its content="…" attribute: the <title> is whole.
 */
function untruncated(metaTitle: string, documentTitle: string | null): string {
  if (!documentTitle || documentTitle.length <= metaTitle.length || !documentTitle.startsWith(metaTitle)) return metaTitle;
  return /^\s*["“«„]/u.test(documentTitle.slice(metaTitle.length)) ? documentTitle : metaTitle;
}
const MIN_BODY_CHARS = 80;


const textLength = (blocks: HtmlBlock[]) => blocks.reduce((n, b) => n + (b.kind === "paragraph" ? b.text.length : 0), 0);

/** Paragraphs of a JSON-LD articleBody: its line breaks, or its runs of spaces where it has none. */
function articleBodyParagraphs(body: string): HtmlBlock[] {
  const text = body.replace(/<[^>]{1,200}>/g, " ");
  const parts = /\n/.test(text.trim()) ? text.split(/\s*\n\s*/) : text.split(/\s{2,}(?=[\p{Lu}«"“¿¡])/u);
  return parts
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => /[\p{L}\p{N}]/u.test(p))
    .map((p) => ({ kind: "paragraph" as const, text: p, bold: 0, links: 0 }));
}

/**
 * An intro paragraph the page keeps in its own container just above the
 * body Readability chose (a teaser, a standfirst-like first paragraph).
 */
function withIntro(blocks: HtmlBlock[], all: HtmlBlock[]): HtmlBlock[] {
  const firstParagraph = blocks.find((b) => b.kind === "paragraph");
  if (!firstParagraph) return blocks;
  // Anchored on the first of the body's opening paragraphs that the page list has (a short first line, a
  // note without a full stop, is not in it).
  let at = -1;
  for (const p of blocks.filter((b) => b.kind === "paragraph").slice(0, 3)) if ((at = all.findIndex((b) => b.text === p.text)) >= 0) break;
  if (at <= 0) return blocks;
  const intro: HtmlBlock[] = [];
  for (let i = at - 1; i >= 0 && intro.length < 2; i--) {
    const b = all[i];
    if (b.text.length < 80 || b.links > 0.2 || blocks.some((x) => x.text === b.text)) break;
    intro.unshift(b);
  }
  if (intro.length === 0) return blocks;
  const index = blocks.indexOf(firstParagraph);
  return [...blocks.slice(0, index), ...intro, ...blocks.slice(index)];
}

/**
 * The page's standfirst (an element classed "lead", "chapo", "standfirst", …)
 * above the body when Readability left it out: it is the article's first
 * paragraph as readers see it.
 */
const HEADINGS = ["h1", "h2", "h3"];

/**
 * The caption of the lead photo, between the headline and the text: Readability drops that figure with the
 * page's header, though a photo caption is part of what the article says. Read before Readability changes
 * the document: the first <figcaption> after the headline's <h1> and before the second paragraph of text
 * (the first may be a standfirst), inside the <h1>'s <article> (or its grandparent).
 */
function leadCaption(page: DomIndex, headline: string | null): string | null {
  if (headline === null) return null;
  const h = fold(headline);
  const h1 = page.h1s.find((e) => fold(e.textContent ?? "") === h);
  if (!h1) return null;
  let container: DomElement | null = h1.parentElement?.parentElement ?? null;
  for (let e = h1.parentElement; e; e = e.parentElement) if (e.nodeName.toUpperCase() === "ARTICLE") container = e;
  if (!container) return null;
  // Document order: children pushed in reverse onto a stack.
  const stack: DomElement[] = [container];
  let afterHeadline = false;
  let paragraphs = 0;
  for (let n = 0; stack.length > 0 && n < 5000; n++) {
    const el = stack.pop()!;
    const tag = el.nodeName.toUpperCase();
    if (el === h1) {
      afterHeadline = true;
      continue;
    }
    if (afterHeadline && tag === "P" && (el.textContent ?? "").trim().length >= 60 && ++paragraphs >= 2) return null;
    if (afterHeadline && tag === "FIGCAPTION") {
      const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
      return text.length >= 20 && text.length <= 600 ? text : null;
    }
    const children: DomElement[] = [];
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return null;
}

/** The lead photo's caption before the text's first paragraph, unless the body already holds it. */
function withLeadCaption(blocks: HtmlBlock[], caption: string | null): HtmlBlock[] {
  const first = blocks.findIndex((b) => b.kind === "paragraph");
  if (first < 0 || caption === null) return blocks;
  const f = fold(caption);
  if (blocks.some((b) => fold(b.text) === f)) return blocks;
  return [...blocks.slice(0, first), { kind: "caption", text: caption, bold: 0, links: 0 }, ...blocks.slice(first)];
}

function withStandfirst(blocks: HtmlBlock[], page: DomIndex, headline: string | null): HtmlBlock[] {
  const first = blocks.findIndex((b) => b.kind === "paragraph");
  if (first < 0 || page.standfirsts.length === 0) return blocks;
  const body = fold(blocks.map((b) => b.text).join(" "));
  const h = headline ? fold(headline) : null;
  for (const el of page.standfirsts) {
    const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
    // A container of the headline and the standfirst: its inner standfirst comes next in the list.
    if (text.length < 60 || text.length > 1000 || linkTextLength(el) > text.length * 0.2 || descendantsWithTags(el, HEADINGS).length > 0) continue;
    const f = fold(text);
    if (f === h || body.includes(f.slice(0, 60))) continue;
    return [...blocks.slice(0, first), { kind: "paragraph", text, bold: 0, links: 0 }, ...blocks.slice(first)];
  }
  return blocks;
}

/** With several <h1>s, the innermost <article> around the one that is the headline, else null. */
function headlineArticle(page: DomIndex, headline: string | null): DomElement | null {
  if (headline === null || page.h1s.length < 2) return null;
  const h = fold(headline);
  const h1 = page.h1s.find((e) => fold(e.textContent ?? "") === h);
  for (let e = h1?.parentElement; e; e = e.parentElement) if (e.nodeName.toUpperCase() === "ARTICLE") return e;
  return null;
}

/** At least half of the paragraph text of `body` is in paragraphs of `home`. */
function mostlyWithin(body: HtmlBlock[], home: HtmlBlock[]): boolean {
  const own = new Set(home.map((b) => b.text));
  let inside = 0;
  for (const b of body) if (b.kind === "paragraph" && own.has(b.text)) inside += b.text.length;
  return inside * 2 >= textLength(body);
}

/** Every sentence-like <p> outside navigation, headers, footers, asides and forms, in page order. */
function paragraphFallback(page: DomIndex): HtmlBlock[] {
  const out: HtmlBlock[] = [];
  for (const { element: p, inFurniture } of page.paragraphs) {
    if (inFurniture) continue;
    const text = (p.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text.length < 60 || !/[.!?…:»"”]$/u.test(text)) continue;
    const linkChars = linkTextLength(p);
    if (linkChars > text.length * 0.5) continue;
    out.push({ kind: "paragraph", text, bold: 0, links: linkChars / text.length });
  }
  return out;
}

/** Blocks of the page's single itemprop="articleBody" element, if it holds real text. */
function articleBodyBlocks(page: DomIndex): HtmlBlock[] {
  const bodies = page.articleBodies;
  if (bodies.length !== 1) return [];
  const blocks = htmlBlocks(bodies[0] as never);
  const chars = blocks.reduce((n, b) => n + (b.kind === "paragraph" ? b.text.length : 0), 0);
  return chars >= 300 ? blocks : [];
}

/**
 * Drops what is not article text: furniture blocks and headings ("Ähnliche Beiträge",
 * "Lire aussi"), the headline repeated, a bold standfirst
 * that repeats the page description (it summarises the body, it is not part
 * of it), and blocks that are mostly links (related articles, tags).
 */
function cleanBlocks(blocks: HtmlBlock[], headline: string | null, description: string | null): HtmlBlock[] {
  const h = headline ? fold(headline) : null;
  const d = description ? fold(description).replace(/(\.\.\.|…)$/, "") : null;
  let seenParagraph = false;
  const kept = blocks.filter((b, i) => {
    const f = fold(b.text);
    if (isFurniture(b.text)) return false;
    if (i < 3 && h !== null && f === h) return false;
    if (b.kind === "paragraph" && b.links > 0.6 && b.text.split(" ").length < 40) return false;
    if (!seenParagraph && b.kind === "paragraph" && b.bold > 0.8 && d !== null && d.length >= 40 && (f.startsWith(d) || d.startsWith(f.slice(0, Math.max(40, d.length))))) return false;
    // A kicker above the text ("Transport", "Faits divers"): a few words with no sentence in them, before any paragraph.
    if (!seenParagraph && b.kind === "paragraph" && b.text.length <= 30 && b.text.split(" ").length <= 3 && !/[.!?…:;,»"”]/u.test(b.text)) return false;
    if (b.kind === "paragraph") seenParagraph = true;
    return true;
  });
  // Headings after the last real paragraph title related-content boxes, not the article; a syndicated story's copyright
  // notice and wire credit close it ("Copyright 2024 The Associated Press. All rights reserved.", "(Reporting by …)").
  let end = kept.length;
  while (end > 0 && (kept[end - 1].kind === "heading" || (end > 1 && isClosingNotice(kept[end - 1].text)))) end--;
  return kept.slice(0, end);
}
