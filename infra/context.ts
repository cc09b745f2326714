import type { Construct } from "constructs";

/** The CDK context values this app reads, typed and validated in one place. */
export interface StackContext {
  /** Development stack: table, buckets and logs are destroyed with the stack. */
  readonly dev: boolean;
  /** Serve the query Function URL without IAM auth (explicit opt-in, see README). */
  readonly publicQuery: boolean;
  /** Upper bound on concurrent ingest invocations the SQS event source may start. */
  readonly ingestMaxConcurrency: number;
}

export const DEFAULT_INGEST_MAX_CONCURRENCY = 10;

/** Reads `-c dev=true -c publicQuery=true -c ingestMaxConcurrency=20` (cdk.json or CLI) and rejects typos early. */
export function readStackContext(scope: Construct): StackContext {
  return {
    dev: readBoolean(scope, "dev"),
    publicQuery: readBoolean(scope, "publicQuery"),
    ingestMaxConcurrency: readInteger(scope, "ingestMaxConcurrency", DEFAULT_INGEST_MAX_CONCURRENCY, { min: 2, max: 1000 }),
  };
}

// CLI context values arrive as strings, cdk.json values as JSON: accept both spellings, nothing vaguer.
function readBoolean(scope: Construct, key: string): boolean {
  const raw: unknown = scope.node.tryGetContext(key);
  if (raw === undefined || raw === false || raw === "false") return false;
  if (raw === true || raw === "true") return true;
  throw new Error(`Context "${key}" must be true or false, got ${JSON.stringify(raw)}`);
}

// min/max: the SQS event source accepts maxConcurrency 2..1000.
function readInteger(scope: Construct, key: string, fallback: number, range: { min: number; max: number }): number {
  const raw: unknown = scope.node.tryGetContext(key);
  if (raw === undefined) return fallback;
  const value = typeof raw === "string" && /^\d+$/.test(raw) ? Number(raw) : raw;
  if (typeof value !== "number" || !Number.isInteger(value) || value < range.min || value > range.max) {
    throw new Error(`Context "${key}" must be an integer from ${range.min} to ${range.max}, got ${JSON.stringify(raw)}`);
  }
  return value;
}
