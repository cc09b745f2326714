import { DeleteObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { ChangeMessageVisibilityCommand, DeleteMessageBatchCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageCommand } from "@aws-sdk/client-sqs";
import { DynamoDBDocumentClient, QueryCommand, ScanCommand } from "@aws-sdk/lib-dynamodb";
import type { LocalStack } from "../../local/local-stack";
import { encodeS3Key } from "../../shared/ingest/s3-notification";
import type { ArticleStatus } from "../../shared/store/article-status";
import { articleIdFor, itemKeys } from "../../shared/store/keys";
import type { ArticleSummary } from "../../shared/summary";

/** Helpers the hostile-input, fault and burst runs share. Real SDK calls only. */

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function putObject(stack: LocalStack, key: string, body: string | Uint8Array): Promise<void> {
  await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: body }));
}

export async function deleteObject(stack: LocalStack, key: string): Promise<void> {
  await stack.s3.send(new DeleteObjectCommand({ Bucket: stack.bucket, Key: key }));
}

import { waitForStatus } from "../../local/wait-for-status";

export { waitForStatus };

export async function statusOf(stack: LocalStack, key: string): Promise<ArticleStatus | null> {
  return stack.store.getStatus(articleIdFor(stack.bucket, key));
}

export async function summaryOf(stack: LocalStack, key: string): Promise<ArticleSummary | null> {
  return stack.store.getSummary(articleIdFor(stack.bucket, key));
}

/** Polls until `check` returns a value (not undefined) or the time runs out. */
export async function waitUntil<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 60_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(everyMs);
  }
}

export async function queueDepth(stack: LocalStack, queueUrl: string): Promise<{ visible: number; inFlight: number }> {
  const out = await stack.sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"] }),
  );
  return { visible: Number(out.Attributes?.ApproximateNumberOfMessages ?? 0), inFlight: Number(out.Attributes?.ApproximateNumberOfMessagesNotVisible ?? 0) };
}

/** Waits until the ingest queue is empty (nothing visible, nothing in flight) and the poller is idle. */
export async function waitForQueueDrained(stack: LocalStack, timeoutMs = 60_000): Promise<void> {
  await waitUntil(
    "the ingest queue to drain",
    async () => {
      const depth = await queueDepth(stack, stack.queueUrl);
      return depth.visible === 0 && depth.inFlight === 0 && !stack.poller.busy ? true : undefined;
    },
    timeoutMs,
  );
}

