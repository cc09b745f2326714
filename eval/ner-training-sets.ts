/**
 * The corpus sets the shipped entity taggers learn from (scripts/train-ner.ts),
 * and the non-commercial ones they never learn from. `npm run eval` marks the
 * first in its entity table: its rows for them are not figures for unseen text.
 */
export const NER_TRAINING_SETS = {
  en: ["ner-en-worldwide-dev"],
  fr: ["ner-fr-newseye-dev", "ner-fr-democrat-dev", "quotes-fr-orangesum-dev"],
} as const;

/** Licensed for measuring only (CC BY-NC): never trained on. */
export const NER_MEASURE_ONLY_SETS = ["ner-fr-hipe2020-dev", "ner-fr-letemps-dev"] as const;
