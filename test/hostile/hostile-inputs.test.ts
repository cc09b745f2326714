import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalStack, type LocalStack } from "../../local/local-stack";
import type { ArticleStatus } from "../../shared/store/article-status";
import { articleIdFor, itemKeys } from "../../shared/store/keys";
import type { ArticleSummary } from "../../shared/summary";
import { generatedArticle } from "../support/article-text";
import { FaultInjector } from "../support/fault-injector";
import {
  deleteObject,
  partitionItems,
  putObject,
  s3Notification,
  sendToQueue,
  summaryOf,
  waitForAllFinal,
  waitForStatus,
  waitUntil,
} from "../support/pipeline-helpers";
import { HOSTILE_CASES } from "./catalogue";

/**
 * Every hostile input dropped at once into one local stack: each ends
 * PROCESSED or FAILED with the reason the contract promises, on its first
 * delivery (no crash, no timeout, no retry), and none holds up the others.
 */
const DELETED_BEFORE_READ = "hostile/changing/deleted-before-read.txt";
const OVERWRITTEN = "hostile/changing/overwritten-while-read.txt";
const NEVER_EXISTED = "hostile/changing/never-existed.txt";
const v1 = generatedArticle(101, "en");
const v2 = generatedArticle(102, "en");

let stack: LocalStack;
const observed = { deletedBeforeRead: false, overwrittenWhileRead: false };
const outcomes = new Map<string, { status: ArticleStatus; summary: ArticleSummary | null }>();

beforeAll(async () => {
  const s3Faults = new FaultInjector();
  // Long enough that a slow case (a 5 MB line takes seconds) is never redelivered while still running: attempts must stay 1.
  stack = await startLocalStack({ visibilityTimeoutSeconds: 60, logLevel: "ERROR", instrument: ({ s3 }) => s3Faults.attach(s3, "s3") });

  // The world changes under the pipeline, at the moment it reads these objects.
  s3Faults.onRequest = async (request) => {
    if (request.command === "GetObjectCommand" && request.input.Key === DELETED_BEFORE_READ && !observed.deletedBeforeRead) {
      observed.deletedBeforeRead = true;
      await deleteObject(stack, DELETED_BEFORE_READ);
    }
  };
  s3Faults.afterResponse = async (request) => {
    if (request.command === "GetObjectCommand" && request.input.Key === OVERWRITTEN && !observed.overwrittenWhileRead) {
      observed.overwrittenWhileRead = true;
      await putObject(stack, OVERWRITTEN, v2.text);
    }
  };

  const uploads = [...HOSTILE_CASES.map((c) => () => putObject(stack, c.key, c.body())), () => putObject(stack, DELETED_BEFORE_READ, v1.text), () => putObject(stack, OVERWRITTEN, v1.text)];
  await inBatches(uploads, 8);
  await sendToQueue(stack, s3Notification({ kind: "created", bucket: stack.bucket, key: NEVER_EXISTED, sequencer: "0100000000000000", size: 120 }));

  const statuses = await waitForAllFinal(stack, HOSTILE_CASES.map((c) => c.key), 150_000);
  for (const [key, status] of statuses) outcomes.set(key, { status, summary: status.state === "PROCESSED" ? await summaryOf(stack, key) : null });
}, 300_000);

afterAll(async () => {
  await stack?.stop();
});

