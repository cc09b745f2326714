import { describe, expect, it } from "vitest";
import { decodeClusters, encodeClusters } from "./clusters";
import { hashString } from "./features";
import { decodeGazetteer, encodeGazetteer, FRONT_CODE_DIGITS, GAZ_CLASSES } from "./gazetteer";
import { HashTable, SortedHashTable, encodeSortedTable } from "./hash-table";

describe("hash tables", () => {
  it("keep every key's value through the shipped form, and know no other key", () => {
    const table = new HashTable(2000);
    const keys: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const k = Math.imul(i + 1, 2654435761) >>> 0;
      keys.push(k);
      table.set(k, (i % 0xffff) + 1);
    }
    table.or(keys[7], 0x100);
    const { table: read, end } = SortedHashTable.read(encodeSortedTable(table.entries()), 0);
    expect(end).toBe(4 + 6 * 2000);
    keys.forEach((k, i) => expect(read.get(k)).toBe(table.get(k) || -1));
    expect(read.get(keys[7])).toBe(8 | 0x100);
    expect(read.get(12345)).toBe(0);
    expect(read.get(0xffffffff)).toBe(0);
  });

  it("ship the word clusters and the gazetteer as the lookups read them", () => {
    const clusters = decodeClusters(encodeClusters([["paris", "london"], [], ["monday"]], [3, 0, 1]));
    expect(clusters.get(hashString("london"))).toBe(1 | (4 << 16));
    expect(clusters.get(hashString("monday"))).toBe(3 | (2 << 16));
    expect(clusters.get(hashString("tuesday"))).toBe(0);
    const g = decodeGazetteer(encodeGazetteer({ LOC: ["0asie", `${FRONT_CODE_DIGITS[4]} centrale`].join("|"), FIRST: "0emmanuel" }));
    expect(g.classesOf("Asie centrale")).toBe(1 << GAZ_CLASSES.indexOf("LOC"));
    expect(g.longestAt(["asie", "centrale"], 0, "LOC")).toBe(2);
    expect(g.classesOf("Emmanuel")).toBe(1 << GAZ_CLASSES.indexOf("FIRST"));
  });
});
