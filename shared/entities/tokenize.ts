/**
 * Word tokenizer for the tagger. It must give the same tokens for running text
 * ("l'Ukraine", "Trump's", "M. Poutine,") and for the pre-tokenised corpora
 * ("l' Ukraine", "Trump 's"), because the model is trained on the latter and run
 * on the former.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** First word of a sentence (after a line break or a sentence-final mark). */
  sentenceStart: boolean;
}

export interface TokenizerTables {
  /** Lowercased French elided forms without the apostrophe: "l", "d", "qu", … */
  elisions: ReadonlySet<string>;
  /** Abbreviations that keep their full stop: "M.", "Dr.", "Inc.", … */
  abbreviations: ReadonlySet<string>;
  /** Split the English possessive: "Trump's" -> "Trump" "'s". */
  splitPossessive: boolean;
}

// A word: letters/digits with inner hyphens, apostrophes or full stops ("Kassym-Jomart", "U.S", "1.5").
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.,][\p{L}\p{M}\p{N}]+)*/uy;
const SPACE = /\s/u;
const GLUED = /^(à|de|du|des|le|la|les|et|en|au|aux|sur|par)(?=\p{Lu}\p{Ll})/u;
const SENTENCE_END = new Set([".", "!", "?", "…", ":", ";"]);
const OPENERS = new Set(['"', "«", "“", "‘", "(", "[", "'", "—", "–", "-", "•"]);

export function tokenize(text: string, tables: TokenizerTables, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  let i = from;
  const push = (start: number, end: number) => {
    const t = text.slice(start, end);
    tokens.push({ text: t, start, end, sentenceStart });
    if (end - start === 1) {
      if (SENTENCE_END.has(t)) sentenceStart = true;
      else if (!OPENERS.has(t)) sentenceStart = false;
    } else sentenceStart = false;
  };
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      sentenceStart = true;
      i++;
      continue;
    }
    if (code === 32 || code === 9 || code === 13 || ((code === 0xa0 || code > 0x1fff) && SPACE.test(text[i]))) {
      i++;
      continue;
    }
    const c = text[i];
    // Pre-tokenised English: "Trump 's" keeps "'s" whole.
    if ((c === "'" || c === "’") && (text[i + 1] === "s" || text[i + 1] === "S") && !/[\p{L}\p{N}]/u.test(text[i + 2] ?? " ")) {
      push(i, i + 2);
      i += 2;
      continue;
    }
    let wordEnd = asciiWordEnd(text, i);
    if (wordEnd < 0) {
      WORD.lastIndex = i;
      const m = WORD.exec(text);
      wordEnd = m && m.index === i ? i + m[0].length : i;
    }
    if (wordEnd === i) {
      push(i, i + 1);
      i++;
      continue;
    }
    let end = Math.min(wordEnd, to);
    const word = text.slice(i, end);
    // Pre-tokenised French: "l' arrivée" gives "l'" as running text does.
    if ((text[end] === "'" || text[end] === "’") && tables.elisions.has(word.toLowerCase())) {
      push(i, end + 1);
      i = end + 1;
      continue;
    }
    splitWord(text, i, end, word, tables, push);
    // Keep the full stop of an abbreviation, an initial ("J.") or a dotted acronym ("U.S.").
    if (text[end] === "." && end < to) {
      const withDot = word + ".";
      const prev = tokens[tokens.length - 1];
      if (
        prev.end === end &&
        (tables.abbreviations.has(withDot) || /^\p{Lu}$/u.test(prev.text) || /^(?:\p{L}\.)+\p{L}$/u.test(prev.text))
      ) {
        prev.text += ".";
        prev.end = end + 1;
        end++;
        // An abbreviation does not end the sentence, except at a line end, which the newline marks anyway.
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
function asciiWordEnd(text: string, i: number): number {
  if (!isAsciiAlnum(text.charCodeAt(i))) return -1;
  let j = i + 1;
  while (j < text.length && isAsciiAlnum(text.charCodeAt(j))) j++;
  if (j === text.length) return j;
  const c = text.charCodeAt(j);
  // - ' . , may join two runs ("U.S", "1,5"); non-ASCII may be a letter or mark.
  if (c >= 128 || c === 45 || c === 39 || c === 46 || c === 44) return -1;
  return j;
}

/** Splits French elisions ("l'", "qu'") and English "'s" off a word. */
function splitWord(
  text: string,
  start: number,
  end: number,
  word: string,
  tables: TokenizerTables,
  push: (s: number, e: number) => void,
): void {
  let s = start;
  let apo = word.indexOf("'");
  const curly = word.indexOf("’");
  if (curly >= 0 && (apo < 0 || curly < apo)) apo = curly;
  if (apo > 0) {
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
  if (tables.splitPossessive && L > 2 && (last === 115 || last === 83) && (word[L - 2] === "'" || word[L - 2] === "’")) {
    push(s, end - 2);
    push(end - 2, end);
    return;
  }
  // A comma inside a word is only kept between digits ("3,5").
  const comma = word.includes(",") ? word.search(/,(?!\d)|(?<!\d),/) : -1;
  if (comma > 0) {
    push(s, s + comma);
    push(s + comma, s + comma + 1);
    if (s + comma + 1 < end) splitWord(text, s + comma + 1, end, word.slice(comma + 1), tables, push);
    return;
  }
  push(s, end);
}

/** Cheap pre-check for GLUED (which needs a capital after a 1-3 letter word): any capital or non-ASCII letter at 1..4. */
function hasInnerCapital(word: string): boolean {
  for (let j = 1; j < 5 && j < word.length; j++) {
    const c = word.charCodeAt(j);
    if ((c >= 65 && c <= 90) || c >= 192) return true;
  }
  return false;
}

export function makeTokenizerTables(elisions: readonly string[], abbreviations: readonly string[], splitPossessive: boolean): TokenizerTables {
  return { elisions: new Set(elisions.map((e) => e.toLowerCase())), abbreviations: new Set(abbreviations), splitPossessive };
}
