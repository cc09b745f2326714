import { describe, expect, it } from "vitest";
import { costTable, PRICES } from "./cost";
import type { BenchResults } from "./results";

const fig = (median: number) => ({ median, min: median, max: median, runs: 1 });

function results(wallMs: number, cpuMs: number, wru: number): BenchResults {
  return {
    meta: { date: "2026-01-01T00:00:00Z", quick: true, node: "v20", platform: "linux", cpus: 2, cpuModel: "x", loadAverageAtStart: 0, loadAverageAtEnd: 0, durationSeconds: 1 },
    coldStart: { warmIngest: { articles: 10, batchSize: 10, msPerArticle: fig(wallMs), cpuMsPerArticle: fig(cpuMs), peakRssBytes: 1, logBytesPerArticle: 0, failures: 0 } } as BenchResults["coldStart"],
    capacity: { summaryItemBytes: 1, indexItems: 0, indexItemBytes: 0, statusItemBytes: 1, tableWru: wru, gsiWru: 0, queryRru: 1, readByIdRru: 0.5, storedBytes: 1, statusUpdatesPerArticle: 2, summariesMeasured: 1 },
    endToEnd: { callsPerArticle: { "S3 GetObjectCommand": 1 } } as unknown as BenchResults["endToEnd"],
    budgets: [],
    errors: [],
  };
}

describe("cost table", () => {
  it("bills I/O wait as measured and CPU at a 512 MB function's share of a vCPU", () => {
    const table = costTable(results(10, 0, 1));
    expect(table.lambdaMsPerArticle).toBeCloseTo(10, 6);
    const cpuBound = costTable(results(10, 10, 1));
    expect(cpuBound.lambdaMsPerArticle).toBeCloseTo((10 * 1769) / 512, 6);
  });

  it("totals the rows and grows with DynamoDB writes", () => {
    const a = costTable(results(10, 5, 10));
    const b = costTable(results(10, 5, 20));
    expect(b.perThousandUsd - a.perThousandUsd).toBeCloseTo(10 * 1000 * PRICES.dynamoWru.usd, 9);
    const sum = a.rows.reduce((n, r) => n + r.perArticle * r.unitPriceUsd, 0) * 1000;
    expect(a.perThousandUsd).toBeCloseTo(sum, 9);
    expect(a.perMillionUsd).toBeCloseTo(a.perThousandUsd * 1000, 6);
  });

  it("prices Comprehend at 100-character units with a 3-unit minimum", () => {
    expect(costTable(results(10, 5, 10)).comprehendPerThousandUsd).toBeCloseTo(52 * 0.0001 * 1000, 9);
  });
});
