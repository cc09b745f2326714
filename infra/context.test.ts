import { App } from "aws-cdk-lib";
import { describe, expect, it } from "vitest";
import { DEFAULT_INGEST_MAX_CONCURRENCY, readStackContext } from "./context";

const read = (context: Record<string, unknown>) => readStackContext(new App({ context }));

describe("readStackContext", () => {
  it("defaults to a retained, IAM-protected stack with bounded ingest concurrency", () => {
    expect(read({})).toEqual({ dev: false, publicQuery: false, ingestMaxConcurrency: DEFAULT_INGEST_MAX_CONCURRENCY });
  });

  it("accepts CLI strings (-c dev=true) and cdk.json booleans alike", () => {
    expect(read({ dev: "true", publicQuery: true, ingestMaxConcurrency: "25" })).toEqual({ dev: true, publicQuery: true, ingestMaxConcurrency: 25 });
    expect(read({ dev: "false", publicQuery: false, ingestMaxConcurrency: 2 })).toMatchObject({ dev: false, publicQuery: false, ingestMaxConcurrency: 2 });
  });

  it("rejects vague or mistyped values instead of guessing", () => {
    expect(() => read({ dev: "yes" })).toThrow(/dev/);
    expect(() => read({ publicQuery: "1" })).toThrow(/publicQuery/);
    expect(() => read({ ingestMaxConcurrency: "ten" })).toThrow(/ingestMaxConcurrency/);
    expect(() => read({ ingestMaxConcurrency: 1 })).toThrow(/2 to 1000/);
    expect(() => read({ ingestMaxConcurrency: 1001 })).toThrow(/2 to 1000/);
    expect(() => read({ ingestMaxConcurrency: 2.5 })).toThrow(/integer/);
  });
});
