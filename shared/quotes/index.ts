import type { ParsedArticle } from "../article";
import type { Entity, Quote } from "../summary";

/** PLACEHOLDER until issue 6 lands: finds nothing. */
export function extractQuotes(_article: ParsedArticle, _entities: Entity[]): Quote[] {
  return [];
}
