/**
 * How much more CPU a piece of work costs when its input grows `factor` times:
 * the check behind "linear in the input" tests. A quadratic step gives about
 * factor², catastrophic backtracking far more.
 *
 * Times are this process's CPU (on a loaded machine, waiting for a core is
 * not work), fastest of three runs, after one warm-up (JIT, lazily loaded
 * tables). Noise (a GC pause, a JIT tier-up inside one run) only ever inflates
 * a ratio while a superlinear step inflates every one, so up to three ratios
 * are measured and the best is returned, stopping early below `enough`.
 */
export function cpuGrowth(run: (size: number) => void, size: number, factor: number, enough: number): { ratio: number; detail: string } {
  run(size);
  const measures: string[] = [];
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && ratio >= enough; attempt++) {
    // A floor on the small time keeps timer resolution from inflating the ratio of tiny runs.
    const small = Math.max(fastestOfThree(() => run(size)), 5);
    const large = fastestOfThree(() => run(size * factor));
    ratio = Math.min(ratio, large / small);
    measures.push(`size ${size}: ${small.toFixed(1)} ms; size ${size * factor}: ${large.toFixed(1)} ms`);
  }
  return { ratio, detail: measures.join(" | ") };
}

function fastestOfThree(work: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = process.cpuUsage();
    work();
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}
