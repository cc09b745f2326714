import { fileURLToPath } from "node:url";
import * as lambda from "aws-cdk-lib/aws-lambda";
import * as nodejs from "aws-cdk-lib/aws-lambda-nodejs";
import { BUNDLE_ALIASES } from "../bundling/esbuild-aliases";

/** Repository root, found from this file so synth works from any working directory. */
export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export function handlerEntry(name: "ingest" | "query"): string {
  return `${REPO_ROOT}functions/${name}.ts`;
}

/** What both handlers share: Node 24 on Graviton, bundled by the local esbuild. */
export const NODE_FUNCTION_DEFAULTS = {
  // Node 24's runtime ships AWS SDK v3, so the bundle leaves @aws-sdk/* out (the CDK default for this runtime).
  runtime: lambda.Runtime.NODEJS_24_X,
  architecture: lambda.Architecture.ARM_64,
  projectRoot: REPO_ROOT,
  depsLockFilePath: `${REPO_ROOT}package-lock.json`,
  bundling: {
    minify: true,
    sourceMap: true,
    target: "node24",
    format: nodejs.OutputFormat.CJS,
    // esbuild is a devDependency: never fall back to a Docker build.
    forceDockerBundling: false,
    esbuildArgs: Object.fromEntries(Object.entries(BUNDLE_ALIASES).map(([from, to]) => [`--alias:${from}`, to])),
    // esbuild leaves non-ASCII characters in regular expressions; one of them makes Node read the
    // whole bundle through its slow UTF-8 path and V8 hold it two bytes a character, at every cold
    // start. infra/bundling/ascii-only.mjs escapes them and shifts the source map to match.
    commandHooks: {
      beforeBundling: () => [],
      beforeInstall: () => [],
      afterBundling: (_inputDir: string, outputDir: string) => [`node "${REPO_ROOT}infra/bundling/ascii-only.mjs" "${outputDir}/index.js"`],
    },
  },
} satisfies Partial<nodejs.NodejsFunctionProps>;

/** Powertools settings read by both handlers. */
export const POWERTOOLS_ENVIRONMENT = {
  POWERTOOLS_SERVICE_NAME: "news-summary",
  POWERTOOLS_METRICS_NAMESPACE: "NewsSummary",
  LOG_LEVEL: "INFO",
  // Stack traces point at the TypeScript sources.
  NODE_OPTIONS: "--enable-source-maps",
} as const;
