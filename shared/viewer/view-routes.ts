import type { ArticleListItem, EntityListItem, Page, SummaryStore } from "../store/summary-store";
import { foldName } from "../store/keys";
import { type ListFilters, type ListResult, articlePage, entityPage, listPage, messagePage } from "./pages";
import { VIEWER_JS } from "./client-bundle";
import { VIEWER_CSS } from "./styles";

export interface ViewResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Only our own stylesheet and script load (no inline script or style, so text
 * that slipped into the markup could not run); fetches, forms and links stay
 * on this origin; no framing.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const PAGE_HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
};

const ASSETS: Record<string, { type: string; body: string }> = {
  "viewer.css": { type: "text/css; charset=utf-8", body: VIEWER_CSS },
  "viewer.js": { type: "text/javascript; charset=utf-8", body: VIEWER_JS },
};

const LIST_LIMIT = 50;
/** Without a month, the list walks back this many months from now (then undated articles) to fill a page. */
const LOOKBACK_MONTHS = 60;
const MONTHS_AT_ONCE = 6;

/** The viewer under /view: `segments` are the decoded path segments after "view". */
export async function handleView(segments: string[], query: Record<string, string | undefined>, store: SummaryStore, now = new Date()): Promise<ViewResponse> {
  const page = (status: number, body: string): ViewResponse => ({ status, headers: PAGE_HEADERS, body });
  if (segments[0] === "assets" && segments.length === 2) {
    const asset = ASSETS[segments[1]];
    if (asset) return { status: 200, headers: { "content-type": asset.type, "x-content-type-options": "nosniff", "cache-control": "max-age=300" }, body: asset.body };
  }
  if (segments.length === 0) {
    const filters = readFilters(query);
    const cursor = validCursor(query.cursor);
    return page(200, listPage(filters, await listFor(filters, cursor, store, now)));
  }
  if (segments[0] === "articles" && segments.length === 2) {
    const id = segments[1];
    if (!/^[0-9a-f]{24}$/.test(id)) return page(404, messagePage("No such article", "Article ids are 24 hexadecimal characters."));
    const summary = await store.getSummary(id);
    return summary ? page(200, articlePage(summary)) : page(404, messagePage("No such article", `Nothing is stored under ${id}.`));
  }
  if (segments[0] === "entities" && segments.length === 2) {
    const name = segments[1].trim().slice(0, 300);
    const [quotes, articles] = await Promise.all([store.listQuotesBySpeaker(name, { limit: 100 }), store.listByEntity(name, { limit: 100 })]);
    return page(200, entityPage(name, quotes.items, articles.items));
  }
  return page(404, messagePage("Not found", "The viewer has /view, /view/articles/{id} and /view/entities/{name}."));
}

function readFilters(query: Record<string, string | undefined>): ListFilters {
  const text = (name: string, max = 200) => (query[name] ?? "").trim().slice(0, max);
  const month = text("month", 7);
  const lang = text("lang", 3);
  return {
    status: text("status") === "FAILED" ? "FAILED" : "",
    month: /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : "",
    lang: /^[a-z]{2,3}$/.test(lang) ? lang : "",
    entity: text("entity"),
    speaker: text("speaker"),
    q: text("q"),
  };
}

function validCursor(cursor: string | undefined): string | undefined {
  return cursor && cursor.length <= 2000 && /^[A-Za-z0-9_-]+$/.test(cursor) ? cursor : undefined;
}

async function listFor(filters: ListFilters, cursor: string | undefined, store: SummaryStore, now: Date): Promise<ListResult> {
  const request = { limit: LIST_LIMIT, cursor };
  try {
    if (filters.status === "FAILED") return { kind: "failed", ...(await store.listFailed(request)) };
    if (filters.speaker) {
      const quotes = await store.listQuotesBySpeaker(filters.speaker, request);
      return { kind: "quotes", cursor: quotes.cursor, items: quotes.items.filter((q) => matches(filters, { ...q, language: undefined })) };
    }
    if (filters.entity) {
      const articles = await store.listByEntity(filters.entity, request);
      return { kind: "articles", cursor: articles.cursor, items: dedupe(articles.items).filter((a) => matches(filters, a)) };
    }
    if (filters.month) {
      const articles = await store.listByMonth(filters.month, request, filters.lang || undefined);
      return { kind: "articles", cursor: articles.cursor, items: articles.items.filter((a) => matches(filters, a)) };
    }
    return { kind: "articles", items: await recentArticles(filters, store, now) };
  } catch (e) {
    // A cursor from another listing: start again from the first page.
    if ((e as Error).name === "InvalidCursorError" && cursor) return listFor(filters, undefined, store, now);
    throw e;
  }
}

/** Newest articles across months, a few months at a time (in parallel), until a page is full. */
async function recentArticles(filters: ListFilters, store: SummaryStore, now: Date): Promise<ArticleListItem[]> {
  const items: ArticleListItem[] = [];
  const months = Array.from({ length: LOOKBACK_MONTHS }, (_, i) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1)).toISOString().slice(0, 7));
  const all = [...months, "none"];
  for (let i = 0; i < all.length && items.length < LIST_LIMIT; i += MONTHS_AT_ONCE) {
    const pages = await Promise.all(all.slice(i, i + MONTHS_AT_ONCE).map((month) => monthItems(month, filters, store)));
    for (const page of pages) items.push(...page);
  }
  return items.slice(0, LIST_LIMIT);
}

async function monthItems(month: string, filters: ListFilters, store: SummaryStore): Promise<ArticleListItem[]> {
  const items: ArticleListItem[] = [];
  let page: Page<ArticleListItem> | undefined;
  do {
    page = await store.listByMonth(month, { limit: LIST_LIMIT, cursor: page?.cursor }, filters.lang || undefined);
    items.push(...page.items.filter((a) => matches(filters, a)));
  } while (page.cursor && items.length < LIST_LIMIT);
  return items;
}

function matches(filters: ListFilters, item: { headline: string | null; published: string | null; language?: string }): boolean {
  if (filters.lang && item.language && item.language !== filters.lang) return false;
  if (filters.month && !(item.published ?? "").startsWith(filters.month)) return false;
  if (filters.q && !foldName(item.headline ?? "").includes(foldName(filters.q))) return false;
  return true;
}

function dedupe(items: EntityListItem[]): EntityListItem[] {
  const seen = new Set<string>();
  return items.filter((a) => !seen.has(a.id) && seen.add(a.id));
}
