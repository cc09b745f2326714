import { describe, expect, it } from "vitest";
import { summarize } from "../summarize";
import { bylineAuthors } from "./byline";

describe("byline authors", () => {
  it.each([
    ["Par Anne Le Bihan", ["Anne Le Bihan"]],
    ["By Jane Doe and John Roe, Reuters", ["Jane Doe", "John Roe"]],
    ["By Jane Doe, Staff Writer", ["Jane Doe"]],
    ["De notre envoyée spéciale Marie Dupont", ["Marie Dupont"]],
    ["Von Max Muster und Erika Musterfrau", ["Max Muster", "Erika Musterfrau"]],
    ["Par Anne Le Bihan avec AFP", ["Anne Le Bihan"]],
    ["Jane Doe | The Guardian", ["Jane Doe"]],
    ["By Jan van der Berg & Luiz da Silva", ["Jan van der Berg", "Luiz da Silva"]],
    ["AFP", []],
    ["Par la rédaction", []],
    ["https://www.facebook.com/jane.doe", []],
  ])("%s -> %j", (byline, authors) => {
    expect(bylineAuthors(byline)).toEqual(authors);
  });

  const body = "Dock workers at the port voted on Tuesday to end a three-week strike, after the operator raised its pay offer to 7 percent, the union said.\n\nThe vote ends the longest strike at the port in thirty years.";
  it.each([
    ["plain text byline line", "strike.txt", `Port strike ends\n\nBy Jane Doe and John Roe\n\n${body}\n`],
    ["JSON author field", "strike.json", JSON.stringify({ title: "Port strike ends", author: "Jane Doe and John Roe", body })],
    ["Markdown front matter", "strike.md", `---\ntitle: Port strike ends\nauthor: Jane Doe, John Roe\n---\n\n${body}\n`],
    ["HTML author meta tag", "strike.html", `<html><head><meta name="author" content="Jane Doe and John Roe"><title>Port strike ends</title></head><body><article><h1>Port strike ends</h1>${body.split("\n\n").map((p) => `<p>${p}</p>`).join("")}</article></body></html>`],
  ])("fills the summary's authors from a %s, and never makes them speakers", (_kind, name, text) => {
    const s = summarize({ id: "a", name, body: text });
    expect(s.authors).toEqual(["Jane Doe", "John Roe"]);
    expect(s.quotes.map((q) => q.speaker)).not.toContain("Jane Doe");
  });
});

describe("byline authors: wire bylines", () => {
  it("cuts the prefix of any language and splits names at 'and', 'et' and '&'", () => {
    expect(bylineAuthors("By JOHN DOE and JANE ROE")).toEqual(["JOHN DOE", "JANE ROE"]);
    expect(bylineAuthors("Par Marion Durand et Paul Leroy")).toEqual(["Marion Durand", "Paul Leroy"]);
    expect(bylineAuthors("De notre envoyée spéciale Claire Martin")).toEqual(["Claire Martin"]);
    expect(bylineAuthors("Von Anna Schmidt & Jonas Weber")).toEqual(["Anna Schmidt", "Jonas Weber"]);
  });

  it("reads a comma after the last name as the start of a title or employer", () => {
    expect(bylineAuthors("By Jane Doe, Associated Press Writer")).toEqual(["Jane Doe"]);
    expect(bylineAuthors("By JOHN DOE and JANE ROE, Associated Press")).toEqual(["JOHN DOE", "JANE ROE"]);
    expect(bylineAuthors("Par Jean Dupont, envoyé spécial à Kiev")).toEqual(["Jean Dupont"]);
    expect(bylineAuthors("By Ann Lee, Tom Park and Raj Patel, Staff Writers")).toEqual(["Ann Lee", "Tom Park", "Raj Patel"]);
  });

  it("drops agency names and an agency in brackets", () => {
    expect(bylineAuthors("Par Sophie LAUNAY (AFP)")).toEqual(["Sophie LAUNAY"]);
    expect(bylineAuthors("By Reuters")).toEqual([]);
    expect(bylineAuthors("")).toEqual([]);
  });
});
