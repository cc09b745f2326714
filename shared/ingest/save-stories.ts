import type { StoryTally } from "../store/article-status";
import { storyIdFor } from "../store/keys";
import type { ClaimRef, SummaryStore } from "../store/summary-store";
import type { FileSummary, StorySummary } from "../summarize";

/** Story writes in flight at once: a 500-item feed finishes well inside the ingest timeout. */
const STORY_CONCURRENCY = 4;
/** Failures listed in the object's status; the tally counts them all. */
const LISTED_FAILURES = 20;

/**
 * Stores each story of a multi-story object as its own article (id from the
 * key and the story's guid, so a re-dropped feed rewrites the same
 * articles), each under the object's sequencer like any article. Then
 * removes the stories an earlier version had and this one has not, and ends
 * the object's own status with the tally. "superseded" when a newer event
 * took the key meanwhile: that event owns everything from there.
 */
export async function saveStories(
  store: SummaryStore,
  object: ClaimRef,
  file: FileSummary,
  previousStoryIds: string[],
): Promise<"superseded" | { processed: number; failed: number; code: string }> {
  const ids = file.stories.map((s) => s.summary?.id ?? storyIdFor(object.bucket, object.key, s.story.guid));
  // Stories past the cap are never written: they are no article to list or remove later.
  const written = ids.filter((_, i) => file.stories[i].error?.code !== "TOO_MANY_STORIES");
  // Noted first, with the earlier version's: should this attempt die half-way, the last one can still
  // end every story it touched (endStories), and a later version still removes them.
  if (!(await store.noteStories(object.id, object.sequencer, [...new Set([...previousStoryIds, ...written])]))) return "superseded";
  const tally: StoryTally = { total: file.stories.length, processed: 0, failed: 0, failures: [] };
  let superseded = false;
  await inParallel(file.stories.map((s, i) => [s, ids[i]] as const), STORY_CONCURRENCY, async ([s, id]) => {
    if (superseded) return;
    const outcome = await saveStory(store, { ...object, id }, s);
    if (outcome === "superseded") superseded = true;
    else if (outcome === "processed") tally.processed++;
    else {
      tally.failed++;
      tally.failures!.push({ index: s.story.index, guid: s.story.guid, ...outcome });
    }
  });
  if (superseded) return "superseded";
  tally.failures = tally.failures!.sort((a, b) => a.index - b.index).slice(0, LISTED_FAILURES);
  if (tally.failures.length === 0) delete tally.failures;

  const current = new Set(written);
  await removeStories(store, object, previousStoryIds.filter((id) => !current.has(id)));

  const code = tally.processed > 0 ? "" : tally.total === 1 && tally.failures ? tally.failures[0].code : "ALL_STORIES_FAILED";
  const reason = tally.processed > 0 ? undefined : { code, message: failedMessage(tally) };
  const ended = await store.markStories(object.id, object.sequencer, {
    state: tally.processed > 0 ? "PROCESSED" : "FAILED",
    stories: tally,
    storyIds: written,
    ...(reason ? { reason } : {}),
  });
  if (!ended) return "superseded";
  return { processed: tally.processed, failed: tally.failed, code };
}

async function saveStory(store: SummaryStore, ref: ClaimRef, s: StorySummary): Promise<"processed" | "superseded" | { code: string; message: string }> {
  // Past the story cap nothing is written: the object's tally says how many were left out.
  if (s.error?.code === "TOO_MANY_STORIES") return { code: s.error.code, message: s.error.message };
  const claim = await store.claim(ref);
  if (!claim.claimed) {
    // This very version already stored (a redelivered message): done. Otherwise a newer one owns it.
    if (claim.current.sequencer === ref.sequencer && claim.current.state === "PROCESSED") return "processed";
    return claim.current.sequencer > ref.sequencer ? "superseded" : { code: claim.current.reason?.code ?? "FAILED", message: claim.current.reason?.message ?? "" };
  }
  if (s.error) {
    await store.markFailed(ref.id, ref.sequencer, { code: s.error.code, message: s.error.message });
    return { code: s.error.code, message: s.error.message };
  }
  try {
    const saved = await store.saveSummary(s.summary, { sequencer: ref.sequencer, firstClaim: claim.status.attempts === 1 });
    return saved === "saved" ? "processed" : "superseded";
  } catch (e) {
    if ((e as Error).name !== "ValidationException") throw e;
    const reason = { code: "STORE_REJECTED", message: `The summary could not be stored (${(e as Error).message}); report this file to the maintainers.` };
    await store.markFailed(ref.id, ref.sequencer, reason);
    return reason;
  }
}

/**
 * The last attempt at an object gave up (storage kept failing): every story of this version still
 * RECEIVED ends FAILED with the object's reason, and the object ends FAILED with the tally of its
 * stories, keeping their ids so that a redrive, a new version or a deletion still finds them.
 * Stories of an earlier version (another sequencer) are left as they are. Best effort: the store may
 * still be failing.
 */
export async function endStories(store: SummaryStore, id: string, sequencer: string, reason: { code: string; message: string }): Promise<void> {
  const status = await store.getStatus(id);
  const storyIds = status?.sequencer === sequencer ? (status.storyIds ?? []) : [];
  // The tally counts; it lists no failure, the stories' guids being unknown here (their ids are in storyIds).
  const tally: StoryTally = { total: 0, processed: 0, failed: 0 };
  await inParallel(storyIds, STORY_CONCURRENCY, async (storyId) => {
    const story = await store.getStatus(storyId);
    if (!story || story.sequencer !== sequencer) return;
    tally.total++;
    if (story.state === "PROCESSED") tally.processed++;
    else {
      tally.failed++;
      if (story.state === "RECEIVED") await store.markFailed(storyId, sequencer, reason);
    }
  });
  if (storyIds.length === 0) return store.markFailed(id, sequencer, reason);
  await store.markStories(id, sequencer, { state: "FAILED", stories: tally, storyIds, reason });
}

/** Removes stories (their summaries and index items) under the object's event, unless newer events own them. */
export async function removeStories(store: SummaryStore, object: ClaimRef, storyIds: string[]): Promise<void> {
  await inParallel(storyIds, STORY_CONCURRENCY, (id) => store.remove({ ...object, id, replay: true }));
}

function failedMessage(tally: StoryTally): string {
  const first = tally.failures?.[0];
  const example = first ? ` Story ${first.index + 1} (${first.guid.slice(0, 200)}): ${first.message}` : "";
  return `None of the ${tally.total} ${tally.total === 1 ? "story" : "stories"} in this file could be read.${example}`;
}

/**
 * Runs `work` over the items, a few at a time. On the first error no new item starts, and the error is
 * thrown once the items in flight have settled: an attempt that fails has finished writing, so the next
 * one (or endStories) never races its late writes.
 */
async function inParallel<T>(items: T[], concurrency: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | null = null;
  const workers = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length && failure === null) {
      try {
        await work(items[next++]);
      } catch (error) {
        failure ??= { error };
      }
    }
  });
  await Promise.all(workers);
  if (failure) throw (failure as { error: unknown }).error;
}
