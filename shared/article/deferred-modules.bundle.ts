/**
 * #deferred-modules in the esbuild bundles (deferred-modules.ts says why). A literal require() of an
 * ES module makes esbuild keep it in the bundle and evaluate it, with its imports, at the first call.
 */
import type { Chrono, Linkedom } from "./deferred-modules";

let linkedomModule: Linkedom | undefined;
let chronoModule: Chrono | undefined;

export const linkedom = (): Linkedom => (linkedomModule ??= require("./linkedom-module") as Linkedom);
export const chrono = (): Chrono => (chronoModule ??= require("./chrono-module") as Chrono);
