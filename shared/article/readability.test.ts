import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { LinkedomReadability, READABILITY_TAG_LOOKUP, READABILITY_TITLE_CHECK, descendantsWithTags } from "./readability";

const PAGE = `<html><body><div id="a"><p>one</p><section><p>two <br> <span><p>three</p></span></p></section><br></div><p>four</p></body></html>`;

describe("LinkedomReadability", () => {
  it("replaces methods Readability still has (an upgrade that renames one must fail here)", () => {
    for (const method of [READABILITY_TAG_LOOKUP, READABILITY_TITLE_CHECK]) {
      expect(typeof (Readability.prototype as unknown as Record<string, unknown>)[method]).toBe("function");
      expect((LinkedomReadability.prototype as unknown as Record<string, unknown>)[method]).not.toBe((Readability.prototype as unknown as Record<string, unknown>)[method]);
    }
  });

  it("keeps a section heading made of title words, and still drops the title repeated as a heading", () => {
    const paragraphs = (n: number) => Array.from({ length: 4 }, (_, i) => `<p>Part ${n}, paragraph ${i}: the founder explains, at some length and with examples, why the label started and how it grew.</p>`).join("");
    const html = `<html><head><title>New swimwear label, and an interview with its founder Jane Doe</title></head><body><article>
<h2>New swimwear label, and an interview with its founder Jane Doe</h2>${paragraphs(1)}<h2>Interview with founder Jane Doe</h2>${paragraphs(2)}</article></body></html>`;
    const text = new LinkedomReadability(parseHTML(html).document as never).parse()?.textContent ?? "";
    expect(text).toContain("Interview with founder Jane Doe");
    expect(text).not.toContain("New swimwear label");
    // Stock Readability, on the same page without the repeated title, drops the section heading: its words are all in the title.
    const stock = new Readability(parseHTML(html.replace("<h2>New swimwear label, and an interview with its founder Jane Doe</h2>", "")).document as never).parse()?.textContent ?? "";
    expect(stock).not.toContain("Interview with founder Jane Doe");
  });

  it("finds the same elements, in the same order, as linkedom's querySelectorAll", () => {
    const { document } = parseHTML(PAGE);
    for (const tags of [["p"], ["br"], ["p", "br"], ["section", "span", "p"], ["table"]]) {
      const root = document.getElementById("a")!;
      const expected = [...root.querySelectorAll(tags.join(","))];
      expect(descendantsWithTags(root as never, tags)).toEqual(expected);
      expect(descendantsWithTags(document as never, tags)).toEqual([...document.querySelectorAll(tags.join(","))]);
    }
    // Readability renames elements with createElement("P"): linkedom keeps that case in localName.
    const renamed = document.createElement("P");
    document.getElementById("a")!.appendChild(renamed);
    expect(descendantsWithTags(document as never, ["p"])).toContain(renamed);
    expect(descendantsWithTags(document as never, ["p"])).toEqual([...document.querySelectorAll("p")]);
  });

  it("extracts the same article as stock Readability", () => {
    const paragraphs = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} of the story says something long enough to count as prose, with commas, clauses and a full stop.</p>`).join("");
    const html = `<html><head><title>A story</title></head><body><nav><a href="/">Home</a></nav><article><h1>A story</h1>${paragraphs}<table><tr><td>cell</td></tr></table></article><footer>© Site</footer></body></html>`;
    const stock = new Readability(parseHTML(html).document as never).parse();
    const tuned = new LinkedomReadability(parseHTML(html).document as never).parse();
    expect(tuned?.textContent).toBe(stock?.textContent);
    expect(tuned?.content).toBe(stock?.content);
  });
});
