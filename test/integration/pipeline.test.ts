import { DeleteObjectCommand, ListObjectsV2Command, PutObjectCommand } from "@aws-sdk/client-s3";
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalStack } from "../../local/local-stack";
import { backend, backendMissing, startStackUnderTest } from "./stack-under-test";
import { waitForStatus } from "../../local/wait-for-status";
import { articleIdFor, itemKeys } from "../../shared/store/keys";

/**
 * S3 put -> event -> SQS -> ingest -> DynamoDB -> query API, on the local
 * emulators through the real SDK clients.
 */
const samplesDir = resolve(import.meta.dirname, "../../samples");

let stack: LocalStack;
beforeAll(async () => {
  if (backendMissing) return;
  stack = await startStackUnderTest({ visibilityTimeoutSeconds: 2 });
});
afterAll(async () => {
  await stack?.stop();
});

async function put(key: string, body: string | Uint8Array) {
  await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: body }));
}

async function get(path: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${stack.queryUrl}${path}`);
  return { status: response.status, body: await response.json() };
}

async function itemsOf(id: string) {
  const doc = DynamoDBDocumentClient.from(stack.dynamodb);
  const out = await doc.send(
    new QueryCommand({ TableName: stack.table, KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": itemKeys.partition(id) } }),
  );
  return out.Items ?? [];
}

function article(n: number): string {
  return `Headline number ${n} about the harbour\n\nThe harbour authority of Port ${n} said on Monday that traffic rose by ${n} percent.\n\n"We are pleased," said director Jane Doe${n}.\n`;
}

describe.skipIf(backendMissing)(`pipeline on ${backend}${backendMissing ? ` (skipped: ${backendMissing})` : ""}`, () => {
  it("summarises every sample article and serves it through the query API", async () => {
    const files = readdirSync(samplesDir);
    expect(files.length).toBeGreaterThanOrEqual(5);
    await Promise.all(files.map((f) => put(f, readFileSync(join(samplesDir, f)))));
    for (const file of files) {
      const status = await waitForStatus(stack.queryUrl, file);
      expect(status.state, `${file}: ${JSON.stringify(status.reason)}`).toBe("PROCESSED");
      // A feed or newsMessage is one article per story; its own status lists them.
      const ids = status.storyIds ?? [status.id];
      if (status.storyIds) expect(status.stories).toMatchObject({ total: ids.length, processed: ids.length, failed: 0 });
      for (const id of ids) {
        const { status: code, body } = await get(`/articles/${id}`);
        expect(code).toBe(200);
        expect(body.id).toBe(id);
        expect(body.source).toMatchObject({ bucket: stack.bucket, key: file });
        expect(body.stats.words).toBeGreaterThan(status.storyIds ? 30 : 50);
        expect(typeof body.pipelineVersion).toBe("string");
      }
    }
  });

  it("dates a dispatch whose dateline gives no year by when the object was written (its LastModified)", async () => {
    await put("wire/yearless.txt", "Port strike\n\nROTTERDAM, Nov 14 (Reuters) - Dock workers walked off the job on Friday after talks broke down overnight.\n");
    const status = await waitForStatus(stack.queryUrl, "wire/yearless.txt");
    expect(status.state).toBe("PROCESSED");
    const { body } = await get(`/articles/${status.id}`);
    const written = new Date();
    // The latest Nov 14 on or before the day it was written.
    const year = written.getUTCMonth() > 10 || (written.getUTCMonth() === 10 && written.getUTCDate() >= 14) ? written.getUTCFullYear() : written.getUTCFullYear() - 1;
    expect(body.published).toEqual({ date: `${year}-11-14`, precision: "day", source: "dateline+received" });
  });

  it("ingests 200 articles dropped at once: none lost, none twice; dropping them again changes nothing", async () => {
    const keys = Array.from({ length: 200 }, (_, i) => `burst/article-${i}.txt`);
    await Promise.all(keys.map((k, i) => put(k, article(i))));
    const first = await Promise.all(keys.map((k) => waitForStatus(stack.queryUrl, k, { timeoutMs: 120_000 })));
    expect(first.every((s) => s.state === "PROCESSED")).toBe(true);
    expect(new Set(first.map((s) => s.id)).size).toBe(200);

    const summaries = await Promise.all(first.map((s) => get(`/articles/${s.id}`)));
    expect(summaries.every((r) => r.status === 200)).toBe(true);
    const before = await Promise.all(first.map(async (s) => (await itemsOf(s.id)).map((i) => i.sk).sort()));

    // The same files again: new S3 versions, same content -> same ids, same items, nothing extra.
    await Promise.all(keys.map((k, i) => put(k, article(i))));
    const second = await Promise.all(
      keys.map((k, i) => waitForAnotherVersion(k, first[i].sequencer)),
    );
    expect(second.map((s) => s.id)).toEqual(first.map((s) => s.id));
    const after = await Promise.all(second.map(async (s) => (await itemsOf(s.id)).map((i) => i.sk).sort()));
    expect(after).toEqual(before);
    expect(after.every((sks) => sks.filter((sk) => sk === "SUMMARY").length === 1)).toBe(true);
  }, 240_000);

  it("deleting a file removes its summary and index entries", async () => {
    const key = "to-delete.txt";
    await put(key, article(9999));
    const status = await waitForStatus(stack.queryUrl, key);
    expect(status.state).toBe("PROCESSED");
    await stack.s3.send(new DeleteObjectCommand({ Bucket: stack.bucket, Key: key }));
    const deleted = await waitForStatus(stack.queryUrl, key, { want: ["DELETED"] });
    expect(deleted.id).toBe(status.id);
    expect((await get(`/articles/${status.id}`)).status).toBe(404);
    const left = (await itemsOf(status.id)).map((i) => i.sk);
    expect(left).toEqual(["STATUS"]);
  });

  it("an empty or binary object ends FAILED with its reason (naming a known type), and never holds up the rest of its batch", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...new Array(200).fill(0)]);
    await Promise.all([put("bad/empty.txt", ""), put("bad/picture.txt", png), put("bad/good-neighbour.txt", article(4242))]);
    const empty = await waitForStatus(stack.queryUrl, "bad/empty.txt");
    const binary = await waitForStatus(stack.queryUrl, "bad/picture.txt");
    const good = await waitForStatus(stack.queryUrl, "bad/good-neighbour.txt");
    expect(empty).toMatchObject({ state: "FAILED", reason: { code: "EMPTY" } });
    expect(empty.reason!.message.length).toBeGreaterThan(10);
    expect(binary).toMatchObject({ state: "FAILED", reason: { code: "UNSUPPORTED_FORMAT", message: expect.stringContaining("a PNG image") } });
    expect(good.state).toBe("PROCESSED");
  });

  it("keeps every DynamoDB item under 400 KB for a multi-megabyte article, overflowing the summary to S3", async () => {
    let seed = 7;
    const word = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return "abcdefghijklmnopqrstuvwxyz".slice(seed % 20, (seed % 20) + 3 + (seed % 5));
    };
    const paragraphs = Array.from({ length: 6000 }, () => Array.from({ length: 80 }, word).join(" ") + ".");
    const key = "big/long-report.txt";
    await put(key, `A very long report\n\n${paragraphs.join("\n\n")}\n`);
    const status = await waitForStatus(stack.queryUrl, key, { timeoutMs: 120_000 });
    expect(status.state, JSON.stringify(status.reason)).toBe("PROCESSED");
    const items = await itemsOf(status.id);
    for (const item of items) expect(JSON.stringify(item).length).toBeLessThan(400 * 1024);
    const summaryItem = items.find((i) => i.sk === "SUMMARY")!;
    expect(summaryItem.bodyRef).toMatch(/^summaries\//);
    const stored = await stack.s3.send(new ListObjectsV2Command({ Bucket: stack.overflowBucket, Prefix: `summaries/${status.id}/` }));
    expect(stored.KeyCount).toBe(1);
    const { status: code, body } = await get(`/articles/${status.id}`);
    expect(code).toBe(200);
    expect(body.stats.paragraphs).toBeGreaterThan(5000);

    // Replacing it with a short version removes the overflow object.
    await put(key, article(31337));
    await waitForAnotherVersion(key, status.sequencer);
    const left = await stack.s3.send(new ListObjectsV2Command({ Bucket: stack.overflowBucket, Prefix: `summaries/${status.id}/` }));
    expect(left.KeyCount ?? 0).toBe(0);
  }, 180_000);

  it("gives every object a status, whatever its name: a photo is refused by what it is, text with no or an upper-case suffix is read", async () => {
    await put("photo.jpg", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]));
    await put("no-suffix", article(77));
    await put("SHOUT.TXT", article(78));
    expect(await waitForStatus(stack.queryUrl, "photo.jpg")).toMatchObject({ state: "FAILED", reason: { code: "UNSUPPORTED_FORMAT", message: expect.stringContaining("a JPEG image") } });
    expect((await waitForStatus(stack.queryUrl, "no-suffix")).state).toBe("PROCESSED");
    expect((await waitForStatus(stack.queryUrl, "SHOUT.TXT")).state).toBe("PROCESSED");
    // The overflow bucket is not the articles bucket: what the pipeline writes never triggers ingest.
    expect(stack.overflowBucket).not.toBe(stack.bucket);
  });

  it("decodes keys with spaces, plus signs, percent signs and unicode", async () => {
    const keys = ["with space.txt", "a+b.txt", "100% sure.txt", "dépêche été.txt"];
    await Promise.all(keys.map((k, i) => put(k, article(500 + i))));
    for (const key of keys) {
      const status = await waitForStatus(stack.queryUrl, key);
      expect(status).toMatchObject({ state: "PROCESSED", key, id: articleIdFor(stack.bucket, key) });
    }
  });
});

describe.skipIf(backendMissing)("query API validation", () => {
  it("answers 400 with a clear message for bad parameters", async () => {
    const cases = ["/articles?month=2023-13", "/articles?month=2023-11&limit=0", "/articles?month=2023-11&limit=abc", "/articles/not-an-id", "/status", "/quotes"];
    for (const path of cases) {
      const r = await get(path);
      expect(r.status, path).toBe(400);
      expect(r.body.error, path).toMatch(/\w+: /);
    }
  });

  it("caps limit and rejects cursors from another listing", async () => {
    expect((await get("/articles?month=2023-11&limit=101")).status).toBe(400);
    const forged = Buffer.from(JSON.stringify(["ART#abc", "SUMMARY", "MONTH#1999-01", "x"])).toString("base64url");
    const r = await get(`/articles?month=2023-11&cursor=${forged}`);
    expect(r.status).toBe(400);
    expect(r.body.error).toMatch(/cursor/);
  });

  it("answers 404 for an unknown id or route", async () => {
    expect((await get(`/articles/${"0".repeat(24)}`)).status).toBe(404);
    expect((await get("/nothing-here")).status).toBe(404);
  });

  it("pages through a month newest first with opaque cursors", async () => {
    const keys = Array.from({ length: 5 }, (_, i) => `paged/${i}.txt`);
    await Promise.all(keys.map((k, i) => put(k, `date 2019-04-0${i + 1} Paged headline ${i}\n\nBody of paged article ${i}, written for the paging test.\n`)));
    await Promise.all(keys.map((k) => waitForStatus(stack.queryUrl, k)));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const r = await get(`/articles?month=2019-04&limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(r.status).toBe(200);
      seen.push(...r.body.items.map((i: { published: string }) => i.published));
      cursor = r.body.cursor;
    } while (cursor);
    expect(seen).toEqual(["2019-04-05", "2019-04-04", "2019-04-03", "2019-04-02", "2019-04-01"]);
  });
});

async function waitForAnotherVersion(key: string, previousSequencer: string) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const status = await waitForStatus(stack.queryUrl, key, { timeoutMs: 120_000 });
    if (status.sequencer > previousSequencer && status.state === "PROCESSED") return status;
    if (Date.now() > deadline) throw new Error(`${key} was not reprocessed`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
