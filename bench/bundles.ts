import { build } from "esbuild";
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { makeFileAscii } from "../infra/bundling/ascii-only.mjs";
import { BUNDLE_ALIASES } from "../infra/bundling/esbuild-aliases";

export const REPO_ROOT = resolve(import.meta.dirname, "..");
export const OUT_DIR = join(REPO_ROOT, "bench", "out");

/**
 * The options CDK's NodejsFunction passes to esbuild for our functions
 * (infra/constructs/node-function-defaults.ts): bundle, minify, node platform,
 * CommonJS, the runtime's AWS SDK v3 left external, the same aliases, and the same ASCII-only
 * rewrite after bundling (CDK's afterBundling hook). The source map CDK also writes is a separate
 * file and not counted.
 */
export async function bundle(entry: string, outfile: string, target = "node24"): Promise<BundleInfo> {
  mkdirSync(OUT_DIR, { recursive: true });
  const result = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    platform: "node",
    target,
    format: "cjs",
    external: ["@aws-sdk/*"],
    alias: Object.fromEntries(Object.entries(BUNDLE_ALIASES).map(([from, to]) => [from, resolve(REPO_ROOT, to)])),
    logLevel: "error",
    metafile: true,
  });
  makeFileAscii(outfile);
  const output = Object.values(result.metafile!.outputs).find((o) => o.entryPoint);
  // What takes the room: inputs by bytes they contribute to the minified output, packages grouped.
  const byInput = new Map<string, number>();
  for (const [path, info] of Object.entries(output?.inputs ?? {})) {
    const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
    const key = pkg ? `npm:${pkg}` : path;
    byInput.set(key, (byInput.get(key) ?? 0) + info.bytesInOutput);
  }
  const topInputs = [...byInput].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([path, bytes]) => ({ path, bytes }));
  return { file: outfile, bytes: statSync(outfile).size, topInputs };
}

export interface BundleInfo {
  file: string;
  bytes: number;
  topInputs: { path: string; bytes: number }[];
}

export interface Bundles {
  ingest: BundleInfo;
  query: BundleInfo;
  empty: BundleInfo;
  /** The same SDK clients and the least I/O of an ingest, nothing of ours (sdk-baseline-handler.ts). */
  sdkBaseline: BundleInfo;
}

/** Both Lambda bundles and an empty handler built the same way, the baseline for cold starts. */
export async function buildLambdaBundles(): Promise<Bundles> {
  const emptyEntry = join(OUT_DIR, "empty-handler.js");
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(emptyEntry, "exports.handler = async () => ({ statusCode: 200 });\n");
  const out = (name: string, entry: string) => bundle(entry, join(OUT_DIR, `${name}.cjs`));
  return {
    ingest: await out("ingest", join(REPO_ROOT, "functions", "ingest.ts")),
    query: await out("query", join(REPO_ROOT, "functions", "query.ts")),
    empty: await out("empty", emptyEntry),
    sdkBaseline: await out("sdk-baseline", join(REPO_ROOT, "bench", "sdk-baseline-handler.ts")),
  };
}

/** The bench's own child-process entry, bundled so children start like a Lambda does: plain node, no loader. */
export async function buildChildBundle(): Promise<string> {
  const file = join(OUT_DIR, "isolated-run.cjs");
  // Node 20 runs the bench locally: target it, so the child loads whatever Node is installed.
  await bundle(join(REPO_ROOT, "bench", "isolated-run.ts"), file, "node20");
  return file;
}
