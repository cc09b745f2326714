import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import type { ArticleSummary, Entity, Quote } from "../summary";
import { markedSegment } from "./article-marks";
import { html } from "./html";

function summaryOf(text: string, entities: Entity[], quotes: Quote[]): ArticleSummary {
  return {
    id: "0".repeat(24),
    language: "en",
    headline: null,
    published: null,
    lead: null,
    summary: [],
    segments: [{ kind: "paragraph", text, start: 0, end: text.length, sentences: [] }],
    entities,
    quotes,
    dates: [],
    stats: { characters: text.length, words: 0, sentences: 0, paragraphs: 1 },
    pipelineVersion: "test",
  };
}

const span = (text: string, part: string, from = 0) => {
  const start = text.indexOf(part, from);
  return { text: part, start, end: start + part.length };
};
const quote = (text: string, part: string, speaker: string | null): Quote => ({ ...span(text, part), partial: false, speaker, speakerMention: null, cue: null });

function render(summary: ArticleSummary) {
  const markup = markedSegment(summary, summary.segments[0], new Map(summary.quotes.map((_, n) => [n, `q-${n + 1}`]))).value;
  const { document } = parseHTML(`<!doctype html><html><body><p>${markup}</p></body></html>`);
  return { markup, p: document.querySelector("p")! };
}

describe("article marks", () => {
  it("marks every mention and puts mentions inside the quote that holds them, leaving the text unchanged", () => {
    const text = `"Paris will wait," said Anne Roy in Lyon.`;
    const summary = summaryOf(
      text,
      [
        { name: "Anne Roy", type: "PERSON", salience: 1, mentions: [span(text, "Anne Roy")] },
        { name: "Paris", type: "LOCATION", salience: 1, mentions: [span(text, "Paris")] },
        { name: "Lyon", type: "LOCATION", salience: 1, mentions: [span(text, "Lyon")] },
      ],
      [quote(text, "Paris will wait,", "Anne Roy")],
    );
    const { p } = render(summary);
    expect(p.textContent).toBe(text);
    expect([...p.querySelectorAll("mark")].map((m) => [m.textContent, m.getAttribute("data-type")])).toEqual([
      ["Paris", "LOCATION"],
      ["Anne Roy", "PERSON"],
      ["Lyon", "LOCATION"],
    ]);
    const q = p.querySelector("q")!;
    expect(q.getAttribute("data-speaker")).toBe("Anne Roy");
    expect(q.querySelector("mark")?.textContent).toBe("Paris");
  });

  it("keeps a quote whole when a mention crosses its edge, cutting the mention instead", () => {
    const text = `He said "Anne Roy" is here.`;
    const crossing = { text: `Roy" is`, start: text.indexOf("Roy"), end: text.indexOf("Roy") + `Roy" is`.length };
    const summary = summaryOf(text, [{ name: "X", type: "PERSON", salience: 1, mentions: [crossing] }], [quote(text, "Anne Roy", null)]);
    const { p, markup } = render(summary);
    expect(p.textContent).toBe(text);
    expect(p.querySelectorAll("q")).toHaveLength(1);
    expect(p.querySelector("q")!.textContent).toBe("Anne Roy");
    expect([...p.querySelectorAll("mark")].map((m) => m.textContent).join("")).toBe(`Roy" is`);
    expect(markup).not.toMatch(/<q[^>]*>[^]*<q/);
  });

  it("shows markup in article text as text", () => {
    const text = `Hello <script>alert(1)</script> <img src=x onerror=alert(2)> <a href="javascript:alert(3)">x</a> from Anne Roy`;
    const summary = summaryOf(text, [{ name: `Anne "Roy"><script>`, type: "PERSON", salience: 1, mentions: [span(text, "Anne Roy")] }], []);
    const { p } = render(summary);
    expect(p.textContent).toBe(text);
    expect(p.querySelectorAll("script, img, a")).toHaveLength(0);
    expect(p.querySelector("mark")!.getAttribute("data-name")).toBe(`Anne "Roy"><script>`);
  });

  it("escapes every value in the html template, and nothing already built with it", () => {
    const inner = html`<b>${"<i>"}</b>`;
    expect(html`<p title="${`" onmouseover="x`}">${inner}${"&"}</p>`.value).toBe(`<p title="&#34; onmouseover=&#34;x"><b>&#60;i&#62;</b>&#38;</p>`);
  });
});
