/**
 * Dates a page shows to its readers (a byline box, a date line), read the way htmldate ranks them: the
 * date a publication cue introduces ("Publié le", "Veröffentlicht am") is the publication date; a date
 * an update cue introduces ("Mis à jour le", "Updated") is not; a date in the future is nobody's.
 * The cue words live in the language tables (shared/lang/<code>/article.json).
 */
import { ARTICLE_TABLES } from "../lang/article-tables";
import type { DatePrecision } from "../summary";
import { type RawDateMention, scanDateMentions } from "./date-mentions";
import { alternation } from "./regex-escape";

export type Dated = { date: string; precision: DatePrecision };
/** The year of a day shown without one (month 1-12), or null when nothing on the page tells it. */
export type YearOf = (month: number, day: number) => number | null;

const pad = (n: number) => String(n).padStart(2, "0");
let cues: { published: RegExp; updated: RegExp } | null = null;

function cueRegexes(): { published: RegExp; updated: RegExp } {
  if (cues) return cues;
  const cueRegex = (key: "publishedCues" | "updatedCues") =>
    new RegExp(`(?<![\\p{L}])(?:${alternation(Object.values(ARTICLE_TABLES).flatMap((t) => t[key] ?? []))})(?![\\p{L}])`, "giu");
  cues = { published: cueRegex("publishedCues"), updated: cueRegex("updatedCues") };
  return cues;
}

/**
 * A shown text as the date scanner reads it: a place glued to its date by the markup ("Brasília03/05/2022
 * 21:44") apart from it, and a day, month name and year set apart by slashes or bars ("29 / Dezember / 2022")
 * written with spaces.
 */
function readable(shownText: string): string {
  return shownText.replace(/(\p{L})(\d)/gu, "$1 $2").replace(/(?<!\d)(\d{1,2})\s*[/|]\s*(\p{L}{3,}\.?)\s*[/|]\s*(\d{4})(?!\d)/gu, "$1 $2 $3");
}

/** Complete dates (day, month and year) of a shown text, in the page's language, else in English. */
function completeDates(shownText: string, lang: string): RawDateMention[] {
  const text = readable(shownText);
  const complete = (l: string) => scanDateMentions(text, l).filter((x) => x.year !== undefined && x.day !== undefined);
  const own = complete(["fr", "en", "de", "es", "it", "pt"].includes(lang) ? lang : "und");
  // Pages in any language often show English dates ("6 May 2022").
  return own.length > 0 || lang === "en" ? own : complete("en");
}

/** Days shown with their month but no year ("24 mars", "3. März"), in the page's language. */
function dayMonthDates(text: string, lang: string): RawDateMention[] {
  return scanDateMentions(text, ["fr", "en", "de", "es", "it", "pt"].includes(lang) ? lang : "en").filter((x) => x.year === undefined && x.month !== undefined && x.day !== undefined);
}

const toDated = (m: RawDateMention): Dated => ({ date: `${m.year}-${pad(m.month!)}-${pad(m.day!)}`, precision: "day" });

/**
 * Later than a day from now (a countdown, an event, a typo), or before the web carried news (1995, as
 * htmldate bounds it: a date in a story's history): never when the page was published.
 */
function future(d: Dated, now: number): boolean {
  return Date.parse(d.date) > now + 86400000 || d.date < "1995";
}

/**
 * The year of a day shown without one: the latest year a complete date in the page's source (a script's
 * data, a link, an attribute: "2019-04-10", "20190410") gives that same day, when it is not after the
 * reference day; else the latest year that puts the day on or before the reference (see yearBefore).
 */
