/**
 * A fixed-size open-addressing table from a 32-bit string hash (features.ts
 * hashString, FNV-1a) to a non-zero 32-bit value, in two typed arrays. The
 * word lists (gazetteer, clusters) are keyed by hash instead of by string:
 * loading them allocates no string per word, and a V8 snapshot of them is
 * two flat arrays instead of a Map of tens of thousands of strings. Two
 * different words with the same 32-bit hash share an entry; with 10^5 words
 * listed, a word not listed hits one by chance about once in 40,000 lookups,
 * which only adds a feature the tagger weighs.
 */
export class HashTable {
  private readonly keys: Uint32Array;
  private readonly values: Uint32Array;
  private readonly mask: number;

  /** `capacity`: how many keys will be put, at most (the table keeps a load under one half). */
  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Uint32Array(size);
    this.values = new Uint32Array(size);
    this.mask = size - 1;
  }

  private slot(hash: number): number {
    const keys = this.keys;
    const values = this.values;
    // FNV's low bits are well mixed; linear probing from there.
    let i = hash & this.mask;
    while (values[i] !== 0 && keys[i] !== hash) i = (i + 1) & this.mask;
    return i;
  }

  /** The value of `hash`, 0 when absent. */
  get(hash: number): number {
    return this.values[this.slot(hash >>> 0)];
  }

  /** ORs `bits` (non-zero) into the value of `hash`. */
  or(hash: number, bits: number): void {
    const i = this.slot(hash >>> 0);
    this.keys[i] = hash >>> 0;
    this.values[i] |= bits;
  }

  /** Every (key, value) pair. */
  *entries(): IterableIterator<[number, number]> {
    for (let i = 0; i < this.values.length; i++) if (this.values[i] !== 0) yield [this.keys[i], this.values[i]];
  }

  /** Sets the value of `hash` (non-zero). */
  set(hash: number, value: number): void {
    const i = this.slot(hash >>> 0);
    this.keys[i] = hash >>> 0;
    this.values[i] = value;
  }
}

export const FNV_OFFSET = 0x811c9dc5;

/** One FNV-1a step: hashString(s + c) from hashString(s). */
export function fnvStep(h: number, charCode: number): number {
  return Math.imul(h ^ charCode, 0x01000193) >>> 0;
}

/** Something that maps a word's hash to a value (0 when absent). */
export interface HashLookup {
  get(hash: number): number;
}

/**
 * The shipped form of a table: its keys sorted, values alongside, read by binary
 * search. Bytes: u32 count (little-endian), then the differences between
 * successive keys as four byte planes (all low bytes, then all second bytes…),
 * then the values as two byte planes. Sorted hashes are random numbers, which
 * deflate cannot shrink; their differences split in planes deflate to 60% of them.
 * Loading is one pass over the keys, with no string or object per word.
 */
export class SortedHashTable implements HashLookup {
  constructor(
    private readonly keys: Uint32Array,
    private readonly values: Uint16Array,
  ) {}

  get(hash: number): number {
    const keys = this.keys;
    const h = hash >>> 0;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid];
      if (k < h) lo = mid + 1;
      else if (k > h) hi = mid - 1;
      else return this.values[mid];
    }
    return 0;
  }

  /** Reads a table written by encodeSortedTable at bytes[offset..]; returns it and the offset after it. */
  static read(bytes: Uint8Array, offset: number): { table: SortedHashTable; end: number } {
    const n = (bytes[offset] | (bytes[offset + 1] << 8) | (bytes[offset + 2] << 16) | (bytes[offset + 3] << 24)) >>> 0;
    const d = offset + 4;
    const v = d + 4 * n;
    const keys = new Uint32Array(n);
    const values = new Uint16Array(n);
    let key = 0;
    for (let i = 0; i < n; i++) {
      key = (key + (bytes[d + i] | (bytes[d + n + i] << 8) | (bytes[d + 2 * n + i] << 16) | (bytes[d + 3 * n + i] << 24))) >>> 0;
      keys[i] = key;
      values[i] = bytes[v + i] | (bytes[v + n + i] << 8);
    }
    return { table: new SortedHashTable(keys, values), end: v + 2 * n };
  }
}

/** The bytes SortedHashTable.read reads. */
export function encodeSortedTable(entries: Iterable<[number, number]>): Uint8Array {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  const n = sorted.length;
  const out = new Uint8Array(4 + 6 * n);
  for (let b = 0; b < 4; b++) out[b] = (n >>> (8 * b)) & 0xff;
  let prev = 0;
  sorted.forEach(([k, v], i) => {
    if (v > 0xffff || v <= 0) throw new Error(`table value ${v} does not fit in 16 bits`);
    const delta = (k - prev) >>> 0;
    prev = k;
    for (let b = 0; b < 4; b++) out[4 + b * n + i] = (delta >>> (8 * b)) & 0xff;
    out[4 + 4 * n + i] = v & 0xff;
    out[4 + 5 * n + i] = v >>> 8;
  });
  return out;
}
