import aliases from "./esbuild-aliases.json" with { type: "json" };

/**
 * Packages swapped out of the Lambda and CLI bundles. Paths are relative to
 * the project root, where CDK, the bench and scripts/build-cli.mjs run esbuild.
 * - cssomnom: linkedom's CSS parser; only HTMLStyleElement.sheet uses it, and nothing we run reads sheets.
 * - #deferred-modules: linkedom and chrono-node loaded on first use rather than at start
 *   (shared/article/deferred-modules.ts), so a cold start on a plain-text article skips them.
 * The table is JSON so that the CLI build, a plain .mjs run at install time, reads it too.
 */
export const BUNDLE_ALIASES: Record<string, string> = aliases;
