/**
 * The one word tokenizer of the pipeline (entities, quotes and speakers all read its tokens
 * through a Doc). It gives the same tokens for running text ("l'Ukraine", "Trump's", "M. Poutine,")
 * and for the pre-tokenised corpora ("l' Ukraine", "Trump 's"), because the entity model is
 * trained on the latter and run on the former. One pass over the characters; a word is matched
 * by a regex with no nested quantifier over the same class, so the whole is linear in the length.
 */

export type TokenKind = "word" | "punct" | "nl";

export interface Token {
  /** UTF-16 offsets into the text: text.slice(start, end) === this.text. */
  start: number;
  end: number;
  text: string;
  /** Lowercase, with ’ unified to ' and without line-end hyphenation marks (withoutLineBreakHyphens). */
  lower: string;
  /** "nl" is a line break (one token per "\n"); "punct" is one code point that is not a letter or digit. */
  kind: TokenKind;
  /** First character is an uppercase letter. */
  upper: boolean;
  /**
   * Opens a sentence of the Doc (its first token, any opening marks after it and the word they open),
   * or follows a line break. Set by createDoc; false on bare tokenize() output.
   */
  sentenceStart: boolean;
}

export interface TokenizerTables {
  /** Lowercased French elided forms without the apostrophe: "l", "d", "qu", … */
  elisions: ReadonlySet<string>;
  /** Abbreviations that keep their full stop: "M.", "Dr.", "Inc.", … */
  abbreviations: ReadonlySet<string>;
  /** Split the English possessive: "Trump's" -> "Trump" "'s". */
  splitPossessive: boolean;
  /**
   * Lowercase words before which a hyphen after a capitalised word is a token of its own, as the pre-tokenised
   * newswire the English entity model learns from writes it: "London-based" -> "London" "-" "based" (empty in French).
   */
  hyphenSuffixes: ReadonlySet<string>;
}

// A word: letters/digits with inner hyphens, apostrophes or full stops ("Kassym-Jomart", "U.S", "1.5"),
// or with the mark of a word hyphenated at a line end (LINE_BREAK_HYPHENS: "Poin¬caré", "Bundes\u00adkanzler").
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.,\u00ad¬][\p{L}\p{M}\p{N}]+)*/uy;

/**
 * Marks of a word hyphenated at a line end, which are no part of the word: the soft hyphen (U+00AD,
 * HTML's &shy;, invisible) and "¬" (how OCR of old newspapers writes it). A word keeps them in its
 * text, so that offsets stay exact, and drops them from its lowercase form and from the names read
 * off it: "Cuil\u00adlandre" is "Cuillandre".
 */
const LINE_BREAK_HYPHENS = /[\u00ad¬]/g;

/** The text without line-end hyphenation marks (LINE_BREAK_HYPHENS). */
export function withoutLineBreakHyphens(text: string): string {
  return text.includes("\u00ad") || text.includes("¬") ? text.replace(LINE_BREAK_HYPHENS, "") : text;
}

const SPACE = /\s/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const GLUED = /^(à|de|du|des|le|la|les|et|en|au|aux|sur|par)(?=\p{Lu}\p{Ll})/u;

/** Spaces and invisible separators are skipped; ZWSP and BOM are not \s in JS regexes. */
function isSpaceCode(code: number, ch: string): boolean {
  if (code === 32 || code === 9 || code === 13) return true;
  if (code < 32) return code !== 10; // other control characters carry nothing
  if (code < 0xa0) return false;
  return code === 0x200b || code === 0xfeff || SPACE.test(ch);
}

function isUpperChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(String.fromCodePoint(text.codePointAt(i) ?? c));
}

export function makeToken(text: string, start: number, end: number, kind: TokenKind): Token {
  const t = text.slice(start, end);
  let lower = kind === "word" ? withoutLineBreakHyphens(t.toLowerCase()) : t;
  if (lower.includes("’")) lower = lower.replace(/’/g, "'");
  return { start, end, text: t, lower, kind, upper: kind === "word" && isUpperChar(text, start), sentenceStart: false };
}

/** Tokens of text[from, to), line breaks included as "nl" tokens. */
export function tokenize(text: string, tables: TokenizerTables, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  const push = (start: number, end: number, kind: TokenKind = "word") => {
    tokens.push(makeToken(text, start, end, kind));
  };
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      tokens.push(makeToken(text, i, i + 1, "nl"));
      i++;
      continue;
    }
    if (isSpaceCode(code, text[i])) {
      i++;
      continue;
    }
    const c = text[i];
    // Pre-tokenised English: "Trump 's" keeps "'s" whole.
    if ((c === "'" || c === "’") && (text[i + 1] === "s" || text[i + 1] === "S") && i + 2 <= to && !LETTER_OR_DIGIT.test(text[i + 2] ?? " ")) {
      push(i, i + 2);
      i += 2;
      continue;
    }
    let wordEnd = asciiWordEnd(text, i, to);
    if (wordEnd < 0) {
      WORD.lastIndex = i;
      const m = WORD.exec(text);
      wordEnd = m && m.index === i ? i + m[0].length : i;
    }
    if (wordEnd === i) {
      // One code point: a surrogate pair (emoji, rare scripts) is never cut in two.
      const width = code >= 0xd800 && code <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      tokens.push(makeToken(text, i, i + width, "punct"));
      i += width;
      continue;
    }
    let end = Math.min(wordEnd, to);
    const word = text.slice(i, end);
    // Pre-tokenised French: "l' arrivée" gives "l'" as running text does.
    if ((text[end] === "'" || text[end] === "’") && end < to && tables.elisions.has(word.toLowerCase())) {
      push(i, end + 1);
      i = end + 1;
      continue;
    }
    splitWord(text, i, end, word, tables, push);
    // Keep the full stop of an abbreviation, an initial ("J.") or a dotted acronym ("U.S.").
    if (text[end] === "." && end < to) {
      const prev = tokens[tokens.length - 1];
      if (prev.end === end && (tables.abbreviations.has(prev.text + ".") || /^\p{Lu}$/u.test(prev.text) || /^(?:\p{L}\.)+\p{L}$/u.test(prev.text))) {
        tokens[tokens.length - 1] = makeToken(text, prev.start, end + 1, "word");
        end++;
      }
    }
    // A brand's trailing plus belongs to its name: "Canal+", "Disney+", "Apple TV+", "C++".
    if (text.charCodeAt(end) === 43 && end < to) {
      const prev = tokens[tokens.length - 1];
      let e = end + 1;
      if (text.charCodeAt(e) === 43 && e < to) e++;
      if (prev.end === end && prev.upper && (e >= to || !LETTER_OR_DIGIT.test(text[e]))) {
        tokens[tokens.length - 1] = makeToken(text, prev.start, e, "word");
        end = e;
      }
    }
    i = end;
  }
  return tokens;
}

