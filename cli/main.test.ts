import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import pkg from "../package.json" with { type: "json" };
import { PIPELINE_VERSION } from "../shared/version";
import { main, UsageError } from "./main";

const root = resolve(import.meta.dirname, "..");

async function run(argv: string[]) {
  const out: string[] = [];
  const code = await main(argv, (line) => out.push(line));
  return { code, text: out.join("\n") };
}

describe("news-summary CLI", () => {
  it("prints the CLI and pipeline versions", async () => {
    const { code, text } = await run(["--version"]);
    expect(code).toBe(0);
    expect(text).toBe(`news-summary ${pkg.version} (pipeline ${PIPELINE_VERSION})`);
  });

  it("lists every command, and exits 2 when given none", async () => {
    const { code, text } = await run([]);
    expect(code).toBe(2);
    for (const command of ["summarize", "query", "view", "redrive", "reindex"]) expect(text).toMatch(new RegExp(`^  ${command} `, "m"));
    expect((await run(["--help"])).code).toBe(0);
  });

  it.each(["summarize", "query", "view", "redrive", "reindex"])("has --help for %s, naming its own options", async (command) => {
    const { code, text } = await run([command, "--help"]);
    expect(code).toBe(0);
    expect(text).toMatch(new RegExp(`^news-summary ${command}`, "m"));
    expect((await run(["help", command])).text).toBe(text);
  });

  it("refuses an unknown command or option with a usage error", async () => {
    await expect(run(["sumarize"])).rejects.toThrow(UsageError);
    await expect(run(["summarize", "--nope"])).rejects.toThrow(/summarize: .*--nope/);
    await expect(run(["query", "month"])).rejects.toThrow(/needs an argument/);
    await expect(run(["view", "--port", "http"])).rejects.toThrow(/--port must be a port number/);
  });
});

describe("bin/news-summary (the startup snapshot, and the plain bundle it falls back to)", () => {
  // Rebuilt here, so the test never runs a build older than the sources (npm install builds it too).
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, "scripts", "build-cli.mjs")]);
    expect(existsSync(join(root, "dist", "cli", "main.js"))).toBe(true);
  }, 120_000);

  const bin = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(join(root, "bin", "news-summary"), args, { encoding: "utf8", cwd: root, env: { ...process.env, ...env } });
  const plain = { NEWS_SUMMARY_NO_SNAPSHOT: "1" };
  const sample = join(root, "samples", "fr-depeche-port-de-brest.txt");

  it("summarizes a sample article", () => {
    const result = bin(["summarize", sample]);
    expect(result.status, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.language).toBe("fr");
    expect(summary.headline.length).toBeGreaterThan(10);
    expect(summary.entities.length).toBeGreaterThan(0);
  });

  it("gives the same summaries from the snapshot as from the plain bundle, for every sample", () => {
    const files = readdirSync(join(root, "samples")).map((f) => join(root, "samples", f));
    const fromSnapshot = bin(["summarize", ...files]);
    const fromBundle = bin(["summarize", ...files], plain);
    expect(fromBundle.status, fromBundle.stderr).toBe(0);
    expect(fromSnapshot.stdout).toBe(fromBundle.stdout);
  });

  it("summarizes from the snapshot built for this node binary, found without starting node first; other commands start plain", () => {
    const blobs = readdirSync(join(root, "dist", "cli")).filter((f) => f.endsWith(".blob"));
    expect(blobs.length, "npm run build:cli printed why it built no snapshot").toBe(1);
    const nodeStarts = (args: string[]) => {
      const traced = spawnSync("sh", ["-x", join(root, "bin", "news-summary"), ...args], { encoding: "utf8", cwd: root });
      expect(traced.status, traced.stderr).toBe(0);
      return traced.stderr.split("\n").filter((l) => /^\++ (exec )?node /.test(l));
    };
    expect(nodeStarts(["summarize", sample])).toEqual([`+ exec node --snapshot-blob ${root}/bin/../dist/cli/${blobs[0]} -- summarize ${sample}`]);
    expect(nodeStarts(["--version"])).toEqual([`+ exec node ${root}/bin/news-summary.mjs --version`]);
  });

  it("passes options meant for the CLI to the CLI, not to node", () => {
    expect(bin(["--version"]).stdout.trim()).toBe(`news-summary ${pkg.version} (pipeline ${PIPELINE_VERSION})`);
    expect(bin(["--version"], plain).stdout.trim()).toBe(`news-summary ${pkg.version} (pipeline ${PIPELINE_VERSION})`);
    // Through the snapshot (summarize): node must not take --help or --version for its own.
    const help = bin(["summarize", "--help"]);
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/summarize/);
    expect(help.stdout).not.toMatch(/node \[options\]/);
    expect(help.stdout).toBe(bin(["summarize", "--help"], plain).stdout);
  });

  it("hands all of a long output to a pipe before exiting early", () => {
    // Far more than a pipe holds (64 KB), so part of it is still queued when the summaries are done.
    const files = readdirSync(join(root, "samples")).map((f) => join(root, "samples", f));
    const many = [...files, ...files, ...files, ...files];
    const once = bin(["summarize", ...files]).stdout;
    for (const env of [{}, plain]) {
      // The reader starts late, so the summaries are done while most of them still wait to be written.
      const result = spawnSync("sh", ["-c", '"$0" summarize "$@" | (sleep 2; cat)', join(root, "bin", "news-summary"), ...many], { encoding: "utf8", cwd: root, env: { ...process.env, ...env } });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout.length).toBeGreaterThan(2 * 65536);
      // The whole output is the four copies of the one-pass output, to the last byte.
      expect(result.stdout).toBe(once.repeat(4));
    }
  });

  it("leaves NODE_EXTRA_CA_CERTS out of summarize alone, which opens no connection", () => {
    const missing = { NODE_EXTRA_CA_CERTS: join(root, "no-such-bundle.pem") };
    const summarized = bin(["summarize", sample], missing);
    expect(summarized.status, summarized.stderr).toBe(0);
    expect(summarized.stderr).not.toMatch(/extra certs/);
    // Other commands may sign requests to AWS over TLS: they keep the user's certificates.
    expect(bin(["--version"], missing).stderr).toMatch(/Ignoring extra certs from .*no-such-bundle\.pem/);
  });

  it("exits 2 with a message on a usage error", () => {
    for (const env of [{}, plain]) {
      const result = bin(["frobnicate"], env);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^news-summary: unknown command frobnicate; .*\(see --help\)/);
    }
  });

  it("reads JSON Lines on stdin", () => {
    const line = JSON.stringify({ id: "x", name: "x.txt", text: "Un titre\n\nLe maire de Brest a parlé lundi." });
    const result = spawnSync(join(root, "bin", "news-summary"), ["summarize", "--jsonl"], { input: `${line}\n`, encoding: "utf8", cwd: root });
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).headline).toBe("Un titre");
  });
});
