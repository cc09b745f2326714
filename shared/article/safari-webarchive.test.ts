import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { summarizeFile } from "../summarize";
import type { ArticleSummary } from "../summary";
import { errorCode, FIXTURES_DIR } from "./fixtures";
import { parseArticle } from "./index";

/**
 * Pages saved by Safari ("Save As… Web Archive"): a binary property list holding the page's bytes. The fixture is our
 * own page, written as Safari lays an archive out (main resource in Windows-1252, an image subresource, an advertising
 * subframe), with Python's plistlib. The expected values are read from the page by hand.
 */
const archive = readFileSync(join(FIXTURES_DIR, "en-page-saved-safari-crane.webarchive"));
const summaryOf = (name: string, body: Uint8Array): ArticleSummary => summarizeFile({ id: name, name, body }, { withText: true }).stories[0].summary!;

/** A binary property list with one top-level dictionary of ASCII strings (what plistlib writes for small dicts). */
function plistOfStrings(entries: Record<string, string>): Uint8Array {
  const keys = Object.keys(entries);
  const strings = [...keys, ...keys.map((k) => entries[k])];
  const objects: number[][] = [[0xd0 | keys.length, ...strings.map((_, i) => i + 1)], ...strings.map((s) => [0x50 | s.length, ...Buffer.from(s, "ascii")])];
  const header = Buffer.from("bplist00", "ascii");
  const offsets: number[] = [];
  let body: number[] = [];
  for (const o of objects) {
    offsets.push(header.length + body.length);
    body = body.concat(o);
  }
  const tableAt = header.length + body.length;
  const trailer = Buffer.alloc(32);
  trailer[6] = 1; // offset size
  trailer[7] = 1; // object reference size
  trailer.writeBigUInt64BE(BigInt(objects.length), 8);
  trailer.writeBigUInt64BE(0n, 16);
  trailer.writeBigUInt64BE(BigInt(tableAt), 24);
  return Buffer.concat([header, Buffer.from(body), Buffer.from(offsets), trailer]);
}

describe("a web page saved by Safari (.webarchive)", () => {
  const s = summaryOf("crane.webarchive", archive);

  it("reads the main resource in the encoding the archive names: headline, date, author, quotes and speaker", () => {
    expect(s.headline).toBe("Harbour crane collapses at Falmouth docks");
    expect(s.published).toMatchObject({ date: "2025-03-18T07:45:00Z", source: "metadata" });
    expect(s.language).toBe("en");
    expect(s.authors).toEqual(["Tamsin Carew"]);
    // The quotes are Windows-1252 curly quotes (0x93, 0x94): read as C1 controls, they would be no quotes at all.
    expect(s.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["We were extremely lucky that the quay was empty,", "Peter Rowe"],
      ["The night shift had just finished.", "Peter Rowe"],
    ]);
  });

  it("leaves out the property list, the subresources and the advertising subframe", () => {
    expect(s.text).not.toMatch(/bplist|WebResource|Advertisement|subscribe|Most read/);
    for (const g of s.segments) expect(s.text!.slice(g.start, g.end)).toBe(g.text);
  });

  it("is read by its content, whatever its name", () => {
    expect(summaryOf("crane", archive).headline).toBe("Harbour crane collapses at Falmouth docks");
  });

  it("refuses another property list, and one it cannot read, each with a reason", () => {
    const settings = plistOfStrings({ Theme: "Dark", Language: "en" });
    expect(errorCode(() => parseArticle("settings.plist", settings))).toBe("UNSUPPORTED_FORMAT");
    expect(() => parseArticle("settings.plist", settings)).toThrow(/Apple property list/);
    const broken = Buffer.concat([Buffer.from("bplist00", "ascii"), Buffer.alloc(40, 0xff)]);
    expect(errorCode(() => parseArticle("broken.webarchive", broken))).toBe("UNSUPPORTED_FORMAT");
  });
});
