import { ARTICLE_TABLES } from "../lang/article-tables";
import type { DatePrecision } from "../summary";
import { parseDateString } from "./published-date";

type Dated = { date: string; precision: DatePrecision };

/**
 * Month names and abbreviations of every language table, lower-cased: feeds written by French or
 * German sites put their own month names in pubDate ("lun., 09 févr. 2026 18:30:00 +0100").
 */
const MONTHS: Map<string, string> = (() => {
  const out = new Map<string, string>();
  for (const table of Object.values(ARTICLE_TABLES)) {
    table.months.forEach((spellings, i) => {
      for (const s of spellings) if (!out.has(s.toLowerCase())) out.set(s.toLowerCase(), String(i + 1).padStart(2, "0"));
    });
  }
  return out;
})();
/** RFC 822 zone names RSS still uses, and the European ones feeds write although RFC 822 has none. */
const ZONES: Record<string, string> = {
  UT: "Z",
  UTC: "Z",
  GMT: "Z",
  Z: "Z",
  EST: "-05:00",
  EDT: "-04:00",
  CST: "-06:00",
  CDT: "-05:00",
  MST: "-07:00",
  MDT: "-06:00",
  PST: "-08:00",
  PDT: "-07:00",
  WET: "Z",
  WEST: "+01:00",
  BST: "+01:00",
  CET: "+01:00",
  CEST: "+02:00",
  MEZ: "+01:00",
  MESZ: "+02:00",
  EET: "+02:00",
  EEST: "+03:00",
};

/**
 * The date forms of news wire formats, to the precision they state:
 * ISO 8601 (NewsML-G2, Atom), its basic form (NITF `norm`: 20240312T102000+0100)
 * and RFC 822 (RSS pubDate: "Tue, 12 Mar 2024 10:20:00 +0100").
 */
export function parseWireDate(raw: string | null | undefined): Dated | null {
  if (!raw) return null;
  const s = raw.trim();
  const basic = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{4}|[+-]\d{2}:\d{2})?)?$/.exec(s);
  if (basic) {
    const [, y, mo, d, hh, mm, ss, tz] = basic;
    return parseDateString(hh === undefined ? `${y}-${mo}-${d}` : `${y}-${mo}-${d}T${hh}:${mm}:${ss ?? "00"}${tz ?? ""}`);
  }
  // The weekday, when there is one, in any language and any length ("Tue,", "Monday,", "lun.,"); the comma may have no space after it.
  const rfc = /^(?:\p{L}+\.?,?\s*)?(\d{1,2})\.?\s+(\p{L}+)\.?,?\s+(\d{4}|\d{2})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[+-]\d{2}:\d{2}|[A-Za-z]{1,5}\b)?)?/u.exec(s);
  if (rfc) {
    const [, d, mon, yRaw, hh, mm, ss, zone] = rfc;
    const mo = monthOf(mon);
    if (mo) {
      const y = yRaw.length === 2 ? `20${yRaw}` : yRaw;
      const day = `${y}-${mo}-${d.padStart(2, "0")}`;
      if (hh === undefined) return parseDateString(day);
      const tz = zone === undefined ? "" : /^[+-]\d{4}$/.test(zone) ? `${zone.slice(0, 3)}:${zone.slice(3)}` : /^[+-]/.test(zone) ? zone : (ZONES[zone.toUpperCase()] ?? "");
      return parseDateString(`${day}T${hh.padStart(2, "0")}:${mm}:${ss ?? "00"}${tz}`);
    }
  }
  // A wire date field states its year; "Today 10:15" or "il y a 2 heures" would be read relative to
  // the moment the file is processed, which is no date of the story.
  return /\d{4}/.test(s) ? parseDateString(s) : null;
}

/** "Feb", "February", "févr", "Dez": the month number, else undefined. English's three letters also stand for its longer spellings ("Sept."). */
function monthOf(word: string): string | undefined {
  const w = word.toLowerCase();
  return MONTHS.get(w) ?? (/^[a-z]{3,}$/.test(w) ? MONTHS.get(w.slice(0, 3)) : undefined);
}
