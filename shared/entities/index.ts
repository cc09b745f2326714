import type { ParsedArticle } from "../article";
import type { Entity } from "../summary";

/** PLACEHOLDER until issue 6 lands: finds nothing. */
export function recognizeEntities(_article: ParsedArticle): Entity[] {
  return [];
}
