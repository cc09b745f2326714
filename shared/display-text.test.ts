import { describe, expect, it } from "vitest";
import { summarize } from "./summarize";

describe("the summary's strings to read and search", () => {
  it("drop a web page's soft hyphens (&shy;) from headline, lead, summary and quotes, while offsets index the text as written", () => {
    const html = `<html><head><title>Brest : le port rouvre</title></head><body><article><h1>Brest : le port re&shy;ouvre</h1>
      <p>Le maire de Brest, Fran&shy;çois Cuil&shy;landre, a an&shy;noncé lundi la réouverture du port de commerce, fermé depuis trois semaines.</p>
      <p>« Nous avons tenu nos en&shy;gagements », a déclaré M. Cuil&shy;landre devant le conseil municipal réuni en séance extraordinaire.</p></article></body></html>`;
    const s = summarize({ id: "port", name: "port.html", body: html }, { withText: true });
    const strings = [s.headline, s.lead, ...s.summary, ...s.quotes.map((q) => q.text)];
    expect(strings.filter((x) => x?.includes("\u00ad"))).toEqual([]);
    expect(s.headline).toBe("Brest : le port reouvre");
    const quote = s.quotes.find((q) => q.text === "Nous avons tenu nos engagements");
    expect(quote?.speaker).toBe("François Cuillandre");
    expect(s.text!.slice(quote!.start, quote!.end)).toBe("Nous avons tenu nos en\u00adgagements");
  });
});
