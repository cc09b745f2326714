/**
 * A linear ranker over candidate speakers: each candidate's score is the sum of its features'
 * weights, and the highest score wins. The weights are a small JSON table per language,
 * loaded once per container (module scope) and trained by scripts/train-speakers.ts.
 */
export interface SpeakerWeights {
  /** What the weights were trained on, for the record (see shared/quotes/model/SOURCES.md). */
  trainedOn: string[];
  weights: Record<string, number>;
  /**
   * How much more the best candidate must score than the rules' pick to replace it: a changed
   * speaker also changes what later pronouns resolve to, so a near tie keeps the rules' answer.
   */
  margin?: number;
}

export class SpeakerRanker {
  private readonly w: Map<string, number>;

  constructor(readonly table: SpeakerWeights) {
    this.w = new Map(Object.entries(table.weights));
  }

  score(features: readonly string[]): number {
    let s = 0;
    for (let i = 0; i < features.length; i++) s += this.w.get(features[i]) ?? 0;
    return s;
  }

  /** Index of the best candidate, or -1 when there is none; the rules' pick (index `rule`) wins near ties. */
  best(features: readonly (readonly string[])[], rule = -1): number {
    let best = -1;
    let top = -Infinity;
    let ruleScore = 0;
    for (let i = 0; i < features.length; i++) {
      const s = this.score(features[i]);
      if (i === rule) ruleScore = s;
      if (s > top) {
        top = s;
        best = i;
      }
    }
    if (rule >= 0 && best !== rule && top - ruleScore < (this.table.margin ?? 0)) return rule;
    return best;
  }
}
