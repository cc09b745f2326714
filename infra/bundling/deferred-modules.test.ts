import { build } from "esbuild";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { BUNDLE_ALIASES } from "./esbuild-aliases";

const root = resolve(import.meta.dirname, "..", "..");
const nodeRequire = createRequire(import.meta.url);

/**
 * A bundle built as the Lambda functions are (CommonJS, the project's aliases), with linkedom and
 * chrono-node replaced by spies that record when they are evaluated and then re-export the real package.
 */
async function spiedBundle(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "deferred-modules-"));
  const spy = (name: string, realEntry: string) => {
    const file = join(dir, `${name}-spy.mjs`);
    writeFileSync(file, `(globalThis.__evaluated ??= []).push(${JSON.stringify(name)});\nexport * from ${JSON.stringify(realEntry)};\n`);
    return file;
  };
  const entry = join(dir, "entry.ts");
  writeFileSync(entry, `export { parseArticle } from ${JSON.stringify(join(root, "shared", "article"))};\nexport { parseDateString } from ${JSON.stringify(join(root, "shared", "article", "published-date"))};\n`);
  const outfile = join(dir, "out.cjs");
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    logLevel: "error",
    alias: {
      ...Object.fromEntries(Object.entries(BUNDLE_ALIASES).map(([from, to]) => [from, resolve(root, to)])),
      linkedom: spy("linkedom", join(root, "node_modules", "linkedom", "esm", "index.js")),
      "chrono-node": spy("chrono-node", join(root, "node_modules", "chrono-node", "dist", "esm", "index.js")),
    },
  });
  return outfile;
}

describe("#deferred-modules in a bundle", () => {
  it("evaluates linkedom at the first page and chrono-node at the first date only it can read, never at load", async () => {
    const bundle = nodeRequire(await spiedBundle()) as typeof import("../../shared/article") & typeof import("../../shared/article/published-date");
    const evaluated = () => [...((globalThis as { __evaluated?: string[] }).__evaluated ?? [])];
    expect(evaluated()).toEqual([]);

    const text = bundle.parseArticle("depeche.txt", "Le port de Brest rouvre\n\nLe port de Brest a rouvert mardi après trois jours de grève, a annoncé la préfecture maritime.");
    expect(text.headline).toBe("Le port de Brest rouvre");
    expect(evaluated()).toEqual([]);

    const page = bundle.parseArticle("page.html", "<html><head><title>Fête du port</title></head><body><article><h1>Fête du port</h1><p>La fête du port de Brest a réuni des milliers de visiteurs ce week-end, selon les organisateurs, qui annoncent déjà la prochaine édition.</p></article></body></html>");
    expect(page.headline).toBe("Fête du port");
    expect(page.text).toContain("des milliers de visiteurs");
    expect(evaluated()).toEqual(["linkedom"]);

    // A date only chrono reads: the scanner takes day-month-year orders, not year/month/day with slashes.
    expect(bundle.parseDateString("2023-11-09")).toEqual({ date: "2023-11-09", precision: "day" });
    expect(evaluated()).toEqual(["linkedom"]);
    expect(bundle.parseDateString("2023/11/09")).toEqual({ date: "2023-11-09", precision: "day" });
    expect(evaluated()).toEqual(["linkedom", "chrono-node"]);
  }, 60_000);
});
