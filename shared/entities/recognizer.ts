import type { ParsedArticle } from "../article";
import type { Entity } from "../summary";

/**
 * What any entity backend provides: the default perceptron recogniser, or a
 * managed service (e.g. AWS Comprehend) adapted to return the same entities.
 */
export interface EntityRecognizer {
  recognize(article: ParsedArticle): Entity[];
}
