import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { cpuGrowth } from "../../test/support/cpu-growth";
import { htmlBlocks } from "./html-blocks";

const body = (html: string) => (parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as { body: never }).body;

describe("htmlBlocks", () => {
  it("ends a block at a blank line made of <br>s, whatever whitespace sits between them", () => {
    const blocks = htmlBlocks(body("<div>Première ligne<br>suite de la ligne<br> \n <br>Second bloc<br><br>Troisième bloc</div>"));
    expect(blocks.map((b) => b.text)).toEqual(["Première ligne suite de la ligne", "Second bloc", "Troisième bloc"]);
  });

  it("keeps lines broken by single <br>s in one block, at a cost linear in their number", () => {
    // Checking the buffer's end at each <br> (a regex with $, or indexing the growing string) once made this quadratic.
    const docs = new Map<number, ReturnType<typeof body>>();
    const run = (lines: number) => {
      if (!docs.has(lines)) docs.set(lines, body(`<div>${Array.from({ length: lines }, (_, i) => `ligne ${i}<br>`).join("")}</div>`));
      const blocks = htmlBlocks(docs.get(lines)!);
      expect(blocks).toHaveLength(1);
    };
    // 8x the lines: linear costs 8x, quadratic 64x.
    const { ratio, detail } = cpuGrowth(run, 2_000, 8, 20);
    expect(ratio, detail).toBeLessThan(20);
  });
});

describe("embedded social-media posts", () => {
  const tweet =
    '<p>The First Minister urged people to stay at home.</p><blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">Please stay at home unless your journey is essential. <a href="https://t.co/x1">pic.twitter.com/x1</a></p>&mdash; Eluned Morgan (@FM_Wales) <a href="https://twitter.com/FM_Wales/status/1">December 7, 2024</a></blockquote><p>Engineers worked through the night.</p>';

  it("lays a post out as its author's quotation, without its picture link or its date line", () => {
    expect(htmlBlocks(body(tweet)).map((b) => b.text)).toEqual([
      "The First Minister urged people to stay at home.",
      "Eluned Morgan (@FM_Wales): “Please stay at home unless your journey is essential.”",
      "Engineers worked through the night.",
    ]);
  });

  it("reads Bluesky's embed the same way, and a post without an author line as its text alone", () => {
    const bluesky =
      '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc/app.bsky.feed.post/1"><p lang="fr">Le pont de Recouvrance restera fermé jusqu\'à lundi.</p>&mdash; Ville de Brest (<a href="https://bsky.app/profile/did:plc:abc">@brest.fr</a>) <a href="https://bsky.app/profile/did:plc:abc/post/1">8 mars 2025 à 10:12</a></blockquote>';
    expect(htmlBlocks(body(bluesky)).map((b) => b.text)).toEqual(["Ville de Brest (@brest.fr): “Le pont de Recouvrance restera fermé jusqu'à lundi.”"]);
    const bare = '<blockquote class="twitter-tweet"><p>Stay safe, everyone.</p></blockquote>';
    expect(htmlBlocks(body(bare)).map((b) => b.text)).toEqual(["Stay safe, everyone."]);
  });

  it("gives the post's author as the quote's speaker in the summary", async () => {
    const { summarize } = await import("../summarize");
    const page = `<!doctype html><html lang="en"><head><title>Storm leaves thousands without power</title></head><body><article><h1>Storm leaves thousands without power</h1><p>Tens of thousands of homes in Wales were without power on Saturday as winds of up to 90 mph hit the coast, the Met Office said.</p>${tweet}</article></body></html>`;
    const s = summarize({ id: "storm.html", name: "storm.html", body: page });
    expect(s.quotes.find((q) => q.text.startsWith("Please stay at home"))?.speaker).toBe("Eluned Morgan");
    expect(s.segments.map((g) => g.text).join("\n")).not.toMatch(/December 7, 2024|pic\.twitter\.com/);
  });
});
