/**
 * Clubs named by a prefix or a suffix the sport uses ("FC Nantes", "l'ASM Clermont Auvergne", "le Stade toulousain",
 * "Olympique de Marseille", "Real Madrid", "Blackburn Rovers"): the whole name is one organisation, whatever the
 * tagger made of its town (a place) or its acronym (a name of its own). The forms are per-language data
 * (`clubNames` in shared/lang/<code>/entities-keywords.json); a name never runs into a date ("… Auvergne samedi").
 */
import { isDateWord } from "../lang/article-tables";
import type { Token } from "../doc/tokenize";

export interface ClubNameTables {
  /** Written as is before the club's name: "FC", "AS", "Stade", "Real". */
  prefixes: ReadonlySet<string>;
  /** Written as is after a town's name: "United", "Rovers". */
  suffixes: ReadonlySet<string>;
  /** Lowercase words joining the name's parts: "de" in "Racing Club de Strasbourg". */
  links: ReadonlySet<string>;
  /** Endings of a lowercase adjective of a town right after the prefix: "-ais" in "Stade rennais". */
  adjectiveEndings: readonly string[];
}

/** Capitalised words that open a sentence or a name without being part of a club's: "The United…". */
const DETERMINERS = new Set(["the", "le", "la", "les", "l'"]);
const ACRONYM = /^\p{Lu}{2,5}$/u;
/** Words of a club's name after its prefix: at most this many. */
const MAX_WORDS = 4;

/** A capitalised word of a club's name; the name stops before a date word ("… Auvergne samedi"). */
const isNameWord = (t: Token) => t.kind === "word" && t.upper && !t.sentenceStart && !isDateWord(t.lower) && /\p{Ll}/u.test(t.text);

/**
 * Token ranges [start, end) of the clubs named in `tokens` (one sentence or line of words). A name by a word prefix
 * must hold a listed place ("Real Madrid", "Racing Club de Strasbourg") or be the town's adjective ("Stade rennais"):
 * "Real Estate", "Sporting Goods", "France Inter Philippe Martinez" are no clubs. A suffix must follow a listed place
 * and end the name ("United States", "United Nations" go on after it).
 */
export function clubNameSpans(tokens: readonly Token[], tables: ClubNameTables, isPlace: (lower: string) => boolean): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Prefixes and suffixes are capitalised: most tokens are not, and cost one check.
    if (!t.upper || t.kind !== "word") continue;
    if (tables.prefixes.has(t.text)) {
      let j = i + 1;
      // "le Stade rennais", "l'Olympique lyonnais": a town's adjective.
      const next = tokens[j];
      if (next && next.kind === "word" && !next.upper && tables.adjectiveEndings.some((e) => next.lower.endsWith(e)) && next.lower.length > 4) j++;
      else {
        let words = 0;
        while (j < tokens.length && words < MAX_WORDS) {
          if (isNameWord(tokens[j])) (j++, words++);
          else if (words > 0 && tables.links.has(tokens[j].lower) && tokens[j + 1] && isNameWord(tokens[j + 1])) j += 2;
          else break;
        }
      }
      const adjective = j === i + 2 && !tokens[i + 1].upper;
      let hasPlace = false;
      for (let k = i + 1; k < j && !hasPlace; k++) hasPlace = isPlace(tokens[k].lower);
      // An acronym ("FC", "ASM", "RC") says "club" by itself: "RC Lens", "ASM Clermont Auvergne" need no listed town.
      if (j > i + 1 && (adjective || hasPlace || ACRONYM.test(t.text))) {
        out.push({ start: i, end: j });
        i = j - 1;
      }
      continue;
    }
    // "Blackburn Rovers", "Manchester United": a listed town, maybe after a name word ("West Ham United"), then the suffix, ending the name.
    if (tables.suffixes.has(t.text) && i > 0 && !t.sentenceStart && !(tokens[i + 1] && isNameWord(tokens[i + 1]))) {
      const town = tokens[i - 1];
      if (town.kind !== "word" || !town.upper || !isPlace(town.lower)) continue;
      const s = i - 2 >= 0 && !town.sentenceStart && isNameWord(tokens[i - 2]) && !DETERMINERS.has(tokens[i - 2].lower) ? i - 2 : i - 1;
      if (out.length === 0 || out[out.length - 1].end <= s) out.push({ start: s, end: i + 1 });
    }
  }
  return out;
}
