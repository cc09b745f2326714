import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["shared/**/*.test.ts", "local/**/*.test.ts", "cli/**/*.test.ts", "bench/**/*.test.ts", "eval/**/*.test.ts", "functions/**/*.test.ts", "infra/**/*.test.ts", "test/**/*.test.ts", "scripts/**/*.test.ts"],
    // Integration suites start in-process emulators and CDK synth is slow on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
