import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import { DeleteMessageBatchCommand, ReceiveMessageCommand, SendMessageBatchCommand, type SQSClient } from "@aws-sdk/client-sqs";
import type { S3Client } from "@aws-sdk/client-s3";
import { REPLAY_EVENT, encodeS3Key } from "../shared/ingest/s3-notification";
import { articleIdFor } from "../shared/store/keys";
import type { SummaryStore } from "../shared/store/summary-store";
import { PIPELINE_VERSION } from "../shared/version";
import { makeDynamoDbClient, makeS3Client } from "../shared/aws/clients";
import { makeSqsClient } from "../shared/aws/sqs-client";
import { DynamoDbSummaryStore } from "../shared/store/dynamodb-summary-store";
import { S3BlobStore } from "../shared/store/s3-blob-store";
import type { Target } from "./targets";

/** `redrive`: moves every dead-letter message back to the ingest queue. Returns how many moved. */
export async function redrive(sqs: SQSClient, from: string, to: string): Promise<number> {
  let moved = 0;
  for (;;) {
    const out = await sqs.send(new ReceiveMessageCommand({ QueueUrl: from, MaxNumberOfMessages: 10, WaitTimeSeconds: 1, VisibilityTimeout: 60 }));
    const messages = out.Messages ?? [];
    if (!messages.length) return moved;
    const sent = await sqs.send(
      new SendMessageBatchCommand({ QueueUrl: to, Entries: messages.map((m, i) => ({ Id: String(i), MessageBody: m.Body! })) }),
    );
    const ok = new Set((sent.Successful ?? []).map((s) => s.Id));
    const done = messages.filter((_, i) => ok.has(String(i)));
    if (done.length) {
      await sqs.send(new DeleteMessageBatchCommand({ QueueUrl: from, Entries: done.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })) }));
    }
    moved += done.length;
    if (done.length < messages.length) throw new Error(`${messages.length - done.length} messages could not be sent back; they stay in the dead-letter queue`);
  }
}

/**
 * `reindex`: re-enqueues every article object in the bucket (or, with
 * `outdated`, only those whose summary has an older pipelineVersion) as
 * replay events, so an improved extractor rolls over the archive.
 */
export async function reindex(
  deps: { s3: S3Client; sqs: SQSClient; store: SummaryStore; bucket: string; queueUrl: string },
  options: { outdated?: boolean } = {},
): Promise<{ scanned: number; enqueued: number }> {
  let scanned = 0;
  let enqueued = 0;
  let token: string | undefined;
  do {
    const page = await deps.s3.send(new ListObjectsV2Command({ Bucket: deps.bucket, ContinuationToken: token }));
    token = page.NextContinuationToken;
    const records = [];
    for (const object of page.Contents ?? []) {
      if (!object.Key) continue;
      scanned++;
      const status = await deps.store.getStatus(articleIdFor(deps.bucket, object.Key));
      if (options.outdated && status?.state === "PROCESSED" && status.pipelineVersion === PIPELINE_VERSION) continue;
      records.push({
        eventName: REPLAY_EVENT,
        eventSource: "aws:s3",
        s3: {
          bucket: { name: deps.bucket },
          // The status's own sequencer: a replay never outranks a newer upload still in flight.
          object: { key: encodeS3Key(object.Key), size: object.Size, sequencer: status?.sequencer ?? "0" },
        },
      });
    }
    for (let i = 0; i < records.length; i += 10) {
      const batch = records.slice(i, i + 10);
      await deps.sqs.send(
        new SendMessageBatchCommand({ QueueUrl: deps.queueUrl, Entries: batch.map((r, j) => ({ Id: String(j), MessageBody: JSON.stringify({ Records: [r] }) })) }),
      );
      enqueued += batch.length;
    }
  } while (token);
  return { scanned, enqueued };
}

/** `redrive` on a target's queues. */
export function redriveTarget(target: Target): Promise<number> {
  return redrive(makeSqsClient(target.clientEnv), target.deadLetterQueueUrl, target.queueUrl);
}

/** `reindex` on a target's bucket, table and queue. */
export function reindexTarget(target: Target, options: { outdated?: boolean }): Promise<{ scanned: number; enqueued: number }> {
  const s3 = makeS3Client(target.clientEnv);
  const store = new DynamoDbSummaryStore({
    tableName: target.table,
    client: makeDynamoDbClient(target.clientEnv),
    overflow: new S3BlobStore(s3, target.summariesBucket),
  });
  return reindex({ s3, sqs: makeSqsClient(target.clientEnv), store, bucket: target.bucket, queueUrl: target.queueUrl }, options);
}
