import type { Bundles } from "./bundles";
import type { ArticleCapacity } from "./capacity";
import type { CliResult } from "./cli";
import type { ColdStartResult } from "./cold-start";
import type { EndToEndResult } from "./end-to-end";
import type { MemoryResult } from "./memory";
import type { ScalingResult } from "./scaling";
import type { ThroughputResult } from "./throughput";

/** What `npm run bench` writes to bench/results.json; bench/cost.ts reads it back. */
export interface BenchResults {
  meta: {
    date: string;
    quick: boolean;
    node: string;
    platform: string;
    cpus: number;
    cpuModel: string;
    /** 1-minute load average when the bench started: above the core count, wall-clock figures are inflated. */
    loadAverageAtStart: number;
    loadAverageAtEnd: number;
    durationSeconds: number;
  };
  throughput?: { generated: ThroughputResult; corpus?: ThroughputResult; corpusSkipped?: string };
  scaling?: ScalingResult;
  bundles?: { [K in keyof Bundles]: { bytes: number; topInputs: { path: string; bytes: number }[] } };
  coldStart?: ColdStartResult;
  memory?: MemoryResult;
  cli?: CliResult;
  endToEnd?: Omit<EndToEndResult, "sampleSummaries">;
  capacity?: ArticleCapacity & { statusUpdatesPerArticle: number; summariesMeasured: number };
  budgets: BudgetCheck[];
  /** Sections that could not run, with the reason. */
  errors: { section: string; error: string }[];
}

export interface BudgetCheck {
  budget: string;
  figure: string;
  pass: boolean | null;
}
