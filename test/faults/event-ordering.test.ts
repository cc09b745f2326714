import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalStack, type LocalStack } from "../../local/local-stack";
import { articleIdFor, itemKeys } from "../../shared/store/keys";
import { generatedArticle } from "../support/article-text";
import {
  allItems,
  consistencyProblems,
  deleteObject,
  drainQueue,
  partitionItems,
  putObject,
  queueDepth,
  recordOf,
  sendToQueue,
  statusOf,
  summaryOf,
  waitForQueueDrained,
  waitForStatus,
  waitUntil,
} from "../support/pipeline-helpers";

/**
 * S3 delivers events at least once and in no guaranteed order. Real S3
 * operations produce the events; the test holds them back (poller stopped),
 * then delivers them twice or in reverse, and checks that the key converges
 * to the state of its newest S3 version.
 */
let stack: LocalStack;
beforeAll(async () => {
  stack = await startLocalStack({ visibilityTimeoutSeconds: 2, logLevel: "ERROR" });
});
afterAll(async () => {
  await stack?.stop();
});

/** Runs S3 operations with the pipeline paused and returns their event notifications, oldest first. */
async function captureEvents(expected: number, operations: () => Promise<void>): Promise<string[]> {
  await stack.poller.stop();
  await operations();
  await waitUntil("the events to be queued", async () => ((await queueDepth(stack, stack.queueUrl)).visible >= expected ? true : undefined), 10_000);
  const bodies = await drainQueue(stack);
  expect(bodies).toHaveLength(expected);
  // Forwarded in operation order with increasing sequencers: the first is the oldest.
  const sequencers = bodies.map((b) => recordOf(b).sequencer);
  expect([...sequencers].sort()).toEqual(sequencers);
  return bodies;
}

/** Delivers one event and waits until the pipeline has consumed it. */
async function deliverAndSettle(body: string): Promise<void> {
  stack.poller.start();
  await sendToQueue(stack, body);
  await waitForQueueDrained(stack, 30_000);
}

async function expectConsistent() {
  expect(consistencyProblems(await allItems(stack))).toEqual([]);
}

describe("duplicate and out-of-order S3 events converge to the newest version", () => {
  it("the same event delivered twice at once, then again later: one summary, and the late copy changes nothing", async () => {
    const key = "order/duplicate.txt";
    const article = generatedArticle(1, "fr");
    const [created] = await captureEvents(1, () => putObject(stack, key, article.text));
    stack.poller.start();
    await Promise.all([sendToQueue(stack, created), sendToQueue(stack, created)]);
    await waitForQueueDrained(stack);
    const first = await waitForStatus(stack.queryUrl, key);
    expect(first.state).toBe("PROCESSED");
    expect((await summaryOf(stack, key))?.headline).toBe(article.headline);
    const items = await partitionItems(stack, first.id);
    expect(items.filter((i) => i.sk === itemKeys.summary)).toHaveLength(1);

    await deliverAndSettle(created);
    const after = await statusOf(stack, key);
    expect(after).toEqual(first);
    expect(await partitionItems(stack, first.id)).toEqual(items);
    await expectConsistent();
  });

  it("create then delete, delivered in reverse order: the key stays deleted", async () => {
    const key = "order/create-delete.txt";
    const [created, removed] = await captureEvents(2, async () => {
      await putObject(stack, key, generatedArticle(2, "en").text);
      await deleteObject(stack, key);
    });
    await deliverAndSettle(removed);
    const deleted = await waitForStatus(stack.queryUrl, key, { want: ["DELETED"] });
    await deliverAndSettle(created);
    expect(await statusOf(stack, key)).toEqual(deleted);
    expect((await partitionItems(stack, deleted.id)).map((i) => i.sk)).toEqual([itemKeys.status]);
    await expectConsistent();
  });

  it("two versions of one key, delivered in reverse order: the newer version wins", async () => {
    const key = "order/two-versions.txt";
    const v1 = generatedArticle(3, "en");
    const v2 = generatedArticle(4, "fr");
    const [older, newer] = await captureEvents(2, async () => {
      await putObject(stack, key, v1.text);
      await putObject(stack, key, v2.text);
    });
    await deliverAndSettle(newer);
    const processed = await waitForStatus(stack.queryUrl, key);
    expect(processed.state).toBe("PROCESSED");
    await deliverAndSettle(older);
    expect(await statusOf(stack, key)).toEqual(processed);
    expect((await summaryOf(stack, key))?.headline).toBe(v2.headline);
    await expectConsistent();
  });

  it("create, delete, re-create: every order of delivery, one at a time or all at once, ends with the re-created version", async () => {
    const orders = [
      [2, 1, 0],
      [1, 2, 0],
      [0, 2, 1],
      [2, 0, 1],
    ];
    for (const [n, order] of orders.entries()) {
      const key = `order/recreated-${n}.txt`;
      const v1 = generatedArticle(10 + n, "en");
      const v3 = generatedArticle(20 + n, "fr");
      const events = await captureEvents(3, async () => {
        await putObject(stack, key, v1.text);
        await deleteObject(stack, key);
        await putObject(stack, key, v3.text);
      });
      for (const i of order) await deliverAndSettle(events[i]);
      const status = await waitForStatus(stack.queryUrl, key);
      expect(status.state, `order ${order}`).toBe("PROCESSED");
      expect((await summaryOf(stack, key))?.headline, `order ${order}`).toBe(v3.headline);
    }

    // All three in one batch, newest first: processed concurrently, still one outcome.
    const key = "order/recreated-batch.txt";
    const v3 = generatedArticle(30, "en");
    const events = await captureEvents(3, async () => {
      await putObject(stack, key, generatedArticle(31, "fr").text);
      await deleteObject(stack, key);
      await putObject(stack, key, v3.text);
    });
    await Promise.all([...events].reverse().map((e) => sendToQueue(stack, e)));
    stack.poller.start();
    await waitForQueueDrained(stack);
    expect((await waitForStatus(stack.queryUrl, key)).state).toBe("PROCESSED");
    expect((await summaryOf(stack, key))?.headline).toBe(v3.headline);
    const items = await partitionItems(stack, articleIdFor(stack.bucket, key));
    expect(items.filter((i) => i.sk === itemKeys.summary)).toHaveLength(1);
    await expectConsistent();
  }, 120_000);
});
