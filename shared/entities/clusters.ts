/**
 * The shipped word-cluster tables (built by scripts/build-clusters.ts, sources in model/SOURCES.md),
 * inflated once per language, on first use. They are keyed by the hash of the lowercase word
 * (hashString, which WordInfo.lowerH already holds), so no string per word is ever made:
 * get(hash) = fine cluster id + 1 | (coarse cluster id + 1) << 16, or 0.
 */
import { hashString } from "./features";
import { HashTable, type HashLookup, SortedHashTable, encodeSortedTable } from "./hash-table";
import { unpackBytes } from "./model-codec";
import { CLUSTERS_EN } from "./model/clusters-en";
import { CLUSTERS_FR } from "./model/clusters-fr";

const PACKED = { fr: CLUSTERS_FR, en: CLUSTERS_EN } as const;
const cache = new Map<keyof typeof PACKED, HashLookup>();

class Clusters implements HashLookup {
  constructor(
    private readonly fine: SortedHashTable,
    private readonly coarse: Uint8Array,
  ) {}

  get(hash: number): number {
    const f = this.fine.get(hash);
    return f === 0 ? 0 : f | ((this.coarse[f - 1] + 1) << 16);
  }
}

/**
 * The shipped bytes: a SortedHashTable from each word's hash to its fine cluster + 1,
 * then one byte per fine cluster, its coarse cluster. `fine[f]` lists the words of fine cluster f.
 */
export function encodeClusters(fine: readonly (readonly string[])[], coarse: readonly number[]): Uint8Array {
  const table = new HashTable(fine.reduce((n, words) => n + words.length, 0));
  fine.forEach((words, f) => {
    for (const w of words) table.set(hashString(w), f + 1);
  });
  const a = encodeSortedTable(table.entries());
  const out = new Uint8Array(a.length + coarse.length);
  out.set(a);
  out.set(coarse, a.length);
  return out;
}

export function decodeClusters(bytes: Uint8Array): HashLookup {
  const { table, end } = SortedHashTable.read(bytes, 0);
  return new Clusters(table, bytes.subarray(end));
}

export function wordClusters(language: keyof typeof PACKED): HashLookup {
  let t = cache.get(language);
  if (!t) cache.set(language, (t = decodeClusters(unpackBytes(PACKED[language]))));
  return t;
}
