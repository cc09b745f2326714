import { chrono } from "#deferred-modules";
import type { DateMention, DatePrecision, Published, Segment } from "../summary";
import { type RawDateMention, scanDateMentions } from "./date-mentions";
import { yearBefore } from "./shown-dates";

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const isoDay = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/**
 * Reads a date as publishers write it in metadata: ISO 8601 (kept as written,
 * time zone included, so the day is the publisher's), compact 20231109, or
 * free text ("Thu, 09 Nov 2023", "9 novembre 2023") through the scanner, then chrono.
 */
export function parseDateString(raw: string, language = "und"): { date: string; precision: DatePrecision } | null {
  const s = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(s);
  if (m) {
    const [, y, mo, d, hh, mm, ss, tz] = m;
    if (!plausible(+y, +mo, +d)) return null;
    if (hh === undefined) return { date: `${y}-${mo}-${d}`, precision: "day" };
    // 22:00 or 23:00 UTC on the dot is a date-only value from a UTC+1/+2 newsroom: that day is the next one.
    if ((tz === "Z" || tz === "+00:00" || tz === "+0000") && (hh === "22" || hh === "23") && mm === "00" && (ss ?? "00") === "00") {
      const next = new Date(Date.UTC(+y, +mo - 1, +d + 1)).toISOString().slice(0, 10);
      return { date: next, precision: "day" };
    }
    const zone = tz === undefined ? "" : tz === "Z" ? "Z" : tz.includes(":") ? tz : `${tz.slice(0, 3)}:${tz.slice(3)}`;
    return { date: `${y}-${mo}-${d}T${hh}:${mm}:${ss ?? "00"}${zone}`, precision: "time" };
  }
  m = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/.exec(s);
  if (m && plausible(+m[1], +m[2], +m[3])) return { date: `${m[1]}-${m[2]}-${m[3]}`, precision: "day" };
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m && +m[2] >= 1 && +m[2] <= 12) return { date: s, precision: "month" };
  const scanned = scanDateMentions(s, language).find((x) => x.year !== undefined && x.month !== undefined);
  if (scanned) {
    return scanned.day !== undefined
      ? { date: isoDay(scanned.year!, scanned.month!, scanned.day), precision: "day" }
      : { date: `${pad(scanned.year!, 4)}-${pad(scanned.month!)}`, precision: "month" };
  }
  const c = chrono();
  const parsed = c.parse(s)[0] ?? c.fr.parse(s)[0] ?? c.de.parse(s)[0];
  if (parsed && parsed.start.isCertain("year") && parsed.start.isCertain("month")) {
    const y = parsed.start.get("year")!;
    const mo = parsed.start.get("month")!;
    if (parsed.start.isCertain("day")) return { date: isoDay(y, mo, parsed.start.get("day")!), precision: "day" };
    return { date: `${pad(y, 4)}-${pad(mo)}`, precision: "month" };
  }
  return null;
}

