#!/usr/bin/env node
// The CLI from its plain JavaScript bundle (dist/cli/main.js, built by `npm install`): what bin/news-summary
// runs when there is no startup snapshot for this Node.js. Never TypeScript at startup.
import { existsSync } from "node:fs";

const bundle = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(bundle)) {
  console.error("news-summary: the CLI is not built yet; run `npm install` (or `npm run build:cli`) in the project folder.");
  process.exit(1);
}
const { runCli, exitOnceFlushed } = await import(bundle.href);
const argv = process.argv.slice(2);
await runCli(argv);
if (argv[0] === "summarize") exitOnceFlushed();
