import { describe, expect, it } from "vitest";
import { flattenMarkup, markupDepth } from "./html-depth";
import { parseArticle } from "./index";

describe("markupDepth", () => {
  it("counts open elements, not void ones or ones HTML closes itself", () => {
    expect(markupDepth("<html><body><div><section><p>a<p>b<br><img src=x></section></div></body></html>", 100)).toBe(4);
    expect(markupDepth(`<html><body>${"<div>".repeat(50)}x${"</div>".repeat(50)}</body></html>`, 1000)).toBe(52);
  });

  it("does not count tags written inside a script", () => {
    expect(markupDepth(`<html><script>document.write("${"<div>".repeat(100)}")</script><body><p>x</p></body></html>`, 1000)).toBe(2);
  });

  it("stops once past the limit", () => {
    expect(markupDepth("<div>".repeat(10_000), 1500)).toBe(1501);
  });
});

describe("flattenMarkup", () => {
  it("keeps the elements that carry text and metadata, and drops the rest", () => {
    expect(flattenMarkup('<div class="a"><p>Un <span>deux</span></p><h2>Titre</h2></div>')).toBe(" <p>Un  deux </p><h2>Titre</h2> ");
  });

  it("lets a page nested thousands deep be read in linear time", () => {
    const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>Le conseil municipal a voté le budget de la médiathèque pour la ${i + 1}e fois, après un long débat.</p>`).join("");
    const html = `<html><head><title>Le budget est voté</title></head><body>${"<div>".repeat(20_000)}${paragraphs}${"</div>".repeat(20_000)}</body></html>`;
    const a = parseArticle("deep.html", html);
    expect(a.headline).toBe("Le budget est voté");
    expect(a.segments.filter((s) => s.kind === "paragraph")).toHaveLength(4);
  });
});
