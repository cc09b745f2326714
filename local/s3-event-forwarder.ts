import { SendMessageCommand, type SQSClient } from "@aws-sdk/client-sqs";
import type { EventEmitter } from "node:events";
import { isArticleKey } from "../shared/pipeline-config";
import { encodeS3Key } from "../shared/ingest/s3-notification";

/**
 * Does what S3's bucket notification configuration does in AWS: sends
 * ObjectCreated/ObjectRemoved events for article keys to the queue. s3rver
 * emits raw keys and millisecond sequencers; we URL-encode keys as S3 does
 * and give each event a strictly increasing sequencer.
 */
export function forwardS3Events(s3rver: EventEmitter, sqs: SQSClient, queueUrl: string): () => void {
  let last = 0n;
  const pending = new Set<Promise<unknown>>();
  const onEvent = (event: { Records: { eventName: string; s3: { object: { key: string; sequencer?: string } } }[] }) => {
    for (const record of event.Records) {
      const key = record.s3.object.key;
      if (!isArticleKey(key)) continue;
      const now = BigInt(Date.now()) * 1000n;
      last = now > last ? now : last + 1n;
      const body = {
        Records: [{ ...record, s3: { ...record.s3, object: { ...record.s3.object, key: encodeS3Key(key), sequencer: last.toString(16).toUpperCase().padStart(16, "0") } } }],
      };
      const sent = sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify(body) })).catch((e) => {
        console.error(`could not queue the event for ${key}: ${(e as Error).message}`);
      });
      pending.add(sent);
      void sent.finally(() => pending.delete(sent));
    }
  };
  s3rver.on("event", onEvent);
  return () => s3rver.off("event", onEvent);
}