describe("hostile inputs, all dropped at once into one local stack", () => {
  it(`the catalogue has at least 40 cases with distinct keys (${HOSTILE_CASES.length})`, () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(HOSTILE_CASES.map((c) => c.key)).size).toBe(HOSTILE_CASES.length);
  });

  for (const group of [...new Set(HOSTILE_CASES.map((c) => c.group))]) {
    describe(group, () => {
      for (const c of HOSTILE_CASES.filter((h) => h.group === group)) {
        const expected = c.expect.state === "FAILED" ? `FAILED ${c.expect.codes.join("|")}` : "PROCESSED";
        it(`${c.key.length > 80 ? `${c.key.slice(0, 40)}…(${c.key.length} chars)` : c.key} -> ${expected}`, () => {
          const outcome = outcomes.get(c.key);
          expect(outcome, "no final status").toBeDefined();
          const { status, summary } = outcome!;
          const detail = `${c.key}: ${status.state} ${JSON.stringify(status.reason ?? {})}`;
          expect(status.key).toBe(c.key);
          expect(status.id).toBe(articleIdFor(stack.bucket, c.key));
          // First delivery settled it: no crash, no timeout, no redelivery.
          expect(status.attempts, detail).toBe(1);
          if (c.expect.state === "FAILED") {
            expect(status.state, detail).toBe("FAILED");
            expect(c.expect.codes, detail).toContain(status.reason?.code);
            // A reason a person can act on: a sentence, not a stack trace.
            expect(status.reason!.message.length).toBeGreaterThan(15);
            expect(status.reason!.message).not.toMatch(/\n\s+at /);
            return;
          }
          if (status.state === "FAILED" && c.expect.orFailedWith?.includes(status.reason?.code ?? "")) return;
          expect(status.state, detail).toBe("PROCESSED");
          expect(summary, detail).not.toBeNull();
          expect(summary!.id).toBe(status.id);
          expect(summary!.source?.key).toBe(c.key);
          c.expect.check?.(summary!);
        });
      }
    });
  }

  describe("objects that change under us", () => {
    it("an object deleted before it is read ends DELETED, with nothing left but its status", async () => {
      const status = await waitForStatus(stack.queryUrl, DELETED_BEFORE_READ, { want: ["DELETED"], timeoutMs: 60_000 });
      expect(observed.deletedBeforeRead).toBe(true);
      expect((await partitionItems(stack, status.id)).map((i) => i.sk)).toEqual([itemKeys.status]);
    });

    it("a created event for an object that is already gone fails GONE", async () => {
      const status = await waitForStatus(stack.queryUrl, NEVER_EXISTED, { timeoutMs: 60_000 });
      expect(status).toMatchObject({ state: "FAILED", reason: { code: "GONE" } });
      expect((await partitionItems(stack, status.id)).map((i) => i.sk)).toEqual([itemKeys.status]);
    });

    it("an object overwritten while being processed converges to the new version", async () => {
      const summary = await waitUntil("the overwritten object's new version", async () => {
        const status = await waitForStatus(stack.queryUrl, OVERWRITTEN, { timeoutMs: 60_000 });
        const current = status.state === "PROCESSED" ? await summaryOf(stack, OVERWRITTEN) : null;
        return current?.headline === v2.headline ? current : undefined;
      });
      expect(observed.overwrittenWhileRead).toBe(true);
      expect(summary.source?.key).toBe(OVERWRITTEN);
      const items = await partitionItems(stack, summary.id);
      expect(items.filter((i) => i.sk === itemKeys.summary)).toHaveLength(1);
    });
  });

  it("refuses an over-limit object by its Content-Length when the event carries no size", async () => {
    const key = "hostile/over-size-limit.txt";
    const before = outcomes.get(key)!.status;
    // A newer event without `size` (as some emulators and replays send): only GetObject's Content-Length can tell.
    const sequencer = (BigInt(`0x${before.sequencer.slice(0, 16)}`) + 1n).toString(16).toUpperCase();
    await sendToQueue(stack, s3Notification({ kind: "created", bucket: stack.bucket, key, sequencer }));
    const status = await waitUntil("the size-less event to be applied", async () => {
      const s = await waitForStatus(stack.queryUrl, key);
      return s.sequencer !== before.sequencer && s.state !== "RECEIVED" ? s : undefined;
    });
    expect(status).toMatchObject({ state: "FAILED", reason: { code: "TOO_LARGE" } });
  });
});

async function inBatches(tasks: (() => Promise<unknown>)[], concurrency: number): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < tasks.length) await tasks[next++]();
  }));
}
