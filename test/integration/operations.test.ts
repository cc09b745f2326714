import { PutObjectCommand } from "@aws-sdk/client-s3";
import { GetQueueAttributesCommand, SendMessageCommand } from "@aws-sdk/client-sqs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redrive, reindex } from "../../cli/queue-commands";
import { encodeS3Key } from "../../shared/ingest/s3-notification";
import type { LocalStack } from "../../local/local-stack";
import { backend, backendMissing, startStackUnderTest } from "./stack-under-test";
import { waitForStatus } from "../../local/wait-for-status";

/** `news-summary redrive` and `reindex` against the local stack. */
let stack: LocalStack;
beforeAll(async () => {
  if (backendMissing) return;
  stack = await startStackUnderTest({ visibilityTimeoutSeconds: 1 });
});
afterAll(async () => stack?.stop());

const body = (n: number) => `Operations headline ${n}\n\nA paragraph about operations number ${n}, long enough to summarise.\n`;

describe.skipIf(backendMissing)(`reindex on ${backend}${backendMissing ? ` (skipped: ${backendMissing})` : ""}`, () => {
  it("re-enqueues every article object and each is processed again, once", async () => {
    const keys = ["ops/a.txt", "ops/b.txt", "ops/c.txt"];
    await Promise.all(keys.map((k, i) => stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: k, Body: body(i) }))));
    const before = await Promise.all(keys.map((k) => waitForStatus(stack.queryUrl, k)));
    await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: "ops/not-an-article.bin", Body: "x" }));

    const result = await reindex({ s3: stack.s3, sqs: stack.sqs, store: stack.store, bucket: stack.bucket, queueUrl: stack.queueUrl });
    expect(result.enqueued).toBe(result.scanned);
    expect(result.scanned).toBeGreaterThanOrEqual(3);
    for (const [i, key] of keys.entries()) {
      const deadline = Date.now() + 20_000;
      let status = await waitForStatus(stack.queryUrl, key);
      while (status.attempts === before[i].attempts && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        status = await waitForStatus(stack.queryUrl, key);
      }
      expect(status.state).toBe("PROCESSED");
      expect(status.attempts).toBeGreaterThan(before[i].attempts);
      expect(status.sequencer).toBe(before[i].sequencer);
    }
  });

  it("with --outdated, skips summaries already made by this pipeline version", async () => {
    const result = await reindex({ s3: stack.s3, sqs: stack.sqs, store: stack.store, bucket: stack.bucket, queueUrl: stack.queueUrl }, { outdated: true });
    expect(result.scanned).toBeGreaterThanOrEqual(3);
    expect(result.enqueued).toBe(0);
  });
});

describe.skipIf(backendMissing)("redrive", () => {
  it("moves dead-letter messages back to the ingest queue, where they are processed", async () => {
    const key = "ops/from-dlq.txt";
    await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: body(42) }));
    const processed = await waitForStatus(stack.queryUrl, key);
    // A message that died earlier, for a newer version of the key.
    const newer = (BigInt(`0x${processed.sequencer.slice(0, 16)}`) + 1n).toString(16).toUpperCase();
    const event = {
      Records: [{ eventName: "ObjectCreated:Put", eventTime: new Date().toISOString(), s3: { bucket: { name: stack.bucket }, object: { key: encodeS3Key(key), sequencer: newer } } }],
    };
    await stack.sqs.send(new SendMessageCommand({ QueueUrl: stack.deadLetterQueueUrl, MessageBody: JSON.stringify(event) }));

    expect(await redrive(stack.sqs, stack.deadLetterQueueUrl, stack.queueUrl)).toBe(1);
    const attrs = await stack.sqs.send(new GetQueueAttributesCommand({ QueueUrl: stack.deadLetterQueueUrl, AttributeNames: ["All"] }));
    expect(attrs.Attributes?.ApproximateNumberOfMessages).toBe("0");
    const deadline = Date.now() + 20_000;
    let status = await waitForStatus(stack.queryUrl, key);
    while (status.sequencer === processed.sequencer && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      status = await waitForStatus(stack.queryUrl, key);
    }
    expect(status.state).toBe("PROCESSED");
    expect(status.sequencer > processed.sequencer).toBe(true);
  });
});
