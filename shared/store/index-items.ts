import type { ArticleSummary } from "../summary";
import { foldName, itemKeys } from "./keys";

/**
 * Caps on index items per article. Each item costs a write unit in the table
 * and another in the index, per version: they are most of the bill
 * (docs/cost.md). Users query the entities an article is about (the most
 * salient) and attributed quotes; the full lists stay in the summary.
 */
export const MAX_ENTITY_ITEMS = 10;
export const MAX_QUOTE_ITEMS = 10;
const MAX_QUOTE_TEXT = 1000;

export interface IndexItem {
  sk: string;
  gsi1pk: string;
  gsi1sk: string;
  [attribute: string]: unknown;
}

/** Listing copies of the headline stay small whatever the extractor returns; the full one is in the summary. */
export function capHeadline(headline: string | null): string | null {
  return headline && headline.length > 500 ? `${headline.slice(0, 499)}…` : headline;
}

/** Sort key within an index: newest first when read backwards; undated articles sort last. */
export function recencyKey(summary: ArticleSummary): string {
  return `${summary.published?.date ?? "0000"}#${summary.id}`;
}

export function monthOf(summary: ArticleSummary): string {
  return summary.published && summary.published.date.length >= 7 ? summary.published.date.slice(0, 7) : "none";
}

/** The entity and quote items that make an article findable by entity and by speaker. */
export function indexItemsFor(summary: ArticleSummary): IndexItem[] {
  const listing = { id: summary.id, headline: capHeadline(summary.headline), published: summary.published?.date ?? null, language: summary.language };
  const items: IndexItem[] = [];
  const seen = new Set<string>();
  const bySalience = [...summary.entities].sort((a, b) => b.salience - a.salience);
  for (const entity of bySalience) {
    const folded = foldName(entity.name);
    if (!folded || seen.has(folded)) continue;
    seen.add(folded);
    items.push({
      sk: itemKeys.entity(folded),
      gsi1pk: itemKeys.entityIndex(folded),
      gsi1sk: recencyKey(summary),
      ...listing,
      name: entity.name,
      type: entity.type,
      salience: entity.salience,
    });
    if (seen.size >= MAX_ENTITY_ITEMS) break;
  }
  let n = 0;
  for (const quote of summary.quotes) {
    if (!quote.speaker) continue;
    const folded = foldName(quote.speaker);
    if (!folded) continue;
    items.push({
      sk: itemKeys.quote(n),
      gsi1pk: itemKeys.speakerIndex(folded),
      gsi1sk: `${recencyKey(summary)}#${String(n).padStart(4, "0")}`,
      ...listing,
      speaker: quote.speaker,
      text: quote.text.slice(0, MAX_QUOTE_TEXT),
      partial: quote.partial,
      cue: quote.cue,
    });
    if (++n >= MAX_QUOTE_ITEMS) break;
  }
  return items;
}
