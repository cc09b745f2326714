import { describe, expect, it } from "vitest";
import { parseArticle, parseFile } from "./index";

/**
 * Agency text wires in their transmission envelope, written by us in the layouts of IPTC 7901 and ANPA 1312: SOH,
 * header (message number, priority, category, word count), slug, STX, text, ETX, trailer, EOT.
 */
const SOH = "\x01";
const STX = "\x02";
const ETX = "\x03";
const EOT = "\x04";

const remaniement = [
  "Le Premier ministre annonce un remaniement avant l'été",
  "",
  "PARIS, 12 mars 2025 (AFP) - Le Premier ministre a annoncé mercredi un remaniement du gouvernement avant l'été, lors d'un déplacement à Lyon.",
  "",
  "\"Il faut un nouveau souffle\", a déclaré la porte-parole du gouvernement, Maud Bregeon, à l'issue du Conseil des ministres.",
  "",
  "abc/dt",
].join("\r\n");

const grève = [
  "Grève à la SNCF : trafic perturbé jeudi",
  "",
  "PARIS, 12 mars 2025 (AFP) - Le trafic sera perturbé jeudi sur les lignes TGV, a indiqué la SNCF, après un appel à la grève de SUD-Rail.",
].join("\r\n");

const message = (number: string, text: string) => `${SOH}ZCZC\r\n${number} 4 POL 0412 /AFP-YZ01\r\nFrance-politique\r\n${STX}${text}\r\n${ETX}\r\n121545 MAR 25\r\nNNNN\r\n${EOT}`;

describe("wire transmission envelope (IPTC 7901, ANPA 1312)", () => {
  it("reads one message's text: the header, slug and trailer are routing data, never text", () => {
    const article = parseArticle("AFP0123.txt", message("AFP0123", remaniement));
    expect(article.headline).toBe("Le Premier ministre annonce un remaniement avant l'été");
    expect(article.segments.find((s) => s.kind === "dateline")?.text).toBe("PARIS, 12 mars 2025 (AFP) -");
    expect(article.published?.date).toBe("2025-03-12");
    expect(article.text).not.toMatch(/ZCZC|NNNN|POL 0412|France-politique|121545|[\x00-\x08]/);
    for (const s of article.segments) expect(article.text.slice(s.start, s.end)).toBe(s.text);
  });

  it("reads an ANPA message opened by SYN characters, and one with no ETX up to its EOT", () => {
    const anpa = `\x16\x16${SOH}a0412 r u BC-SNCF-Greve 03-12 0310\r\n${STX}${grève}\r\n${EOT}`;
    const article = parseArticle("a0412", anpa);
    expect(article.headline).toBe("Grève à la SNCF : trafic perturbé jeudi");
    expect(article.text).not.toMatch(/BC-SNCF|a0412|[\x00-\x08\x0b\x0c\x0e-\x1f]/);
    expect(article.text.endsWith("SUD-Rail.")).toBe(true);
  });

  it("reads a capture of several messages as one story each, identified by its message number", () => {
    const capture = [message("AFP0123", remaniement), message("AFP0124", grève), `${SOH}AFP0125 1 POL\r\n${STX}\r\n${ETX}${EOT}`].join("\r\n");
    const file = parseFile("wire-2025-03-12.txt", capture);
    expect(file).toMatchObject({ format: "text", multi: true });
    expect(file.stories.map((s) => s.story.guid)).toEqual(["AFP0123", "AFP0124", "AFP0125"]);
    expect(file.stories[0].article?.headline).toBe("Le Premier ministre annonce un remaniement avant l'été");
    expect(file.stories[1].article?.headline).toBe("Grève à la SNCF : trafic perturbé jeudi");
    // An empty message fails alone; its neighbours are read.
    expect(file.stories[2].error?.code).toBe("NO_TEXT");
  });

  it("leaves a dispatch that only mentions ZCZC, with no STX, to the text reader as it is", () => {
    const text = "ZCZC est la séquence qui ouvrait les télex.\n\nLes agences l'ont utilisée pendant des décennies, selon les archives de l'AFP.";
    const article = parseArticle("telex.txt", text);
    expect(article.text).toBe(text);
  });
});
