/**
 * Page furniture: blocks of a page or a feed body that are no article text ("Lesen Sie auch:",
 * "Related: …", "Share this", a cookie notice), from every language table's boilerplate starts.
 */
import { ARTICLE_TABLES } from "../lang/article-tables";
import { escapeRegExp } from "./regex-escape";

let furnitureStarts: string[] | null = null;
let cookieContext: RegExp | null = null;

/** "Cookies" next to a word of a language table's cookieNoticeWords ("website", "consent", "Einwilligung"). */
function isCookieNotice(text: string): boolean {
  if (!/\bcookies?\b/i.test(text)) return false;
  cookieContext ??= new RegExp(
    `(?<![\\p{L}])(?:${[...new Set(Object.values(ARTICLE_TABLES).flatMap((t) => t.cookieNoticeWords ?? []))].map(escapeRegExp).join("|")})(?![\\p{L}])`,
    "iu",
  );
  return cookieContext.test(text);
}

/**
 * Page furniture among the blocks: a short label ending with a colon
 * ("Lesen Sie auch:", "Kontakt:") or a short block starting with a known
 * furniture phrase of any language table ("Diesen Artikel teilen").
 */
export function isFurniture(text: string): boolean {
  const words = text.split(" ").length;
  if (words <= 80 && isCookieNotice(text)) return true;
  if (words <= 8 && /:\s*$/.test(text)) return true;
  if (words > 25) return false;
  const f = fold(text);
  furnitureStarts ??= [...new Set(Object.values(ARTICLE_TABLES).flatMap((t) => t.boilerplate ?? []))].map((s) => fold(s));
  return furnitureStarts.some((s) => f === s || (f.startsWith(s) && /^[\s:!.,…-]/.test(f.slice(s.length))));
}

/** Block text as page furniture and headlines are compared: lowercase, NFKC, one kind of quote and dash, spaces collapsed. */
export const fold = (s: string) =>
  s.toLowerCase().normalize("NFKC").replace(/[“”«»„"’‘']/g, "'").replace(/[–—]/g, "-").replace(/\s+/g, " ").trim();
