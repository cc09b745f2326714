import { describe, expect, it } from "vitest";
import { extractQuotes } from ".";
import { testArticle } from "./test-article";

// Articles written for these tests, one kind of span each (annotation guidelines: /work/shared/corpus/README.md).
const quotesOf = (text: string) => extractQuotes(testArticle(text, "fr"), []);
const texts = (text: string) => quotesOf(text).map((q) => q.text);

describe("French quote spans: paragraphs and inserted cues", () => {
  it("gives one quote per paragraph when the next paragraph does not reopen the quote", () => {
    const text = "Titre\n\nL'ancien maire Paul Durand s'est confié au journal. \"Ces années ont été dures.\n\nJe n'en pouvais plus\", affirme-t-il.";
    const qs = quotesOf(text);
    expect(qs.map((q) => q.text)).toEqual(["Ces années ont été dures.", "Je n'en pouvais plus"]);
    expect(qs.every((q) => q.speaker === "Paul Durand")).toBe(true);
  });

  it("does not run an unclosed quote into a paragraph that opens its own quote", () => {
    const text = "Titre\n\nLa maire Anne Roux a parlé. \"Nous verrons bien\n\nElle a ensuite évoqué \"un budget serré\" pour 2025.";
    expect(texts(text)).toEqual(["un budget serré"]);
  });

  it("in English, keeps the convention that each paragraph reopens the quote", () => {
    const text = "Title\n\nMayor Paul Grant spoke on Monday. \"Those years were hard.\n\nI could not go on,\" he said.";
    expect(extractQuotes(testArticle(text, "en"), []).some((q) => q.text.startsWith("Those years"))).toBe(false);
  });

  it("cuts an inserted cue at the end of a paragraph the quote runs on from", () => {
    const text = "Titre\n\n\"En ouvrant mon courrier, j'ai eu un choc, a raconté Luc Morin à la radio.\n\nIl y avait une facture énorme.\" Il a porté plainte.";
    expect(texts(text)).toEqual(["En ouvrant mon courrier, j'ai eu un choc", "Il y avait une facture énorme."]);
  });

  it("finds an inserted cue behind a comma clause of the quote and behind its own complement", () => {
    const text =
      "Titre\n\nLa militante Julie Morel ne regrette rien. \"Dans une guerre, il y a des victimes, dit-elle encore. Le bilan est lourd.\"\n\n" +
      "\"On a voulu nous diaboliser, explique-t-elle, selon la radio. Vous feriez pareil.\"";
    expect(texts(text)).toEqual(["Dans une guerre, il y a des victimes", "Le bilan est lourd.", "On a voulu nous diaboliser", "Vous feriez pareil."]);
  });
});
