/**
 * The corpus sets the shipped entity taggers learn from (scripts/train-ner.ts),
 * and the non-commercial ones they never learn from. `npm run eval` marks the
 * first in its entity table: its rows for them are not figures for unseen text.
 * Licences: ../shared/corpus/train/SOURCES.md and README.md; shared/entities/model/SOURCES.md.
 * English leaves out the permissive LitBank (fiction) and WNUT-17 (tweets) sets: in our runs, 5-fold CV
 * strict F1 with them was 0.812 on ner-en-worldwide and 0.703 on Wikigold, without them 0.818 and 0.711
 * (the second run also had the company-suffix words of shared/lang/en/entities-keywords.json).
 */
export const NER_TRAINING_SETS = {
  en: ["ner-en-worldwide-dev", "ner-en-wikigold-train"],
  fr: ["quotes-fr-orangesum-dev", "quotes-fr-orangesum-train", "ner-fr-democrat-dev", "ner-fr-newseye-dev", "ner-fr-europeana-train", "ner-fr-litbank-train"],
} as const;

/** Licensed for measuring only (CC BY-NC): never trained on. */
export const NER_MEASURE_ONLY_SETS = ["ner-fr-hipe2020-dev", "ner-fr-letemps-dev"] as const;
