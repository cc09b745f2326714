import { join } from "node:path";
import { build } from "esbuild";

/** The viewer's browser script, minified for the browsers of the last few years. Build-time only (esbuild is a dev dependency). */
export async function bundleViewerClient(): Promise<string> {
  const out = await build({
    entryPoints: [join(import.meta.dirname, "autocomplete.ts")],
    bundle: true,
    minify: true,
    format: "iife",
    target: ["es2020", "chrome100", "firefox100", "safari15"],
    write: false,
    legalComments: "none",
  });
  return out.outputFiles[0].text;
}
