/** Small statistics for bench figures: every figure is a median with its spread. */

export interface Figure {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function median(values: number[]): number {
  return quantile(values, 0.5);
}

export function figure(values: number[]): Figure {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length };
}

/** Least-squares slope of log(y) against log(x): 1 is linear, 2 quadratic. */
export function logLogSlope(points: { x: number; y: number }[]): number {
  const usable = points.filter((p) => p.x > 0 && p.y > 0);
  if (usable.length < 2) return NaN;
  const xs = usable.map((p) => Math.log(p.x));
  const ys = usable.map((p) => Math.log(p.y));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return num / den;
}

/** "12.3 (11.9–13.0)": median and range, for tables. */
export function formatFigure(f: Figure | undefined, digits = 1, unit = ""): string {
  if (!f || !Number.isFinite(f.median)) return "n/a";
  const fmt = (v: number) => v.toFixed(digits);
  return f.runs > 1 ? `${fmt(f.median)}${unit} (${fmt(f.min)}–${fmt(f.max)})` : `${fmt(f.median)}${unit}`;
}

/** Waits for the event loop to settle, and lets V8 collect, between measured runs. */
export async function settle(): Promise<void> {
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((r) => setTimeout(r, 10));
}
