import * as z from "zod/mini";
import { eventOrderKey, isEventOrderKey } from "../store/keys";

/** One S3 change to act on, decoded from an SQS message body. */
export interface ObjectChange {
  kind: "created" | "removed";
  bucket: string;
  key: string;
  versionId?: string;
  size?: number;
  /** Comparable order of this event among the key's events (see eventOrderKey). */
  sequencer: string;
  /** True for re-enqueued work (reindex), which reprocesses even at the same sequencer. */
  replay?: boolean;
}

const recordSchema = z.object({
  eventName: z.string(),
  eventTime: z.optional(z.string()),
  s3: z.object({
    bucket: z.object({ name: z.string() }),
    object: z.object({
      key: z.string(),
      size: z.optional(z.coerce.number()),
      versionId: z.nullish(z.string()),
      sequencer: z.optional(z.string()),
    }),
  }),
});

const bodySchema = z.union([z.looseObject({ Event: z.literal("s3:TestEvent") }), z.looseObject({ Records: z.array(z.unknown()) })]);

export class MalformedNotificationError extends Error {
  override readonly name = "MalformedNotificationError";
}

/**
 * Decodes an S3 event notification delivered through SQS. Returns no changes
 * for s3:TestEvent. Keys arrive URL-encoded with `+` for spaces.
 */
export function parseS3Notification(body: string): ObjectChange[] {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new MalformedNotificationError("message body is not JSON");
  }
  const parsed = bodySchema.safeParse(json);
  if (!parsed.success) throw new MalformedNotificationError("message body is not an S3 event notification");
  if ("Event" in parsed.data) return [];
  const changes: ObjectChange[] = [];
  for (const raw of parsed.data.Records) {
    const rec = recordSchema.safeParse(raw);
    if (!rec.success) throw new MalformedNotificationError(`S3 record is malformed: ${rec.error.issues[0]?.message ?? "unknown"}`);
    const { eventName, eventTime, s3 } = rec.data;
    const kind = eventName.startsWith("ObjectCreated:") ? "created" : eventName.startsWith("ObjectRemoved:") ? "removed" : null;
    if (!kind) continue;
    changes.push({
      kind,
      bucket: s3.bucket.name,
      key: decodeS3Key(s3.object.key),
      ...(s3.object.versionId ? { versionId: s3.object.versionId } : {}),
      ...(s3.object.size !== undefined ? { size: s3.object.size } : {}),
      sequencer:
        eventName === REPLAY_EVENT && s3.object.sequencer && isEventOrderKey(s3.object.sequencer)
          ? s3.object.sequencer
          : eventOrderKey(s3.object.sequencer, eventTime),
      ...(eventName === REPLAY_EVENT ? { replay: true } : {}),
    });
  }
  return changes;
}

/** Event name used by `news-summary reindex` for re-enqueued objects. */
export const REPLAY_EVENT = "ObjectCreated:Replay";

export function decodeS3Key(key: string): string {
  const spaced = key.replace(/\+/g, " ");
  try {
    return decodeURIComponent(spaced);
  } catch {
    // Not valid percent-encoding: some emulators send keys raw.
    return spaced;
  }
}

/** The inverse, as S3 writes keys into notifications. */
export function encodeS3Key(key: string): string {
  return encodeURIComponent(key).replace(/%20/g, "+").replace(/%2F/g, "/");
}