function plausible(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

export interface DateEvidence {
  /** From HTML/JSON/front-matter metadata, already parsed. */
  metadata: { date: string; precision: DatePrecision } | null;
  /** From the wire header line `date YYYY-MM[-DD]`. */
  header: string | null;
  /**
   * When the object arrived (ISO 8601, e.g. its S3 LastModified): gives the year a dateline leaves out ("ROTTERDAM,
   * Nov 14 (Reuters)"), the latest that puts the day on or before the arrival, as a dispatch is filed before it is received.
   */
  received?: string | null;
}

interface Located extends RawDateMention {
  kind: Segment["kind"];
  /** Index of the segment among the body paragraphs, or -1. */
  paragraph: number;
}

/**
 * The publication date from the best evidence (metadata > header > dateline >
 * text), a month narrowed to a day by full dates in the text when a weekday
 * near the top agrees, and every date mention resolved against it.
 */
export function datesOf(text: string, segments: Segment[], language: string, evidence: DateEvidence): { published: Published | null; dates: DateMention[] } {
  // One pass over the text, then each mention is placed in its segment (segments are in order).
  const mentions: Located[] = [];
  const found = scanDateMentions(text, language);
  let paragraph = -1;
  let si = 0;
  for (const m of found) {
    while (si < segments.length && segments[si].end < m.end) {
      if (segments[si].kind === "paragraph") paragraph++;
      si++;
    }
    const s = segments[si];
    if (!s || m.start < s.start) continue;
    mentions.push({ ...m, kind: s.kind, paragraph: s.kind === "paragraph" ? paragraph + 1 : -1 });
  }
  let published: Published | null = null;
  if (evidence.metadata) published = { ...evidence.metadata, source: "metadata" };
  else if (evidence.header) published = { date: evidence.header, precision: evidence.header.length === 7 ? "month" : "day", source: "header" };
  else {
    const d = mentions.find((m) => m.kind === "dateline" && m.year !== undefined && m.day !== undefined);
    if (d) published = { date: isoDay(d.year!, d.month!, d.day!), precision: "day", source: "dateline" };
    else if (evidence.received && /^\d{4}-\d\d-\d\d/.test(evidence.received)) {
      const yearless = mentions.find((m) => m.kind === "dateline" && m.month !== undefined && m.day !== undefined);
      if (yearless) published = { date: isoDay(yearBefore(yearless.month!, yearless.day!, evidence.received), yearless.month!, yearless.day!), precision: "day", source: "dateline+received" };
    }
  }
  if (published === null || published.precision === "month" || published.precision === "year") {
    const narrowed = dayFromText(mentions, published);
    if (narrowed) published = narrowed;
    else if (published === null) {
      const monthOnly = mentions.find((m) => m.year !== undefined && m.month !== undefined && m.kind !== "heading");
      if (monthOnly) published = { date: `${pad(monthOnly.year!, 4)}-${pad(monthOnly.month!)}`, precision: "month", source: "text" };
    }
  }
  return { published, dates: resolveMentions(mentions, published) };
}

/** Full dates of the text inside the known month (if any), filtered by a weekday of the first paragraphs. */
function dayFromText(mentions: Located[], known: Published | null): Published | null {
  const month = known?.date.slice(0, 7);
  const full = mentions.filter(
    (m) => m.year !== undefined && m.month !== undefined && m.day !== undefined && (month === undefined || `${pad(m.year, 4)}-${pad(m.month)}` === month),
  );
  if (full.length === 0) return null;
  const leadWeekdays = new Set(mentions.filter((m) => m.weekday !== undefined && m.paragraph >= 0 && m.paragraph <= 1).map((m) => m.weekday!));
  let candidates = full;
  if (leadWeekdays.size > 0) {
    const agreeing = full.filter((m) => leadWeekdays.has(new Date(Date.UTC(m.year!, m.month! - 1, m.day!)).getUTCDay()));
    if (agreeing.length > 0) candidates = agreeing;
    else if (known) return null;
  }
  // News gives its own date first (captions, first lines); later dates tell the story.
  const m = candidates[0];
  return { date: isoDay(m.year!, m.month!, m.day!), precision: "day", source: known ? `${known.source}+text` : "text" };
}

/** ISO values of every mention; weekdays and relative days look back from the publication day. */
function resolveMentions(mentions: Located[], published: Published | null): DateMention[] {
  const ref = published && published.precision !== "month" && published.precision !== "year" ? published.date.slice(0, 10) : null;
  const refTime = ref ? Date.UTC(+ref.slice(0, 4), +ref.slice(5, 7) - 1, +ref.slice(8, 10)) : null;
  const out: DateMention[] = [];
  for (const m of mentions) {
    let date: string | null = null;
    if (m.year !== undefined && m.month !== undefined) date = m.day !== undefined ? isoDay(m.year, m.month, m.day) : `${pad(m.year, 4)}-${pad(m.month)}`;
    else if (m.month !== undefined && m.day !== undefined && refTime !== null) {
      const refYear = +ref!.slice(0, 4);
      // No year: the one that puts the day at most about a month after publication.
      let y = refYear;
      if (Date.UTC(y, m.month - 1, m.day) - refTime > 45 * 86400000) y--;
      date = isoDay(y, m.month, m.day);
    } else if (m.weekday !== undefined && refTime !== null) {
      const back = (new Date(refTime).getUTCDay() - m.weekday + 7) % 7;
      date = new Date(refTime - back * 86400000).toISOString().slice(0, 10);
    } else if (m.relativeDays !== undefined && refTime !== null) {
      date = new Date(refTime + m.relativeDays * 86400000).toISOString().slice(0, 10);
    }
    if (date) out.push({ text: m.text, date, start: m.start, end: m.end });
  }
  return out;
}
