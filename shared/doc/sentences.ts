import { ARTICLE_TABLES } from "../lang/article-tables";
import type { SentenceSpan } from "../summary";

/**
 * Every language's abbreviations at once: an English name in a French text
 * ("St. Louis") must not end a sentence either, and the tables do not clash.
 * "etc." is left out on purpose: it ends sentences more often than not.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(Object.values(ARTICLE_TABLES).flatMap((t) => t.abbreviations));

const OPENING = new Set(["«", "„", "‹", "(", "["]);
const CLOSING = new Set(["»", "›", ")", "]"]);
/** Open or close depending on what precedes them. */
const AMBIGUOUS_QUOTES = new Set(['"', "“", "”"]);
const TOKEN_CHAR = /[\p{L}.\-’']/u;
/** The marks that end a sentence (the splitter's, and the Doc's and the recogniser's when they ask). */
export const TERMINALS: ReadonlySet<string> = new Set([".", "!", "?", "…"]);
/** Past this many characters inside quote marks, assume the marks were unbalanced. */
const MAX_QUOTED = 600;

const isSpace = (c: string) => c === " " || c === "\n" || c === "\t" || c === "\r" || c === "\u00a0" || c === "\u202f" || c === "\u2009";
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const isDigit = (c: string) => c >= "0" && c <= "9";

/** The only characters the splitter looks at; the regex engine skips the rest. */
const INTERESTING = /["“”«»„‹›()[\].!?…]/g;

/** Sentence spans of text[start, end), trimmed, in order. Linear in the length. */
export function splitSentences(text: string, start: number, end: number): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let sentenceStart = start;
  let depth = 0;
  let quotedSince = -1;
  const re = INTERESTING;
  // The regex runs on this span alone: on the whole text, a span with none of its characters would
  // be searched to the next one, maybe at the text's end, making one split per line quadratic.
  const span = text.slice(start, end);
  re.lastIndex = 0;
  for (let m = re.exec(span); m !== null; m = re.exec(span)) {
    const i = start + m.index;
    const c = m[0];
    if (OPENING.has(c) || (AMBIGUOUS_QUOTES.has(c) && (i === start || isSpace(text[i - 1]) || OPENING.has(text[i - 1])))) {
      if (depth === 0) quotedSince = i;
      depth++;
      continue;
    }
    if (CLOSING.has(c) || AMBIGUOUS_QUOTES.has(c)) {
      if (depth > 0) depth--;
      continue;
    }
    // A terminal: extend over repeated terminals and closing marks (`?!`, `.»`, `."`, `.)`).
    let j = i + 1;
    let d = depth;
    while (j < end) {
      const n = text[j];
      if (TERMINALS.has(n)) j++;
      else if (CLOSING.has(n) || AMBIGUOUS_QUOTES.has(n)) {
        if (d > 0) d--;
        j++;
      } else if (isSpace(n) && d > 0 && j + 1 < end && CLOSING.has(text[j + 1])) {
        j++; // French spacing: "faim ! »" closes like "faim!»"
      } else break;
    }
    re.lastIndex = j - start;
    depth = d;
    if (j >= end || !isSpace(text[j])) continue;
    let k = j;
    while (k < end && isSpace(text[k])) k++;
    if (k >= end) break;
    const next = text[k];
    const startsSentence = isUpper(next) || isDigit(next) || OPENING.has(next) || AMBIGUOUS_QUOTES.has(next) || next === "-" || next === "—" || next === "–";
    const insideQuote = d > 0 && quotedSince >= 0 && i - quotedSince < MAX_QUOTED;
    if (startsSentence && !insideQuote && !(c === "." && j === i + 1 && isAbbreviationBefore(text, start, i))) {
      pushTrimmed(text, out, sentenceStart, j);
      sentenceStart = k;
      depth = 0;
      re.lastIndex = k - start;
    }
  }
  pushTrimmed(text, out, sentenceStart, end);
  return out;
}

/** Whether the word ending at the full stop at `dot` is an abbreviation or an initial ("M.", "U.S.", "J.-C.", "F."). */
function isAbbreviationBefore(text: string, from: number, dot: number): boolean {
  let w = dot;
  while (w > from && dot - w < 24 && TOKEN_CHAR.test(text[w - 1])) w--;
  const token = text.slice(w, dot);
  if (token === "") return false;
  const bare = token.replace(/^[-’']+/, "");
  if (ABBREVIATIONS.has(bare)) return true;
  // A single capital: an initial (J. K. Rowling) or an honorific (M.).
  if (bare.length === 1 && isUpper(bare)) return true;
  // Dotted initials and acronyms: U.S, J.-C, z.B, a.m
  if (/^(\p{L}{1,2}\.-?)+\p{L}{1,2}$/u.test(bare)) return true;
  return false;
}

function pushTrimmed(text: string, out: SentenceSpan[], s: number, e: number): void {
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e });
}
