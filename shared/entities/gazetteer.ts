/**
 * Name lists (places, first names, surnames, demonyms) looked up over token
 * sequences, case-insensitively. Hits are features for the tagger, not
 * decisions: the model learns how far to trust each list.
 */

export const GAZ_CLASSES = ["LOC", "FIRST", "LAST", "DEMONYM", "ORG"] as const;
export type GazClass = (typeof GAZ_CLASSES)[number];

/**
 * The serialised lists: per class, sorted names joined by "|", front-coded:
 * each name starts with one character giving how many leading characters it
 * shares with the previous name (FRONT_CODE_DIGITS[k]), then the rest.
 */
export type GazetteerData = Partial<Record<GazClass, string>>;

const SIMPLE = /^[^\s'’]+$/;

export const FRONT_CODE_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

export function frontDecode(list: string): string[] {
  const out: string[] = [];
  let prev = "";
  for (const entry of list.split("|")) {
    const k = FRONT_CODE_DIGITS.indexOf(entry[0]);
    prev = prev.slice(0, k) + entry.slice(1);
    out.push(prev);
  }
  return out;
}

export interface Gazetteer {
  /** For every token, the hit codes (class * 4 + 0 begin, 1 inside, 2 single token), or undefined. */
  match(lowerTokens: readonly string[], firstInfos?: ArrayLike<number>): (number[] | undefined)[];
  /** What the lists say of a lowercase word as a name's first word (opaque; cache it, pass it to match). */
  firstInfo(lowerWord: string): number;
  /** Classes a whole lowercase phrase belongs to, as a bit set over GAZ_CLASSES. */
  classesOf(lowerPhrase: string): number;
  /** Length of the longest listed phrase of class `cls` starting at token i (0 when none). */
  longestAt(lowerTokens: readonly string[], i: number, cls: GazClass): number;
}

/** Splits a gazetteer entry like the tokenizer does: spaces, and French elisions kept with their apostrophe. */
export function gazetteerTokens(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/\b(l|d|qu)'/g, "$1' ")
    .split(/\s+/)
    .filter(Boolean);
}

const straight = (w: string) => (w.includes("’") ? w.replace(/’/g, "'") : w);

export function buildGazetteer(data: GazetteerData): Gazetteer {
  const phrases = new Map<string, number>();
  // First word -> (longest phrase length) | (classes of the word on its own) << 4: one lookup per token.
  const firstWords = new Map<string, number>();
  // First word -> second words of its phrases: most tokens that start a phrase ("la", "new") are not followed
  // by one, and this check needs no string concatenation.
  const secondWords = new Map<string, Set<string>>();
  GAZ_CLASSES.forEach((cls, c) => {
    const list = data[cls];
    if (!list) return;
    for (const name of frontDecode(list)) {
      // Most names are one plain word: skip the tokenizing regexes for them (cold start).
      const toks = SIMPLE.test(name) ? [name.toLowerCase()] : gazetteerTokens(name);
      if (toks.length === 0) continue;
      const first = toks[0];
      const info = firstWords.get(first) ?? 0;
      if (toks.length === 1) {
        firstWords.set(first, info | (1 << (c + 4)));
        continue;
      }
      const key = toks.join(" ");
      phrases.set(key, (phrases.get(key) ?? 0) | (1 << c));
      let next = secondWords.get(first);
      if (!next) secondWords.set(first, (next = new Set()));
      next.add(toks[1]);
      firstWords.set(first, (info & ~15) | Math.max(info & 15, Math.min(15, toks.length)));
    }
  });
  const classesOf = (lowerPhrase: string): number => {
    const toks = gazetteerTokens(lowerPhrase);
    if (toks.length === 1) return (firstWords.get(toks[0]) ?? 0) >> 4;
    return phrases.get(toks.join(" ")) ?? 0;
  };
  return {
    classesOf,
    longestAt(lower, i, cls) {
      const bit = 1 << GAZ_CLASSES.indexOf(cls);
      const first = straight(lower[i]);
      const info = firstWords.get(first) ?? 0;
      let best = (info >> 4) & bit ? 1 : 0;
      if (i + 1 >= lower.length || !secondWords.get(first)?.has(straight(lower[i + 1]))) return best;
      let phrase = first;
      for (let len = 2; len <= (info & 15) && i + len <= lower.length; len++) {
        phrase += " " + straight(lower[i + len - 1]);
        if ((phrases.get(phrase) ?? 0) & bit) best = len;
      }
      return best;
    },
    firstInfo: (w) => firstWords.get(straight(w)) ?? 0,
    match(lower, firstInfos) {
      const hits: (number[] | undefined)[] = new Array(lower.length);
      for (let i = 0; i < lower.length; i++) {
        const info = firstInfos ? firstInfos[i] : firstWords.get(straight(lower[i]));
        if (!info) continue;
        const first = straight(lower[i]);
        const single = info >> 4;
        for (let c = 0; c < GAZ_CLASSES.length; c++) if (single & (1 << c)) add(hits, i, c * 4 + 2);
        const maxLen = info & 15;
        if (maxLen < 2 || i + 1 >= lower.length || !secondWords.get(first)?.has(straight(lower[i + 1]))) continue;
        let phrase = first;
        for (let len = 2; len <= maxLen && i + len <= lower.length; len++) {
          phrase += " " + straight(lower[i + len - 1]);
          const classes = phrases.get(phrase);
          if (!classes) continue;
          for (let c = 0; c < GAZ_CLASSES.length; c++) {
            if (!(classes & (1 << c))) continue;
            add(hits, i, c * 4);
            for (let j = 1; j < len; j++) add(hits, i + j, c * 4 + 1);
          }
        }
      }
      return hits;
    },
  };
}

function add(hits: (number[] | undefined)[], i: number, code: number): void {
  const h = hits[i];
  if (!h) hits[i] = [code];
  else if (!h.includes(code)) h.push(code);
}
