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