/** Every item of one article's partition. */
export async function partitionItems(stack: LocalStack, id: string): Promise<Record<string, any>[]> {
  const doc = DynamoDBDocumentClient.from(stack.dynamodb);
  const items: Record<string, any>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await doc.send(
      new QueryCommand({
        TableName: stack.table,
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": itemKeys.partition(id) },
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(out.Items ?? []));
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/** Every item in the table, without bodies (test-only: a scan). */
export async function allItems(stack: LocalStack): Promise<{ pk: string; sk: string; seq?: string; state?: string }[]> {
  const doc = DynamoDBDocumentClient.from(stack.dynamodb);
  const items: { pk: string; sk: string; seq?: string; state?: string }[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await doc.send(
      new ScanCommand({
        TableName: stack.table,
        ProjectionExpression: "pk, sk, seq, #state",
        ExpressionAttributeNames: { "#state": "state" },
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...((out.Items ?? []) as never[]));
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/**
 * What "exactly once, no orphans" means for the table: per partition, one
 * SUMMARY at most and only when PROCESSED, with the status's sequencer; index
 * items (ENT#, QUOTE#) only in PROCESSED partitions and only of that
 * sequencer. Returns the problems found (empty when consistent).
 */
export function consistencyProblems(items: { pk: string; sk: string; seq?: string; state?: string }[]): string[] {
  const byPartition = new Map<string, typeof items>();
  for (const item of items) byPartition.set(item.pk, [...(byPartition.get(item.pk) ?? []), item]);
  const problems: string[] = [];
  for (const [pk, group] of byPartition) {
    const status = group.find((i) => i.sk === itemKeys.status);
    const summaries = group.filter((i) => i.sk === itemKeys.summary);
    const index = group.filter((i) => i.sk.startsWith("ENT#") || i.sk.startsWith("QUOTE#"));
    if (!status) problems.push(`${pk}: items without a STATUS`);
    if (summaries.length > 1) problems.push(`${pk}: ${summaries.length} SUMMARY items`);
    if (status?.state === "PROCESSED") {
      if (summaries.length !== 1) problems.push(`${pk}: PROCESSED without its SUMMARY`);
      else if (summaries[0].seq !== status.seq) problems.push(`${pk}: SUMMARY of sequencer ${summaries[0].seq}, status of ${status.seq}`);
      for (const item of index) if (item.seq !== status.seq) problems.push(`${pk}: orphaned ${item.sk} of sequencer ${item.seq}`);
    } else if (status?.state === "DELETED") {
      for (const item of [...summaries, ...index]) problems.push(`${pk}: ${item.sk} left after DELETE`);
    }
  }
  return problems;
}

/** An S3 event notification as S3 sends it to SQS (key URL-encoded, `+` for spaces). */
export function s3Notification(change: {
  kind: "created" | "removed";
  bucket: string;
  key: string;
  sequencer: string;
  size?: number;
  eventName?: string;
  eventTime?: string;
}): string {
  const eventName = change.eventName ?? (change.kind === "created" ? "ObjectCreated:Put" : "ObjectRemoved:Delete");
  return JSON.stringify({
    Records: [
      {
        eventVersion: "2.1",
        eventSource: "aws:s3",
        awsRegion: "us-east-1",
        eventTime: change.eventTime ?? new Date().toISOString(),
        eventName,
        s3: {
          s3SchemaVersion: "1.0",
          bucket: { name: change.bucket, arn: `arn:aws:s3:::${change.bucket}` },
          object: { key: encodeS3Key(change.key), sequencer: change.sequencer, ...(change.size !== undefined ? { size: change.size } : {}) },
        },
      },
    ],
  });
}

export async function sendToQueue(stack: LocalStack, body: string, queueUrl = stack.queueUrl): Promise<void> {
  await stack.sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: body }));
}

/** Takes every message off a queue (the poller must be stopped), returning the bodies in queue order. */
export async function drainQueue(stack: LocalStack, queueUrl = stack.queueUrl): Promise<string[]> {
  const bodies: string[] = [];
  for (;;) {
    const out = await stack.sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0, VisibilityTimeout: 60 }));
    const messages = out.Messages ?? [];
    if (!messages.length) return bodies;
    bodies.push(...messages.map((m) => m.Body!));
    await stack.sqs.send(new DeleteMessageBatchCommand({ QueueUrl: queueUrl, Entries: messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })) }));
  }
}

/**
 * The bodies of every message on a queue, left on it: each is received, then
 * made visible again at once (the poller must not consume this queue).
 */
export async function peekQueue(stack: LocalStack, queueUrl: string): Promise<string[]> {
  const taken: { body: string; receipt: string }[] = [];
  for (;;) {
    const out = await stack.sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0, VisibilityTimeout: 60 }));
    const messages = out.Messages ?? [];
    if (!messages.length) break;
    taken.push(...messages.map((m) => ({ body: m.Body!, receipt: m.ReceiptHandle! })));
  }
  for (const m of taken) await stack.sqs.send(new ChangeMessageVisibilityCommand({ QueueUrl: queueUrl, ReceiptHandle: m.receipt, VisibilityTimeout: 0 }));
  return taken.map((m) => m.body);
}

/** The first record of a notification body, decoded enough to reorder events. */
export function recordOf(body: string): { eventName: string; key: string; sequencer: string } {
  const record = JSON.parse(body).Records[0];
  return { eventName: record.eventName, key: record.s3.object.key, sequencer: record.s3.object.sequencer };
}

/** Resolves when every key has a final status, polling the query API like a user would. */
export async function waitForAllFinal(stack: LocalStack, keys: string[], timeoutMs: number): Promise<Map<string, ArticleStatus>> {
  return waitForAll(stack, keys, timeoutMs);
}

/**
 * Waits until every key is in one of `want` (default: any final state). Pass `want` when a key is
 * already final and must move on, e.g. FAILED before a redrive: "final" would return it at once.
 */
export async function waitForAll(stack: LocalStack, keys: string[], timeoutMs: number, want?: ArticleStatus["state"][]): Promise<Map<string, ArticleStatus>> {
  const results = new Map<string, ArticleStatus>();
  const pending = [...keys];
  // Bounded parallel polling: thousands of keys must not open thousands of sockets at once.
  await Promise.all(
    Array.from({ length: Math.min(16, keys.length) }, async () => {
      for (let key = pending.shift(); key !== undefined; key = pending.shift()) {
        results.set(key, await waitForStatus(stack.queryUrl, key, { timeoutMs, want }));
      }
    }),
  );
  return results;
}
