import { describe, expect, it } from "vitest";
import { summarize } from "../summarize";
import { createDoc, documentOf } from "./document";
import type { Token } from "./tokenize";

/** The first token that does not index the text, overlaps its predecessor or cuts a surrogate pair; null when all are valid. */
function invalidToken(text: string, tokens: readonly Token[]): Token | null {
  let prevEnd = 0;
  const cutsPair = (at: number) => at > 0 && at < text.length && (text.charCodeAt(at - 1) & 0xfc00) === 0xd800;
  for (const t of tokens) {
    if (t.start < prevEnd || t.end <= t.start || text.slice(t.start, t.end) !== t.text || cutsPair(t.start) || cutsPair(t.end)) return t;
    prevEnd = t.end;
  }
  return null;
}

/** What the tokens leave of the text, which must be spacing only: nothing else is dropped. */
function leftOver(text: string, tokens: readonly Token[]): string {
  let rest = "";
  let at = 0;
  for (const t of tokens) {
    rest += text.slice(at, t.start);
    at = t.end;
  }
  rest += text.slice(at);
  return rest.replace(/[\s\u200b]+/gu, "");
}

describe("Doc", () => {
  it("splits sentences once and tells each token's sentence, start and end", () => {
    const text = "Titre du jour\nM. Dupont est arrivé à Paris. « Il pleut. Beaucoup », dit-il. Puis il part.";
    const doc = createDoc(text, "fr");
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual(["Titre du jour", "M. Dupont est arrivé à Paris.", "« Il pleut. Beaucoup », dit-il.", "Puis il part."]);
    const words = doc.tokens.map((t) => t.text);
    expect(words).toContain("M.");
    expect(doc.tokens.filter((t) => t.sentenceStart && t.kind === "word").map((t) => t.text)).toEqual(["Titre", "M.", "Il", "Puis"]);
    const ends = doc.tokens.map((_, k) => k).filter((k) => doc.isSentenceEnd(k) && doc.tokens[k].kind !== "nl");
    // The full stop inside the quote does not end the sentence; the ones after "Paris", "dit-il" and "part" do.
    expect(ends.map((k) => `${doc.tokens[k - 1].text}${doc.tokens[k].text}`)).toEqual(["Paris.", "dit-il.", "part."]);
    expect(doc.sentenceOf[doc.tokenAt(text.indexOf("Beaucoup"))]).toBe(2);
    const [from, to] = doc.range(text.indexOf("Paris"), text.indexOf("Paris") + 6);
    expect(doc.tokens.slice(from, to).map((t) => t.text)).toEqual(["Paris", "."]);
  });

  it("is built once per article and takes the segments' sentences", () => {
    const text = "Headline\nFirst one. Second one.";
    const article = { text, language: "en", segments: [{ sentences: [{ start: 0, end: 8 }] }, { sentences: [{ start: 9, end: 19 }, { start: 20, end: 31 }] }] };
    const doc = documentOf(article);
    expect(documentOf(article)).toBe(doc);
    expect(doc.language).toBe("en");
    expect(doc.sentenceOf[doc.tokenAt(text.indexOf("Second"))]).toBe(2);
  });
});

describe("tokens on hostile input", () => {
  const big = 500_000;

  it("tokenises 500 KB of capitalised words with no spaces, whole and valid", () => {
    const text = "AbcDéfGhi".repeat(Math.ceil(big / 9)).slice(0, big);
    const doc = createDoc(text, "fr");
    expect(doc.tokens).toHaveLength(1);
    expect(doc.tokens[0].end).toBe(text.length);
    expect(doc.sentences).toHaveLength(1);
  });

  it("tokenises 500 KB of capitalised words, each its own token", () => {
    const n = Math.floor(big / 6);
    const text = "Abcde ".repeat(n);
    const doc = createDoc(text, "en");
    expect(doc.tokens).toHaveLength(n);
    expect(invalidToken(text, doc.tokens)).toBeNull();
  });

  it("splits 500 KB of comma-joined and dot-joined words without quadratic work, keeping every character", () => {
    for (const unit of ["ab,", "A.", "1,2,", "l'A"]) {
      const text = unit.repeat(Math.floor(big / unit.length));
      const doc = createDoc(text, "fr");
      expect(invalidToken(text, doc.tokens)).toBeNull();
      expect(leftOver(text, doc.tokens)).toBe("");
    }
  });

  it("keeps offsets valid UTF-16 indices with mixed scripts and emoji", () => {
    const text = "Zelensky 👍🏽 a dit « Слава Україні » à 東京 😀😀 — مرحبا\u200b! 𝐀𝐁𝐂 fin.\n".repeat(5000);
    const doc = createDoc(text, "fr");
    expect(invalidToken(text, doc.tokens)).toBeNull();
    expect(leftOver(text, doc.tokens)).toBe("");
    expect(doc.tokens.filter((t) => t.text === "😀")).toHaveLength(10000);
    expect(doc.tokens.some((t) => t.text === "Україні")).toBe(true);
  });

  it("summarises 500 KB of capitalised words and of emoji soup with entity offsets that index the text", () => {
    for (const text of ["Paris Londres Berlin Macron ".repeat(big / 28), "Zelensky😀Kyiv🏽Москва東京".repeat(big / 22)]) {
      const s = summarize({ id: "x", name: "x.txt", body: text }, { withText: true });
      const t = s.text ?? "";
      for (const e of s.entities) for (const m of e.mentions) expect(t.slice(m.start, m.end)).toBe(m.text);
    }
  });
});
