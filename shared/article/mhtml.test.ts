import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { summarizeFile } from "../summarize";
import type { ArticleSummary } from "../summary";
import { errorCode } from "./fixtures";
import { parseArticle } from "./index";

/**
 * Pages saved by a browser as one file (MHTML: Chrome and Edge "Webpage, Single File"). The fixture is our own page,
 * laid out as Chrome writes it: quoted-printable HTML first, then a stylesheet, a base64 image, and an advertising
 * frame that is a second HTML part. The expected values are read from the page by hand.
 */
// A shipped sample too: `npm start` ingests it with the others.
const saved = readFileSync(join(import.meta.dirname, "..", "..", "samples", "fr-page-saved-grue-brest.mhtml"));
const summaryOf = (name: string, body: Uint8Array | string): ArticleSummary => summarizeFile({ id: name, name, body }, { withText: true }).stories[0].summary!;
const CRLF = (s: string) => s.replace(/\r?\n/g, "\r\n");

/** A small archive around one HTML part, as the other tools that write MHTML lay it out. */
function archive(parts: string[], headers = 'MIME-Version: 1.0\nContent-Type: multipart/related; type="text/html"; boundary="=_NextPart_01DA"'): string {
  return CRLF(`From: <Saved by Windows Internet Explorer 11>\nSubject: Page\n${headers}\n\nThis is a multi-part message in MIME format.\n${parts.map((p) => `\n--=_NextPart_01DA\n${p}`).join("")}\n--=_NextPart_01DA--\n`);
}

describe("a web page saved as one file (MHTML)", () => {
  const s = summaryOf("grue.mhtml", saved);

  it("reads the page's own HTML part, decoded: headline, author, quotes and speaker", () => {
    expect(s.headline).toBe("Brest : la grue du port de commerce s'effondre sans faire de blessé");
    expect(s.language).toBe("fr");
    expect(s.authors).toEqual(["Yann Le Goff"]);
    expect(s.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["Nous avons eu beaucoup de chance", "Frank Bellion"],
      ["Le quai était vide à cette heure-là, les dockers venaient de partir.", "Frank Bellion"],
    ]);
    expect(s.segments.filter((g) => g.kind === "caption").map((g) => g.text)).toEqual(["La grue couchée sur le quai Malbert, lundi. (Photo Yann Le Goff)"]);
    // The reporter credited for the photo is the same person as the byline's.
    expect(s.entities.find((e) => e.name === "Yann Le Goff")?.type).toBe("PERSON");
  });

  it("leaves out the MIME headers, the other parts and the soft line breaks of quoted-printable", () => {
    const text = s.text!;
    expect(text).not.toMatch(/MultipartBoundary|Content-Type|Saved by Blink|=C3|=\r?\n|iVBORw0|max-width/);
    // The advertising frame is an HTML part too, but not the page.
    expect(text).not.toMatch(/Publicité|abonnement/);
    expect(text).toContain("Une grue de quarante mètres s'est effondrée lundi matin sur le port de commerce de Brest");
    for (const g of s.segments) expect(text.slice(g.start, g.end)).toBe(g.text);
  });

  it("dates the page from the address it was saved from, never from the day it was saved", () => {
    // Nothing in the page dates it; the Snapshot-Content-Location does (…/2025/02/03/…). The archive's Date header
    // (4 February) is when it was saved.
    expect(s.published).toMatchObject({ date: "2025-02-03", source: "metadata" });
  });

  it("is read by its content, whatever its name", () => {
    for (const name of ["grue.mht", "grue.MHTML", "grue", "grue.txt"]) expect(summaryOf(name, saved).headline).toBe("Brest : la grue du port de commerce s'effondre sans faire de blessé");
  });

  it("takes the part the start parameter names as the page, and reads base64 in the part's charset", () => {
    const page = "<html><head><title>Le conseil municipal de Quimper vote le budget</title></head><body><h1>Le conseil municipal de Quimper vote le budget</h1><p>Le conseil municipal de Quimper a voté jeudi soir un budget de 92 millions d'euros, en hausse de 3 %.</p><p>« C'est un budget de responsabilité », a estimé la maire, Isabelle Assih.</p></body></html>";
    const latin1 = Buffer.from(page, "latin1").toString("base64").replace(/.{76}/g, "$&\n");
    const text = archive(
      ["Content-Type: text/html; charset=\"us-ascii\"\nContent-Location: https://pub.example.net/frame.html\n\n<html><body><p>Une publicité qui n'est pas la page.</p></body></html>", `Content-Type: text/html; charset=iso-8859-1\nContent-ID: <page@example>\nContent-Transfer-Encoding: base64\n\n${latin1}`],
      'MIME-Version: 1.0\nContent-Type: multipart/related; type="text/html"; start="<page@example>";\n boundary="=_NextPart_01DA"',
    );
    const quimper = summaryOf("quimper.mht", text);
    expect(quimper.headline).toBe("Le conseil municipal de Quimper vote le budget");
    expect(quimper.quotes[0]).toMatchObject({ text: "C'est un budget de responsabilité", speaker: "Isabelle Assih" });
    expect(quimper.text).not.toContain("publicité");
  });

  it("reads an archive that is one HTML part, with no multipart around it", () => {
    const single = CRLF("MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n<html><body><h1>Lorient : le festival interceltique bat son record</h1><p>Le festival interceltique de Lorient a accueilli 950 000 visiteurs cette ann=C3=A9e, un record, selon ses organisateurs.</p></body></html>\n");
    const lorient = summaryOf("lorient.mht", single);
    expect(lorient.headline).toBe("Lorient : le festival interceltique bat son record");
    expect(lorient.text).toContain("cette année, un record");
  });

  it("fails NO_TEXT, saying why, when the archive holds no HTML page", () => {
    const images = archive(["Content-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="]);
    expect(errorCode(() => parseArticle("photos.mht", images))).toBe("NO_TEXT");
    expect(() => parseArticle("photos.mht", images)).toThrow(/web archive \(MHTML\) holds no HTML page/);
  });

  it("leaves a dispatch that merely opens with mail-like lines to the text reader", () => {
    const dispatch = "From: AFP\nSubject: Grève à la SNCF\n\nLa grève des contrôleurs de la SNCF a perturbé vendredi le trafic des TGV dans tout le pays, selon la direction.";
    const article = parseArticle("sncf.txt", dispatch);
    expect(article.format).toBe("text");
    expect(article.text).toContain("From: AFP");
  });
});
