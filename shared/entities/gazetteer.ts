/**
 * Name lists (places, first names, surnames, demonyms) looked up over token
 * sequences, case-insensitively. Hits are features for the tagger, not
 * decisions: the model learns how far to trust each list.
 */
import { FNV_OFFSET, HashTable, type HashLookup, SortedHashTable, encodeSortedTable, fnvStep } from "./hash-table";

export const GAZ_CLASSES = ["LOC", "FIRST", "LAST", "DEMONYM", "ORG", "LANGUAGE"] as const;
/**
 * Classes the tagger's features read: all but LANGUAGE (languages and peoples, "Yoruba", "Kurde"), which only
 * the recogniser's rules read, so that adding it left every feature, and the trained weights, as they were.
 */
const FEATURE_CLASSES = GAZ_CLASSES.indexOf("LANGUAGE");
export type GazClass = (typeof GAZ_CLASSES)[number];

/**
 * The serialised lists: per class, sorted names joined by "|", front-coded:
 * each name starts with one character giving how many leading characters it
 * shares with the previous name (FRONT_CODE_DIGITS[k]), then the rest. Names
 * are stored as the lookups see them: lowercase, tokens (gazetteerTokens)
 * joined by one space.
 */
export type GazetteerData = Partial<Record<GazClass, string>>;

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

/** A name as the lists store it (GazetteerData). */
export const gazetteerForm = (name: string): string => gazetteerTokens(name).join(" ");

const SPACE = 32;
/** Names are shorter; a longer one would be cut there. */
const MAX_NAME = 1023;
const BAR = 124;
const CURLY_APOSTROPHE = 0x2019;
const APOSTROPHE = 39;
/** In a phrase's value: a longer listed phrase starts with this one. */
const CONTINUED = 1 << 8;

/** hashString(h's string + w), with the curly apostrophe read as the straight one. */
function hashOn(h: number, w: string): number {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    h = fnvStep(h, c === CURLY_APOSTROPHE ? APOSTROPHE : c);
  }
  return h;
}

/**
 * The lists as two hash tables (hash-table.ts), filled in one pass over the
 * front-coded text without making a string per name: words, first word's hash ->
 * (longest phrase it starts, in tokens, up to 15) | (classes of the word on its own) << 4;
 * phrases of two tokens or more, hash of the tokens joined by spaces -> classes | CONTINUED.
 */
export function buildGazetteer(data: GazetteerData): Gazetteer {
  const { words, phrases } = gazetteerTables(data);
  return gazetteerOf(words, phrases);
}

/** The shipped form (model/gazetteer.ts, deflated): the two tables of buildGazetteer, as SortedHashTable bytes. */
export function encodeGazetteer(data: GazetteerData): Uint8Array {
  const { words, phrases } = gazetteerTables(data);
  const a = encodeSortedTable(words.entries());
  const b = encodeSortedTable(phrases.entries());
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

export function decodeGazetteer(bytes: Uint8Array): Gazetteer {
  const words = SortedHashTable.read(bytes, 0);
  const phrases = SortedHashTable.read(bytes, words.end);
  return gazetteerOf(words.table, phrases.table);
}

function gazetteerTables(data: GazetteerData): { words: HashTable; phrases: HashTable } {
  let names = 0;
  for (const cls of GAZ_CLASSES) {
    const list = data[cls];
    if (list) for (let i = 0; i <= list.length; i++) if (i === list.length || list.charCodeAt(i) === BAR) names++;
  }
  const words = new HashTable(names);
  const phrases = new HashTable(names);
  // hashes[p]: FNV state after the first p characters of the current name; tokensAt[p]: tokens begun by then.
  // A name's shared prefix keeps the states the previous name left.
  const hashes = new Uint32Array(MAX_NAME + 1);
  const tokensAt = new Uint8Array(MAX_NAME + 1);
  hashes[0] = FNV_OFFSET;
  tokensAt[0] = 1;
  GAZ_CLASSES.forEach((cls, c) => {
    const list = data[cls];
    if (!list) return;
    let i = 0;
    while (i < list.length) {
      let p = FRONT_CODE_DIGITS.indexOf(list[i++]);
      let h = hashes[p];
      for (; i < list.length; i++) {
        const ch = list.charCodeAt(i);
        if (ch === BAR) break;
        if (ch === SPACE && tokensAt[p] > 1) phrases.or(h, CONTINUED);
        h = fnvStep(h, ch);
        if (p < MAX_NAME) {
          tokensAt[p + 1] = tokensAt[p] + (ch === SPACE ? 1 : 0);
          hashes[++p] = h;
        }
      }
      i++;
      const tokens = tokensAt[p];
      if (tokens === 1) {
        words.or(h, 1 << (c + 4));
        continue;
      }
      phrases.or(h, 1 << c);
      let q = 0;
      while (tokensAt[q + 1] === 1) q++;
      const first = hashes[q];
      const info = words.get(first);
      words.set(first, (info & ~15) | Math.max(info & 15, Math.min(15, tokens)));
    }
  });
  return { words, phrases };
}

function gazetteerOf(words: HashLookup, phrases: HashLookup): Gazetteer {
  // The longest listed phrase starting at token i: hits per class, or only the longest of one class.
  const walk = (lower: readonly string[], i: number, maxLen: number, each: (len: number, classes: number) => void) => {
    let h = hashOn(FNV_OFFSET, lower[i]);
    for (let len = 2; len <= maxLen && i + len <= lower.length; len++) {
      h = hashOn(fnvStep(h, SPACE), lower[i + len - 1]);
      const v = phrases.get(h);
      if (!v) return;
      if (v & 0xff) each(len, v & 0xff);
      if (!(v & CONTINUED)) return;
    }
  };
  const firstInfo = (w: string) => words.get(hashOn(FNV_OFFSET, w));
  return {
    classesOf(lowerPhrase) {
      const toks = gazetteerTokens(lowerPhrase);
      if (toks.length === 1) return firstInfo(toks[0]) >> 4;
      let h = FNV_OFFSET;
      toks.forEach((t, j) => (h = hashOn(j ? fnvStep(h, SPACE) : h, t)));
      return phrases.get(h) & 0xff;
    },
    longestAt(lower, i, cls) {
      const bit = 1 << GAZ_CLASSES.indexOf(cls);
      const info = firstInfo(lower[i]);
      let best = (info >> 4) & bit ? 1 : 0;
      walk(lower, i, info & 15, (len, classes) => {
        if (classes & bit) best = len;
      });
      return best;
    },
    firstInfo,
    match(lower, firstInfos) {
      const hits: (number[] | undefined)[] = new Array(lower.length);
      for (let i = 0; i < lower.length; i++) {
        const info = firstInfos ? firstInfos[i] : firstInfo(lower[i]);
        if (!info) continue;
        const single = info >> 4;
        for (let c = 0; c < FEATURE_CLASSES; c++) if (single & (1 << c)) add(hits, i, c * 4 + 2);
        if ((info & 15) < 2 || i + 1 >= lower.length) continue;
        walk(lower, i, info & 15, (len, classes) => {
          for (let c = 0; c < FEATURE_CLASSES; c++) {
            if (!(classes & (1 << c))) continue;
            add(hits, i, c * 4);
            for (let j = 1; j < len; j++) add(hits, i + j, c * 4 + 1);
          }
        });
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
