import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { summarizeJsonLines } from "./summarize-command";

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
