import type { ArticleSummary } from "../summary";
import { foldName, itemKeys } from "./keys";

/**
 * Caps on index items per article. Each item costs one write unit per
 * version, so indexing every passing mention would dominate the bill; the
 * most salient entities and every attributed quote are what users query.
 */
export const MAX_ENTITY_ITEMS = 40;
export const MAX_QUOTE_ITEMS = 40;
const MAX_QUOTE_TEXT = 1000;

export interface IndexItem {
  sk: string;
  gsi1pk: string;
  gsi1sk: string;
  [attribute: string]: unknown;
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
  const listing = { id: summary.id, headline: summary.headline, published: summary.published?.date ?? null, language: summary.language };
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
