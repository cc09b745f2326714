import { indexItemsFor, monthOf, recencyKey } from "../shared/store/index-items";
import { itemKeys } from "../shared/store/keys";
import { encodeSummary } from "../shared/store/summary-codec";
import { TABLE_SCHEMA } from "../shared/store/table-schema";
import type { ArticleSummary } from "../shared/summary";

/**
 * DynamoDB capacity per article for the items DynamoDbSummaryStore writes
 * (shared/store/dynamodb-summary-store.ts), rebuilt from real summaries:
 * on-demand writes cost 1 WRU per started KB of item, to the table and again
 * to the GSI for the projected part; a strongly consistent Query costs 1 RRU
 * per started 4 KB of all items it reads (projection does not reduce it).
 */

/** Item size as DynamoDB counts it: attribute name lengths plus value sizes. */
export function itemSize(item: Record<string, unknown>): number {
  let size = 0;
  for (const [name, value] of Object.entries(item)) {
    if (value === undefined) continue;
    size += Buffer.byteLength(name) + valueSize(value);
  }
  return size;
}

function valueSize(value: unknown): number {
  if (value === null || typeof value === "boolean") return 1;
  if (typeof value === "string") return Buffer.byteLength(value);
  if (typeof value === "number") return Math.ceil(String(Math.abs(value)).replace(/[.-]/g, "").replace(/^0+/, "").length / 2) + 1;
  if (value instanceof Uint8Array) return value.byteLength;
  if (Array.isArray(value)) return 3 + value.reduce((n: number, v) => n + 1 + valueSize(v), 0);
  if (typeof value === "object") return 3 + Object.entries(value as Record<string, unknown>).reduce((n, [k, v]) => n + 1 + Buffer.byteLength(k) + valueSize(v), 0);
  return 0;
}

const wru = (bytes: number) => Math.max(1, Math.ceil(bytes / 1024));

/** The copy of `item` in each index whose partition key it carries (both indexes are sparse). */
function projections(item: Record<string, unknown>): Record<string, unknown>[] {
  return TABLE_SCHEMA.indexes
    .filter((index) => item[index.partitionKey] !== undefined)
    .map((index) => {
      const keep = new Set<string>(["pk", "sk", index.partitionKey, index.sortKey, ...index.nonKeyAttributes]);
      return Object.fromEntries(Object.entries(item).filter(([k]) => keep.has(k)));
    });
}

const copiesWru = (item: Record<string, unknown>) => projections(item).reduce((n, copy) => n + wru(itemSize(copy)), 0);
const copiesBytes = (item: Record<string, unknown>) => projections(item).reduce((n, copy) => n + itemSize(copy), 0);

export interface ArticleCapacity {
  summaryItemBytes: number;
  indexItems: number;
  indexItemBytes: number;
  statusItemBytes: number;
  /** Per article, first version (no earlier items to delete). */
  tableWru: number;
  gsiWru: number;
  /** The consistent Query over the article's partition that looks for stale index items. */
  queryRru: number;
  /** One eventually consistent GetItem of the summary (a read through GET /articles/{id}). */
  readByIdRru: number;
  /** Storage of all the article's items and their GSI copies. */
  storedBytes: number;
}

/** The write and read units of ingesting one summary, following the store's calls. */
export function articleCapacity(summary: ArticleSummary, statusUpdates: number): ArticleCapacity {
  const seq = "0".repeat(40);
  const pk = itemKeys.partition(summary.id);
  const statusItem = {
    pk, sk: itemKeys.status, id: summary.id, bucket: "news-articles", key: summary.source?.key ?? `${summary.id}.txt`, state: "PROCESSED", seq,
    versionId: null, updatedAt: new Date(0).toISOString(), attempts: 1, pipelineVersion: summary.pipelineVersion,
  };
  const body = encodeSummary(summary);
  const summaryItem = {
    pk, sk: itemKeys.summary, seq, gsi1pk: itemKeys.monthIndex(monthOf(summary)), gsi1sk: recencyKey(summary), id: summary.id,
    key: summary.source?.key, headline: summary.headline, published: summary.published?.date ?? null, language: summary.language,
    pipelineVersion: summary.pipelineVersion, body,
  };
  const indexItems = indexItemsFor(summary).map((item) => ({ pk, seq, ...item }));
  const summaryBytes = itemSize(summaryItem);
  const indexBytes = indexItems.map(itemSize);
  const statusBytes = itemSize(statusItem);
  const tableWru = statusUpdates * wru(statusBytes) + wru(summaryBytes) + indexBytes.reduce((n, b) => n + wru(b), 0);
  const gsiWru = copiesWru(summaryItem) + indexItems.reduce((n, item) => n + copiesWru(item), 0);
  const partitionBytes = statusBytes + summaryBytes + indexBytes.reduce((a, b) => a + b, 0);
  const gsiBytes = copiesBytes(summaryItem) + indexItems.reduce((n, item) => n + copiesBytes(item), 0);
  const gsiCopies = projections(summaryItem).length + indexItems.reduce((n, item) => n + projections(item).length, 0);
  return {
    summaryItemBytes: summaryBytes,
    indexItems: indexItems.length,
    indexItemBytes: indexBytes.reduce((a, b) => a + b, 0),
    statusItemBytes: statusBytes,
    tableWru,
    gsiWru,
    queryRru: Math.max(1, Math.ceil(partitionBytes / 4096)),
    readByIdRru: Math.max(1, Math.ceil(summaryBytes / 4096)) / 2,
    // DynamoDB adds 100 bytes of overhead per item stored, table and index alike.
    storedBytes: partitionBytes + gsiBytes + 100 * (2 + indexItems.length) + 100 * gsiCopies,
  };
}

export function averageCapacity(summaries: ArticleSummary[], statusUpdates: number): ArticleCapacity {
  const all = summaries.map((s) => articleCapacity(s, statusUpdates));
  const mean = (f: (c: ArticleCapacity) => number) => all.reduce((n, c) => n + f(c), 0) / Math.max(1, all.length);
  return {
    summaryItemBytes: mean((c) => c.summaryItemBytes),
    indexItems: mean((c) => c.indexItems),
    indexItemBytes: mean((c) => c.indexItemBytes),
    statusItemBytes: mean((c) => c.statusItemBytes),
    tableWru: mean((c) => c.tableWru),
    gsiWru: mean((c) => c.gsiWru),
    queryRru: mean((c) => c.queryRru),
    readByIdRru: mean((c) => c.readByIdRru),
    storedBytes: mean((c) => c.storedBytes),
  };
}
