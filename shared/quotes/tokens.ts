/** Word, punctuation and line-break tokens with their offsets: the quote stage's own light tokenizer. */

export type TokenKind = "word" | "punct" | "nl";

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lowercase, with ’ unified to '. */
  lower: string;
  kind: TokenKind;
  /** First character is an uppercase letter. */
  upper: boolean;
}

const LETTER_RE = /[\p{L}\p{M}\p{N}]/u;
const UPPER_RE = /\p{Lu}/u;
const ELISION_RE = /^(l|d|qu|n|s|j|m|c|t|jusqu|lorsqu|puisqu|presqu|quoiqu)['’](?=\p{L})/iu;

// Character classes of the first code points, computed once on demand: 0 unknown, 1 other, 2 word, 3 upper word.
const CLASS_CACHE = new Uint8Array(0x3000);

function classOf(c: number, ch: string): number {
  if (c >= 0x3000) return LETTER_RE.test(ch) ? (UPPER_RE.test(ch) ? 3 : 2) : 1;
  let k = CLASS_CACHE[c];
  if (k === 0) {
    k = LETTER_RE.test(ch) ? (UPPER_RE.test(ch) ? 3 : 2) : 1;
    CLASS_CACHE[c] = k;
  }
  return k;
}

/** Letter, mark or digit; ASCII without a lookup because this runs on every character. */
function isWordCode(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return classOf(c, ch) >= 2;
}

function isUpperCode(c: number, ch: string): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return classOf(c, ch) === 3;
}

const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a);

/**
 * Words keep inner hyphens and apostrophes (a-t-il, aujourd'hui, O'Reilly); French elisions (l', qu')
 * and English possessives ('s) are split off. One pass over the characters.
 */
export function tokenize(text: string, language: string): Token[] {
  const out: Token[] = [];
  const push = (start: number, end: number, kind: TokenKind) => {
    const t = text.slice(start, end);
    const lower = kind === "word" ? t.toLowerCase() : t;
    out.push({ start, end, text: t, lower: lower.includes("’") ? lower.replace(/’/g, "'") : lower, kind, upper: kind === "word" && isUpperCode(t.charCodeAt(0), t[0]) });
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      push(i, i + 1, "nl");
      i++;
      continue;
    }
    if (isSpaceCode(c) || (c < 32 && c !== 10)) {
      i++;
      continue;
    }
    if (!isWordCode(c, text[i])) {
      push(i, i + 1, "punct");
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (isWordCode(d, text[j])) j++;
      else if ((d === 45 || d === 39 || d === 0x2019) && j + 1 < n && isWordCode(text.charCodeAt(j + 1), text[j + 1])) j += 2;
      else break;
    }
    const w = text.slice(i, j);
    if (language === "fr" && (w.includes("'") || w.includes("’"))) {
      const el = ELISION_RE.exec(w);
      if (el) {
        push(i, i + el[0].length, "word");
        push(i + el[0].length, j, "word");
        i = j;
        continue;
      }
    } else if (language !== "fr" && w.length > 2 && (w.endsWith("'s") || w.endsWith("’s") || w.endsWith("'S"))) {
      push(i, j - 2, "word");
      push(j - 2, j, "word");
      i = j;
      continue;
    }
    push(i, j, "word");
    i = j;
  }
  return out;
}
