import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalStack, type LocalStack } from "../../local/local-stack";
import { makeDynamoDbClient } from "../../shared/aws/clients";
import { parseS3Notification, REPLAY_EVENT } from "../../shared/ingest/s3-notification";
import { DynamoDbSummaryStore } from "../../shared/store/dynamodb-summary-store";
import { indexItemsFor } from "../../shared/store/index-items";
import { articleIdFor, foldName, itemKeys } from "../../shared/store/keys";
import { summarize } from "../../shared/summarize";
import type { ArticleSummary } from "../../shared/summary";
import { FaultInjector, isWrite } from "../support/fault-injector";
import {
  allItems,
  consistencyProblems,
  deleteObject,
  drainQueue,
  partitionItems,
  putObject,
  queueDepth,
  s3Notification,
  sendToQueue,
  statusOf,
  summaryOf,
  waitForQueueDrained,
  waitForStatus,
  waitUntil,
} from "../support/pipeline-helpers";

/**
 * A Lambda killed mid-batch: a second store, on its own client, performs
 * the same writes the ingest would and "dies" after N of them (nothing after
 * that point reaches DynamoDB, nothing is retried). The message is then
 * redelivered to the running pipeline, which must finish the job with one
 * summary and no orphaned index items.
 */
let stack: LocalStack;
let crashing: DynamoDbSummaryStore;
const killer = new FaultInjector();
let writesBeforeDeath = Infinity;
let writes = 0;

beforeAll(async () => {
  stack = await startLocalStack({ visibilityTimeoutSeconds: 2, logLevel: "ERROR" });
  const client = makeDynamoDbClient(stack.env);
  killer.add({ name: "killed", kind: "crash", when: (r) => isWrite(r.command) && ++writes > writesBeforeDeath });
  killer.attach(client, "dynamodb");
  crashing = new DynamoDbSummaryStore({ tableName: stack.table, client });
});
afterAll(async () => {
  await stack?.stop();
});

/** Runs `work` against the crashing store, killing it after `n` writes; returns whether it died. */
async function dieAfter(n: number, work: () => Promise<unknown>): Promise<boolean> {
  writes = 0;
  writesBeforeDeath = n;
  try {
    await work();
    return false;
  } catch (e) {
    if ((e as Error).name !== "ProcessKilled") throw e;
    return true;
  } finally {
    writesBeforeDeath = Infinity;
  }
}

/** Puts an object with the pipeline paused and returns its event, not yet delivered. */
async function putHeld(key: string, text: string): Promise<string> {
  await stack.poller.stop();
  await putObject(stack, key, text);
  await waitUntil("the event to be queued", async () => ((await queueDepth(stack, stack.queueUrl)).visible >= 1 ? true : undefined), 10_000);
  const [body] = await drainQueue(stack);
  return body;
}

async function redeliver(body: string): Promise<void> {
  stack.poller.start();
  await sendToQueue(stack, body);
  await waitForQueueDrained(stack);
}

/** What the ingest computes for this event, so the crashing store writes the very same items. */
function summaryFor(body: string, text: string): { change: ReturnType<typeof parseS3Notification>[number]; summary: ArticleSummary } {
  const [change] = parseS3Notification(body);
  const id = articleIdFor(change.bucket, change.key);
  return { change, summary: summarize({ id, name: change.key, body: text, source: { bucket: change.bucket, key: change.key, size: Buffer.byteLength(text) } }) };
}

const refOf = (change: ReturnType<typeof parseS3Notification>[number]) => ({ id: articleIdFor(change.bucket, change.key), bucket: change.bucket, key: change.key, sequencer: change.sequencer });

const entityText = (who: string, where: string, org: string) =>
  `${who} visite ${where} pour soutenir ${org}\n\n${who}, ministre de la Culture, s'est rendue mardi à ${where}, où elle a rencontré les responsables de ${org}.\n\n« Ce projet est essentiel pour la région », a déclaré ${who} devant les journalistes à ${where}.\n\nLes représentants de ${org} ont salué cette visite, la première depuis deux ans.\n`;
const V1 = entityText("Claire Dubois", "Lyon", "l'Opéra de Lyon");
const V2 = entityText("Hélène Rousseau", "Bordeaux", "la Fondation Garonne");

async function expectOneSummaryNoOrphans(id: string, summary?: ArticleSummary) {
  expect(consistencyProblems(await allItems(stack))).toEqual([]);
  const items = await partitionItems(stack, id);
  expect(items.filter((i) => i.sk === itemKeys.summary)).toHaveLength(1);
  if (summary) {
    const expected = indexItemsFor(summary).map((i) => i.sk).sort();
    expect(items.filter((i) => i.sk.startsWith("ENT#") || i.sk.startsWith("QUOTE#")).map((i) => i.sk).sort()).toEqual(expected);
  }
}

