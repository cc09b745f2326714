/**
 * The corpus sets the shipped speaker rankers learn from (scripts/train-speakers.ts) and the sets they
 * never see. `npm run eval` hides the shipped model's speaker accuracy on the first: those figures come
 * from the cross-validated protocol (eval/speaker-protocol.ts) instead.
 */
export const SPEAKER_TRAINING_SETS: Record<string, string[]> = {
  fr: ["quotes-fr-orangesum-dev", "quotes-fr-orangesum-train", "quotes-fr-litbank-train"],
  en: ["quotes-en-polnear-train", "quotes-en-litbank-train"],
};

/**
 * How many times each set's ranking examples count in training (1 when not listed). The French news sets
 * count three times against fr-litbank (novels, whose quotes are mostly dialogue): chosen by 5-fold CV and
 * leave-one-set-out on the French sets (docs/accuracy.md, "Current figures"), never on English.
 */
export const SPEAKER_SET_WEIGHTS: Record<string, number> = { "quotes-fr-orangesum-dev": 3, "quotes-fr-orangesum-train": 3 };

/** Never trained on: measured with the model trained on every training set of the language. */
export const SPEAKER_HELD_OUT_SETS: Record<string, string[]> = { en: ["quotes-en-polnear-dev"], fr: [] };

/** The sets the English span filter (keep or drop a span in quote marks) learns from: news only, to PolNeAR's guidelines. */
export const SPAN_TRAINING_SETS: Record<string, string[]> = { en: ["quotes-en-polnear-train"], fr: [] };
