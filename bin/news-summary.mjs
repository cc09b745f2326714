#!/usr/bin/env node
// Runs the CLI bundle that `npm install` builds (scripts/build-cli.mjs): compiled JavaScript, no TypeScript at startup.
import { existsSync } from "node:fs";

const bundle = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(bundle)) {
  console.error("news-summary: the CLI is not built yet; run `npm install` (or `npm run build:cli`) in the project folder.");
  process.exit(1);
}
const { main, UsageError } = await import(bundle.href);
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  console.error(`news-summary: ${e instanceof UsageError ? `${e.message} (see --help)` : e.message}`);
  process.exitCode = e instanceof UsageError ? 2 : 1;
}
