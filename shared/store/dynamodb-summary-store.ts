import { ConditionalCheckFailedException, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type QueryCommandInput,
} from "@aws-sdk/lib-dynamodb";
import type { ArticleSummary } from "../summary";
import { PIPELINE_VERSION } from "../version";
import type { ArticleStatus, StoryTally } from "./article-status";
import type { BlobStore } from "./blob-store";
import { decodeBeforeCursor, decodeCursor, encodeBeforeCursor, encodeCursor } from "./cursor";
import { capHeadline, indexItemsFor, monthOf, recencyKey } from "./index-items";
import { INDEX_ITEM_PREFIXES, itemKeys } from "./keys";
import { MIN_PREFIX, keyCovers, nameTokens, searchKeysFor } from "./names/entity-names";
import type { ArticleListItem, ClaimRef, EntityListItem, ClaimResult, EntitySuggestion, FailedListItem, Page, PageRequest, QuoteListItem, SummaryStore } from "./summary-store";
import { decodeSummary, encodeSummary } from "./summary-codec";
import { SUMMARIES_PREFIX } from "../pipeline-config";
import { TABLE_SCHEMA } from "./table-schema";

/** Gzipped summaries above this go to the blob store: DynamoDB items must stay under 400 KB. */
const INLINE_SUMMARY_LIMIT = 300 * 1024;
/** Parallel item writes per article: enough to hide latency, few enough not to throttle a partition. */
const WRITE_CONCURRENCY = 8;

const INDEX = TABLE_SCHEMA.indexes[0].name;
/** gsi2 is sparse and holds two listings, told apart by partition: the name directory and FAILED statuses. */
const STATUS_INDEX = TABLE_SCHEMA.indexes[1].name;
const DIRECTORY_INDEX = TABLE_SCHEMA.indexes[1].name;
/** Entity ids one name may resolve to ("Poutine": every indexed entity with that word); bounds the partitions a listing reads. */
const MAX_RESOLVED_IDS = 8;
/** Directory entries read per step while collecting distinct entities. */
const DIRECTORY_STEP = 25;

export interface DynamoDbSummaryStoreOptions {
  tableName: string;
  client: DynamoDBClient;
  /** Needed to store and read summaries whose gzip exceeds the inline limit. */
  overflow?: BlobStore;
  now?: () => Date;
}

/**
 * Production adapter of the SummaryStore port. Every write is conditional on
 * the S3 event sequencer, so duplicate and out-of-order events converge to
 * the newest object version without transactions (which dynalite lacks).
 */
export class DynamoDbSummaryStore implements SummaryStore {
  private readonly doc: DynamoDBDocumentClient;
  private readonly table: string;
  private readonly overflow?: BlobStore;
  private readonly now: () => Date;

  constructor(options: DynamoDbSummaryStoreOptions) {
    this.doc = DynamoDBDocumentClient.from(options.client, { marshallOptions: { removeUndefinedValues: true } });
    this.table = options.tableName;
    this.overflow = options.overflow;
    this.now = options.now ?? (() => new Date());
  }

