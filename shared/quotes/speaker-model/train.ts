/**
 * Trains the speaker ranker: a conditional log-linear model (softmax over each quote's candidates)
 * fitted by stochastic gradient with L2 decay and weight averaging. Pure: no file access, so the
 * evaluation protocol can train one model per fold.
 */
import type { SpeakerWeights } from "./model";

export interface RankingExample {
  /** Features of each candidate. */
  candidates: string[][];
  /** Indices of the right candidates (at least one). */
  gold: number[];
}

export interface TrainOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  seed?: number;
  /** Models trained on as many shuffles and averaged (1: one model). */
  runs?: number;
}

export function trainRanker(examples: readonly RankingExample[], trainedOn: string[], options: TrainOptions = {}): SpeakerWeights {
  const runs = options.runs ?? 1;
  if (runs > 1) {
    // The mean of linear models trained on different shuffles is one linear model with less variance.
    const sum = new Map<string, number>();
    for (let r = 0; r < runs; r++) {
      const one = trainRanker(examples, trainedOn, { ...options, runs: 1, seed: (options.seed ?? 1) + r * 7919 });
      for (const [f, v] of Object.entries(one.weights)) sum.set(f, (sum.get(f) ?? 0) + v);
    }
    const weights: Record<string, number> = {};
    for (const f of [...sum.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      const v = Math.round((sum.get(f)! / runs) * 1e4) / 1e4;
      if (Math.abs(v) >= 1e-4) weights[f] = v;
    }
    return { trainedOn, weights };
  }
  const epochs = options.epochs ?? 12;
  const rate = options.rate ?? 0.1;
  const l2 = options.l2 ?? 1e-4;
  const w = new Map<string, number>();
  // Averaged weights by the lazy-sum trick: total += w * steps since last change.
  const total = new Map<string, number>();
  const stamp = new Map<string, number>();
  let step = 0;
  const update = (f: string, delta: number) => {
    const cur = w.get(f) ?? 0;
    total.set(f, (total.get(f) ?? 0) + cur * (step - (stamp.get(f) ?? 0)));
    stamp.set(f, step);
    w.set(f, cur + delta);
  };
  const order = examples.map((_, i) => i);
  let rng = options.seed ?? 1;
  const random = () => ((rng = (rng * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const lr = rate / (1 + epoch * 0.5);
    for (const e of order.map((i) => examples[i])) {
      if (e.candidates.length < 2 || e.gold.length === 0) continue;
      step++;
      const scores = e.candidates.map((fs) => fs.reduce((s, f) => s + (w.get(f) ?? 0), 0));
      const max = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - max));
      const z = exp.reduce((a, b) => a + b, 0);
      const p = exp.map((x) => x / z);
      const goldSet = new Set(e.gold);
      const pGold = e.gold.reduce((s, g) => s + p[g], 0);
      // Gradient of log sum_{gold} p: for each candidate, (p_i|gold - p_i).
      const grad = new Map<string, number>();
      e.candidates.forEach((fs, i) => {
        const target = goldSet.has(i) ? p[i] / pGold : 0;
        const g = target - p[i];
        if (Math.abs(g) < 1e-9) return;
        for (const f of fs) grad.set(f, (grad.get(f) ?? 0) + g);
      });
      for (const [f, g] of grad) update(f, lr * (g - l2 * (w.get(f) ?? 0)));
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, cur] of w) {
    const sum = (total.get(f) ?? 0) + cur * (step - (stamp.get(f) ?? 0));
    const avg = step > 0 ? sum / step : cur;
    if (Math.abs(avg) >= 1e-4) weights[f] = Math.round(avg * 1e4) / 1e4;
  }
  return { trainedOn, weights: Object.fromEntries(Object.entries(weights).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
}
