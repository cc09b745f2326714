/**
 * Spans in quote marks that are not reported words: titles of works and shows, names of media,
 * operations and laws, nicknames, and scare-quoted terms in headlines. The rules are in README.md.
 */
import type { QuoteLanguage } from "./quote-language";

const SMALL_WORDS = new Set(["of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "by", "with", "from", "or", "vs", "de", "du", "des", "la", "le", "les", "et", "l", "d", "à", "en", "sur", "pour", "au", "aux", "un", "une"]);
const WORD_RE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const FIRST_WORD_RE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/u;
const SCARE_INTRODUCERS = new Set(["so-called", "soi-disant", "prétendu", "prétendue", "prétendus", "prétendues", "pseudo"]);

const TRANSLATED_RE = /^\s*\(\s*["«“]/;
// The translation may take an article inside the parentheses: « Al-Muhajireen » (la « brigade des immigrés »).
const TRANSLATION_BEFORE_RE = /["»”]\s*\(\s*(?:\p{Ll}{1,3}['’]?\s*)?$/u;

export interface QuoteContext {
  /** The quoted words. */
  inner: string;
  /** Up to ~40 characters before the opening mark, and after the closing mark. */
  before: string;
  after: string;
  inHeadline: boolean;
}

/** Every word capitalised except small words, with no sentence inside: a title or a name. */
export function isTitleCase(inner: string): boolean {
  const body = inner.replace(/[.,!?;:]+$/, "");
  if (/[.!?;:]\s/.test(body)) return false;
  const words = body.match(WORD_RE) ?? [];
  if (words.length < 2 || words.length > 8) return false;
  let capitals = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (/^\p{Lu}/u.test(w) || /^\d/.test(w)) capitals++;
    else if (!(i > 0 && SMALL_WORDS.has(w.toLowerCase()))) return false;
  }
  return capitals >= 2;
}

/** "WALLACE: Let's start …", "(CROSSTALK)": a transcript turn or stage direction, not words reported in a story. */
const TRANSCRIPT_RE = /^(?:\p{Lu}[\p{Lu}.'’ -]{1,30}:\s|\(\p{Lu}[\p{Lu} ]+\.?\)\.?$)/u;

export function isNotQuote(c: QuoteContext, lang: QuoteLanguage): boolean {
  if (TRANSCRIPT_RE.test(c.inner)) return true;
  // Every rule below looks at short spans only; a long quote is words reported, whatever its marks.
  if (c.inner.length > 120) return false;
  const words = c.inner.match(WORD_RE) ?? [];
  if (words.length === 0 || !/\p{L}/u.test(c.inner)) return true; // numbers, ids, symbols
  const beforeWords = c.before.match(WORD_RE) ?? [];
  const prev = (beforeWords[beforeWords.length - 1] ?? "").toLowerCase().replace(/’/g, "'");
  const prev2 = (beforeWords[beforeWords.length - 2] ?? "").toLowerCase();
  const afterWord = FIRST_WORD_RE.exec(c.after)?.[0] ?? "";
  const beforeTrim = c.before.trimEnd();
  const introducedByColon = beforeTrim.endsWith(":");
  // Nickname between a first name and a surname: Jean "Johnny" Hallyday.
  const lastBefore = beforeWords[beforeWords.length - 1] ?? "";
  if (/^\p{Lu}/u.test(lastBefore) && /^\p{Lu}/u.test(afterWord) && /\p{L}\s$/u.test(c.before) && /^\s+\p{Lu}/u.test(c.after) && words.length <= 3 && !/[.,!?]$/.test(c.inner)) return true;
  // Named by the word before: surnommé « … », the book "…", l'opération « … ».
  // The naming word must touch the mark: "a sorti un album. « C'est … »" is a sentence of its own.
  const touching = /[\p{L}\p{N}'’]\s*$/u.test(c.before);
  // …except a form of "dire" after a reflexive or an auxiliary, which reports: s'est dite « bouleversée », a dit « oui ».
  const reports = lang.reportingForms.verbs.has(prev) && lang.reportingForms.before.has(prev2.replace(/’/g, "'"));
  // …or a verb's (no article before it) whose span a preposition opens, which no name does: a appelé « à faire
  // baisser la température ». After a noun it still names: the campaign "to continue …".
  const first = words[0] ?? "";
  const opensWithPreposition = !lang.articles.has(prev2) && /^\p{Ll}/u.test(first) && lang.prepositions.has(first.toLowerCase());
  // …or the subject's predicate, which a verb opens: le projet « va vider le centre-ville ».
  const opensWithVerb = /^\p{Ll}/u.test(first) && lang.auxiliaries.has(first.toLowerCase());
  if (isOffenceName(c, words.length, beforeWords, lang)) return true;
  if (touching && !opensWithPreposition && !opensWithVerb && ((lang.nonQuoteIntroducers.has(prev) && !reports) || (lang.articles.has(prev) && lang.nonQuoteIntroducers.has(prev2)) || SCARE_INTRODUCERS.has(prev))) return true;
  // A line of its own, three words or more all in capitals (« JUDAS RESTERA DANS L'HISTOIRE »): a subheading that
  // shouts a quote, where the case of the words says nothing.
  // (French guidelines; PolNeAR leaves such English subheadings out.)
  const shoutedLine = lang.spanRules.shoutedSubheadings && words.length >= 3 && !/\p{Ll}/u.test(c.inner) && c.before.trim() === "" && c.after.trim() === "";
  if (isTitleCase(c.inner) && !introducedByColon && !shoutedLine) return true;
  // One capitalised word inside a sentence: a name, a brand, an operation.
  if (words.length === 1 && /^\p{Lu}/u.test(words[0]) && !introducedByColon && /\p{L}/u.test(beforeTrim.slice(-1)) && !/[!?]$/.test(c.inner)) return true;
  // A work named in apposition right after the marks: « Anatomie d'une rupture », le film de Claire Morel; "Blue", her
  // new album. An article or a possessive, at most one more word, then the work's noun.
  if (workInApposition(c, lang)) return true;
  // A title or phrase given with its translation in parentheses: "Ja, vi elsker" ("Oui, nous aimons"),
  // "I'll be back" ("je reviendrai"). Words someone said are translated, not given twice.
  if (TRANSLATED_RE.test(c.after) || (TRANSLATION_BEFORE_RE.test(c.before) && /^\s*\)/.test(c.after))) return true;
  // Headline scare quotes around a term: le « wokisme », the "elites".
  // (Where uncuedTerms is set, the rule waits for the attribution: dénonce les « mensonges » is reported words.)
  if (c.inHeadline && words.length === 1 && lang.articles.has(prev) && !lang.spanRules.uncuedTerms) return true;
  return false;
}

/**
 * An offence's legal name, which the corpus guidelines do not count as reported words: une enquête pour « blessures
 * involontaires », mis en examen du chef de « meurtre », charged with "reckless endangerment". A short lowercase phrase
 * with no sentence in it, right after a charge link, or after a link with a legal word among the three words before it.
 */
function isOffenceName(c: QuoteContext, wordCount: number, beforeWords: readonly string[], lang: QuoteLanguage): boolean {
  const o = lang.offences;
  if (!o || wordCount > 8 || !/^\p{Ll}/u.test(c.inner) || /[.!?;:]/.test(c.inner.replace(/[.!?]+$/, ""))) return false;
  const before = c.before.toLowerCase().replace(/’/g, "'").trimEnd();
  if (o.chargeLinks.some((l) => before.endsWith(l) && !/\p{L}/u.test(before.charAt(before.length - l.length - 1)))) return true;
  const n = beforeWords.length;
  if (n < 2 || !/\p{L}$/u.test(before) || !o.links.has(beforeWords[n - 1].toLowerCase())) return false;
  for (let k = n - 2; k >= Math.max(0, n - 4); k--) {
    const w = beforeWords[k].toLowerCase();
    if (o.legalWords.some((stem) => w.startsWith(stem))) return true;
  }
  return false;
}

function workInApposition(c: QuoteContext, lang: QuoteLanguage): boolean {
  // The comma after the marks, or inside them as English writes it ("Blue," her new album).
  // The noun ends a word: "the film's director said" is a speaker.
  const m = /^\s*(,?)\s*([\p{L}'’]+)\s+(?:([\p{L}-]+)\s+)?([\p{L}-]+)(?=[\s,.;:)]|$)/u.exec(c.after);
  if (!m) return false;
  const [, comma, opener, adjective, noun] = m;
  if (comma === "" && !c.inner.endsWith(",")) return false;
  const det = opener.toLowerCase().replace(/’/g, "'");
  if (!lang.articles.has(det) && !lang.possessives.has(det)) return false;
  // The noun right after the determiner, or after one adjective ("son dernier album", "her new album").
  return lang.workNouns.has((adjective ?? noun).toLowerCase()) || (adjective !== undefined && lang.workNouns.has(noun.toLowerCase()));
}

/**
 * A few quoted words starting with a capital inside the writer's sentence, with no cue right before them
 * (pour « Le président a disparu », d'« Aline », "Arthur Where are you"): a title or a name, not words
 * reported. 'a lancé « On ne lâchera rien »' stays: its cue introduces it.
 */
export function isUncuedTitle(text: string, q: { start: number; partial: boolean }, open: number, close: number, cue: { start: number; end: number } | null): boolean {
  if (!q.partial || !/^\p{Lu}/u.test(text.slice(q.start, q.start + 1))) return false;
  if (!cue) return true;
  // The cue right before the mark (a lancé « On … »), or right after it behind a comma (« Ils … », conclut-il).
  if (cue.end <= open) return open - cue.end > 30 || /[.!?\n]/.test(text.slice(cue.end, open));
  // « … » : la CGT a appelé …: a colon, then the clause whose subject said the words (AttributionFinder.colonLead).
  if (cue.start >= close && /^\s*:/.test(text.slice(close, cue.start))) return false;
  return cue.start < close || !/^[\s,]{0,3}$/.test(text.slice(close, cue.start));
}

/** Share of the quoted words a recognised name covers (« le Rassemblement national », « Terminator »). */
export function nameCoverage(start: number, end: number, names: readonly { start: number; end: number }[]): number {
  // names are sorted by start: binary search the first one starting inside the span.
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  let covered = 0;
  let upTo = start;
  for (let k = lo; k < names.length && names[k].start < end; k++) {
    if (names[k].end > end) continue;
    covered += Math.max(0, names[k].end - Math.max(upTo, names[k].start));
    upTo = Math.max(upTo, names[k].end);
  }
  return end > start ? covered / (end - start) : 0;
}

/**
 * A short fragment right after a determiner that no cue reports, in the headline or used twice in the article
 * (des « gilets jaunes », la « perruque afro », le « monsieur Déconfinement »): a term the writer uses, in scare
 * quotes, not words reported. `occurrences(needle)` counts the fragment in the article, stopping at 2.
 */
export function isUncuedTerm(text: string, q: { start: number; text: string; partial: boolean; cue: string | null }, open: number, inHeadline: boolean, lang: QuoteLanguage, occurrences: (needle: string) => number): boolean {
  if (q.cue !== null || !q.partial) return false;
  const words = q.text.match(WORD_RE) ?? [];
  if (words.length > 4) return false;
  const before = text.slice(Math.max(0, open - 20), open);
  if (!/[\p{L}'’]\s*$/u.test(before)) return false;
  const prev = (before.match(/([\p{L}]+['’]?)\s*$/u)?.[1] ?? "").toLowerCase().replace(/’/g, "'");
  if (!(lang.articles.has(prev) || lang.quantifiers.has(prev)) || lang.possessives.has(prev)) return false;
  return (inHeadline && words.length === 1) || occurrences(q.text.toLowerCase()) >= 2;
}