const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * End of the WORD match at i when the word is plain ASCII and ends on a character
 * that cannot continue it (space, most punctuation); -1 when WORD must decide
 * (non-ASCII letters, inner - ' ’ . ,). Most words take this path, without a regex.
 */
function asciiWordEnd(text: string, i: number, to: number): number {
  if (!isAsciiAlnum(text.charCodeAt(i))) return -1;
  let j = i + 1;
  while (j < to && isAsciiAlnum(text.charCodeAt(j))) j++;
  if (j === to) return j;
  const c = text.charCodeAt(j);
  // - ' . , may join two runs ("U.S", "1,5"); non-ASCII may be a letter or mark.
  if (c >= 128 || c === 45 || c === 39 || c === 46 || c === 44) return -1;
  return j;
}

/** Splits French elisions ("l'", "qu'") and English "'s" off a word. */
function splitWord(text: string, start: number, end: number, word: string, tables: TokenizerTables, push: (s: number, e: number, kind?: TokenKind) => void): void {
  let s = start;
  let apo = word.indexOf("'");
  const curly = word.indexOf("’");
  if (curly >= 0 && (apo < 0 || curly < apo)) apo = curly;
  if (apo > 0 && apo <= 7) {
    const head = word.slice(0, apo).toLowerCase();
    if (tables.elisions.has(head)) {
      push(s, s + apo + 1);
      s += apo + 1;
      word = word.slice(apo + 1);
    }
  }
  // OCR-glued French function word: "àRenault", "deFrétillon" -> "à" "Renault".
  if (tables.elisions.size > 0 && hasInnerCapital(word)) {
    const glued = GLUED.exec(word);
    if (glued) {
      push(s, s + glued[1].length);
      s += glued[1].length;
      word = word.slice(glued[1].length);
    }
  }
  // English possessive and contractions: "Trump's" -> "Trump" "'s"; "don't" stays whole.
  const L = word.length;
  const last = word.charCodeAt(L - 1);
  const possessive = tables.splitPossessive && L > 2 && (last === 115 || last === 83) && (word[L - 2] === "'" || word[L - 2] === "’");
  const wordEnd = possessive ? end - 2 : end;
  // A comma inside a word is only kept between digits ("3,5"); a hyphen between a capitalised word and a listed suffix
  // is a token too ("London-based"), names keep theirs ("Saint-Germain", "Ban Ki-moon"). Scanned within
  // the word only: indexOf would search the rest of the text for each word, quadratic in a long text without commas.
  for (let c = s; c < wordEnd; c++) {
    const code = text.charCodeAt(c);
    if (code === 44) {
      if (isDigit(text.charCodeAt(c - 1)) && isDigit(text.charCodeAt(c + 1))) continue;
    } else if (code !== 45 || tables.hyphenSuffixes.size === 0 || !isUpperChar(text, s) || !suffixAt(text, c + 1, wordEnd, tables.hyphenSuffixes)) continue;
    if (c > s) push(s, c);
    push(c, c + 1, "punct");
    s = c + 1;
  }
  if (s < wordEnd) push(s, wordEnd);
  if (possessive) push(end - 2, end);
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Whether text[from, to) starts with a listed suffix that ends there or at the next hyphen. */
function suffixAt(text: string, from: number, to: number, suffixes: ReadonlySet<string>): boolean {
  let e = from;
  while (e < to && text.charCodeAt(e) !== 45) e++;
  return suffixes.has(text.slice(from, e));
}

/** Cheap pre-check for GLUED (which needs a capital after a 1-3 letter word): any capital or non-ASCII letter at 1..4. */
function hasInnerCapital(word: string): boolean {
  for (let j = 1; j < 5 && j < word.length; j++) {
    const c = word.charCodeAt(j);
    if ((c >= 65 && c <= 90) || c >= 192) return true;
  }
  return false;
}

export function makeTokenizerTables(elisions: readonly string[], abbreviations: readonly string[], splitPossessive: boolean, hyphenSuffixes: readonly string[] = []): TokenizerTables {
  return { elisions: new Set(elisions.map((e) => e.toLowerCase())), abbreviations: new Set(abbreviations), splitPossessive, hyphenSuffixes: new Set(hyphenSuffixes) };
}
