import { describe, expect, it } from "vitest";
import { figure, logLogSlope, quantile } from "./stats";

describe("bench statistics", () => {
  it("fits slope 1 for linear time and 2 for quadratic time", () => {
    const sizes = [1e3, 1e4, 1e5, 1e6];
    expect(logLogSlope(sizes.map((x) => ({ x, y: 3 * x })))).toBeCloseTo(1, 6);
    expect(logLogSlope(sizes.map((x) => ({ x, y: x * x })))).toBeCloseTo(2, 6);
  });

  it("interpolates quantiles and keeps the spread", () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([5], 0.95)).toBe(5);
    expect(figure([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, runs: 3 });
  });
});
