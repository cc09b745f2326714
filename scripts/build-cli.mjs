#!/usr/bin/env node
/**
 * Builds the `news-summary` CLI into dist/cli/ at `npm install` (the prepare
 * script), so bin/ starts compiled JavaScript instead of compiling TypeScript
 * at every call:
 * - main.js: an esbuild ESM bundle, each command in its own chunk (`--help`
 *   reads no extraction model and no AWS SDK);
 * - news-summary-node-<size>-<mtime>.blob: a V8 startup snapshot of the
 *   whole CLI with its models decoded (cli/snapshot-entry.ts), which starts a
 *   summary with a fraction of the work. A snapshot loads only in the Node.js
 *   that wrote it, hence the name; bin/news-summary falls back to main.js when
 *   there is none for the node it finds, or when it could not be built here.
 * Plain JavaScript: it runs before anything could compile TypeScript.
 */
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { makeFileAscii } from "../infra/bundling/ascii-only.mjs";

const root = resolve(import.meta.dirname, "..");
const outdir = join(root, "dist", "cli");
const aliases = JSON.parse(readFileSync(join(root, "infra", "bundling", "esbuild-aliases.json"), "utf8"));
const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  minify: true,
  alias: Object.fromEntries(Object.entries(aliases).map(([from, to]) => [from, resolve(root, to)])),
  logLevel: "warning",
};

rmSync(outdir, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { main: join(root, "cli", "main.ts") },
  outdir,
  splitting: true,
  format: "esm",
  sourcemap: "linked",
  // Some bundled CommonJS packages call require() for Node built-ins.
  banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
});

// The snapshot's builder script: one CommonJS file that requires only Node built-ins.
const entry = join(outdir, "snapshot-entry.cjs");
await build({
  ...common,
  entryPoints: [join(root, "cli", "snapshot-entry.ts")],
  outfile: entry,
  format: "cjs",
  define: { "import.meta.dirname": "__dirname" },
  // An object made at module load that holds native state (fflate's TextDecoder) cannot go into a snapshot.
  banner: { js: "globalThis.__newsSummaryTextDecoder = globalThis.TextDecoder; globalThis.TextDecoder = undefined;" },
});
// Pure ASCII, so V8 keeps each source as one byte a character: half the snapshot's copy of its
// script (infra/bundling/ascii-only.mjs says why and what that rewrite keeps).
for (const file of readdirSync(outdir)) if (/\.c?js$/.test(file)) makeFileAscii(join(outdir, file));
// The name bin/news-summary looks for: this node binary's size and modification time in seconds
// (what `stat -L -c %s-%Y` prints), which tell one binary from another without starting it.
const node = statSync(process.execPath);
const blob = `news-summary-node-${node.size}-${Math.floor(node.mtimeMs / 1000)}.blob`;
const made = spawnSync(process.execPath, ["--no-warnings", "--snapshot-blob", join(outdir, blob), "--build-snapshot", entry], { encoding: "utf8" });
if (made.status !== 0) {
  // Not fatal: the CLI runs from main.js, only slower to start.
  rmSync(join(outdir, blob), { force: true });
  const why = `${made.stderr ?? ""}${made.error?.message ?? ""}`.trim().split("\n").find((l) => l.trim()) ?? `exit ${made.status}`;
  console.log(`news-summary: no startup snapshot on this machine (${why.slice(0, 200)}); the CLI runs from its plain bundle.`);
}
