import { describe, expect, it } from "vitest";
import { decodeBody, decodeInCharset } from "./decode";
import { errorCode } from "./fixtures";
import { parseArticle } from "./index";

const utf8 = (s: string) => new TextEncoder().encode(s);
const code = errorCode;

describe("decodeInCharset (the charset a web archive names)", () => {
  // “L’été” in Windows-1252: curly quotes and apostrophe at 0x93, 0x94, 0x92.
  const cp1252 = new Uint8Array([0x93, 0x4c, 0x92, 0xe9, 0x74, 0xe9, 0x94]);

  it("reads the Windows-1252 family with its curly quotes, never as C1 control characters", () => {
    for (const label of ["windows-1252", "ISO-8859-1", "latin1", "us-ascii"]) expect(decodeInCharset(cp1252, label)).toBe("“L’été”");
  });

  it("reads other labels with TextDecoder, and UTF-8, no label or an unknown one as any upload", () => {
    expect(decodeInCharset(new Uint8Array([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), "windows-1251")).toBe("Привет");
    expect(decodeInCharset(utf8("Élysée"), "utf-8")).toBe("Élysée");
    expect(decodeInCharset(utf8("Élysée"), null)).toBe("Élysée");
    expect(decodeInCharset(cp1252, "x-no-such-charset")).toBe("“L’été”");
  });
});

describe("decodeBody", () => {
  it("reads bytes that are not UTF-8 in the charset the file declares, else as Windows-1252", () => {
    // "cœur … 12 M€" in ISO-8859-15: œ is 0xBD and € 0xA4, which Windows-1252 reads "½" and "¤".
    const latin9 = (s: string) => Uint8Array.from([...s].map((c) => (c === "œ" ? 0xbd : c === "€" ? 0xa4 : c.charCodeAt(0))));
    const body = "<p>Le cœur de Nantes : 12 M€ de travaux.</p>";
    expect(decodeBody(latin9(`<?xml version="1.0" encoding="ISO-8859-15"?><nitf>${body}</nitf>`))).toContain("Le cœur de Nantes : 12 M€");
    expect(decodeBody(latin9(`<html><head><meta charset="iso-8859-15"></head><body>${body}</body></html>`))).toContain("Le cœur de Nantes : 12 M€");
    expect(decodeBody(latin9(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15"></head><body>${body}</body></html>`))).toContain("Le cœur de Nantes : 12 M€");
    // No declaration: Windows-1252, as before.
    expect(decodeBody(latin9(body))).toContain("Le c½ur de Nantes : 12 M¤");
    // A UTF-8 declaration on bytes that are not UTF-8 is wrong; Windows-1252 is the likelier truth.
    expect(decodeBody(Uint8Array.from([...Buffer.from('<meta charset="utf-8"><p>'), 0xe9, 0x74, 0xe9]))).toContain("<p>été");
  });

  it("decodes UTF-8 and removes only the BOM", () => {
    expect(decodeBody(utf8("Élysée"))).toBe("Élysée");
    expect(decodeBody(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(" été")]))).toBe(" été");
    expect(decodeBody("\ufeffbonjour")).toBe("bonjour");
  });

  it("decodes UTF-16 with a BOM, little and big endian", () => {
    const le = new Uint8Array([0xff, 0xfe, 0xe9, 0x00, 0x74, 0x00, 0xe9, 0x00]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0xe9, 0x00, 0x74, 0x00, 0xe9]);
    expect(decodeBody(le)).toBe("été");
    expect(decodeBody(be)).toBe("été");
  });

  it("falls back to Windows-1252 for bytes that are not UTF-8", () => {
    // "café – 10 €" in Windows-1252: é = E9, en dash = 96, euro = 80.
    const bytes = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x31, 0x30, 0x20, 0x80]);
    expect(decodeBody(bytes)).toBe("café – 10 €");
  });

  it("refuses known binary formats with UNSUPPORTED_FORMAT, and other binary data with BINARY", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const pdf = utf8("%PDF-1.7\n1 0 obj");
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]);
    const gzip = new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0]);
    const nulls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0 : 0x41));
    for (const b of [png, pdf, zip, gzip]) expect(code(() => decodeBody(b))).toBe("UNSUPPORTED_FORMAT");
    expect(code(() => decodeBody(nulls))).toBe("BINARY");
    expect(code(() => parseArticle("photo.txt", png))).toBe("UNSUPPORTED_FORMAT");
    // A signature whose zero bytes fall on one side is still the file type, not UTF-16 without a BOM.
    expect(code(() => decodeBody(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])))).toBe("UNSUPPORTED_FORMAT");
    expect(code(() => decodeBody(new Uint8Array([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0])))).toBe("UNSUPPORTED_FORMAT");
  });

  it("keeps offsets on the decoded text", () => {
    const a = parseArticle("a.txt", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Titre court\n\nUn paragraphe assez long pour compter comme texte.")]));
    const p = a.segments.find((s) => s.kind === "paragraph")!;
    expect(a.text.slice(p.start, p.end)).toBe(p.text);
    expect(a.text.startsWith("Titre")).toBe(true);
  });

  it("rejects empty and whitespace-only input with EMPTY", () => {
    expect(code(() => parseArticle("a.txt", ""))).toBe("EMPTY");
    expect(code(() => parseArticle("a.txt", utf8(" \n\t \n")))).toBe("EMPTY");
  });
});
