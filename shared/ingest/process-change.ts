import { isExtractionError } from "../errors";
import { PIPELINE_LIMITS } from "../pipeline-config";
import { articleIdFor, storyIdFor } from "../store/keys";
import type { SummaryStore } from "../store/summary-store";
import { type FileSummary, summarizeFile } from "../summarize";
import { ObjectGoneError, ObjectTooLargeError, type ObjectSource } from "./object-source";
import type { ObjectChange } from "./s3-notification";
import { endStories, removeStories, saveStories } from "./save-stories";

export type ChangeOutcome =
  | { outcome: "processed"; id: string; bytes: number; ms: number; stories?: { processed: number; failed: number } }
  | { outcome: "failed"; id: string; code: string }
  | { outcome: "removed" | "stale" | "duplicate"; id?: string };

export interface ProcessDeps {
  store: SummaryStore;
  objects: ObjectSource;
  maxObjectBytes?: number;
  /** The queue will not deliver this message again: a storage fault now ends as FAILED. */
  finalAttempt?: boolean;
}

/**
 * Applies one S3 change to the store. Problems with the article itself end
 * as FAILED with a reason and are not retried; anything else (storage
 * faults) throws, so the message returns to the queue and is retried.
 */
export async function processChange(change: ObjectChange, deps: ProcessDeps): Promise<ChangeOutcome> {
  try {
    return await applyChange(change, deps);
  } catch (e) {
    if (deps.finalAttempt && change.kind === "created") {
      const id = articleIdFor(change.bucket, change.key);
      const message = `Gave up after repeated storage errors (${(e as Error).name}); the message is in the dead-letter queue: run \`news-summary redrive\` once the fault is fixed.`;
      // A feed's stories this attempt left RECEIVED end FAILED too, each with a reason a person can read.
      await endStories(deps.store, id, change.sequencer, { code: "RETRIES_EXHAUSTED", message }).catch(() => undefined);
    }
    throw e;
  }
}

async function applyChange(change: ObjectChange, deps: ProcessDeps): Promise<ChangeOutcome> {
  const id = articleIdFor(change.bucket, change.key);
  const ref = {
    id,
    bucket: change.bucket,
    key: change.key,
    sequencer: change.sequencer,
    ...(change.versionId ? { versionId: change.versionId } : {}),
    ...(change.replay ? { replay: true } : {}),
  };

  if (change.kind === "removed") {
    // A feed's stories go with it.
    const current = await deps.store.getStatus(id);
    await removeStories(deps.store, ref, current?.storyIds ?? []);
    return { outcome: (await deps.store.remove(ref)) === "removed" ? "removed" : "stale", id };
  }

  const claim = await deps.store.claim(ref);
  if (!claim.claimed) {
    const same = claim.current.sequencer === change.sequencer && claim.current.state === "PROCESSED";
    return { outcome: same ? "duplicate" : "stale", id };
  }

  // Stories an earlier version of this object had (a feed): whatever this version turns out to be,
  // the ones it no longer has are removed before its status is written, which forgets them.
  const previousStories = claim.status.storyIds ?? [];
  const fail = async (code: string, message: string): Promise<ChangeOutcome> => {
    await removeStories(deps.store, ref, previousStories);
    return failWith(deps.store, id, change.sequencer, code, message);
  };

  const started = performance.now();
  const limit = deps.maxObjectBytes ?? PIPELINE_LIMITS.maxObjectBytes;
  if (change.size !== undefined && change.size > limit) {
    return fail("TOO_LARGE", `The object is ${change.size} bytes; the limit is ${limit}. Split it or trim it, then upload again.`);
  }
  let object;
  try {
    object = await deps.objects.read(ref, limit);
  } catch (e) {
    if (e instanceof ObjectTooLargeError) {
      return fail("TOO_LARGE", `The object is ${e.size} bytes; the limit is ${limit}. Split it or trim it, then upload again.`);
    }
    if (e instanceof ObjectGoneError) {
      return fail("GONE", "The object was deleted or replaced before it could be read; nothing to do unless it is uploaded again.");
    }
    throw e;
  }

  let file: FileSummary;
  try {
    file = summarizeFile(
      {
        id,
        name: change.key,
        body: object.body,
        source: { bucket: change.bucket, key: change.key, size: object.size, ...(object.versionId ? { versionId: object.versionId } : {}) },
        ...(object.lastModified ? { received: object.lastModified.toISOString() } : {}),
      },
      { storyId: (story) => storyIdFor(change.bucket, change.key, story.guid) },
    );
  } catch (e) {
    if (isExtractionError(e)) return fail(e.code, e.message);
    // A bug in extraction is not the article's fault, but retrying won't help either.
    return fail("INTERNAL", `Extraction failed unexpectedly (${(e as Error).name}); report this file to the maintainers.`);
  }
  if (file.multi) {
    const result = await saveStories(deps.store, ref, file, previousStories);
    if (result === "superseded") return { outcome: "stale", id };
    if (result.processed === 0) return { outcome: "failed", id, code: result.code };
    return { outcome: "processed", id, bytes: object.size, ms: performance.now() - started, stories: { processed: result.processed, failed: result.failed } };
  }
  const only = file.stories[0];
  if (only.error) return fail(only.error.code, only.error.message);
  await removeStories(deps.store, ref, previousStories);
  const summary = only.summary;
  let saved;
  try {
    saved = await deps.store.saveSummary(summary, { sequencer: change.sequencer, firstClaim: claim.status.attempts === 1 });
  } catch (e) {
    // The table refusing an item (too large, malformed) will refuse it again on every retry.
    if ((e as Error).name !== "ValidationException") throw e;
    return fail("STORE_REJECTED", `The summary could not be stored (${(e as Error).message}); report this file to the maintainers.`);
  }
  if (saved === "superseded") return { outcome: "stale", id };
  return { outcome: "processed", id, bytes: object.size, ms: performance.now() - started };
}

async function failWith(store: SummaryStore, id: string, sequencer: string, code: string, message: string): Promise<ChangeOutcome> {
  await store.markFailed(id, sequencer, { code, message });
  return { outcome: "failed", id, code };
}
