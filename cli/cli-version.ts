// Inlined by esbuild into the CLI bundle, read by tsx in development.
import pkg from "../package.json" with { type: "json" };

export const CLI_VERSION: string = pkg.version;
