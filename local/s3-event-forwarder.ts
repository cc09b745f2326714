import { SendMessageCommand, type SQSClient } from "@aws-sdk/client-sqs";
import type { MessageSpyReader, S3SpyEvent, SpyMessage } from "fauxqs";
import { encodeS3Key } from "../shared/ingest/s3-notification";

const EVENT_NAMES: Partial<Record<S3SpyEvent["status"], string>> = {
  uploaded: "ObjectCreated:Put",
  deleted: "ObjectRemoved:Delete",
};

/**
 * Does what the bucket's notification configuration does in AWS: every object
 * created in or removed from the bucket becomes an S3 event in the queue, with
 * no filter (format is detected from content). fauxqs has no bucket
 * notifications, but its message spy reports each S3 write in order; we drain
 * the spy's buffer whenever it holds a write, URL-encode keys as S3 does and
 * give each event a strictly increasing sequencer.
 */
export function forwardS3Events(spy: MessageSpyReader, sqs: SQSClient, bucket: string, queueUrl: string, onError: (e: Error) => void): () => void {
  let stopped = false;
  let last = 0n;
  const isWrite = (m: SpyMessage): m is S3SpyEvent => m.service === "s3" && m.bucket === bucket && m.status in EVENT_NAMES;

  const send = (event: S3SpyEvent) => {
    const now = BigInt(Date.now()) * 1000n;
    last = now > last ? now : last + 1n;
    const record = {
      eventVersion: "2.1",
      eventSource: "aws:s3",
      eventTime: new Date(event.timestamp).toISOString(),
      eventName: EVENT_NAMES[event.status],
      s3: { bucket: { name: bucket }, object: { key: encodeS3Key(event.key), sequencer: last.toString(16).toUpperCase().padStart(16, "0") } },
    };
    sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify({ Records: [record] }) })).catch((e: Error) => {
      onError(new Error(`could not queue the event for ${event.key}: ${e.message}`));
    });
  };

  const loop = async () => {
    while (!stopped) {
      // Resolves at once when the buffer already holds a write, else at the next one.
      await spy.waitForMessage(isWrite);
      if (stopped) return;
      // Read and empty the buffer in one synchronous step, so no event slips between the two.
      const events = spy.getAllMessages().filter(isWrite);
      spy.clear();
      for (const event of events) send(event);
    }
  };
  loop().catch((e: Error) => {
    // clear() on stop rejects the pending wait; only an unexpected failure is reported.
    if (!stopped) onError(e);
  });
  return () => {
    stopped = true;
    spy.clear();
  };
}
