/**
 * linkedom and chrono-node, as the readers reach them: `import { linkedom, chrono } from "#deferred-modules"`.
 *
 * Run from source (tsx, vitest), that name is this file and both load at import. In the esbuild bundles
 * (Lambda functions, CLI, bench), infra/bundling/esbuild-aliases.json points it to deferred-modules.bundle.ts,
 * which loads each on first use: evaluating linkedom costs a cold start about 45 ms, and a plain-text,
 * Markdown or JSON article never needs a DOM; chrono is only the last resort of date parsing.
 */
import * as chronoModule from "./chrono-module";
import * as linkedomModule from "./linkedom-module";

export type Linkedom = typeof linkedomModule;
export type Chrono = typeof chronoModule;

export const linkedom = (): Linkedom => linkedomModule;
export const chrono = (): Chrono => chronoModule;
