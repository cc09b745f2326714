/**
 * A linear ranker over candidate speakers: each candidate's score is the sum of its features'
 * weights, and the highest score wins. The weights are a small JSON table per language,
 * loaded once per container (module scope) and trained by scripts/train-speakers.ts.
 */
export interface SpeakerWeights {
  /** What the weights were trained on, for the record (see shared/quotes/model/SOURCES.md). */
  trainedOn: string[];
  weights: Record<string, number>;
}

export class SpeakerRanker {
  private readonly w: Map<string, number>;

  constructor(readonly table: SpeakerWeights) {
    this.w = new Map(Object.entries(table.weights));
  }

  score(features: readonly string[]): number {
    let s = 0;
    for (const f of features) s += this.w.get(f) ?? 0;
    return s;
  }

  /** Index of the best candidate, or -1 when there is none. */
  best(features: readonly (readonly string[])[]): number {
    let best = -1;
    let top = -Infinity;
    for (let i = 0; i < features.length; i++) {
      const s = this.score(features[i]);
      if (s > top) {
        top = s;
        best = i;
      }
    }
    return best;
  }
}
