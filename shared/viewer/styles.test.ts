import { describe, expect, it } from "vitest";
import { VIEWER_CSS } from "./styles";

/** WCAG 2 contrast of the colour pairs the stylesheet puts text in. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
const variable = (name: string) => {
  const match = VIEWER_CSS.match(new RegExp(`--${name}: (#[0-9a-f]{6})`));
  if (!match) throw new Error(`no --${name} in the stylesheet`);
  return match[1];
};

describe("viewer colours", () => {
  it.each([
    ["ink", "paper"],
    ["ink", "wash"],
    ["muted", "paper"],
    ["muted", "wash"],
    ["accent", "paper"],
    ["person-ink", "person-bg"],
    ["place-ink", "place-bg"],
    ["org-ink", "org-bg"],
    ["quote-ink", "quote-bg"],
  ])("%s text on %s reads at 7:1 or better (WCAG AAA)", (text, background) => {
    expect(contrast(variable(text), variable(background))).toBeGreaterThanOrEqual(7);
  });

  it("keeps the header and buttons at 4.5:1 or better (WCAG AA)", () => {
    expect(contrast("#f8fafc", "#0f172a")).toBeGreaterThanOrEqual(4.5);
    expect(contrast("#ffffff", variable("accent"))).toBeGreaterThanOrEqual(4.5);
    expect(VIEWER_CSS).toContain("header.site { background: #0f172a; color: #f8fafc;");
  });
});
