/**
 * How far a ratio measured over documents could move with other documents of the same kind: a 95%
 * percentile bootstrap that resamples whole documents (their quotes travel together, as errors do in a long
 * article with several speakers). Seeded, so a report prints the same interval every time.
 */
import { seededRandom } from "../test/support/article-text";

export interface DocumentCount {
  correct: number;
  total: number;
}

/** The 2.5th and 97.5th percentiles of sum(correct)/sum(total) over `resamples` resamplings of the documents; null when nothing is counted. */
export function documentInterval(docs: readonly DocumentCount[], resamples = 1000, seed = 1): [number, number] | null {
  const counted = docs.filter((d) => d.total > 0);
  if (counted.length === 0) return null;
  const next = seededRandom(seed);
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
