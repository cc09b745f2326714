import type { ArticleSummary } from "../summary";
import type { ArticleStatus, StoryTally } from "./article-status";

/** One page of a newest-first listing. `cursor` is opaque; absent on the last page. */
export interface Page<T> {
  items: T[];
  cursor?: string;
}

export interface ArticleListItem {
  id: string;
  headline: string | null;
  published: string | null;
  language: string;
  key?: string;
}

export interface EntityListItem extends ArticleListItem {
  /** The entity's stable id (folded canonical name), the same in every article. */
  entityId?: string;
  /** The entity's name as this article gives it. */
  name?: string;
}

export interface QuoteListItem {
  articleId: string;
  /** Stable id of the speaker entity. */
  speakerId?: string;
  headline: string | null;
  published: string | null;
  speaker: string;
  text: string;
  partial: boolean;
  cue: string | null;
}

export interface EntitySuggestion {
  id: string;
  name: string;
  type: string;
  /** The name word the prefix matched. */
  word: string;
}

export interface FailedListItem {
  id: string;
  key: string;
  updatedAt: string;
  attempts: number;
  reason: { code: string; message: string } | null;
}

export interface PageRequest {
  limit: number;
  cursor?: string;
}

export interface ClaimRef {
  id: string;
  bucket: string;
  key: string;
  sequencer: string;
  versionId?: string;
  /** Reprocess even if this version is already PROCESSED (reindex). */
  replay?: boolean;
}

/** Outcome of trying to move a key's status forward: stale events are refused. */
export type ClaimResult = { claimed: true; status: ArticleStatus } | { claimed: false; current: ArticleStatus };

/**
 * The storage port. The ingest and query code talks only to this; the
 * DynamoDB adapter is the production implementation.
 */
export interface SummaryStore {
  /**
   * Moves the key to RECEIVED for this sequencer unless a newer event already
   * owns it, or (unless `replay`) this very version is already PROCESSED.
   */
  claim(ref: ClaimRef): Promise<ClaimResult>;
  /**
   * Writes the summary and its index items for the claimed sequencer, then
   * marks it PROCESSED. `firstClaim`: the key was never claimed before, so no
   * earlier index items can exist to clean up.
   */
  saveSummary(summary: ArticleSummary, ref: { sequencer: string; firstClaim?: boolean }): Promise<"saved" | "superseded">;
  /** Marks the claimed sequencer FAILED with a reason. */
  markFailed(id: string, sequencer: string, reason: { code: string; message: string }): Promise<void>;
  /**
   * Ends a multi-story object's own status (its stories have their own ids
   * and items): PROCESSED or FAILED with the tally and the story ids, for the
   * claimed sequencer only. False when a newer event owns the key.
   */
  markStories(
    id: string,
    sequencer: string,
    result: { state: "PROCESSED" | "FAILED"; stories: StoryTally; storyIds: string[]; reason?: { code: string; message: string } },
  ): Promise<boolean>;
  /**
   * Records, before any story is written, the ids a multi-story object's stories will have, beside the
   * ones it had: the key stays RECEIVED, but if processing then dies, the stories it may have touched
   * can still be found and given a final status. For the claimed sequencer only; false when a newer
   * event owns the key.
   */
  noteStories(id: string, sequencer: string, storyIds: string[]): Promise<boolean>;
  /** Removes the summary and index items and marks the key DELETED, unless a newer event owns it. */
  remove(ref: ClaimRef): Promise<"removed" | "superseded">;

  getStatus(id: string): Promise<ArticleStatus | null>;
  getSummary(id: string): Promise<ArticleSummary | null>;
  listByMonth(month: string, page: PageRequest, language?: string): Promise<Page<ArticleListItem>>;
  /** Articles about an entity, by any name a person types: full name, surname, any case or accents, FR/EN alias. */
  listByEntity(name: string, page: PageRequest): Promise<Page<EntityListItem>>;
  listQuotesBySpeaker(speaker: string, page: PageRequest): Promise<Page<QuoteListItem>>;
  /** Autocomplete: entities with a name word starting with the prefix. */
  suggestEntities(prefix: string, limit: number): Promise<EntitySuggestion[]>;
  /** Keys whose processing failed, newest failure first, with the reason. */
  listFailed(page: PageRequest): Promise<Page<FailedListItem>>;
}
