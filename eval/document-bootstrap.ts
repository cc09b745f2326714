/**
 * How far a ratio measured over documents could move with other documents of the same kind: a 95%
 * percentile bootstrap that resamples whole documents (their quotes travel together, as errors do in a long
 * article with several speakers). Seeded, so a report prints the same interval every time.
 */

export interface DocumentCount {
  correct: number;
  total: number;
}

/** Deterministic 32-bit generator (mulberry32): the same resamples on every run. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The 2.5th and 97.5th percentiles of sum(correct)/sum(total) over `resamples` resamplings of the documents; null when nothing is counted. */
export function documentInterval(docs: readonly DocumentCount[], resamples = 1000, seed = 1): [number, number] | null {
  const counted = docs.filter((d) => d.total > 0);
  if (counted.length === 0) return null;
  const next = generator(seed);
  const ratios: number[] = [];
  for (let r = 0; r < resamples; r++) {
    let correct = 0;
    let total = 0;
    for (let i = 0; i < counted.length; i++) {
      const d = counted[Math.floor(next() * counted.length)];
      correct += d.correct;
      total += d.total;
    }
    ratios.push(correct / total);
  }
  ratios.sort((x, y) => x - y);
  return [ratios[Math.floor(0.025 * (resamples - 1))], ratios[Math.ceil(0.975 * (resamples - 1))]];
}
