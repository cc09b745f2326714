#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so the repo needs no build step.
import { register } from "tsx/esm/api";

register();
const { main, UsageError } = await import("../cli/main.ts");
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  console.error(`news-summary: ${e instanceof UsageError ? e.message + " (see --help)" : e.message}`);
  process.exitCode = e instanceof UsageError ? 2 : 1;
}
