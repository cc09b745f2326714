/**
 * Capitalised word sequences that may name a speaker, found without the entity stage
 * (which may return nothing), with honorific and position facts the attribution needs.
 */
import type { Gender, QuoteLanguage } from "./quote-language";
import type { Token } from "../doc/tokenize";

export interface NameSpan {
  /** Token index range [first, last]. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  /** Folded last word: the key surnames fold on. */
  key: string;
  /** Gender from an honorific right before the name. */
  gender: Gender;
  honorific: boolean;
  /** Preceded by a preposition or an article: an object or a place, not a subject. */
  governed: boolean;
}

const PARTICLES = new Set(["de", "du", "des", "d'", "van", "von", "der", "den", "di", "da", "dos", "bin", "ben", "al", "el", "la", "le", "y", "ibn", "abu"]);
// ASCII needs no decomposition: the common case skips normalize(), which is costly per name.
const fold = (s: string) => (/[^\x00-\x7f]/.test(s) ? s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase() : s.toLowerCase());

export function foldName(s: string): string {
  return fold(s);
}

function isNameWord(t: Token, lang: QuoteLanguage, atStart: boolean): boolean {
  if (t.kind !== "word" || !t.upper) return false;
  const last = t.text[t.text.length - 1];
  if (last === "'" || last === "’") return false; // an elided article: L', D'
  if (t.text.length === 1) return false; // a lone capital (sous X)
  if (last === ".") return false; // an initial (J.), an acronym (U.S.) or an abbreviation (Inc.): the tokenizer keeps their full stop
  if (atStart && lang.capitalisedNonNames.has(t.text)) return false;
  // "le PDG de X", "the CEO, X": a title written in capitals opens a description, not a name ("Apple CEO Tim Cook" goes on).
  if (atStart && isTitleInCapitals(t, lang)) return false;
  // "Unanimement salué, X …", "Reportedly, …": a capitalised manner adverb opens the sentence, it names nobody.
  if (atStart && lang.adverbEnding && t.text.length >= lang.adverbEnding.minLength && t.lower.endsWith(lang.adverbEnding.suffix)) return false;
  return true;
}

/** "PDG", "CEO": a description head written in capitals. */
function isTitleInCapitals(t: Token, lang: QuoteLanguage): boolean {
  return t.text.length > 1 && t.text === t.text.toUpperCase() && lang.descriptionHeads.has(t.lower);
}

const NO_TOKEN = { kind: "punct", text: "", lower: "", start: 0, end: 0, upper: false, sentenceStart: false } as Token;
const INITIAL = /^\p{Lu}\.$/u;
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;

/** An honorific's key in the language table: the token lowercased, without the full stop the tokenizer keeps on it. */
export function honorificKey(t: Token): string {
  return t.lower.endsWith(".") ? t.lower.slice(0, -1) : t.lower;
}

/**
 * "J." before a capitalised word: an initial that may open a name (J. K. Rowling). After an honorific,
 * initials may follow each other (Rep. G.K. Butterfield); elsewhere "U.S." is no name.
 */
function isInitial(tokens: Token[], k: number, lang: QuoteLanguage, chained = 0): boolean {
  const t = tokens[k];
  if (t === undefined || t.kind !== "word") return false;
  // "J." anywhere; "G.K." (the tokenizer keeps dotted initials whole) only after an honorific, where "U.S." cannot be.
  if (!INITIAL.test(t.text) && !(chained > 0 && DOTTED_INITIALS.test(t.text))) return false;
  return isNameWord(tokens[k + 1] ?? NO_TOKEN, lang, false) || (chained > 0 && isInitial(tokens, k + 1, lang, chained - 1));
}

/** Honorific token at i (M., Mme, Mr., Sen.): returns the index after it, or -1. */
export function honorificEnd(tokens: Token[], i: number, lang: QuoteLanguage): number {
  const t = tokens[i];
  if (!t || t.kind !== "word") return -1;
  if (!lang.honorifics.has(honorificKey(t))) return -1;
  if (t.text.endsWith(".")) return i + 1; // the tokenizer kept its full stop: M., Sen.
  // A full stop the tokenizer's tables do not know for this language ("Amb." in a French text).
  const dot = tokens[i + 1];
  if (dot && dot.text === "." && dot.start === t.end) return i + 2;
  // Honorifics written without a full stop (Mme, Dr, President) must start with a capital.
  return t.upper ? i + 1 : -1;
}

