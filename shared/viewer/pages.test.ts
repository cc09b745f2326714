import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import type { ArticleSummary } from "../summary";
import { articlePage } from "./pages";

const text = "Ils ont parlé. « Nous agirons ensemble. »";
const summary: ArticleSummary = {
  id: "0".repeat(24),
  language: "fr",
  headline: "Sommet",
  published: null,
  lead: null,
  summary: [],
  segments: [{ kind: "paragraph", text, start: 0, end: text.length, sentences: [] }],
  entities: [],
  quotes: [{ text: "Nous agirons ensemble.", start: 16, end: 38, partial: false, speaker: "Tomas Varga et Ilse Brenner", speakers: ["Tomas Varga", "Ilse Brenner"], speakerMention: null, cue: null }],
  dates: [],
  stats: { characters: text.length, words: 6, sentences: 2, paragraphs: 1 },
  pipelineVersion: "test",
};

describe("article page", () => {
  it("links a joint speaker's quotes to each person's page, never to a page for the pair", () => {
    const { document } = parseHTML(articlePage(summary));
    const heading = [...document.querySelectorAll("section h3")].find((h) => h.textContent?.includes("Varga"));
    const links = [...(heading?.querySelectorAll("a") ?? [])].map((a) => decodeURIComponent(a.getAttribute("href") ?? ""));
    expect(links).toEqual(["/view/entities/Tomas Varga", "/view/entities/Ilse Brenner"]);
  });
});
