/**
 * Country names, for telling a national side from a club: "Japan 2 Syria 1", "Korea beat Japan 3-0". Both the
 * results-line reader and the match-sides rule read them; the sets are built on first use, not at a cold start.
 */
import countryData from "../lang/country-names.json";

let names: ReadonlySet<string> | undefined;
let shortNames: ReadonlySet<string> | undefined;

/** A listed country's name, in any case ("Japan", "JAPAN", "Afrique du Sud"). */
export function isCountryName(name: string): boolean {
  names ??= new Set(countryData.countries.map((c) => c.toLowerCase()));
  return names.has(name.toLowerCase());
}

/** A listed country's name, or the last word of a longer one ("Korea" of "South Korea"): a national side's short name. */
export function isCountryOrShortName(name: string): boolean {
  if (isCountryName(name)) return true;
  shortNames ??= new Set(countryData.countries.flatMap((c) => (/\s/.test(c) ? [c.toLowerCase().split(/\s+/).pop()!] : [])));
  return shortNames.has(name.toLowerCase());
}
