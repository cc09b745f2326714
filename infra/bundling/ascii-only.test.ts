import { build } from "esbuild";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeMappings, escapeNonAscii, makeFileAscii } from "./ascii-only.mjs";

// What the rewrite must keep: every regular expression, string and RegExp source built from
// String.raw matches what it matched before, and the source map still points at the same code.
const SOURCE = [
  'export const guillemets = /[«»]\\s*(.+?)\\s*[«»]/u;',
  'export const dashes = /^[–—-]\\s/;',
  'export const identity = /a\\»b/;',
  'export const astral = /^\\u{1F600}|😀$/u;',
  "export const apostrophes = new RegExp(String.raw`^\\p{Lu}[\\p{L}'’. -]+`, \"u\");",
  'export const text = "Noël — « oui »";',
  'export function marked(s: string) { return guillemets.test(s) && s.includes("»") ? "AFTER_MARK" : "none"; }',
].join("\n");

async function bundleOf(dir: string): Promise<string> {
  const entry = join(dir, "entry.ts");
  writeFileSync(entry, SOURCE);
  const outfile = join(dir, "out.cjs");
  await build({ entryPoints: [entry], outfile, bundle: true, minify: true, format: "cjs", platform: "node", target: "node20", sourcemap: "linked", logLevel: "error" });
  return outfile;
}

/** The original position that the source map gives for the first generated occurrence of a string. */
function originalOf(code: string, map: string, needle: string): number[] {
  const at = code.indexOf(needle);
  const line = code.slice(0, at).split("\n").length - 1;
  const column = at - (code.lastIndexOf("\n", at - 1) + 1);
  const segments = decodeMappings(JSON.parse(map).mappings)[line];
  const segment = segments.filter((s) => s[0] <= column).at(-1)!;
  return segment.slice(1);
}

describe("ascii-only rewrite of a bundle", () => {
  it("leaves no non-ASCII character and keeps what each pattern and string means", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ascii-only-"));
    const file = await bundleOf(dir);
    const before = readFileSync(file, "utf8");
    expect(before).toMatch(/[^\x00-\x7f]/);
    const load = (code: string) => {
      const module = { exports: {} as Record<string, unknown> };
      new Function("module", "exports", "require", code)(module, module.exports, () => ({}));
      return module.exports;
    };
    const original = load(before);
    makeFileAscii(file);
    const after = readFileSync(file, "utf8");
    expect(after).not.toMatch(/[^\x00-\x7f]/);
    const escaped = load(after);
    for (const name of ["guillemets", "dashes", "identity", "astral", "apostrophes"]) {
      const a = original[name] as RegExp;
      const b = escaped[name] as RegExp;
      expect(b.flags).toBe(a.flags);
      for (const probe of ["« oui »", "– tiret", "— tiret", "a»b", "ab", "😀", "\u{1F600}x", "O’Neill", "O'Neill", "x«y»", "\ud83d"]) expect([name, b.test(probe)]).toEqual([name, a.test(probe)]);
    }
    expect(escaped.text).toBe(original.text);
    expect((escaped.marked as (s: string) => string)("« oui »")).toBe("AFTER_MARK");
  });

  it("shifts the source map so code after an escaped character maps to the same place", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ascii-only-"));
    const file = await bundleOf(dir);
    const beforeCode = readFileSync(file, "utf8");
    const beforeMap = readFileSync(`${file}.map`, "utf8");
    makeFileAscii(file);
    const afterCode = readFileSync(file, "utf8");
    const afterMap = readFileSync(`${file}.map`, "utf8");
    expect(afterCode.indexOf("AFTER_MARK")).toBeGreaterThan(beforeCode.indexOf("AFTER_MARK"));
    for (const needle of ["AFTER_MARK", "includes", "String.raw", "test("]) expect([needle, originalOf(afterCode, afterMap, needle)]).toEqual([needle, originalOf(beforeCode, beforeMap, needle)]);
  });

  it("folds an identity escape into the new escape instead of escaping the backslash", () => {
    expect(escapeNonAscii("/a\\»b/").code).toBe("/a\\u00bbb/");
    expect(escapeNonAscii("/a\\\\»b/").code).toBe("/a\\\\\\u00bbb/");
  });
});