  async claim(ref: ClaimRef): Promise<ClaimResult> {
    try {
      const out = await this.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { pk: itemKeys.partition(ref.id), sk: itemKeys.status },
          // An equal sequencer passes unless already PROCESSED: a redelivered event
          // must be able to finish what a crash interrupted, but not redo finished work.
          ConditionExpression: ref.replay
            ? "attribute_not_exists(seq) OR seq <= :seq"
            : "attribute_not_exists(seq) OR seq < :seq OR (seq = :seq AND #state <> :processed)",
          UpdateExpression:
            "SET id = :id, #bucket = :bucket, #key = :key, #state = :received, seq = :seq, versionId = :versionId, updatedAt = :now, " +
            "attempts = if_not_exists(attempts, :zero) + :one REMOVE #reason, gsi2pk, gsi2sk",
          ExpressionAttributeNames: { "#key": "key", "#state": "state", "#bucket": "bucket", "#reason": "reason" },
          ExpressionAttributeValues: {
            ":id": ref.id,
            ":bucket": ref.bucket,
            ":key": ref.key,
            ":received": "RECEIVED",
            ...(ref.replay ? {} : { ":processed": "PROCESSED" }),
            ":seq": ref.sequencer,
            ":versionId": ref.versionId ?? null,
            ":now": this.now().toISOString(),
            ":zero": 0,
            ":one": 1,
          },
          ReturnValues: "ALL_NEW",
        }),
      );
      return { claimed: true, status: toStatus(out.Attributes!) };
    } catch (e) {
      if (!(e instanceof ConditionalCheckFailedException)) throw e;
      const current = await this.getStatus(ref.id);
      if (!current) throw e;
      return { claimed: false, current };
    }
  }

  async saveSummary(summary: ArticleSummary, ref: { sequencer: string; firstClaim?: boolean }): Promise<"saved" | "superseded"> {
    const seq = ref.sequencer;
    const pk = itemKeys.partition(summary.id);
    const body = encodeSummary(summary);
    let bodyRef: string | undefined;
    if (body.byteLength > INLINE_SUMMARY_LIMIT) {
      if (!this.overflow) throw new Error(`summary of ${body.byteLength} bytes needs an overflow store`);
      bodyRef = `${SUMMARIES_PREFIX}${summary.id}/${seq}.json.gz`;
      await this.overflow.put(bodyRef, body);
    }
    const summaryItem = {
      pk,
      sk: itemKeys.summary,
      seq,
      gsi1pk: itemKeys.monthIndex(monthOf(summary)),
      gsi1sk: recencyKey(summary),
      id: summary.id,
      key: summary.source?.key,
      headline: capHeadline(summary.headline),
      published: summary.published?.date ?? null,
      language: summary.language,
      pipelineVersion: summary.pipelineVersion,
      ...(bodyRef ? { bodyRef } : { body }),
    };
    const written = await this.putIfNotOlder(summaryItem, true);
    if (!written) {
      if (bodyRef) await this.overflow!.delete(bodyRef);
      return "superseded";
    }
    // The version this one replaced may have overflowed to the blob store too.
    if (typeof written.previous?.bodyRef === "string" && written.previous.bodyRef !== bodyRef) await this.overflow?.delete(written.previous.bodyRef);

    const items = indexItemsFor(summary).map((item) => ({ pk, seq, ...item }));
    await inParallel(items, WRITE_CONCURRENCY, (item) => this.putIfNotOlder(item));
    // Index items this version no longer has: from an earlier version, or from an
    // earlier run over this same version (a reindex with a changed extractor).
    // Skipped for a key's first claim: nothing to find, and it saves a consistent Query per new article.
    if (!ref.firstClaim) {
      const keep = new Set(items.map((i) => i.sk));
      await this.deleteIndexItems(pk, (item) => item.seq <= seq && !keep.has(item.sk));
    }

    const processed = await this.setState(summary.id, seq, "PROCESSED", undefined, summary.pipelineVersion);
    if (!processed) {
      // A newer event took the key while we wrote: take back what only we wrote.
      await this.deleteIndexItems(pk, (item) => item.seq === seq);
      return "superseded";
    }
    return "saved";
  }

  async markFailed(id: string, sequencer: string, reason: { code: string; message: string }): Promise<void> {
    await this.setState(id, sequencer, "FAILED", reason);
  }

  async markStories(
    id: string,
    seq: string,
    result: { state: "PROCESSED" | "FAILED"; stories: StoryTally; storyIds: string[]; reason?: { code: string; message: string } },
  ): Promise<boolean> {
    // A FAILED object (every story failed) joins the status index of failures, as setState does.
    return this.updateStatusAt(
      id,
      seq,
      "SET #state = :state, stories = :stories, storyIds = :ids, updatedAt = :now, pipelineVersion = :pv" +
        (result.reason ? ", #reason = :reason, gsi2pk = :failed, gsi2sk = :failedSort" : " REMOVE #reason, gsi2pk, gsi2sk"),
      {
        ":state": result.state,
        ":stories": result.stories,
        ":ids": result.storyIds,
        ":pv": PIPELINE_VERSION,
        ...(result.reason ? { ":reason": result.reason, ...this.failedIndexValues(id) } : {}),
      },
    );
  }

  async noteStories(id: string, seq: string, storyIds: string[]): Promise<boolean> {
    return this.updateStatusAt(id, seq, "SET storyIds = :ids, updatedAt = :now", { ":ids": storyIds });
  }

  async remove(ref: ClaimRef): Promise<"removed" | "superseded"> {
    const claim = await this.claim({ ...ref, replay: true });
    if (!claim.claimed) return "superseded";
    const pk = itemKeys.partition(ref.id);
    const summary = await this.doc.send(new GetCommand({ TableName: this.table, Key: { pk, sk: itemKeys.summary } }));
    if (summary.Item && summary.Item.seq <= ref.sequencer) {
      await this.deleteIfNotNewer(pk, itemKeys.summary, ref.sequencer);
      if (summary.Item.bodyRef && this.overflow) await this.overflow.delete(summary.Item.bodyRef);
    }
    await this.deleteIndexItems(pk, (item) => item.seq <= ref.sequencer);
    return (await this.setState(ref.id, ref.sequencer, "DELETED")) ? "removed" : "superseded";
  }

  async getStatus(id: string): Promise<ArticleStatus | null> {
    const out = await this.doc.send(
      new GetCommand({ TableName: this.table, Key: { pk: itemKeys.partition(id), sk: itemKeys.status }, ConsistentRead: true }),
    );
    return out.Item ? toStatus(out.Item) : null;
  }

  async getSummary(id: string): Promise<ArticleSummary | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.table, Key: { pk: itemKeys.partition(id), sk: itemKeys.summary } }));
    if (!out.Item) return null;
    if (out.Item.bodyRef) {
      if (!this.overflow) throw new Error("summary is stored in the overflow store, which is not configured");
      return decodeSummary(await this.overflow.get(out.Item.bodyRef));
    }
    return decodeSummary(out.Item.body as Uint8Array);
  }

  listByMonth(month: string, page: PageRequest, language?: string): Promise<Page<ArticleListItem>> {
    return this.queryIndex(itemKeys.monthIndex(month), page, toListItem, language ? (item) => item.language === language : undefined);
  }

  async listByEntity(name: string, page: PageRequest): Promise<Page<EntityListItem>> {
    const ids = await this.resolveEntityIds(name);
    return this.queryPartitions(ids.map(itemKeys.entityIndex), page, (item) => ({ ...toListItem(item), entityId: item.gsi1pk.slice(itemKeys.entityIndex("").length), name: item.name }));
  }

  async listQuotesBySpeaker(speaker: string, page: PageRequest): Promise<Page<QuoteListItem>> {
    const ids = await this.resolveEntityIds(speaker);
    return this.queryPartitions(ids.map(itemKeys.speakerIndex), page, (item) => ({
      articleId: item.id,
      headline: item.headline ?? null,
      published: item.published ?? null,
      speaker: item.speaker,
      speakerId: item.gsi1pk.slice(itemKeys.speakerIndex("").length),
      text: item.text,
      partial: Boolean(item.partial),
      cue: item.cue ?? null,
    }));
  }

  /**
   * Entities with a name word starting with the prefix, for autocomplete:
   * "pou" -> Vladimir Poutine. Earlier words must match whole words:
   * "vladimir pou" -> Vladimir Poutine, "jean pou" -> nothing.
   */
  async suggestEntities(prefix: string, limit: number): Promise<EntitySuggestion[]> {
    const [key] = searchKeysFor(prefix);
    if (!key) return [];
    const words = key.split(" ");
    const last = nameTokens(words.at(-1)!).at(0) ?? "";
    if (last.length < MIN_PREFIX) return [];
    const before = words.slice(0, -1).join(" ");
    const found = await this.directoryEntities(last, false, limit * 3);
    return found.filter((e) => !before || keyCovers(e.id, before)).slice(0, limit);
  }

  async listFailed(page: PageRequest): Promise<Page<FailedListItem>> {
    const partition = itemKeys.failedIndex;
    // The cursor codec names the index keys gsi1*: here they carry this index's gsi2 keys.
    const decoded = page.cursor ? decodeCursor(page.cursor, partition) : undefined;
    let startKey: Record<string, unknown> | undefined = decoded ? { pk: decoded.pk, sk: decoded.sk, gsi2pk: decoded.gsi1pk, gsi2sk: decoded.gsi1sk } : undefined;
    const out = await this.doc.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: STATUS_INDEX,
        KeyConditionExpression: "gsi2pk = :p",
        ExpressionAttributeValues: { ":p": partition },
        ScanIndexForward: false,
        Limit: page.limit,
        ExclusiveStartKey: startKey,
      }),
    );
    startKey = out.LastEvaluatedKey;
    return {
      items: (out.Items ?? []).map((item) => ({ id: item.id, key: item.key, updatedAt: item.updatedAt, attempts: Number(item.attempts ?? 0), reason: item.reason ?? null })),
      ...(startKey ? { cursor: encodeCursor({ pk: String(startKey.pk), sk: String(startKey.sk), gsi1pk: String(startKey.gsi2pk), gsi1sk: String(startKey.gsi2sk) }) } : {}),
    };
  }

  /** The entity ids a typed name names: itself, its alias, and every indexed entity that has all its words. */
  private async resolveEntityIds(name: string): Promise<string[]> {
    const keys = searchKeysFor(name);
    if (!keys.length) return [];
    const ids = new Set(keys);
    const lastWord = nameTokens(keys[0].split(" ").at(-1)!).at(0);
    if (lastWord) {
      for (const entity of await this.directoryEntities(lastWord, true, MAX_RESOLVED_IDS * 2)) {
        if (keys.some((k) => keyCovers(entity.id, k))) ids.add(entity.id);
      }
    }
    return [...ids].slice(0, MAX_RESOLVED_IDS);
  }

  /**
   * Distinct entities in the name directory under a word (exact) or a word
   * prefix. The directory has an entry per article, so after each entity the
   * read skips past the rest of its entries with a key range: a popular name
   * costs one small read, not one per article.
   */
  private async directoryEntities(word: string, exact: boolean, max: number): Promise<EntitySuggestion[]> {
    const partition = itemKeys.directoryIndex(word);
    const end = exact ? `${word}#\uffff` : `${word}\uffff`;
    let from = exact ? `${word}#` : word;
    const found = new Map<string, EntitySuggestion>();
    while (found.size < max) {
      const out = await this.doc.send(
        new QueryCommand({
          TableName: this.table,
          IndexName: DIRECTORY_INDEX,
          KeyConditionExpression: "gsi2pk = :p AND gsi2sk BETWEEN :from AND :to",
          ExpressionAttributeValues: { ":p": partition, ":from": from, ":to": end },
          Limit: DIRECTORY_STEP,
        }),
      );
      const items = out.Items ?? [];
      let lastPrefix = "";
      for (const item of items) {
        const [token, id] = String(item.gsi2sk).split("#");
        if (!found.has(id) && found.size < max) found.set(id, { id, name: item.name ?? item.speaker, type: item.type ?? "PERSON", word: token });
        lastPrefix = `${token}#${id}#`;
      }
      if (!out.LastEvaluatedKey || !lastPrefix) break;
      from = `${lastPrefix}\uffff`;
    }
    return [...found.values()];
  }

  /**
   * Newest-first page merged from several index partitions, deduplicated by
   * sort key (an article found under two names is listed once).
   */
  private async queryPartitions<T>(partitions: string[], page: PageRequest, map: (item: Record<string, any>) => T): Promise<Page<T>> {
    if (!partitions.length) return { items: [] };
    const before = page.cursor ? decodeBeforeCursor(page.cursor) : undefined;
    const results = await Promise.all(
      partitions.map((partition) =>
        this.doc.send(
          new QueryCommand({
            TableName: this.table,
            IndexName: INDEX,
            KeyConditionExpression: before ? "gsi1pk = :p AND gsi1sk < :b" : "gsi1pk = :p",
            ExpressionAttributeValues: { ":p": partition, ...(before ? { ":b": before } : {}) },
            ScanIndexForward: false,
            Limit: page.limit + 1,
          }),
        ),
      ),
    );
    const bySortKey = new Map<string, Record<string, any>>();
    for (const out of results) for (const item of out.Items ?? []) if (!bySortKey.has(item.gsi1sk)) bySortKey.set(item.gsi1sk, item);
    const merged = [...bySortKey.values()].sort((a, b) => (a.gsi1sk < b.gsi1sk ? 1 : a.gsi1sk > b.gsi1sk ? -1 : 0));
    const pageItems = merged.slice(0, page.limit);
    const more = merged.length > page.limit || results.some((out) => out.LastEvaluatedKey && pageItems.some((item) => item.gsi1sk === out.Items?.at(-1)?.gsi1sk));
    const last = pageItems.at(-1);
    return { items: pageItems.map(map), ...(more && last ? { cursor: encodeBeforeCursor(last.gsi1sk) } : {}) };
  }

  /**
   * Newest-first page of one index partition. With a filter, keeps reading
   * until the page is full; the cursor is the last item returned, so no
   * matching item is skipped between pages.
   */
  private async queryIndex<T>(
    partition: string,
    page: PageRequest,
    map: (item: Record<string, any>) => T,
    filter?: (item: Record<string, any>) => boolean,
  ): Promise<Page<T>> {
    const items: Record<string, any>[] = [];
    let startKey: Record<string, unknown> | undefined = page.cursor ? decodeCursor(page.cursor, partition) : undefined;
    let exhausted = false;
    while (items.length < page.limit) {
      const input: QueryCommandInput = {
        TableName: this.table,
        IndexName: INDEX,
        KeyConditionExpression: "gsi1pk = :p",
        ExpressionAttributeValues: { ":p": partition },
        ScanIndexForward: false,
        Limit: page.limit + 1,
        ExclusiveStartKey: startKey,
      };
      const out = await this.doc.send(new QueryCommand(input));
      for (const item of out.Items ?? []) if (!filter || filter(item)) items.push(item);
      startKey = out.LastEvaluatedKey;
      if (!startKey) {
        exhausted = true;
        break;
      }
    }
    const pageItems = items.slice(0, page.limit);
    const more = items.length > page.limit || !exhausted;
    const last = pageItems.at(-1);
    return {
      items: pageItems.map(map),
      ...(more && last ? { cursor: encodeCursor({ pk: last.pk, sk: last.sk, gsi1pk: last.gsi1pk, gsi1sk: last.gsi1sk }) } : {}),
    };
  }

  /** Puts the item unless a newer version wrote it; returns what it replaced, or null when refused. */
  private async putIfNotOlder(
    item: Record<string, unknown> & { seq: string },
    returnPrevious = false,
  ): Promise<{ previous?: Record<string, unknown> } | null> {
    try {
      const out = await this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: item,
          ConditionExpression: "attribute_not_exists(seq) OR seq <= :seq",
          ExpressionAttributeValues: { ":seq": item.seq },
          ...(returnPrevious ? { ReturnValues: "ALL_OLD" as const } : {}),
        }),
      );
      return { previous: out.Attributes };
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) return null;
      throw e;
    }
  }

  private async deleteIfNotNewer(pk: string, sk: string, seq: string): Promise<void> {
    try {
      await this.doc.send(
        new DeleteCommand({ TableName: this.table, Key: { pk, sk }, ConditionExpression: "seq <= :seq", ExpressionAttributeValues: { ":seq": seq } }),
      );
    } catch (e) {
      if (!(e instanceof ConditionalCheckFailedException)) throw e;
    }
  }

  private async deleteIndexItems(pk: string, select: (item: { sk: string; seq: string }) => boolean): Promise<void> {
    const doomed: { sk: string; seq: string }[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await this.doc.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: "pk = :pk",
          ExpressionAttributeValues: { ":pk": pk },
          ProjectionExpression: "sk, seq",
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of (out.Items ?? []) as { sk: string; seq: string }[]) {
        if (INDEX_ITEM_PREFIXES.some((prefix) => item.sk.startsWith(prefix)) && select(item)) doomed.push(item);
      }
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    await inParallel(doomed, WRITE_CONCURRENCY, (item) => this.deleteIfNotNewer(pk, item.sk, item.seq));
  }

  /** Moves the status of exactly this sequencer; false when a newer event owns the key. */
  private async setState(
    id: string,
    seq: string,
    state: ArticleStatus["state"],
    reason?: { code: string; message: string },
    pipelineVersion?: string,
  ): Promise<boolean> {
    // A state set here is not a multi-story outcome (markStories sets those): no tally or story ids survive it.
    // Only FAILED keys are in the status index (gsi2): the viewer lists them with their reasons.
    return this.updateStatusAt(
      id,
      seq,
      reason
        ? "SET #state = :state, #reason = :reason, updatedAt = :now, gsi2pk = :failed, gsi2sk = :failedSort REMOVE stories, storyIds"
        : "SET #state = :state, updatedAt = :now, pipelineVersion = :pv REMOVE #reason, stories, storyIds, gsi2pk, gsi2sk",
      { ":state": state, ...(reason ? { ":reason": reason, ...this.failedIndexValues(id) } : { ":pv": pipelineVersion ?? PIPELINE_VERSION }) },
    );
  }

  /** The status item's update, only while it still describes event `seq`; false when a newer event took it. */
  private async updateStatusAt(id: string, seq: string, expression: string, values: Record<string, unknown>): Promise<boolean> {
    const names = [["#state", "state"], ["#reason", "reason"]].filter(([n]) => expression.includes(n));
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { pk: itemKeys.partition(id), sk: itemKeys.status },
          ConditionExpression: "seq = :seq",
          UpdateExpression: expression,
          // DynamoDB refuses a name the expression does not use (noteStories uses neither).
          ...(names.length ? { ExpressionAttributeNames: Object.fromEntries(names) } : {}),
          ExpressionAttributeValues: { ":seq": seq, ":now": this.now().toISOString(), ...values },
        }),
      );
      return true;
    } catch (e) {
      if (e instanceof ConditionalCheckFailedException) return false;
      throw e;
    }
  }

  /** Keys of a FAILED status in gsi2, newest first within the failures listing. */
  private failedIndexValues(id: string): Record<string, string> {
    return { ":failed": itemKeys.failedIndex, ":failedSort": `${this.now().toISOString()}#${id}` };
  }
}

function toStatus(item: Record<string, any>): ArticleStatus {
  return {
    id: item.id,
    bucket: item.bucket,
    key: item.key,
    state: item.state,
    sequencer: item.seq,
    ...(item.versionId ? { versionId: item.versionId } : {}),
    ...(item.reason ? { reason: item.reason } : {}),
    ...(item.stories ? { stories: item.stories } : {}),
    ...(Array.isArray(item.storyIds) ? { storyIds: item.storyIds } : {}),
    attempts: Number(item.attempts ?? 0),
    updatedAt: item.updatedAt,
    ...(item.pipelineVersion ? { pipelineVersion: item.pipelineVersion } : {}),
  };
}

function toListItem(item: Record<string, any>): ArticleListItem {
  return { id: item.id, headline: item.headline ?? null, published: item.published ?? null, language: item.language, ...(item.key ? { key: item.key } : {}) };
}

async function inParallel<T>(items: T[], concurrency: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(workers);
}
