import type { ArticleSummary } from "../summary";
import { itemKeys } from "./keys";
import { entityIdFor, nameTokens } from "./names/entity-names";

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
    const id = entityIdFor(entity.name, entity.type);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    items.push({
      sk: itemKeys.entity(id),
      gsi1pk: itemKeys.entityIndex(id),
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
    const id = speakerIdFor(summary, quote.speaker);
    if (!id) continue;
    items.push({
      sk: itemKeys.quote(n),
      gsi1pk: itemKeys.speakerIndex(id),
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

/** A speaker is an entity's canonical name: its id follows the entity's type (a ministry can speak too). */
function speakerIdFor(summary: ArticleSummary, speaker: string): string {
  const entity = summary.entities.find((e) => e.name === speaker);
  return entityIdFor(speaker, entity?.type ?? "PERSON");
}

/**
 * The name directory: one item per (word, entity) of the indexed entities and
 * speakers, in the article's own partition so it goes with the article. It
 * answers "which entities have a word starting with 'pou'" (autocomplete) and
 * "which entities does 'Poutine' name" (surname search) with a Query on one
 * gsi1 partition, DIR#<first two letters>.
 */
export function directoryItemsFor(summary: ArticleSummary): IndexItem[] {
  const named = new Map<string, { name: string; type: string }>();
  for (const item of indexItemsFor(summary)) {
    if (typeof item.name === "string") named.set(item.gsi1pk.slice(itemKeys.entityIndex("").length), { name: item.name, type: String(item.type) });
  }
  for (const quote of summary.quotes) {
    if (!quote.speaker) continue;
    const id = speakerIdFor(summary, quote.speaker);
    if (id && !named.has(id)) named.set(id, { name: quote.speaker, type: summary.entities.find((e) => e.name === quote.speaker)?.type ?? "PERSON" });
  }
  const items: IndexItem[] = [];
  for (const [id, { name, type }] of named) {
    const tokens = new Set([...nameTokens(id), ...nameTokens(entityIdFor(name, "PERSON"))]);
    for (const token of tokens) {
      items.push({
        sk: itemKeys.directoryEntry(token, id),
        gsi1pk: itemKeys.directoryIndex(token),
        gsi1sk: itemKeys.directorySort(token, id, summary.id),
        id: summary.id,
        published: summary.published?.date ?? null,
        name,
        type,
      });
    }
  }
  return items;
}
