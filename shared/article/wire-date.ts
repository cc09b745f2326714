import type { DatePrecision } from "../summary";
import { parseDateString } from "./published-date";

type Dated = { date: string; precision: DatePrecision };

const MONTHS: Record<string, string> = { jan: "01", feb: "02", mar: "03", apr: "04", may: "05", jun: "06", jul: "07", aug: "08", sep: "09", oct: "10", nov: "11", dec: "12" };
/** RFC 822 zone names RSS still uses. */
const ZONES: Record<string, string> = { UT: "Z", GMT: "Z", Z: "Z", EST: "-05:00", EDT: "-04:00", CST: "-06:00", CDT: "-05:00", MST: "-07:00", MDT: "-06:00", PST: "-08:00", PDT: "-07:00" };

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
  const rfc = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4}|\d{2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,3})?)?/.exec(s);
  if (rfc) {
    const [, d, mon, yRaw, hh, mm, ss, zone] = rfc;
    const mo = MONTHS[mon.toLowerCase()];
    if (mo) {
      const y = yRaw.length === 2 ? `20${yRaw}` : yRaw;
      const day = `${y}-${mo}-${d.padStart(2, "0")}`;
      if (hh === undefined) return parseDateString(day);
      const tz = zone === undefined ? "" : /^[+-]/.test(zone) ? `${zone.slice(0, 3)}:${zone.slice(3)}` : (ZONES[zone.toUpperCase()] ?? "");
      return parseDateString(`${day}T${hh.padStart(2, "0")}:${mm}:${ss ?? "00"}${tz}`);
    }
  }
  return parseDateString(s);
}
