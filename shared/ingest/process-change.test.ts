import { DynamoDBDocumentClient, QueryCommand } from "@aws-sdk/lib-dynamodb";
import dynalite from "dynalite";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { s3Notification } from "../../test/support/pipeline-helpers";
import { fixture } from "../article/fixtures";
import { makeDynamoDbClient } from "../aws/clients";
import { DynamoDbSummaryStore } from "../store/dynamodb-summary-store";
import { articleIdFor, itemKeys, storyIdFor } from "../store/keys";
import { createTable } from "../../local/provision";
import { ObjectGoneError, type ObjectSource } from "./object-source";
import { processChange } from "./process-change";
import { parseS3Notification } from "./s3-notification";
import { saveStories } from "./save-stories";
import { ExtractionError } from "../errors";
import { summarizeFile } from "../summarize";

/**
 * The ingest path over a real DynamoDB emulator (dynalite, in memory): the
 * objects come from a map, as S3 would hand them over. Multi-story files
 * become one article per story, and every legal key gets a status.
 */
const BUCKET = "news-articles";
const TABLE = "summaries";

class MapObjects implements ObjectSource {
  readonly objects = new Map<string, Uint8Array>();
  async read(ref: { key: string }) {
    const body = this.objects.get(ref.key);
    if (!body) throw new ObjectGoneError(ref.key);
    return { body, size: body.byteLength };
  }
}

let server: Server;
let store: DynamoDbSummaryStore;
let doc: DynamoDBDocumentClient;
const objects = new MapObjects();
let seq = 0x1000;

