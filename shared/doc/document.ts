/**
 * The document every extraction stage annotates, as spaCy's Doc: the article's text,
 * tokenised once and split into sentences once. Segments (shared/article) carry the
 * sentence spans; entities, quotes and speakers read the same tokens and sentences
 * through documentOf(article), which builds the Doc on first use and caches it.
 */
import type { SentenceSpan } from "../summary";
import { TERMINALS, splitSentences } from "./sentences";
import { type TokenLanguage, tokenLanguage, tokenizerTables } from "./token-tables";
import { type Token, tokenize } from "./tokenize";

/** What a Doc needs of an article: shared/article's ParsedArticle fits. */
export interface DocSource {
  text: string;
  language: string;
  segments: readonly { sentences: readonly SentenceSpan[] }[];
}

const CLOSERS = new Set(["»", "”", "’", '"', "'", ")", "]", "›"]);
/** Marks after which the next token still opens the sentence: « Il …, — Oui, (Le …. */
const OPENERS = new Set(['"', "«", "“", "‘", "„", "‹", "(", "[", "'", "—", "–", "-", "•"]);

export class Doc {
  /** Sentence index of each token; -1 for line breaks and tokens outside every sentence. */
  readonly sentenceOf: Int32Array;

  constructor(
    readonly text: string,
    readonly language: TokenLanguage,
    /** Every token in text order, line breaks included (kind "nl"). */
    readonly tokens: Token[],
    /** Sentence spans in text order, never overlapping, never across a segment. */
    readonly sentences: readonly SentenceSpan[],
  ) {
    this.sentenceOf = new Int32Array(tokens.length).fill(-1);
    let s = 0;
    let prevSentence = -2;
    let prev: Token | undefined;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (t.kind === "nl") {
        prev = t;
        continue;
      }
      while (s < sentences.length && sentences[s].end <= t.start) s++;
      const inside = s < sentences.length && sentences[s].start <= t.start;
      this.sentenceOf[k] = inside ? s : -1;
      const here = inside ? s : -1;
      t.sentenceStart = prev === undefined || prev.kind === "nl" || (here >= 0 && here !== prevSentence) || (prev.sentenceStart && prev.kind === "punct" && OPENERS.has(prev.text));
      prevSentence = here;
      prev = t;
    }
  }

  /** Index of the last token starting at or before offset (0 when none does). */
  tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.tokens[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Token index range [from, to) of the tokens lying wholly inside text[start, end). */
  range(start: number, end: number): [number, number] {
    const tokens = this.tokens;
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    let to = lo;
    while (to < tokens.length && tokens[to].end <= end) to++;
    return [lo, to];
  }

  /** The word and punctuation tokens of text[start, end), line breaks left out. */
  wordsIn(start: number, end: number): Token[] {
    const [from, to] = this.range(start, end);
    const out: Token[] = [];
    for (let k = from; k < to; k++) if (this.tokens[k].kind !== "nl") out.push(this.tokens[k]);
    return out;
  }

  /**
   * Whether token k closes its sentence: a line break, or a terminal mark (or an abbreviation's
   * full stop) after which, past any closing marks, the next token belongs to another sentence.
   */
  isSentenceEnd(k: number): boolean {
    const t = this.tokens[k];
    if (!t) return false;
    if (t.kind === "nl") return true;
    if (t.kind === "punct" ? !TERMINALS.has(t.text) : !t.text.endsWith(".")) return false;
    const own = this.sentenceOf[k];
    if (own < 0) return false;
    let n = k + 1;
    while (n < this.tokens.length && this.tokens[n].kind === "punct" && (CLOSERS.has(this.tokens[n].text) || TERMINALS.has(this.tokens[n].text)) && this.sentenceOf[n] === own) n++;
    return n >= this.tokens.length || this.tokens[n].kind === "nl" || this.sentenceOf[n] !== own;
  }
}

/** A Doc over text: tokens, and sentences given (from segments) or split line by line. */
export function createDoc(text: string, language: TokenLanguage, sentences?: readonly SentenceSpan[]): Doc {
  return new Doc(text, language, tokenize(text, tokenizerTables(language)), sentences ?? sentencesByLine(text));
}

/** Every line's sentences: a line break always ends a sentence. */
export function sentencesByLine(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let s = 0;
  for (let nl = text.indexOf("\n"); s <= text.length; nl = text.indexOf("\n", s)) {
    const e = nl < 0 ? text.length : nl;
    for (const span of splitSentences(text, s, e)) out.push(span);
    if (nl < 0) break;
    s = nl + 1;
  }
  return out;
}

const docs = new WeakMap<object, Doc>();

/** The article's Doc, built once: its segments' sentences, or line-by-line sentences when it has none. */
export function documentOf(article: DocSource): Doc {
  let doc = docs.get(article);
  if (!doc || doc.text !== article.text) {
    const sentences = article.segments.flatMap((g) => g.sentences);
    // Segments come in text order; a source that gives them otherwise still gets sorted sentences.
    for (let i = 1; i < sentences.length; i++) {
      if (sentences[i].start < sentences[i - 1].start) {
        sentences.sort((a, b) => a.start - b.start);
        break;
      }
    }
    doc = createDoc(article.text, tokenLanguage(article.language, article.text), sentences.length > 0 ? sentences : undefined);
    docs.set(article, doc);
  }
  return doc;
}
