import { describe, expect, it } from "vitest";
import { createDoc } from "./document";
import { tokenizerTables } from "./token-tables";
import { tokenize } from "./tokenize";

const fr = tokenizerTables("fr");
const en = tokenizerTables("en");
const words = (text: string, tables = fr) => tokenize(text, tables).map((t) => t.text);

describe("tokenize", () => {
  it("gives offsets that index the text", () => {
    const text = "« Nous partons », a déclaré M. Dupont à l’AFP, depuis Saint-Étienne.";
    for (const t of tokenize(text, fr)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("splits French elisions the same way in running and pre-tokenised text", () => {
    expect(words("depuis l'invasion de l’Ukraine, qu'il a")).toEqual(["depuis", "l'", "invasion", "de", "l’", "Ukraine", ",", "qu'", "il", "a"]);
    expect(words("depuis l' invasion de l’ Ukraine , qu' il a")).toEqual(["depuis", "l'", "invasion", "de", "l’", "Ukraine", ",", "qu'", "il", "a"]);
  });

  it("keeps hyphenated names, abbreviations and initials whole", () => {
    expect(words("M. Jean-Marc Ayrault et Mme Dupont aux Etats-Unis.")).toEqual(["M.", "Jean-Marc", "Ayrault", "et", "Mme", "Dupont", "aux", "Etats-Unis", "."]);
    expect(words("Dr. J. Smith of Acme Inc. flew to the U.S. on Monday.", en)).toEqual(["Dr.", "J.", "Smith", "of", "Acme", "Inc.", "flew", "to", "the", "U.S.", "on", "Monday", "."]);
  });

  it("keeps a brand's trailing plus in the word, but not a plus between words or before a digit", () => {
    expect(words("Canal+, Apple TV+ et C++ ; bac+5 et 2+2, Paris + Lyon.")).toEqual(["Canal+", ",", "Apple", "TV+", "et", "C++", ";", "bac", "+", "5", "et", "2", "+", "2", ",", "Paris", "+", "Lyon", "."]);
  });

  it("keeps a word hyphenated at a line end whole (soft hyphen, OCR's '¬'), its lowercase form without the mark", () => {
    const text = "Le Bundes\u00adkanzler et M. Poin¬caré ; a ¬ b.";
    const tokens = tokenize(text, fr);
    expect(tokens.map((t) => t.text)).toEqual(["Le", "Bundes\u00adkanzler", "et", "M.", "Poin¬caré", ";", "a", "¬", "b", "."]);
    expect(tokens.map((t) => t.lower).slice(1, 5)).toEqual(["bundeskanzler", "et", "m.", "poincaré"]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("splits an English 'X-based' as the pre-tokenised newswire writes it, and keeps hyphenated names and French words whole", () => {
    expect(words("a London-based firm's Texas-born chief", en)).toEqual(["a", "London", "-", "based", "firm", "'s", "Texas", "-", "born", "chief"]);
    expect(words("Ban Ki-moon met Saint-Germain's conservative-leaning backers", en)).toEqual(["Ban", "Ki-moon", "met", "Saint-Germain", "'s", "conservative-leaning", "backers"]);
    expect(words("une société Paris-based", fr)).toEqual(["une", "société", "Paris-based"]);
  });

  it("splits the English possessive in both text styles", () => {
    expect(words("Trump's aide", en)).toEqual(["Trump", "'s", "aide"]);
    expect(words("Trump 's aide", en)).toEqual(["Trump", "'s", "aide"]);
  });

  it("keeps decimal commas and marks sentence starts after a full stop or a line break", () => {
    const toks = createDoc("Il a perdu 3,5 %. Le reste\nsuit", "fr").tokens;
    expect(toks.map((t) => t.text)).toContain("3,5");
    expect(toks.filter((t) => t.sentenceStart).map((t) => t.text)).toEqual(["Il", "Le", "suit"]);
  });
});
