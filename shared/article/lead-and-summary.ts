import type { Entity } from "../summary";
import type { ParsedArticle } from "./parsed-article";

/**
 * `lead` is the first body paragraph; `summary` up to 3 sentences of the article.
 * PLACEHOLDER until issue 3 lands: the lead's sentences.
 */
export function leadAndSummary(article: ParsedArticle, _entities: Entity[]): { lead: string | null; summary: string[] } {
  const lead = article.segments.find((s) => s.kind === "paragraph") ?? null;
  const summary = lead ? lead.sentences.slice(0, 3).map((s) => article.text.slice(s.start, s.end)) : [];
  return { lead: lead?.text ?? null, summary };
}
