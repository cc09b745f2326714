import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./bundles";
import { typicalArticles } from "./fixtures";
import { figure, type Figure } from "./stats";

export interface CliResult {
  /** Wall time of `news-summary summarize FILE` as a whole process, one article. */
  oneArticle: { file: string; wallMs: Figure }[];
  /** Whole-process `summarize --jsonl` against the compromise peer on the same plain-text articles. */
  jsonl: { articles: number; bytes: number; oursMs: number; compromiseMs: number; ratio: number };
}

const BIN = join(REPO_ROOT, "bin", "news-summary");
const PEER = join(REPO_ROOT, "bench", "compromise-peer.mjs");

/** Wall time of one whole process: `command` is run as is (the CLI's shell launcher) or by node (a .mjs). */
function wallMs([command, ...args]: string[], input?: string): number {
  const argv = command.endsWith(".mjs") ? [process.execPath, command, ...args] : [command, ...args];
  const started = performance.now();
  const result = spawnSync(argv[0], argv.slice(1), { input, encoding: "utf8", maxBuffer: 1 << 30 });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(" ")} exited ${result.status}: ${result.stderr.slice(0, 300)}`);
  return ms;
}

/** The CLI as a user runs it: bin/news-summary (startup snapshot), a new process each time (build it first: npm run build:cli). */
export function measureCli(options: { runs: number; jsonlArticles: number }): CliResult {
  if (!existsSync(join(REPO_ROOT, "dist", "cli", "main.js"))) throw new Error("dist/cli is missing: run npm run build:cli");
  if (!readdirSync(join(REPO_ROOT, "dist", "cli")).some((f) => f.endsWith(".blob"))) throw new Error("no startup snapshot in dist/cli: npm run build:cli said why");
  const files = [join(REPO_ROOT, "samples", "fr-depeche-port-de-brest.txt"), join(REPO_ROOT, "..", "shared", "corpus", "seed", "000_561364bb66d845b6.txt")].filter(existsSync);
  const oneArticle = files.map((file) => {
    wallMs([BIN, "summarize", file]); // warm the file cache
    return { file: file.startsWith(REPO_ROOT) ? file.slice(REPO_ROOT.length + 1) : "../shared/corpus/seed (the reference AFP dispatch)", wallMs: figure(Array.from({ length: options.runs }, () => wallMs([BIN, "summarize", file]))) };
  });

  const articles = typicalArticles(options.jsonlArticles * 2).filter((a) => a.format === "text").slice(0, options.jsonlArticles);
  const input = articles.map((a) => JSON.stringify({ id: a.name, name: a.name, text: a.body })).join("\n") + "\n";
  // One run each, as the issue asks: the ratio of two whole processes on the same input.
  const oursMs = wallMs([BIN, "summarize", "--jsonl"], input);
  const compromiseMs = wallMs([PEER], input);
  return { oneArticle, jsonl: { articles: articles.length, bytes: Buffer.byteLength(input), oursMs, compromiseMs, ratio: compromiseMs / oursMs } };
}
