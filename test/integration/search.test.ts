import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalStack } from "../../local/local-stack";
import type { ArticleStatus } from "../../shared/store/article-status";
import { dropOwnArticles, dropSeed, seedMissing } from "../support/viewer-articles";
import { backend, backendMissing, startStackUnderTest } from "./stack-under-test";

/**
 * Search as people type, through the query API on the local stack: full
 * names, surnames, honorifics, any case or accents, French/English aliases,
 * prefixes; and odd input answered with an empty page, never an error.
 */
let stack: LocalStack;
let own: Awaited<ReturnType<typeof dropOwnArticles>>;
const commands: string[] = [];

beforeAll(async () => {
  if (backendMissing) return;
  stack = await startStackUnderTest({ visibilityTimeoutSeconds: 2 });
  // Every call the query server's store makes goes through this client.
  stack.dynamodb.middlewareStack.add((next, context) => (args) => (commands.push(String(context.commandName)), next(args)), { step: "initialize" });
  own = await dropOwnArticles(stack);
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

async function get(path: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${stack.queryUrl}${path}`);
  return { status: response.status, body: await response.json() };
}
const ids = (body: { items: { id?: string; articleId?: string }[] }) => body.items.map((i) => String(i.id ?? i.articleId)).sort();

describe.skipIf(backendMissing)(`search on ${backend}${backendMissing ? ` (skipped: ${backendMissing})` : ""}`, () => {
  it("processed our articles, and failed the empty one", () => {
    expect([own.london.state, own.geneva.state, own.hostile.state]).toEqual(["PROCESSED", "PROCESSED", "PROCESSED"]);
    expect(own.failed.state).toBe("FAILED");
  });

  it("finds a person by full name, surname, honorific, any case and without accents, as one id in both articles", async () => {
    const both = [own.london.id, own.geneva.id].sort();
    for (const name of ["Hélène Marchetti", "Marchetti", "marchetti", "MARCHETTI", "Mme Marchetti", "Helene Marchetti", "helene marchetti"]) {
      const { status, body } = await get(`/entities/${encodeURIComponent(name)}/articles`);
      expect(status, name).toBe(200);
      expect(ids(body), name).toEqual(both);
      expect(new Set(body.items.map((i: { entityId: string }) => i.entityId)), name).toEqual(new Set(["helene marchetti"]));
    }
    expect((await get(`/entities/${encodeURIComponent("Jean Marchetti")}/articles`)).body.items).toEqual([]);
  });

  it("finds a place or an organisation by its French or English name, across a French and an English article", async () => {
    for (const name of ["Genève", "Geneva", "geneve"]) expect(ids((await get(`/entities/${encodeURIComponent(name)}/articles`)).body), name).toEqual([own.geneva.id, own.london.id].sort());
    for (const name of ["Londres", "London"]) expect(ids((await get(`/entities/${encodeURIComponent(name)}/articles`)).body), name).toEqual([own.london.id]);
    for (const name of ["ONU", "UN", "Nations unies", "United Nations"]) {
      expect(ids((await get(`/entities/${encodeURIComponent(name)}/articles`)).body), name).toEqual([own.geneva.id, own.london.id].sort());
    }
  });

  it("finds quotes by a speaker's surname, newest first", async () => {
    const { body } = await get(`/quotes?speaker=marchetti`);
    expect(body.items.length).toBeGreaterThanOrEqual(3);
    expect(body.items.every((q: { speaker: string }) => q.speaker === "Hélène Marchetti")).toBe(true);
    const dates = body.items.map((q: { published: string }) => q.published);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).toBe("2025-03-21");
  });

  it("pages through a listing merged from several names without repeating or losing an article", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const { status, body } = await get(`/entities/Marchetti/articles?limit=1${cursor ? `&cursor=${cursor}` : ""}`);
      expect(status).toBe(200);
      seen.push(...ids(body));
      cursor = body.cursor;
    } while (cursor && seen.length < 10);
    expect(seen.sort()).toEqual([own.london.id, own.geneva.id].sort());
  });

  it("suggests entities from the first letters of a surname, after whole first words", async () => {
    const names = async (prefix: string) => (await get(`/entities?prefix=${encodeURIComponent(prefix)}`)).body.items.map((i: { name: string }) => i.name);
    expect(await names("marc")).toContain("Hélène Marchetti");
    expect(await names("MARCH")).toContain("Hélène Marchetti");
    expect(await names("hélène mar")).toContain("Hélène Marchetti");
    expect(await names("jean mar")).not.toContain("Hélène Marchetti");
    expect(await names("lond")).toEqual(expect.arrayContaining([expect.stringMatching(/^Londres$/)]));
    expect((await get(`/entities?prefix=m`)).status).toBe(400);
  });

  it("lists failed articles with their reason", async () => {
    const { status, body } = await get(`/articles?status=FAILED`);
    expect(status).toBe(200);
    const failed = body.items.find((i: { key: string }) => i.key === "viewer/empty.txt");
    expect(failed?.reason?.code).toBeTruthy();
    expect(failed?.reason?.message).toBeTruthy();
  });

  it("answers a name with %, /, quotes or 300 characters with an empty result, not an error", async () => {
    for (const raw of ["%", "100%", "a/b", `"Marchetti"`.replace(/Marchetti/, "x"), "'", "x".repeat(300), "%E0%A4%A", "<script>"]) {
      for (const path of [`/entities/${encodeURIComponent(raw)}/articles`, `/quotes?speaker=${encodeURIComponent(raw)}`, `/entities/${raw.replace(/\//g, "%2F")}/articles`]) {
        const { status, body } = await get(path);
        expect(status, path).toBe(200);
        expect(body.items, path).toEqual([]);
      }
    }
  });

  it("never scans the table", () => {
    expect(commands.length).toBeGreaterThan(0);
    expect(commands.filter((c) => /Scan/.test(c))).toEqual([]);
  });
});

describe.skipIf(backendMissing || seedMissing)(`search in the seed article${seedMissing ? ` (skipped: ${seedMissing})` : ""}`, () => {
  let seed: ArticleStatus;
  beforeAll(async () => {
    seed = await dropSeed(stack);
  }, 120_000);

  it.each(["Poutine", "poutine", "Vladimir Poutine", "M. Poutine", "Erdogan", "erdogan", "Recep Tayyip Erdogan"])("finds the seed by %s", async (name) => {
    expect(seed.state).toBe("PROCESSED");
    const { status, body } = await get(`/entities/${encodeURIComponent(name)}/articles`);
    expect(status).toBe(200);
    expect(ids(body)).toContain(seed.id);
  });

  it.each([
    ["Poutine", "Vladimir Poutine"],
    ["erdogan", "Recep Tayyip Erdogan"],
  ])("returns the 3 quotes of %s", async (speaker, canonical) => {
    const { body } = await get(`/quotes?speaker=${encodeURIComponent(speaker)}`);
    const inSeed = body.items.filter((q: { articleId: string }) => q.articleId === seed.id);
    expect(inSeed).toHaveLength(3);
    expect(inSeed.every((q: { speaker: string }) => q.speaker === canonical)).toBe(true);
  });

  it("suggests Poutine for 'pou'", async () => {
    const { body } = await get(`/entities?prefix=pou`);
    expect(body.items.map((i: { name: string }) => i.name)).toContain("Vladimir Poutine");
  });
});
