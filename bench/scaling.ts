import { runJsonChild } from "./child-process";
import { SCALING_SERIES } from "./scaling-series";
import { figure, logLogSlope, type Figure } from "./stats";

export const SCALING_SIZES = [1024, 10 * 1024, 100 * 1024, 1024 * 1024];
/** Above this log-log slope, time grows faster than the input: a bug. */
export const NON_LINEAR_SLOPE = 1.15;

export interface ScalingSeries {
  label: string;
  /** ms: CPU time of one summarize() call; wallMs: the same calls on the wall clock. */
  points: { bytes: number; ms: Figure; wallMs: Figure; error?: string }[];
  /** The size that did not finish within the time limit, if any. */
  timedOutAtBytes?: number;
  slope: number;
  nonLinear: boolean;
}

export interface ScalingResult {
  series: ScalingSeries[];
  /** Slowest 1 MB time over the realistic series (the budget's "1 MB article"); Infinity when one timed out. */
  oneMegabyteMs: number;
  limitMs: number;
}

/**
 * Time against size, each series in its own process so that a quadratic
 * input is killed at the time limit instead of hanging the bench. The slope
 * is fitted from 10 KB up when possible: at 1 KB fixed costs flatten it.
 */
export async function measureScaling(
  childFile: string,
  options: { runs: number; limitMs: number; sizes?: number[]; pathologicalSizes?: number[] },
): Promise<ScalingResult> {
  const series: ScalingSeries[] = [];
  for (const [index, label] of Object.keys(SCALING_SERIES).entries()) {
    // The first three are the realistic articles; the rest may stop earlier in a quick run.
    const sizes = (index < 3 ? options.sizes : (options.pathologicalSizes ?? options.sizes)) ?? SCALING_SIZES;
    const out = await runJsonChild<{ bytes: number; times: number[]; wallTimes: number[]; error?: string; fatal?: string }>(
      childFile,
      ["scaling", label, sizes.join(","), String(options.runs)],
      { lineTimeoutMs: options.limitMs },
    );
    const points = out.lines.filter((l) => !l.fatal).map((l) => ({ bytes: l.bytes, ms: figure(l.times), wallMs: figure(l.wallTimes), ...(l.error ? { error: l.error } : {}) }));
    const fatal = out.lines.find((l) => l.fatal)?.fatal;
    const timedOutAtBytes = out.timedOut ? sizes[points.length] : undefined;
    const fit = points.filter((p) => p.bytes >= 10 * 1024).length >= 2 ? points.filter((p) => p.bytes >= 10 * 1024) : points;
    // A timed-out size is at least the limit: fitting it as such gives a lower bound on the slope.
    const fitPoints = fit.map((p) => ({ x: p.bytes, y: p.ms.median }));
    if (timedOutAtBytes) fitPoints.push({ x: timedOutAtBytes, y: options.limitMs });
    const slope = logLogSlope(fitPoints);
    series.push({
      label,
      points: fatal ? [...points, { bytes: 0, ms: figure([NaN]), wallMs: figure([NaN]), error: fatal }] : points,
      ...(timedOutAtBytes ? { timedOutAtBytes } : {}),
      slope,
      nonLinear: slope > NON_LINEAR_SLOPE || Boolean(timedOutAtBytes),
    });
  }
  // Generated articles stop at whole paragraphs, a little short of the target: "1 MB" is the largest size asked for.
  const largest = Math.max(...(options.sizes ?? SCALING_SIZES));
  const realistic = series.slice(0, 3).map((s) => s.points.find((p) => p.bytes >= largest * 0.9)?.ms.median ?? Infinity);
  return { series, oneMegabyteMs: Math.max(...realistic), limitMs: options.limitMs };
}