export function findNameSpans(text: string, tokens: Token[], lang: QuoteLanguage): NameSpan[] {
  const out: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    let gender: Gender = "x";
    let honorific = false;
    let j = i;
    // Honorifics, possibly several (Gov. Mike Pence, President Barack Obama).
    for (let h = honorificEnd(tokens, j, lang); h > 0 && h < tokens.length; h = honorificEnd(tokens, j, lang)) {
      const g = lang.honorifics.get(honorificKey(tokens[j])) ?? "x";
      if (g !== "x") gender = g;
      honorific = true;
      j = h;
    }
    const chained = honorific ? 2 : 0;
    // "Mme de Montchalin", "M. de Villepin": after an honorific a particle may open the surname.
    const particleFirst = honorific && particleOpensName(tokens, j, lang);
    if (!(particleFirst || isNameWord(tokens[j] ?? NO_TOKEN, lang, true) || isInitial(tokens, j, lang, chained)) || (honorific === false && j !== i)) {
      i = Math.max(i + 1, j);
      continue;
    }
    let last = particleFirst ? j + 1 : j;
    let k = last + 1;
    if (isInitial(tokens, j, lang, chained)) last = k; // J. K. Rowling: the name goes on after the initial
    while (k < tokens.length) {
      const t = tokens[k];
      if (isInitial(tokens, k, lang, chained)) {
        k += 1; // middle initial: Paul D. Ryan
      } else if (isNameWord(t, lang, false) && t.start - tokens[k - 1].end <= 1) {
        last = k;
        k++;
      } else if (t.kind === "word" && PARTICLES.has(t.lower) && isNameWord(tokens[k + 1] ?? NO_TOKEN, lang, false) && !isNameWord(tokens[k + 2] ?? NO_TOKEN, lang, false) && !isTitleInCapitals(tokens[k + 1], lang)) {
        // "Charles de Gaulle", but not "MoDem du Val-de-Marne Maud Petit", nor "à l'AFP le PDG de la SNCF" (a title).
        k++;
      } else break;
    }
    let first = j;
    const prev = tokens[i - 1];
    // After a number it names a thing (20 Minutes, 2 Chainz aside).
    let governed = !honorific && prev !== undefined && prev.kind === "word" && (lang.prepositions.has(prev.lower) || lang.articles.has(prev.lower) || /^\d+$/.test(prev.text));
    // "the Conservative MP said", "the New York Democrat": after an article, capitalised words ending on a description
    // head are that description, never a name (checked before a governed first word is cut off below); a given name
    // inside makes it a name again ("le ministre de l'Economie Bruno Le Maire").
    if (governed && last > first && lang.articles.has(prev.lower) && lang.descriptionHeads.has(tokens[last].lower) && !hasGivenName(tokens, first, last, lang)) {
      i = last + 1;
      continue;
    }
    // "le ministre de la Culture Franck Riester": the governed word names an institution, the rest a person; but
    // "un proche de Marine Le Pen" governs a whole name that opens with a given name.
    // ("du Tour de France": a particle after the first word joins one name, which is not cut.)
    if (governed && last - first >= 2 && tokens[first + 1].start - tokens[first].end <= 1 && !lang.firstNames.has(foldName(tokens[first].lower)) && !PARTICLES.has(tokens[first + 1].lower)) {
      first++;
      governed = false;
    }
    // "le député LFI Jean-Hugues Ratenon": a leading acronym names the party, the rest the person.
    if (last - first >= 2 && /^\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}/u.test(tokens[first].text) && tokens[first].text.length <= 6) first++;
    // "Chief Executive Karen Lindqvist said", "Representative Steve Cohen": a description head before a known given
    // name is the title, not the name ("Republican National Committee" keeps its first word).
    else if (last - first >= 2 && lang.descriptionHeads.has(tokens[first].lower) && lang.firstNames.has(foldName(tokens[first + 1].lower))) first++;
    // "Chief Executive Jensen Huang": after an honorific, a description head is the rest of the title.
    else if (honorific) while (first < last && lang.descriptionHeads.has(tokens[first].lower)) first++;
    // "Los Angeles-based attorney Edgar Martirosyan": a name glued to a hyphen suffix (the tokenizer splits only those)
    // qualifies the noun after it; it names no one.
    if (gluedSuffixAfter(tokens, last)) {
      i = last + 1;
      continue;
    }
    const start = tokens[first].start;
    const end = tokens[last].end;
    out.push({ first, last, start, end, text: text.slice(start, end), key: fold(tokens[last].text), gender, honorific, governed });
    i = last + 1;
  }
  return out;
}

// Particles that open a surname after an honorific; "la"/"le" are left out: "Mme la Présidente" is a title.
const SURNAME_PARTICLES = new Set(["de", "d'", "du", "des", "van", "von", "der", "den", "di", "da", "dos", "del", "della", "bin", "ibn", "ben"]);

function particleOpensName(tokens: Token[], j: number, lang: QuoteLanguage): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  if (!t || !next || t.kind !== "word" || !SURNAME_PARTICLES.has(t.lower.replace(/’/g, "'"))) return false;
  return isNameWord(next, lang, false) && !lang.descriptionHeads.has(next.lower) && next.start - t.end <= 1;
}

function hasGivenName(tokens: Token[], first: number, last: number, lang: QuoteLanguage): boolean {
  for (let k = first; k < last; k++) if (lang.firstNames.has(foldName(tokens[k].lower))) return true;
  return false;
}

function gluedSuffixAfter(tokens: Token[], last: number): boolean {
  const hyphen = tokens[last + 1];
  const suffix = tokens[last + 2];
  return hyphen?.text === "-" && hyphen.start === tokens[last].end && suffix?.kind === "word" && !suffix.upper && suffix.start === hyphen.end;
}
