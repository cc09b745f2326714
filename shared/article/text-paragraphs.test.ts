import { describe, expect, it } from "vitest";
import { textParagraphs } from "./text-paragraphs";

describe("textParagraphs", () => {
  it("splits at blank lines", () => {
    expect(textParagraphs("First paragraph, one line.\n\nSecond paragraph\nwrapped here.\n")).toEqual(["First paragraph, one line.", "Second paragraph wrapped here."]);
  });

  it("reads one paragraph per line when the lines end sentences and nothing is indented", () => {
    expect(textParagraphs("Le chantier commence lundi.\n« C'est une étape », a dit le maire.\nLes travaux dureront deux ans.")).toEqual([
      "Le chantier commence lundi.",
      "« C'est une étape », a dit le maire.",
      "Les travaux dureront deux ans.",
    ]);
  });

  it("reads indented first lines as paragraph starts when lines are wrapped at a fixed width", () => {
    const wire = [
      "   WASHINGTON (AP) - The Senate on Tuesday passed a bill to fund",
      "repairs to hundreds of rural bridges, sending it to the House.",
      "   \"These bridges carry school buses every day,\" said Senator Ruth",
      "Calder, who wrote the bill.",
      "   The House is expected to vote next month.",
    ].join("\n");
    expect(textParagraphs(wire)).toEqual([
      "WASHINGTON (AP) - The Senate on Tuesday passed a bill to fund repairs to hundreds of rural bridges, sending it to the House.",
      "\"These bridges carry school buses every day,\" said Senator Ruth Calder, who wrote the bill.",
      "The House is expected to vote next month.",
    ]);
  });

  it("keeps lines wrapped at a fixed width with no paragraph marker together rather than cutting sentences", () => {
    const wrapped = "The council voted on Tuesday to close the old\nswimming pool at the end of the summer, saying\nrepairs would cost more than a new one.";
    expect(textParagraphs(wrapped)).toEqual(["The council voted on Tuesday to close the old swimming pool at the end of the summer, saying repairs would cost more than a new one."]);
  });
});

describe("textParagraphs on text pretty-printed inside its XML element", () => {
  it("does not read the element's indentation as paragraph starts", () => {
    const wrapped = "The council voted on Tuesday to close the old\n        swimming pool at the end of the summer, saying\n        repairs would cost more than a new one.\n      ";
    expect(textParagraphs(wrapped)).toEqual(["The council voted on Tuesday to close the old swimming pool at the end of the summer, saying repairs would cost more than a new one."]);
    const indentedWire = "\n        WASHINGTON (AP) - The Senate passed a bill to fund\n      repairs to rural bridges.\n        The House votes next month.\n      ";
    expect(textParagraphs(indentedWire)).toEqual(["WASHINGTON (AP) - The Senate passed a bill to fund repairs to rural bridges.", "The House votes next month."]);
  });
});
