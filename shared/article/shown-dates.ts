/**
 * Dates a page shows to its readers (a byline box, a date line), read the way htmldate ranks them: the
 * date a publication cue introduces ("Publié le", "Veröffentlicht am") is the publication date; a date
 * an update cue introduces ("Mis à jour le", "Updated") is not; a date in the future is nobody's.
 * The cue words live in the language tables (shared/lang/<code>/article.json).
 */
import { ARTICLE_TABLES } from "../lang/article-tables";
import type { DatePrecision } from "../summary";
import { type RawDateMention, scanDateMentions } from "./date-mentions";

export type Dated = { date: string; precision: DatePrecision };

const pad = (n: number) => String(n).padStart(2, "0");
let cues: { published: RegExp; updated: RegExp } | null = null;

function cueRegexes(): { published: RegExp; updated: RegExp } {
  if (cues) return cues;
  const alternation = (key: "publishedCues" | "updatedCues") => {
    const words = [...new Set(Object.values(ARTICLE_TABLES).flatMap((t) => t[key] ?? []))].sort((a, b) => b.length - a.length);
    return new RegExp(`(?<![\\p{L}])(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}])`, "giu");
  };
  cues = { published: alternation("publishedCues"), updated: alternation("updatedCues") };
  return cues;
}

/** Complete dates (day, month and year) of a shown text, in the page's language, else in English. */
function completeDates(shownText: string, lang: string): RawDateMention[] {
  // A place glued to its date by the markup ("Brasília03/05/2022 21:44") is read apart.
  const text = shownText.replace(/(\p{L})(\d)/gu, "$1 $2");
  const complete = (l: string) => scanDateMentions(text, l).filter((x) => x.year !== undefined && x.day !== undefined);
  const own = complete(["fr", "en", "de", "es", "it", "pt"].includes(lang) ? lang : "und");
  // Pages in any language often show English dates ("6 May 2022").
  return own.length > 0 || lang === "en" ? own : complete("en");
}

const toDated = (m: RawDateMention): Dated => ({ date: `${m.year}-${pad(m.month!)}-${pad(m.day!)}`, precision: "day" });

/** Later than a day from now: a countdown, an event, a typo; never when the page was published. */
function future(d: Dated, now: number): boolean {
  return Date.parse(d.date) > now + 86400000;
}

/**
 * The date a shown text gives as its own: the first complete date, unless an update cue introduces it;
 * after a publication cue, the date that cue introduces. Null when there is none.
 */
export function shownDate(shownText: string, lang: string, now = Date.now()): Dated | null {
  const { published, updated } = cueRegexes();
  const text = shownText.replace(/(\p{L})(\d)/gu, "$1 $2");
  const dates = completeDates(text, lang).map((m) => ({ m, d: toDated(m) })).filter((x) => !future(x.d, now));
  if (dates.length === 0) return null;
  const cuesIn = (re: RegExp) => [...text.matchAll(re)].map((x) => x.index!);
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
  return dates.find((x) => kind(x.m.start) !== "updated")?.d ?? null;
}

/** The first shown text whose date a publication cue introduces ("Publié le 2 novembre 2019"). */
export function cuedPublicationDate(shownTexts: string[], lang: string, now = Date.now()): Dated | null {
  const { published } = cueRegexes();
  for (const t of shownTexts) {
    published.lastIndex = 0;
    if (!published.test(t)) continue;
    const d = shownDate(t, lang, now);
    if (d) return d;
  }
  return null;
}
