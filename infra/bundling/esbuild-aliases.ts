/**
 * Packages swapped out of the Lambda bundles. Paths are relative to the
 * project root, where CDK and the bench run esbuild.
 */
export const BUNDLE_ALIASES: Record<string, string> = {
  // linkedom's CSS parser: only HTMLStyleElement.sheet uses it, and nothing we run reads sheets.
  cssomnom: "./infra/bundling/cssomnom-stub",
};
