import type { ParsedArticle } from "../article";
import type { Entity } from "../summary";
import { PerceptronEntityRecognizer } from "./perceptron-recognizer";
import type { EntityRecognizer } from "./recognizer";

export type { EntityRecognizer } from "./recognizer";
export { PerceptronEntityRecognizer } from "./perceptron-recognizer";

let recognizer: EntityRecognizer = new PerceptronEntityRecognizer();

/** Swaps the backend (tests, or a managed service); returns the previous one. */
export function setEntityRecognizer(next: EntityRecognizer): EntityRecognizer {
  const previous = recognizer;
  recognizer = next;
  return previous;
}

/** People, places and organisations of the article, one per referent, most salient first. */
export function recognizeEntities(article: ParsedArticle): Entity[] {
  return recognizer.recognize(article);
}
