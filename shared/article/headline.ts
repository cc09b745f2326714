/**
 * Headline cleaning and the "does this first line look like a title" test.
 */
import { ABBREVIATIONS } from "../doc/sentences";
/** "p.m", "U.S", "J.-C": letters each followed by a stop, the last stop being the one to keep. */
const DOTTED_INITIALS = /(?:^|[\s(])(?:\p{L}\.-?)+\p{L}$/u;

/**
 * Whether the stop after `before` ends an abbreviation ("7 p.m.", "Fenwick Marine Ltd.") rather than the headline:
 * every language's, as the sentence splitter reads them (a headline's language is not known yet here), but no single
 * letter ("Plan B.").
 */
function endsWithAbbreviation(before: string): boolean {
  if (DOTTED_INITIALS.test(before)) return true;
  const word = /[\p{L}.-]+$/u.exec(before)?.[0];
  return word !== undefined && word.length > 1 && ABBREVIATIONS.has(word);
}

/**
 * A final full stop is not part of a headline (some feeds add one), even
 * before a closing quote; nor is a separator left dangling at either end
 * once an empty site-name part is gone ("National Rail Enquiries -").
 */
export function cleanHeadline(raw: string): string {
  let h = raw.replace(/\s+/g, " ").trim();
  h = h.replace(/\s+(?:[|–—·•]|-{1,2})$/u, "").replace(/^(?:[|–—·•]|-{1,2})\s+/u, "");
  const stop = /(?<![.])\.(["'’”»)]*)$/u.exec(h);
  if (stop && !endsWithAbbreviation(h.slice(0, stop.index))) h = (h.slice(0, stop.index) + stop[1]).trim();
  return h;
}

/** Bare text: a first line is a title when short, one line, and not a sentence that runs on. */
export function looksLikeTitle(line: string): boolean {
  const t = line.trim();
  if (t.length < 3 || t.length > 250 || /[\r\n]/.test(t)) return false;
  const words = t.split(/\s+/).length;
  if (words > 30) return false;
  if (/[,;:]$/.test(t)) return false;
  // Several sentences: a paragraph, not a title ("VIDÉO. Cinq députés…" is still one title).
  const stops = t.match(/[.!?](?=\s+\p{Lu})/gu)?.length ?? 0;
  if (stops >= 2) return false;
  if (/[.!?]["'’”»]?$/u.test(t) && words > 25) return false;
  return true;
}

/** A name reduced to its letters and digits, without case or accents, to compare site names ("Le Monde" = "lemonde"). */
export function siteKey(s: string): string {
  return s.toLowerCase().normalize("NFD").replace(/[^\p{L}\p{N}]/gu, "");
}

const SEPARATORS = /\s+(?:[|–—·•»]|-{1,2}|::)\s+/u;

/**
 * Strips the site name from an HTML <title> or og:title: `Titre | Le Monde`,
 * `Le Monde - Titre`. Uses og:site_name or the domain when known, and
 * otherwise drops the shorter side of a lone separator.
 */
export function stripSiteName(title: string, siteNames: string[]): string {
  const t = title.replace(/\s+/g, " ").trim();
  const parts = t.split(SEPARATORS);
  if (parts.length < 2) return t;
  const sites = siteNames.map(siteKey).filter((s) => s.length >= 2);
  const isSite = (p: string) => {
    const f = siteKey(p);
    return f.length > 0 && sites.some((s) => f === s || f.includes(s) || s.includes(f));
  };
  let kept = parts;
  if (sites.length > 0) {
    while (kept.length > 1 && isSite(kept[kept.length - 1])) kept = kept.slice(0, -1);
    while (kept.length > 1 && isSite(kept[0])) kept = kept.slice(1);
  }
  if (kept.length === parts.length) {
    // No known site name: a short last part after a pipe-like separator is the site.
    const m = /^(.*\S)\s+([|–—·•»])\s+([^|–—·•»]{1,40})$/u.exec(t) ?? /^(.*\S)\s+(-)\s+([^-]{1,30})$/u.exec(t);
    // A pipe almost never sits inside a headline: after one, a shorter tail is the site's name.
    if (m && m[3].split(/\s+/).length <= 5 && m[1].length > m[3].length * (m[2] === "|" ? 1 : 1.5)) return m[1].trim();
    return t;
  }
  // Re-join what is left from the original string so inner separators keep their form.
  const first = t.indexOf(kept[0]);
  const last = t.lastIndexOf(kept[kept.length - 1]);
  return t.slice(first, last + kept[kept.length - 1].length).trim();
}
