/**
 * The web-page protocol's split: each record of a page set goes to half A or half B by the FNV-1a hash of
 * its id mod 2. Rules are tuned and errors read on half A only; half B is measured, never read record by
 * record, so its figures are the held-out ones. The split does not depend on file order or on the code.
 */
export type Half = "A" | "B";

export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export const halfOf = (id: string): Half => (fnv1a(id) % 2 === 0 ? "A" : "B");

/** The page sets the protocol measures: whole HTML pages with headline, date or body gold. */
export const PAGE_SETS = ["meta-mul-trafilatura-dev", "meta-fr-orangesum-dev"];

/**
 * The page without its date metadata (every <meta>, JSON-LD script and canonical link): how a page that
 * declares no date is dated, from what it shows. htmldate's evaluation pages are often of that kind.
 */
export function withoutMetadata(html: string): string {
  return html
    .replace(/<meta\b[^>]*>/gi, "")
    .replace(/<script[^>]*ld\+json[^>]*>[\s\S]*?<\/script>/gi, "")
    .replace(/<link[^>]*canonical[^>]*>/gi, "");
}
