import { describe, expect, it } from "vitest";
import type { Segment } from "../summary";
import { creditMentions, creditRange, titleCaseCaps } from "./credits";

const caption = (text: string, credit?: string): Segment => ({ kind: "caption", text, start: 0, end: text.length, sentences: [], ...(credit ? { credit } : {}) });
const mentionsOf = (text: string, seg: Segment) => {
  const range = creditRange(text, seg);
  if (!range) return null;
  return creditMentions(text, range, (w) => w.toLowerCase() === "kevin").map((m) => `${m.type}:${text.slice(m.start, m.end)}`);
};

describe("photo credits", () => {
  it("finds the agency and the photographer in a trailing credit", () => {
    const text = "Des manifestants à Lyon, le 3 mars ( AFP / Jean-Philippe KSIAZEK )";
    expect(mentionsOf(text, caption(text))).toEqual(["ORGANIZATION:AFP", "PERSON:Jean-Philippe KSIAZEK"]);
  });

  it("uses the credit the parser found, and takes a long body name as an organisation", () => {
    const text = "Le ministre à Rabat ( Ministère marocain de la Santé / - )";
    expect(mentionsOf(text, caption(text, "Ministère marocain de la Santé / -"))).toEqual(["ORGANIZATION:Ministère marocain de la Santé"]);
  });

  it("accepts a plain-case photographer only with a known first name", () => {
    const text = "The president in Ohio (Reuters/Kevin Lamarque)";
    expect(mentionsOf(text, caption(text))).toEqual(["ORGANIZATION:Reuters", "PERSON:Kevin Lamarque"]);
  });

  it("takes a plain name beside a wire agency as the photographer, and 'AP Photo' as the agency", () => {
    const ap = "Sewage outflow pipe on the River Test near Romsey, England. (AP Photo/Kirsty Wigglesworth)";
    expect(mentionsOf(ap, caption(ap))).toEqual(["ORGANIZATION:AP", "PERSON:Kirsty Wigglesworth"]);
    const reuters = "Flooded streets in Valencia, Spain (Reuters/Eva Máñez)";
    expect(mentionsOf(reuters, caption(reuters))).toEqual(["ORGANIZATION:Reuters", "PERSON:Eva Máñez"]);
    // A picture agency stays an organisation, and without a wire agency an unknown first name proves nothing.
    const getty = "The stadium before kick-off (AFP/Getty Images)";
    expect(mentionsOf(getty, caption(getty))).toEqual(["ORGANIZATION:AFP", "ORGANIZATION:Getty Images"]);
    const gettyStop = "The leader at a rally on Oct. 2. (KEVIN ROSSI/AFP/Getty Images.)";
    expect(mentionsOf(gettyStop, caption(gettyStop))).toEqual(["PERSON:KEVIN ROSSI", "ORGANIZATION:AFP", "ORGANIZATION:Getty Images."]);
    // An initial inside or before the name: "Robert F. Bukaty", "J. Scott Applewhite".
    const initial = "A utility crew in Portland, Maine, on Tuesday. (AP Photo/Robert F. Bukaty)";
    expect(mentionsOf(initial, caption(initial))).toEqual(["ORGANIZATION:AP", "PERSON:Robert F. Bukaty"]);
    const leading = "The Capitol at dawn. (AP Photo/J. Scott Applewhite)";
    expect(mentionsOf(leading, caption(leading))).toEqual(["ORGANIZATION:AP", "PERSON:J. Scott Applewhite"]);
    const city = "The new bridge (City of Leeds/Marsh Studio)";
    expect(mentionsOf(city, caption(city))).toEqual(["ORGANIZATION:City of Leeds", "ORGANIZATION:Marsh Studio"]);
  });

  it("takes a credit that names one of the article's authors as that person, with or without a known first name", () => {
    const text = "La grue couchée sur le quai, lundi. (Photo Maël Le Bihan)";
    const range = creditRange(text, caption(text))!;
    const credit = (authors: string[]) => creditMentions(text, range, () => false, authors).map((m) => `${m.type}:${text.slice(m.start, m.end)}`);
    expect(credit(["Maël Le Bihan"])).toEqual(["PERSON:Maël Le Bihan"]);
    expect(credit(["MAËL LE BIHAN"])).toEqual(["PERSON:Maël Le Bihan"]);
    // Someone else's byline proves nothing about the photographer.
    expect(credit(["Anne Kervella"])).toEqual(["ORGANIZATION:Maël Le Bihan"]);
  });

  it("finds no credit in a caption without one", () => {
    const text = "Le port de Marseille, le 3 mars (photo d'illustration)";
    expect(mentionsOf(text, caption(text))).toBeNull();
  });

  it("reads a one-name credit with no slash: '(Photo Kevin Moreau)', '(Photo by …)', '(Crédit photo : …)'", () => {
    const a = "Les pompiers sur place lundi matin. (Photo Kevin Moreau)";
    expect(mentionsOf(a, caption(a))).toEqual(["PERSON:Kevin Moreau"]);
    const b = "Volunteers fill sandbags on Tuesday. (Photo by Kevin Ashford)";
    expect(mentionsOf(b, caption(b))).toEqual(["PERSON:Kevin Ashford"]);
    const c = "La façade rénovée du musée. (Crédit photo : Ville de Lyon)";
    expect(mentionsOf(c, caption(c))).toEqual(["ORGANIZATION:Ville de Lyon"]);
    const d = "Le quai, en 1950 (Photo d'archives)";
    expect(mentionsOf(d, caption(d))).toBeNull();
  });

  it("title-cases surnames in capitals only", () => {
    expect(titleCaseCaps("Stanislav FILIPPOV")).toBe("Stanislav Filippov");
    expect(titleCaseCaps("Jean-Pierre DE LA TOUR")).toBe("Jean-Pierre De La Tour");
    expect(titleCaseCaps("Ludovic McCain")).toBe("Ludovic McCain");
  });
});