describe("a crash mid-batch loses nothing and leaves no orphans on redelivery", () => {
  it("first version: killed after the summary and some index items, before the status update", async () => {
    const key = "crash/first.txt";
    const event = await putHeld(key, V1);
    const { change, summary } = summaryFor(event, V1);
    expect(indexItemsFor(summary).length, "the article must have index items for this test to mean anything").toBeGreaterThan(1);
    const died = await dieAfter(3, async () => {
      expect((await crashing.claim(refOf(change))).claimed).toBe(true);
      await crashing.saveSummary(summary, { sequencer: change.sequencer });
    });
    expect(died).toBe(true);
    expect((await statusOf(stack, key))?.state).toBe("RECEIVED");
    expect((await partitionItems(stack, summary.id)).some((i) => i.sk === itemKeys.summary)).toBe(true);

    await redeliver(event);
    expect((await waitForStatus(stack.queryUrl, key)).state).toBe("PROCESSED");
    await expectOneSummaryNoOrphans(summary.id, summary);
  });

  it("new version over an old one: killed halfway through the new index items", async () => {
    const key = "crash/update.txt";
    await redeliver(await putHeld(key, V1));
    const old = await waitForStatus(stack.queryUrl, key);
    expect(old.state).toBe("PROCESSED");
    const oldIndex = (await partitionItems(stack, old.id)).filter((i) => i.sk.startsWith("ENT#")).map((i) => i.sk);
    expect(oldIndex.length).toBeGreaterThan(0);

    const event = await putHeld(key, V2);
    const { change, summary } = summaryFor(event, V2);
    const died = await dieAfter(3, async () => {
      await crashing.claim(refOf(change));
      await crashing.saveSummary(summary, { sequencer: change.sequencer });
    });
    expect(died).toBe(true);

    await redeliver(event);
    expect((await waitForStatus(stack.queryUrl, key)).state).toBe("PROCESSED");
    expect((await summaryOf(stack, key))?.headline).toBe(summary.headline);
    await expectOneSummaryNoOrphans(summary.id, summary);
    const left = (await partitionItems(stack, summary.id)).map((i) => i.sk);
    for (const sk of oldIndex.filter((sk) => !indexItemsFor(summary).some((i) => i.sk === sk))) expect(left).not.toContain(sk);
  });

  it("killed mid-write, then the object is deleted: the delete wins and the late redelivery writes nothing", async () => {
    const key = "crash/then-deleted.txt";
    const event = await putHeld(key, V1);
    const { change, summary } = summaryFor(event, V1);
    const died = await dieAfter(4, async () => {
      await crashing.claim(refOf(change));
      await crashing.saveSummary(summary, { sequencer: change.sequencer });
    });
    expect(died).toBe(true);
    stack.poller.start();
    await deleteObject(stack, key);
    await waitForStatus(stack.queryUrl, key, { want: ["DELETED"] });
    await waitForQueueDrained(stack);
    await redeliver(event);
    expect((await statusOf(stack, key))?.state).toBe("DELETED");
    expect((await partitionItems(stack, summary.id)).map((i) => i.sk)).toEqual([itemKeys.status]);
  });

  it("killed in the middle of a removal: redelivering the delete finishes it", async () => {
    const key = "crash/removal.txt";
    await redeliver(await putHeld(key, V2));
    const processed = await waitForStatus(stack.queryUrl, key);
    expect((await partitionItems(stack, processed.id)).length).toBeGreaterThan(3);

    await stack.poller.stop();
    await deleteObject(stack, key);
    await waitUntil("the delete event", async () => ((await queueDepth(stack, stack.queueUrl)).visible >= 1 ? true : undefined), 10_000);
    const [removed] = await drainQueue(stack);
    const [change] = parseS3Notification(removed);
    // Claim (1 write) and the summary delete (1), then dies before the index items go.
    expect(await dieAfter(2, () => crashing.remove(refOf(change)))).toBe(true);

    await redeliver(removed);
    expect((await waitForStatus(stack.queryUrl, key, { want: ["DELETED"] })).state).toBe("DELETED");
    expect((await partitionItems(stack, processed.id)).map((i) => i.sk)).toEqual([itemKeys.status]);
  });

  it("reprocessing the same version with a changed extractor (reindex replay) leaves none of the old index items", async () => {
    const key = "crash/replay.txt";
    const event = await putHeld(key, V1);
    const { change, summary } = summaryFor(event, V1);
    // What an older extractor produced for this very version: one entity the current one does not find.
    const stale = { ...summary, pipelineVersion: "0.0.1", entities: [...summary.entities, { name: "Zorglub Industries", type: "ORGANIZATION" as const, salience: 0.9, mentions: [] }] };
    await crashing.claim(refOf(change));
    expect(await crashing.saveSummary(stale, { sequencer: change.sequencer })).toBe("saved");
    const zorglub = itemKeys.entity(foldName("Zorglub Industries"));
    expect((await partitionItems(stack, summary.id)).map((i) => i.sk)).toContain(zorglub);

    // As `news-summary reindex` enqueues it: the stored order key, replay event name.
    const status = await statusOf(stack, key);
    const replay = s3Notification({ kind: "created", bucket: stack.bucket, key, sequencer: status!.sequencer, eventName: REPLAY_EVENT });
    await redeliver(replay);
    await waitUntil("the replay to be applied", async () => ((await summaryOf(stack, key))?.pipelineVersion === summary.pipelineVersion ? true : undefined), 20_000);
    expect((await partitionItems(stack, summary.id)).map((i) => i.sk)).not.toContain(zorglub);
    await expectOneSummaryNoOrphans(summary.id, summary);
  });
});