beforeAll(async () => {
  server = dynalite({ createTableMs: 0 });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const client = makeDynamoDbClient({
    region: "us-east-1",
    dynamodbEndpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  await createTable(client, TABLE);
  store = new DynamoDbSummaryStore({ tableName: TABLE, client });
  doc = DynamoDBDocumentClient.from(client);
}, 30_000);

afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** Puts the object and delivers its S3 notification, as the queue would. */
async function drop(key: string, body: string | Uint8Array, maxObjectBytes?: number) {
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  objects.objects.set(key, bytes);
  const [change] = parseS3Notification(s3Notification({ kind: "created", bucket: BUCKET, key, sequencer: (seq++).toString(16).toUpperCase().padStart(16, "0"), size: bytes.byteLength }));
  expect(change.key).toBe(key);
  return processChange(change, { store, objects, ...(maxObjectBytes ? { maxObjectBytes } : {}) });
}

async function remove(key: string) {
  objects.objects.delete(key);
  const [change] = parseS3Notification(s3Notification({ kind: "removed", bucket: BUCKET, key, sequencer: (seq++).toString(16).toUpperCase().padStart(16, "0") }));
  return processChange(change, { store, objects });
}

/** Every summary item in the table whose source is this key. */
async function summariesOf(key: string): Promise<{ id: string; headline: string }[]> {
  const out: { id: string; headline: string }[] = [];
  for (const month of ["2025-06", "none"]) {
    const items = await doc.send(new QueryCommand({ TableName: TABLE, IndexName: "gsi1", KeyConditionExpression: "gsi1pk = :p", ExpressionAttributeValues: { ":p": itemKeys.monthIndex(month) } }));
    for (const item of items.Items ?? []) if (item.key === key) out.push({ id: item.id, headline: item.headline });
  }
  return out;
}

const GUIDS = ["co-2025-06-04-metro", "co-2025-06-04-secheresse", "https://courrier-occitanie.example.fr/perpignan/festival-photo-budget"];

describe("a feed in the pipeline", () => {
  const key = "feeds/occitanie";
  const feed = fixture("fr-rss-feed-occitanie.xml");

  it("stores one article per story, keyed by the object key and the story guid", async () => {
    const outcome = await drop(key, feed);
    expect(outcome).toMatchObject({ outcome: "processed", id: articleIdFor(BUCKET, key), stories: { processed: 3, failed: 0 } });
    const status = await store.getStatus(articleIdFor(BUCKET, key));
    expect(status).toMatchObject({ state: "PROCESSED", key, stories: { total: 3, processed: 3, failed: 0 } });
    expect(status?.storyIds).toEqual(GUIDS.map((g) => storyIdFor(BUCKET, key, g)));
    const metro = await store.getSummary(storyIdFor(BUCKET, key, GUIDS[0]));
    expect(metro).toMatchObject({ headline: "Toulouse : le métro de la troisième ligne franchit la Garonne", story: { index: 0, guid: GUIDS[0] }, source: { key, format: "rss" }, authors: ["Camille Fabre"] });
    expect((await store.getStatus(storyIdFor(BUCKET, key, GUIDS[1])))?.state).toBe("PROCESSED");
    // The object itself is no article: its stories are.
    expect(await store.getSummary(articleIdFor(BUCKET, key))).toBeNull();
    expect((await summariesOf(key)).map((s) => s.id).sort()).toEqual(status!.storyIds!.slice().sort());
  });

  it("dropped again, rewrites the same articles and duplicates nothing", async () => {
    await drop(key, feed);
    await drop(key, feed);
    const summaries = await summariesOf(key);
    expect(summaries).toHaveLength(3);
    expect(new Set(summaries.map((s) => s.id)).size).toBe(3);
  });

  it("a new version: a story gone is removed, a malformed story fails alone, and the status counts both", async () => {
    const first = feed.indexOf("<item>");
    const withoutFirst = feed.slice(0, first) + feed.slice(feed.indexOf("</item>", first) + "</item>".length);
    const broken = withoutFirst.replace("<title>Perpignan :", "<title>Perpignan <b>:");
    const outcome = await drop(key, broken);
    expect(outcome).toMatchObject({ outcome: "processed", stories: { processed: 1, failed: 1 } });
    const status = await store.getStatus(articleIdFor(BUCKET, key));
    expect(status).toMatchObject({ state: "PROCESSED", stories: { total: 2, processed: 1, failed: 1, failures: [{ index: 1, guid: GUIDS[2], code: "BAD_XML" }] } });
    expect(await store.getSummary(storyIdFor(BUCKET, key, GUIDS[0]))).toBeNull();
    expect((await store.getStatus(storyIdFor(BUCKET, key, GUIDS[0])))?.state).toBe("DELETED");
    expect((await store.getStatus(storyIdFor(BUCKET, key, GUIDS[2])))).toMatchObject({ state: "FAILED", reason: { code: "BAD_XML" } });
    // Like a single article whose new version fails, the broken story keeps its last good summary.
    const headlines = (await summariesOf(key)).map((s) => s.headline).sort();
    expect(headlines).toEqual(["Montpellier accueille un sommet sur la sécheresse en Méditerranée", "Perpignan : un festival de photojournalisme sous tension budgétaire"]);
  });

  it("replaced by a plain article under the same key, leaves no story behind", async () => {
    await drop(key, feed);
    await drop(key, "Un article simple\n\nLe conseil régional d'Occitanie a voté jeudi à Toulouse un plan de soutien aux librairies indépendantes de la région.");
    const status = await store.getStatus(articleIdFor(BUCKET, key));
    expect(status?.state).toBe("PROCESSED");
    expect(status?.storyIds).toBeUndefined();
    for (const g of GUIDS) expect(await store.getSummary(storyIdFor(BUCKET, key, g))).toBeNull();
  });

  it("replaced by an object that fails (too large, unsupported), leaves no story behind", async () => {
    for (const [body, limit, code] of [["x".repeat(5000), 1000, "TOO_LARGE"], ["%PDF-1.7\n1 0 obj", undefined, "UNSUPPORTED_FORMAT"]] as const) {
      await drop(key, feed);
      expect((await store.getStatus(articleIdFor(BUCKET, key)))?.storyIds).toHaveLength(3);
      await drop(key, body, limit);
      const status = await store.getStatus(articleIdFor(BUCKET, key));
      expect(status).toMatchObject({ state: "FAILED", reason: { code } });
      expect(status?.storyIds).toBeUndefined();
      for (const g of GUIDS) expect(await store.getSummary(storyIdFor(BUCKET, key, g))).toBeNull();
    }
  });

  it("deleted, takes its stories with it", async () => {
    const other = "feeds/atom";
    await drop(other, fixture("en-atom-feed-coastal.xml"));
    const ids = (await store.getStatus(articleIdFor(BUCKET, other)))!.storyIds!;
    expect(ids).toHaveLength(3);
    expect(await remove(other)).toMatchObject({ outcome: "removed" });
    for (const id of ids) expect(await store.getSummary(id)).toBeNull();
    expect((await store.getStatus(articleIdFor(BUCKET, other)))?.state).toBe("DELETED");
  });

  it("a feed whose every story is broken ends FAILED, saying which", async () => {
    const k = "feeds/broken";
    const outcome = await drop(k, `<rss version="2.0"><channel><item><guid>g1</guid><title>a</titel></item><item><guid>g2</guid><description><p>b</description></item></channel></rss>`);
    expect(outcome).toMatchObject({ outcome: "failed", code: "ALL_STORIES_FAILED" });
    const status = await store.getStatus(articleIdFor(BUCKET, k));
    expect(status).toMatchObject({ state: "FAILED", reason: { code: "ALL_STORIES_FAILED" }, stories: { total: 2, processed: 0, failed: 2 } });
    expect(status?.reason?.message).toMatch(/g1.*line 1/);
  });
});

describe("stories past the cap", () => {
  it("are counted as failed but never written, listed or removed", async () => {
    const key = "feeds/capped";
    const ref = { id: articleIdFor(BUCKET, key), bucket: BUCKET, key, sequencer: "00FF" + "0".repeat(56) };
    expect((await store.claim(ref)).claimed).toBe(true);
    const file = summarizeFile({ id: ref.id, name: key, body: fixture("fr-rss-feed-occitanie.xml") }, { storyId: (s) => storyIdFor(BUCKET, key, s.guid) });
    // As parseFile marks stories past MAX_STORIES.
    const last = file.stories[2];
    file.stories[2] = { story: last.story, error: new ExtractionError("TOO_MANY_STORIES", "Only the first 2 stories of a file are read: split the file.") };
    expect(await saveStories(store, ref, file, [])).toEqual({ processed: 2, failed: 1, code: "" });
    const status = await store.getStatus(ref.id);
    expect(status).toMatchObject({ state: "PROCESSED", stories: { total: 3, processed: 2, failed: 1, failures: [{ index: 2, code: "TOO_MANY_STORIES" }] } });
    expect(status?.storyIds).toHaveLength(2);
    expect(await store.getStatus(storyIdFor(BUCKET, key, last.story.guid))).toBeNull();
  });
});

describe("every legal key gets a status", () => {
  const article = "Nouvelle ligne de tramway à Brest\n\nLa métropole de Brest a inauguré samedi sa deuxième ligne de tramway, qui relie la gare au quartier de Lambézellec en vingt minutes.";
  // S3 allows 1,024 bytes of UTF-8: "é" and "北" take 2 and 3 bytes.
  const longUtf8 = `dossier/${"é".repeat(200)}/${"北".repeat(100)}/${"x".repeat(1024 - 8 - 400 - 1 - 300 - 1 - 4)}.txt`;
  const keys: [string, string | Uint8Array, string][] = [
    [longUtf8, article, "PROCESSED"],
    ["a/../b/./c.txt", article, "PROCESSED"],
    ["dossier/sous-dossier/", article, "PROCESSED"],
    [`${"s".repeat(300)}/${"t".repeat(300)}/article`, article, "PROCESSED"],
    ["UPPER/ARTICLE.TXT", article, "PROCESSED"],
    ["no-suffix-at-all", fixture("en-nitf-harbour-bridge.xml"), "PROCESSED"],
    ["flux/occitanie.xml", fixture("fr-rss-feed-occitanie.xml"), "PROCESSED"],
    ["empty-folder-marker/", "", "FAILED"],
    ["scans/report.pdf", new Uint8Array([...new TextEncoder().encode("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n")]), "FAILED"],
    ["data/stock.xml", '<?xml version="1.0"?><inventory><sku>12</sku></inventory>', "FAILED"],
  ];

  it("the long key is 1,024 bytes of UTF-8", () => {
    expect(Buffer.byteLength(longUtf8, "utf8")).toBe(1024);
  });

  for (const [key, body, state] of keys) {
    it(`${key.length > 60 ? `${key.slice(0, 30)}…(${Buffer.byteLength(key)} bytes)` : JSON.stringify(key)} -> ${state}`, async () => {
      await drop(key, body);
      const status = await store.getStatus(articleIdFor(BUCKET, key));
      expect(status?.key).toBe(key);
      expect(status?.state).toBe(state);
      if (state === "FAILED") expect(status?.reason?.message.length).toBeGreaterThan(20);
    });
  }

  it("names what an unsupported object is", async () => {
    expect((await store.getStatus(articleIdFor(BUCKET, "scans/report.pdf")))?.reason).toMatchObject({ code: "UNSUPPORTED_FORMAT", message: expect.stringContaining("a PDF document") });
    expect((await store.getStatus(articleIdFor(BUCKET, "data/stock.xml")))?.reason).toMatchObject({ code: "UNSUPPORTED_FORMAT", message: expect.stringContaining("root <inventory>") });
    expect((await store.getStatus(articleIdFor(BUCKET, "empty-folder-marker/")))?.reason?.code).toBe("EMPTY");
  });
});

describe("a feed whose storage keeps failing", () => {
  const key = "feeds/retries-exhausted";
  const feed = fixture("fr-rss-feed-occitanie.xml");
  const ids = GUIDS.map((g) => storyIdFor(BUCKET, key, g));
  const sequencer = "00000000000F0000";
  // One message, delivered again and again (its normalised sequencer includes the event time).
  const message = parseS3Notification(s3Notification({ kind: "created", bucket: BUCKET, key, sequencer, size: feed.length }))[0];
  const change = () => message;
  /** The store, except that writing the second story's summary fails as a storage outage does. */
  const faulty = (): typeof store =>
    new Proxy(store, {
      get(target, name) {
        const value = Reflect.get(target, name) as unknown;
        if (name !== "saveSummary") return typeof value === "function" ? value.bind(target) : value;
        return async (summary: { id: string }, ref: unknown) => {
          if (summary.id === ids[1]) throw Object.assign(new Error("service unavailable"), { name: "InternalServerError" });
          return target.saveSummary(summary as never, ref as never);
        };
      },
    });
  const unreadable: ObjectSource = {
    read: async () => {
      throw Object.assign(new Error("slow down"), { name: "SlowDown" });
    },
  };

  it("ends every story with a final status when the last attempt gives up, and a redrive finishes it", async () => {
    objects.objects.set(key, new TextEncoder().encode(feed));
    // First delivery: the second story's write fails, so it is left RECEIVED and the message goes back to the queue.
    await expect(processChange(change(), { store: faulty(), objects })).rejects.toThrow("service unavailable");
    expect((await store.getStatus(ids[1]))?.state).toBe("RECEIVED");
    // Last delivery: this time the object cannot even be read; the queue will not try again.
    await expect(processChange(change(), { store, objects: unreadable, finalAttempt: true })).rejects.toThrow("slow down");

    const states = await Promise.all(ids.map((id) => store.getStatus(id)));
    for (const s of states) expect(s?.state).not.toBe("RECEIVED");
    expect(states.map((s) => s?.state)).toEqual(["PROCESSED", "FAILED", "PROCESSED"]);
    expect(states[1]?.reason).toMatchObject({ code: "RETRIES_EXHAUSTED", message: expect.stringMatching(/redrive/) });
    const object = await store.getStatus(articleIdFor(BUCKET, key));
    expect(object).toMatchObject({ state: "FAILED", reason: { code: "RETRIES_EXHAUSTED" }, stories: { total: 3, processed: 2, failed: 1 } });
    expect(object?.storyIds?.slice().sort()).toEqual(ids.slice().sort());

    // The fault fixed, the redriven message stores the last story and the object ends PROCESSED.
    await processChange(change(), { store, objects });
    expect((await Promise.all(ids.map((id) => store.getStatus(id)))).map((s) => s?.state)).toEqual(["PROCESSED", "PROCESSED", "PROCESSED"]);
    expect(await store.getStatus(articleIdFor(BUCKET, key))).toMatchObject({ state: "PROCESSED", stories: { total: 3, processed: 3, failed: 0 } });
  });
});
