import enHonorifics from "../../lang/en/entities-honorifics.json";
import enKeywords from "../../lang/en/entities-keywords.json";
import frHonorifics from "../../lang/fr/entities-honorifics.json";
import frKeywords from "../../lang/fr/entities-keywords.json";
import type { EntityType } from "../../summary";
import { foldName } from "../keys";
import aliases from "./aliases.json";

/**
 * How entity names become ids and search keys. An entity id is its folded
 * canonical name, with places and organisations mapped to one key across
 * French and English ("Londres" and "London" are `london`, "ONU" and "UN"
 * are `united nations`), so the same entity in two articles has one id.
 */

const ALIASES: Readonly<Record<string, string>> = aliases;

/** Longest id or search key kept: longer input cannot name anything we index. */
export const MAX_NAME_KEY = 120;
/** Shortest prefix the autocomplete answers: the directory is partitioned by two letters. */
export const MIN_PREFIX = 2;

// "St"/"Ste" open place names (St Petersburg), not only people's: never stripped.
const KEEP = new Set(["st", "st.", "ste", "ste."]);
const LEADING_WORDS = new Set(
  [...enHonorifics.honorifics, ...frHonorifics.honorifics, ...enKeywords.titles, ...frKeywords.titles].map(foldName).filter((w) => !KEEP.has(w)),
);

/** The id of an entity as indexed: persons by their folded name, places and organisations through the alias table. */
export function entityIdFor(name: string, type: EntityType): string {
  const folded = cleanKey(foldName(name));
  if (type === "PERSON") return folded;
  return ALIASES[folded] ?? folded;
}

/**
 * The keys a typed name may be indexed under, most specific first: "M. Poutine"
 * -> ["poutine"], "ONU" -> ["onu", "united nations"]. Empty when the input
 * cannot be a name (only punctuation, or too long).
 */
export function searchKeysFor(input: string): string[] {
  if (input.length > MAX_NAME_KEY * 2) return [];
  const words = cleanKey(foldName(input)).split(" ").filter(Boolean);
  // Titles and honorifics go, as long as a name is left: "Président Poutine", "M. Poutine".
  while (words.length > 1 && LEADING_WORDS.has(words[0])) words.shift();
  const key = words.join(" ");
  if (!/[\p{L}\p{N}]/u.test(key) || key.length > MAX_NAME_KEY) return [];
  const alias = ALIASES[key];
  return alias && alias !== key ? [key, alias] : [key];
}

/**
 * The words of a key that a person types when searching or autocompleting:
 * "kassym-jomart tokaiev" -> kassym, jomart, tokaiev, kassym-jomart.
 */
export function nameTokens(key: string): string[] {
  const tokens = new Set<string>();
  for (const word of key.split(" ")) {
    if (word.length >= MIN_PREFIX) tokens.add(word);
    for (const part of word.split(/['-]/)) if (part.length >= MIN_PREFIX) tokens.add(part);
  }
  return [...tokens];
}

// Words that open place and organisation names without naming them: "Le Havre", "La Paz", "Al-Qaïda" keep their second word.
const OPENING_WORDS = new Set(["le", "la", "les", "l'", "the", "al", "el", "de", "du", "des", "of", "st", "ste", "saint", "sainte", "san", "santa"]);

/**
 * The one word an entity is listed under in the name directory: a person's
 * surname (the last word: "Poutine", "Tokaïev"), a place's or organisation's
 * first real word as the article names it ("Londres", "ONU", "Havre").
 */
export function directoryWord(name: string, type: EntityType): string {
  const words = cleanKey(foldName(name)).split(" ").filter((w) => w.length >= MIN_PREFIX && /[\p{L}\p{N}]/u.test(w));
  if (!words.length) return "";
  if (type === "PERSON") return words.at(-1)!;
  return words.find((w) => !OPENING_WORDS.has(w)) ?? words[0];
}

/** True when every token of the query is a token of the id: "poutine" and "vladimir poutine" both name `vladimir poutine`. */
export function keyCovers(id: string, query: string): boolean {
  const idTokens = new Set(nameTokens(id));
  return nameTokens(query).every((t) => idTokens.has(t));
}

/** Keys only hold letters, digits, spaces, hyphens, apostrophes and dots: '#' is our separator, and the rest is noise. */
function cleanKey(folded: string): string {
  return folded
    .replace(/[^\p{L}\p{N}' .-]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_NAME_KEY);
}
