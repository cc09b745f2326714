import type { ArticleSummary, EntityType } from "../summary";
import { itemKeys } from "./keys";
import { directoryWord, entityIdFor } from "./names/entity-names";

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
  /** Name directory keys (gsi2), on entity items and on the first quote of an unlisted speaker. */
  gsi2pk?: string;
  gsi2sk?: string;
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

/**
 * The entity and quote items that make an article findable by entity and by
 * speaker (gsi1). The same items carry the name directory (gsi2): each
 * entity item, and the first quote of a speaker that is not among them, is
 * listed under its directory word (see directoryWord), which answers
 * autocomplete ("pou" -> Vladimir Poutine) and surname search ("Poutine" ->
 * the entity `vladimir poutine`) without an item of its own: one more index
 * write per entity item, instead of one more item per name word.
 */
export function indexItemsFor(summary: ArticleSummary): IndexItem[] {
  const listing = { id: summary.id, headline: capHeadline(summary.headline), published: summary.published?.date ?? null, language: summary.language };
  const items: IndexItem[] = [];
  const seen = new Set<string>();
  const directory = (id: string, name: string, type: EntityType) => {
    const word = directoryWord(name, type);
    return word ? { gsi2pk: itemKeys.directoryIndex(word), gsi2sk: itemKeys.directorySort(word, id, summary.id) } : {};
  };
  const bySalience = [...summary.entities].sort((a, b) => b.salience - a.salience);
  for (const entity of bySalience) {
    const id = entityIdFor(entity.name, entity.type);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    items.push({
      sk: itemKeys.entity(id),
      gsi1pk: itemKeys.entityIndex(id),
      gsi1sk: recencyKey(summary),
      ...directory(id, entity.name, entity.type),
      ...listing,
      name: entity.name,
      type: entity.type,
      salience: entity.salience,
    });
    if (seen.size >= MAX_ENTITY_ITEMS) break;
  }
  let n = 0;
  quotes: for (const quote of summary.quotes) {
    if (!quote.speaker) continue;
    // Several persons speaking as one: the quote is found under each of them.
    for (const speaker of quote.speakers ?? [quote.speaker]) {
      const type = summary.entities.find((e) => e.name === speaker)?.type ?? "PERSON";
      // A speaker is an entity's canonical name: its id follows the entity's type (a ministry can speak too).
      const id = entityIdFor(speaker, type);
      if (!id) continue;
      const listedSpeaker = !seen.has(id);
      seen.add(id);
      items.push({
        sk: itemKeys.quote(n),
        gsi1pk: itemKeys.speakerIndex(id),
        gsi1sk: `${recencyKey(summary)}#${String(n).padStart(4, "0")}`,
        ...(listedSpeaker ? { ...directory(id, speaker, type), type } : {}),
        ...listing,
        speaker,
        text: quote.text.slice(0, MAX_QUOTE_TEXT),
        partial: quote.partial,
        cue: quote.cue,
      });
      if (++n >= MAX_QUOTE_ITEMS) break quotes;
    }
  }
  return items;
}
