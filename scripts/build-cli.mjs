#!/usr/bin/env node
/**
 * Builds the `news-summary` CLI into dist/cli/ with esbuild, at `npm install`
 * (the prepare script), so bin/ starts compiled JavaScript instead of
 * compiling TypeScript at every call. Commands load in their own chunks:
 * `--help` reads no extraction model and no AWS SDK.
 * Plain JavaScript: it runs before anything could compile TypeScript.
 */
import { build } from "esbuild";
import { readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const outdir = join(root, "dist", "cli");
const aliases = JSON.parse(readFileSync(join(root, "infra", "bundling", "esbuild-aliases.json"), "utf8"));

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: join(root, "cli", "main.ts") },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: true,
  sourcemap: "linked",
  alias: Object.fromEntries(Object.entries(aliases).map(([from, to]) => [from, resolve(root, to)])),
  // Some bundled CommonJS packages call require() for Node built-ins.
  banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
  logLevel: "warning",
});