export function yearFromPage(source: string, reference: string | null): YearOf {
  return (month, day) => {
    const md = `${pad(month)}${pad(day)}`;
    let best: number | null = null;
    for (const m of source.matchAll(/(?<!\d)((?:199[5-9]|20\d\d))[-/]?(\d\d)[-/]?(\d\d)(?!\d)/g)) {
      const y = Number(m[1]);
      if (m[2] + m[3] !== md || (reference !== null && `${m[1]}-${m[2]}-${m[3]}` > reference)) continue;
      if (best === null || y > best) best = y;
    }
    return best ?? (reference === null ? null : yearBefore(month, day, reference));
  };
}

/**
 * The year of a day shown without one ("publié le 24 mars"): the latest year that puts it on or before the
 * reference day (the latest date the page shows, or the last day of its copyright year), as a page is read
 * after it was published, never before.
 */
export function yearBefore(month: number, day: number, reference: string): number {
  const y = Number(reference.slice(0, 4));
  return `${pad(month)}-${pad(day)}` <= reference.slice(5, 10) ? y : y - 1;
}

/** The latest complete date among shown texts that is not in the future: the day a page was last seen as current. */
export function latestShown(shownTexts: string[], lang: string, now = Date.now()): string | null {
  let latest: string | null = null;
  for (const t of shownTexts)
    for (const m of completeDates(t, lang)) {
      const d = toDated(m);
      if (!future(d, now) && (latest === null || d.date > latest)) latest = d.date;
    }
  return latest;
}

/**
 * The date a shown text gives as its own: the first complete date, unless an update cue introduces it;
 * after a publication cue, the date that cue introduces, completed by `yearOf` when it gives no year.
 * Null when there is none.
 */
export function shownDate(shownText: string, lang: string, now = Date.now(), yearOf: YearOf | null = null): Dated | null {
  const { published, updated } = cueRegexes();
  const text = readable(shownText);
  const dates = completeDates(text, lang).map((m) => ({ m, d: toDated(m) })).filter((x) => !future(x.d, now));
  if (dates.length === 0 && yearOf === null) return null;
  // matchAll starts at the regex's lastIndex, which a test() elsewhere leaves past the cue.
  const cuesIn = (re: RegExp) => {
    re.lastIndex = 0;
    return [...text.matchAll(re)].map((x) => x.index!);
  };
  const pub = cuesIn(published);
  const upd = cuesIn(updated);
  // The nearest cue before a date says what that date is.
  const kind = (at: number): "published" | "updated" | null => {
    const p = Math.max(-1, ...pub.filter((i) => i < at));
    const u = Math.max(-1, ...upd.filter((i) => i < at));
    return p < 0 && u < 0 ? null : p > u ? "published" : "updated";
  };
  const cued = dates.find((x) => kind(x.m.start) === "published");
  if (cued) return cued.d;
  if (dates.length === 0 && yearOf !== null) {
    const yearless = dayMonthDates(text, lang).find((m) => kind(m.start) === "published");
    const year = yearless ? yearOf(yearless.month!, yearless.day!) : null;
    if (yearless && year !== null) {
      const d = toDated({ ...yearless, year });
      return future(d, now) ? null : d;
    }
  }
  return dates.find((x) => kind(x.m.start) !== "updated")?.d ?? null;
}

/** The first complete date of a shown text, whatever cue introduces it ("Last updated on 20 Feb, 2020"): better than none. */
export function anyShownDate(shownText: string, lang: string, now = Date.now()): Dated | null {
  const m = completeDates(shownText, lang).find((x) => !future(toDated(x), now));
  return m ? toDated(m) : null;
}

/**
 * The first shown text whose date a publication cue introduces ("Publié le 2 novembre 2019"); a day cued
 * without its year ("publié le 24 mars") takes the one `yearOf` gives.
 */
export function cuedPublicationDate(shownTexts: string[], lang: string, now = Date.now(), yearOf: YearOf | null = null): Dated | null {
  const { published } = cueRegexes();
  for (const t of shownTexts) {
    published.lastIndex = 0;
    if (!published.test(t)) continue;
    const d = shownDate(t, lang, now, yearOf);
    if (d) return d;
  }
  return null;
}
