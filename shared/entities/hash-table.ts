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
 * search straight from the inflated bytes. Loading it costs no work per word,
 * which matters on a cold start, where every loop still runs in the interpreter.
 * Bytes: u32 count, count u32 keys (ascending), count u16 values; little-endian.
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
    const count = bytes[offset] | (bytes[offset + 1] << 8) | (bytes[offset + 2] << 16) | (bytes[offset + 3] << 24);
    const keysAt = offset + 4;
    const valuesAt = keysAt + count * 4;
    const end = valuesAt + count * 2;
    const keys = LITTLE_ENDIAN && (bytes.byteOffset + keysAt) % 4 === 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset + keysAt, count) : readU32(bytes, keysAt, count);
    const values = LITTLE_ENDIAN && (bytes.byteOffset + valuesAt) % 2 === 0 ? new Uint16Array(bytes.buffer, bytes.byteOffset + valuesAt, count) : readU16(bytes, valuesAt, count);
    return { table: new SortedHashTable(keys, values), end };
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function readU32(bytes: Uint8Array, at: number, n: number): Uint32Array {
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = (bytes[at + 4 * i] | (bytes[at + 4 * i + 1] << 8) | (bytes[at + 4 * i + 2] << 16) | (bytes[at + 4 * i + 3] << 24)) >>> 0;
  return out;
}

function readU16(bytes: Uint8Array, at: number, n: number): Uint16Array {
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) out[i] = bytes[at + 2 * i] | (bytes[at + 2 * i + 1] << 8);
  return out;
}

/** The bytes SortedHashTable.read reads, padded so that the keys of the next table stay 4-byte aligned. */
export function encodeSortedTable(entries: Iterable<[number, number]>): Uint8Array {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  const n = sorted.length;
  let size = 4 + n * 6;
  size += (4 - (size % 4)) % 4;
  const out = new Uint8Array(size);
  const put = (at: number, v: number, len: number) => {
    for (let b = 0; b < len; b++) out[at + b] = (v >>> (8 * b)) & 0xff;
  };
  put(0, n, 4);
  sorted.forEach(([k, v], i) => {
    if (v > 0xffff || v <= 0) throw new Error(`table value ${v} does not fit in 16 bits`);
    put(4 + 4 * i, k, 4);
    put(4 + 4 * n + 2 * i, v, 2);
  });
  return out;
}
