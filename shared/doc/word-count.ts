/**
 * How many words a text has, as the summary's stats count them: runs of letters and digits, joined by
 * single inner apostrophes or hyphens ("aujourd'hui", "Jean-Luc", "3-2", "Poin¬caré" count one each). The same count
 * as text.match(/[\p{L}\p{N}]+(?:['’\-\u00ad¬][\p{L}\p{N}]+)*\/gu).length, without building the array of every word.
 */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function isLetterOrDigit(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

// ' ’ - and the marks of a word hyphenated at a line end, soft hyphen and "¬" (shared/doc/tokenize.ts).
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 45 || c === 0xad || c === 0xac;

export function countWords(text: string): number {
  let count = 0;
  let i = 0;
  const n = text.length;
  /** Index after the run of letters and digits starting at j (j itself when none starts there). */
  const runEnd = (j: number): number => {
    while (j < n) {
      const cp = text.codePointAt(j)!;
      if (!isLetterOrDigit(cp)) break;
      j += cp > 0xffff ? 2 : 1;
    }
    return j;
  };
  while (i < n) {
    const end = runEnd(i);
    if (end === i) {
      i += text.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    count++;
    i = end;
    while (i < n && isJoiner(text.charCodeAt(i))) {
      const next = runEnd(i + 1);
      if (next === i + 1) break;
      i = next;
    }
  }
  return count;
}
