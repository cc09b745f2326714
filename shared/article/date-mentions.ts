import { ARTICLE_TABLES, type ArticleLanguageTable } from "../lang/article-tables";
import { alternation, escapeRegExp } from "./regex-escape";

/** A date expression found in text, before it is resolved against the publication date. */
export interface RawDateMention {
  start: number;
  end: number;
  text: string;
  year?: number;
  month?: number;
  day?: number;
  /** 0 = Sunday. */
  weekday?: number;
  /** Days relative to the publication date ("hier" = -1). */
  relativeDays?: number;
}

interface Scanner {
  regex: RegExp;
  monthOf: Map<string, number>;
  weekdayOf: Map<string, number>;
  relativeOf: Map<string, number>;
  monthFirst: boolean;
}

const cache = new Map<string, Scanner>();
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Spellings of a name as they appear in running text: as listed and capitalised at a sentence start. */
function spellings(name: string, table: ArticleLanguageTable): string[] {
  return table.capitalizedOnly ? [cap(name)] : [...new Set([name, cap(name)])];
}

function scannerFor(language: string): Scanner {
  const key = ARTICLE_TABLES[language] ? language : "*";
  const hit = cache.get(key);
  if (hit) return hit;
  const tables = key === "*" ? Object.values(ARTICLE_TABLES) : [ARTICLE_TABLES[key]];
  const monthOf = new Map<string, number>();
  const weekdayOf = new Map<string, number>();
  const relativeOf = new Map<string, number>();
  for (const t of tables) {
    t.months.forEach((names, m) => names.forEach((n) => spellings(n, t).forEach((s) => monthOf.set(s, m + 1))));
    t.weekdays.forEach((n, d) => spellings(n, t).forEach((s) => weekdayOf.set(s, d)));
    for (const [w, off] of Object.entries(t.relativeDays)) spellings(w, t).forEach((s) => relativeOf.set(s, off));
  }
  const alt = (m: Map<string, number>) => alternation(m.keys());
  const months = alt(monthOf);
  // One boundary look-behind for the whole alternation: per branch it would run seven times per character.
  const B = "";
  const E = String.raw`(?![\p{L}\p{N}])`;
  const parts = [
    String.raw`${B}(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})(?!\d)`,
    String.raw`${B}(?<dd>\d{1,2})(?:er|re|º|°|\.|st|nd|rd|th)?[ \u00a0]*(?:(?:de|of)[ \u00a0]+)?(?<dm>${months})\.?(?:,?[ \u00a0]+(?:de[ \u00a0]+|del[ \u00a0]+)?(?<dy>\d{4}|${SHORT_YEAR})${E})?${E.replace("\\p{L}", "\\p{L}")}`,
    String.raw`${B}(?<mm>${months})\.?[ \u00a0]+(?:the[ \u00a0]+)?(?<md>\d{1,2})(?:st|nd|rd|th)?${E}(?:,?[ \u00a0]+(?<my>\d{4}|${SHORT_YEAR})${E})?`,
    String.raw`${B}(?<ym>${months})\.?[ \u00a0]+(?:de[ \u00a0]+)?(?<yy>\d{4}|${SHORT_YEAR})${E}`,
    String.raw`${B}(?<n1>\d{1,2})[./](?<n2>\d{1,2})[./](?<ny>\d{4}|\d{2})${E}`,
    String.raw`${B}(?<wd>${alt(weekdayOf)})${E}`,
    String.raw`${B}(?<rel>${alt(relativeOf)})${E}`,
  ];
  const scanner: Scanner = {
    // The look-ahead on first letters lets the engine skip most positions cheaply.
    regex: new RegExp(String.raw`(?=\d|${prefixes(monthOf, weekdayOf, relativeOf)})(?<![\p{L}\p{N}])(?:${parts.join("|")})`, "gu"),
    monthOf,
    weekdayOf,
    relativeOf,
    monthFirst: tables.length === 1 && tables[0].monthFirst === true,
  };
  cache.set(key, scanner);
  return scanner;
}

/** The first three letters of every name: most words fail this look-ahead at once. */
function prefixes(...maps: Map<string, number>[]): string {
  const set = new Set<string>();
  for (const m of maps) for (const k of m.keys()) set.add(k.slice(0, 3));
  return [...set].map(escapeRegExp).join("|");
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validDay(y: number | undefined, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= (y ? daysInMonth(y, m) : 31);
}

const validYear = (y: number) => y >= 1800 && y <= 2100;

/** A year as written: "2023", or two digits, bare ("12/03/95") or after an apostrophe ("'23"). */
const SHORT_YEAR = "['’]\\d{2}";
function yearOf(written: string): number {
  if (written.length === 4) return +written;
  // 00-49 are 20xx and 50-99 19xx, as RFC 5322 reads two-digit years.
  const yy = +written.slice(-2);
  return yy < 50 ? 2000 + yy : 1900 + yy;
}

/** Date expressions in text[from, to), in order, for the article's language ("und": every table). */
export function scanDateMentions(text: string, language: string, from = 0, to = text.length): RawDateMention[] {
  const sc = scannerFor(language);
  const out: RawDateMention[] = [];
  const re = sc.regex;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    if (end > to) break;
    const base = { start, end, text: m[0] };
    if (g.iy) {
      const y = +g.iy, mo = +g.im, d = +g.id;
      if (validYear(y) && validDay(y, mo, d)) out.push({ ...base, year: y, month: mo, day: d });
    } else if (g.dm) {
      const d = +g.dd, mo = sc.monthOf.get(g.dm)!, y = g.dy ? yearOf(g.dy) : undefined;
      if (validDay(y, mo, d) && (y === undefined || validYear(y))) out.push({ ...base, year: y, month: mo, day: d });
    } else if (g.mm) {
      const d = +g.md, mo = sc.monthOf.get(g.mm)!, y = g.my ? yearOf(g.my) : undefined;
      if (validDay(y, mo, d) && (y === undefined || validYear(y))) out.push({ ...base, year: y, month: mo, day: d });
    } else if (g.ym) {
      const y = yearOf(g.yy);
      if (validYear(y)) out.push({ ...base, year: y, month: sc.monthOf.get(g.ym)! });
    } else if (g.n1) {
      const a = +g.n1, b = +g.n2, y = yearOf(g.ny);
      const [mo, d] = sc.monthFirst ? [a, b] : [b, a];
      if (validYear(y) && validDay(y, mo, d)) out.push({ ...base, year: y, month: mo, day: d });
      else if (validYear(y) && validDay(y, d, mo)) out.push({ ...base, year: y, month: d, day: mo });
    } else if (g.wd) {
      out.push({ ...base, weekday: sc.weekdayOf.get(g.wd)! });
    } else if (g.rel) {
      out.push({ ...base, relativeDays: sc.relativeOf.get(g.rel)! });
    }
  }
  return out;
}
