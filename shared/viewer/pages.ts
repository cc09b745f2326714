import type { EntityListItem, FailedListItem, QuoteListItem } from "../store/summary-store";
import type { ArticleListItem } from "../store/summary-store";
import type { ArticleSummary, Entity, EntityType } from "../summary";
import { MARKED_TYPES, markedSegment } from "./article-marks";
import { type Html, html, pathPart } from "./html";

/** Server-rendered pages of the viewer: plain HTML and one stylesheet, no framework, no script needed. */

const TYPE_LABELS: Record<EntityType, string> = { PERSON: "People", LOCATION: "Places", ORGANIZATION: "Organisations", MISC: "Other" };

export function layout(title: string, body: Html, search = ""): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · news-summary</title>
<link rel="stylesheet" href="/view/assets/viewer.css">
<script src="/view/assets/viewer.js" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site">
  <a href="/view">news-summary viewer</a>
  <form action="/view" method="get" role="search">
    <label for="site-search" class="skip">Search articles by person, place or organisation</label>
    <input id="site-search" name="entity" type="search" placeholder="Person, place, organisation…" value="${search}" autocomplete="off" list="entity-suggestions" data-suggest>
    <button type="submit">Search</button>
  </form>
</header>
<datalist id="entity-suggestions"></datalist>
<main id="main">
${body}
</main>
</body>
</html>
`.value;
}

export interface ListFilters {
  status: string;
  month: string;
  lang: string;
  entity: string;
  speaker: string;
  q: string;
}

export type ListResult =
  | { kind: "articles"; items: (ArticleListItem | EntityListItem)[]; cursor?: string }
  | { kind: "quotes"; items: QuoteListItem[]; cursor?: string }
  | { kind: "failed"; items: FailedListItem[]; cursor?: string };

export function listPage(filters: ListFilters, result: ListResult, note?: string): string {
  const option = (value: string, label: string, current: string) => html`<option value="${value}"${current === value ? html` selected` : ""}>${label}</option>`;
  const form = html`<form class="filters" action="/view" method="get" aria-label="Filter articles">
  <label>Status<select name="status">${option("", "Processed", filters.status)}${option("FAILED", "Failed", filters.status)}</select></label>
  <label>Month<input type="month" name="month" value="${filters.month}"></label>
  <label>Language<select name="lang">${option("", "Any", filters.lang)}${option("fr", "French", filters.lang)}${option("en", "English", filters.lang)}</select></label>
  <label>Entity<input name="entity" value="${filters.entity}" placeholder="Poutine, Londres, ONU" list="entity-suggestions" autocomplete="off" data-suggest></label>
  <label>Speaker<input name="speaker" value="${filters.speaker}" placeholder="Erdogan" list="entity-suggestions" autocomplete="off" data-suggest></label>
  <label>Headline text<input name="q" type="search" value="${filters.q}"></label>
  <button type="submit">Apply</button>
</form>`;
  let body: Html;
  if (!result.items.length) body = html`<p class="empty">Nothing matches these filters.</p>`;
  else if (result.kind === "failed") {
    body = html`<table class="list"><caption class="skip">Failed articles</caption><thead><tr><th scope="col">Key</th><th scope="col">Failed at</th><th scope="col">Reason</th></tr></thead><tbody>
${result.items.map((f) => html`<tr><td>${f.key} <span class="badge failed">FAILED</span></td><td>${f.updatedAt}</td><td><strong>${f.reason?.code ?? "unknown"}</strong>: ${f.reason?.message ?? ""}</td></tr>`)}
</tbody></table>`;
  } else if (result.kind === "quotes") {
    body = html`<table class="list"><caption class="skip">Quotes</caption><thead><tr><th scope="col">Date</th><th scope="col">Speaker</th><th scope="col">Quote</th><th scope="col">Article</th></tr></thead><tbody>
${result.items.map((q) => html`<tr>${dateCell(q.published)}<td><a href="/view/entities/${pathPart(q.speaker)}">${q.speaker}</a></td><td>“${q.text}”</td><td><a href="/view/articles/${pathPart(q.articleId)}">${q.headline ?? "(no headline)"}</a></td></tr>`)}
</tbody></table>`;
  } else {
    body = html`<table class="list"><caption class="skip">Articles</caption><thead><tr><th scope="col">Date</th><th scope="col">Headline</th><th scope="col">Language</th><th scope="col">Key</th></tr></thead><tbody>
${result.items.map((a) => html`<tr>${dateCell(a.published)}<td><a href="/view/articles/${pathPart(a.id)}">${a.headline ?? "(no headline)"}</a></td><td>${a.language}</td><td>${a.key ?? ""}</td></tr>`)}
</tbody></table>`;
  }
  const next = result.cursor
    ? html`<nav class="pager" aria-label="Pages"><a href="/view?${new URLSearchParams({ ...nonEmpty(filters), cursor: result.cursor }).toString()}">Next page →</a></nav>`
    : "";
  const heading = result.kind === "failed" ? "Failed articles" : result.kind === "quotes" ? `Quotes by ${filters.speaker}` : filters.entity ? `Articles about ${filters.entity}` : "Articles";
  return layout(
    heading,
    html`<h1>${heading}</h1>${note ? html`<p class="meta">${note}</p>` : ""}${form}${body}${next}`,
    filters.entity,
  );
}

function nonEmpty(filters: ListFilters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v));
}

export function articlePage(summary: ArticleSummary): string {
  const quoteIds = new Map(summary.quotes.map((_, n) => [n, `q-${n + 1}`]));
  const headlineSegment = summary.segments.find((s) => s.kind === "headline");
  const title = headlineSegment ? markedSegment(summary, headlineSegment, quoteIds) : html`${summary.headline ?? "(no headline)"}`;
  const blocks = summary.segments
    .filter((s) => s !== headlineSegment)
    .map((s) => {
      const inner = markedSegment(summary, s, quoteIds);
      if (s.kind === "heading") return html`<h2 class="heading">${inner}</h2>`;
      // A caption's credit is already in its text ("( AFP / … )").
      if (s.kind === "caption") return html`<p class="caption">${inner}</p>`;
      return html`<p class="${s.kind}">${inner}</p>`;
    });

  const byType = new Map<EntityType, Entity[]>();
  for (const e of [...summary.entities].sort((a, b) => b.salience - a.salience)) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
  const entityPanel = html`<section aria-labelledby="entities-h"><h2 id="entities-h">Entities</h2>
