/**
 * What the speaker ranker reads of an article: tokens with offsets, which quote each token lies in,
 * and a few lookups the quote stage already has. Kept this small so that any tokeniser (the quote
 * stage's own today, the shared token stream tomorrow) can feed it.
 */
import type { Mention } from "../attribution";
import type { Gender } from "../quote-language";

export interface RankerToken {
  start: number;
  end: number;
  /** Lowercase text. */
  lower: string;
  kind: "word" | "punct" | "nl";
  /** Starts with an uppercase letter. */
  upper: boolean;
}

export interface RankerQuote {
  /** Token indices of the opening and closing marks. */
  openTok: number;
  closeTok: number;
  start: number;
  end: number;
  partial: boolean;
}

export interface RankerDocument {
  lang: string;
  tokens: readonly RankerToken[];
  quotes: readonly RankerQuote[];
  /** The last token starting at or before an offset (the token stream's own lookup). */
  tokenAt(offset: number): number;
  /** For each token, the index of the quote it lies in, or -1. */
  insideQuote(k: number): number;
  /** A name, pronoun or description starting at token k (honorifics included), else null. */
  mentionAt(k: number): Mention | null;
  isCueVerb(k: number): boolean;
  isSentenceEnd(k: number): boolean;
  /** Sentence ends outside quotes between two offsets. */
  sentencesBetween(from: number, to: number): number;
  /** The entity stage's type for a span (PERSON, ORGANIZATION, LOCATION), else null. */
  entityType(start: number, end: number): string | null;
  /** Gender the article tells for a name mention ("m", "f", "x"). */
  nameGender(m: Mention): Gender;
  isPreposition(lower: string): boolean;
  isArticle(lower: string): boolean;
  /** The last word of a preposition that names a speaker ("selon", "d'après", "according to"). */
  endsPrepositionCue(lower: string): boolean;
  /** "à", "au", "to": after a cue, they open the one spoken to. */
  isListenerPreposition(lower: string): boolean;
  /** A noun that names a speaker: a person's description head or an organisation's ("ministre", "avocate", "quotidien"). */
  isSpeakerHead(lower: string): boolean;
  isAuxiliaryOrAdverb(lower: string): boolean;
  /** A head naming one person ("le procureur", "la directrice", "the spokeswoman"): never an organisation. */
  isPersonHead(lower: string): boolean;
  /** "medium", "institution" or "document" for a description whose head names an organisation ("le quotidien", "le conseil", "un communiqué"). */
  organisationKindOf(m: Mention): string | undefined;
  /** End offset of the headline (0 when none). */
  headlineEnd: number;
}
