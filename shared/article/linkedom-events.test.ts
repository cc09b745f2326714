/**
 * patches/linkedom+*.patch makes linkedom allocate a node's listener table on its first
 * addEventListener instead of in every node's constructor: a WeakMap entry per node made
 * parsing large pages slower page after page. Events must behave as before.
 */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";

describe("linkedom events, with listener tables allocated lazily", () => {
  const { document } = parseHTML("<html><body><div id=outer><p id=inner>text</p></div></body></html>");

  it("delivers an event to a listener, and bubbles it to the parent's", () => {
    const seen: string[] = [];
    const inner = document.getElementById("inner")!;
    const outer = document.getElementById("outer")!;
    inner.addEventListener("ping", () => seen.push("inner"));
    outer.addEventListener("ping", () => seen.push("outer"));
    inner.dispatchEvent(new document.defaultView.Event("ping", { bubbles: true }));
    expect(seen).toEqual(["inner", "outer"]);
  });

  it("removes a listener, and removing one from a node that never had any is a no-op", () => {
    const seen: string[] = [];
    const p = document.createElement("p");
    const listener = () => seen.push("p");
    expect(() => document.createElement("span").removeEventListener("ping", listener)).not.toThrow();
    p.addEventListener("ping", listener);
    p.removeEventListener("ping", listener);
    p.dispatchEvent(new document.defaultView.Event("ping"));
    expect(seen).toEqual([]);
  });
});