${[...MARKED_TYPES, "MISC" as const].filter((t) => byType.has(t)).map(
  (t) => html`<h3>${TYPE_LABELS[t]}</h3><ul data-entity-type="${t}">${byType.get(t)!.map(
    (e) => html`<li><a href="/view/entities/${pathPart(e.name)}">${e.name}</a> <span class="count">${e.mentions.length}×</span></li>`,
  )}</ul>`,
)}</section>`;

  const bySpeaker = new Map<string, number[]>();
  summary.quotes.forEach((q, n) => bySpeaker.set(q.speaker ?? "", [...(bySpeaker.get(q.speaker ?? "") ?? []), n]));
  const quotePanel = html`<section aria-labelledby="quotes-h"><h2 id="quotes-h">Quotes</h2>
${[...bySpeaker].map(
  // A joint speaker ("Tomas Varga et Ilse Brenner") links to each person's page; no page holds the pair.
  ([speaker, ns]) => html`<h3>${speaker ? (summary.quotes[ns[0]].speakers ?? [speaker]).map((name, i) => html`${i ? " & " : ""}<a href="/view/entities/${pathPart(name)}">${name}</a>`) : "Unattributed"} <span class="count">${ns.length}</span></h3>
<ul class="speaker-quotes" data-speaker="${speaker}">${ns.map((n) => html`<li><a href="#${quoteIds.get(n)!}">“${clip(summary.quotes[n].text, 140)}”</a></li>`)}</ul>`,
)}</section>`;

  const meta = [summary.published?.date, summary.language, summary.source?.key, `${summary.stats.words} words`, `pipeline ${summary.pipelineVersion}`].filter(Boolean).join(" · ");
  return layout(
    summary.headline ?? "Article",
    html`<div class="article-layout">
<div>
<h1>${title}</h1>
<p class="meta">${meta}</p>
<p class="legend" aria-label="Legend"><mark data-type="PERSON">person</mark> <mark data-type="LOCATION">place</mark> <mark data-type="ORGANIZATION">organisation</mark> <q>quote</q></p>
<article class="text" aria-label="Article text">${blocks}</article>
</div>
<aside class="panels" aria-label="Entities and quotes">${entityPanel}${quotePanel}</aside>
</div>`,
  );
}

export function entityPage(name: string, quotes: QuoteListItem[], articles: EntityListItem[]): string {
  const displayName = quotes[0]?.speaker ?? articles[0]?.name ?? name;
  // Newest article first; within an article, the quotes in the order they are said (the index lists them newest-last).
  const byDate = new Map<string, QuoteListItem[]>();
  for (const q of quotes) byDate.set(day(q.published), [...(byDate.get(day(q.published)) ?? []), q]);
  for (const [date, qs] of byDate) {
    const articleOrder = [...new Set(qs.map((q) => q.articleId))];
    byDate.set(date, articleOrder.flatMap((id) => qs.filter((q) => q.articleId === id).reverse()));
  }
  const timeline = quotes.length
    ? html`<ol class="timeline" aria-label="Quotes over time">${[...byDate].map(
        ([date, qs]) => html`<li><time datetime="${date === "undated" ? "" : date}">${date}</time>
${qs.map((q) => html`<blockquote data-speaker="${q.speaker}">“${q.text}”</blockquote><p class="meta">${q.cue ? html`${q.cue} · ` : ""}<a href="/view/articles/${pathPart(q.articleId)}">${q.headline ?? "(no headline)"}</a></p>`)}</li>`,
      )}</ol>`
    : html`<p class="empty">No quotes attributed to ${name}.</p>`;
  const articleList = articles.length
    ? html`<ul>${articles.map((a) => html`<li>${day(a.published)} · <a href="/view/articles/${pathPart(a.id)}">${a.headline ?? "(no headline)"}</a></li>`)}</ul>`
    : html`<p class="empty">No articles indexed under ${name}.</p>`;
  return layout(
    displayName,
    html`<h1>${displayName}</h1><p class="meta">${quotes.length} quote(s) in ${new Set(quotes.map((q) => q.articleId)).size} article(s); searched as “${name}”.</p>
<h2>Quotes, newest first</h2>${timeline}<h2>Articles</h2>${articleList}`,
    name,
  );
}

export function messagePage(title: string, message: string): string {
  return layout(title, html`<h1>${title}</h1><p class="empty">${message}</p><p><a href="/view">Back to the article list</a></p>`);
}

/** Listings show the day; the full timestamp is in the title. */
function day(published: string | null): string {
  return published ? published.slice(0, 10) : "undated";
}

function dateCell(published: string | null): Html {
  return html`<td><time${published ? html` datetime="${published}" title="${published}"` : ""}>${day(published)}</time></td>`;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
