import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIXTURES_DIR } from "../shared/article/fixtures";
import { summarizeFiles, summarizeJsonLines } from "./summarize-command";

async function run(lines: string[], withText = false) {
  const out: string[] = [];
  const failures = await summarizeJsonLines(Readable.from(lines.join("\n")), withText, (l) => out.push(l));
  return { failures, out: out.map((l) => JSON.parse(l)) };
}

describe("summarize --jsonl", () => {
  it("answers every line in order and never stops on a bad one", async () => {
    const { failures, out } = await run([
      JSON.stringify({ id: "ok-1", name: "a.txt", text: "A headline\n\nA first paragraph that says something." }),
      "{not json",
      JSON.stringify({ id: "no-text", name: "b.txt" }),
      JSON.stringify({ id: "empty", name: "c.txt", text: "   " }),
      JSON.stringify({ id: "ok-2", name: "d.txt", text: "Another headline\n\nAnother paragraph." }),
    ]);
    expect(out.map((o) => o.id)).toEqual(["ok-1", "line-2", "no-text", "empty", "ok-2"]);
    expect(out[0].headline).toBe("A headline");
    expect(out[1].error.code).toBe("BAD_LINE");
    expect(out[2].error.code).toBe("BAD_LINE");
    expect(out[3].error.code).toBe("EMPTY");
    expect(out[4].headline).toBe("Another headline");
    expect(failures).toBe(3);
  });

  it("includes the text all offsets index only with --with-text", async () => {
    const line = JSON.stringify({ id: "t", name: "t.txt", text: "Title\n\nBody of the article." });
    expect((await run([line])).out[0].text).toBeUndefined();
    const withText = (await run([line], true)).out[0];
    expect(withText.text).toBe("Title\n\nBody of the article.");
    for (const segment of withText.segments) expect(withText.text.slice(segment.start, segment.end)).toBe(segment.text);
  });
});

describe("summarize FILE with a multi-story file", () => {
  const feed = join(FIXTURES_DIR, "fr-rss-feed-occitanie.xml");

  it("prints one JSON array with a summary per story, ids from the file and each guid", () => {
    const out: string[] = [];
    expect(summarizeFiles([feed], false, (l) => out.push(l))).toBe(0);
    expect(out).toHaveLength(1);
    const stories = JSON.parse(out[0]);
    expect(Array.isArray(stories)).toBe(true);
    expect(stories.map((s: { id: string }) => s.id)).toEqual([
      "fr-rss-feed-occitanie.xml#co-2025-06-04-metro",
      "fr-rss-feed-occitanie.xml#co-2025-06-04-secheresse",
      "fr-rss-feed-occitanie.xml#https://courrier-occitanie.example.fr/perpignan/festival-photo-budget",
    ]);
    expect(stories[1]).toMatchObject({ headline: "Montpellier accueille un sommet sur la sécheresse en Méditerranée", language: "fr", authors: ["Julien Marty"], story: { index: 1 } });
  });

  it("puts a broken story's error in its place and counts it, and still prints one object for a single article", () => {
    const dir = mkdtempSync(join(tmpdir(), "summarize-"));
    const broken = join(dir, "broken-feed");
    writeFileSync(broken, readFileSync(feed, "utf8").replace("<title>Perpignan :", "<title>Perpignan <b>:"));
    const out: string[] = [];
    expect(summarizeFiles([broken], false, (l) => out.push(l))).toBe(1);
    const stories = JSON.parse(out[0]);
    expect(stories).toHaveLength(3);
    expect(stories[2]).toMatchObject({ id: expect.stringContaining("broken-feed#"), error: { code: "BAD_XML" } });
    const single: string[] = [];
    summarizeFiles([join(FIXTURES_DIR, "en-nitf-harbour-bridge.xml")], false, (l) => single.push(l));
    expect(JSON.parse(single[0])).toMatchObject({ id: "en-nitf-harbour-bridge.xml", headline: "Tay road bridge to close for three weekends of repairs", authors: ["Fiona MacLeod"] });
  });

  it("--jsonl: a feed on one input line gives one output line per story", async () => {
    const { failures, out } = await run([JSON.stringify({ id: "f", name: "feed", text: readFileSync(feed, "utf8") }), JSON.stringify({ id: "t", name: "t.txt", text: "Titre\n\nUn paragraphe." })]);
    expect(failures).toBe(0);
    expect(out.map((o) => o.id)).toEqual(["f#co-2025-06-04-metro", "f#co-2025-06-04-secheresse", "f#https://courrier-occitanie.example.fr/perpignan/festival-photo-budget", "t"]);
  });

  it("with several files, prints one line per story", () => {
    const out: string[] = [];
    summarizeFiles([feed, join(FIXTURES_DIR, "en-nitf-harbour-bridge.xml")], false, (l) => out.push(l));
    expect(out.map((l) => JSON.parse(l).id)).toHaveLength(4);
  });
});

describe("summarize: a dateline that gives no year", () => {
  const wire = "Port strike\n\nROTTERDAM, Nov 14 (Reuters) - Dock workers walked off the job on Friday after talks broke down.\n";

  it("takes the year from the file's modification time, as the pipeline does from the object's LastModified", () => {
    const file = join(mkdtempSync(join(tmpdir(), "summarize-")), "wire.txt");
    writeFileSync(file, wire);
    utimesSync(file, new Date("2025-01-05T10:00:00Z"), new Date("2025-01-05T10:00:00Z"));
    const out: string[] = [];
    summarizeFiles([file], false, (l) => out.push(l));
    expect(JSON.parse(out[0]).published).toEqual({ date: "2024-11-14", precision: "day", source: "dateline+received" });
  });

  it("--jsonl: from a line's \"received\", and not at all without one", async () => {
    const { out } = await run([JSON.stringify({ id: "r", text: wire, received: "2026-11-20T08:00:00Z" }), JSON.stringify({ id: "n", text: wire })]);
    expect(out[0].published).toMatchObject({ date: "2026-11-14", source: "dateline+received" });
    expect(out[1].published).toBeNull();
  });
});
