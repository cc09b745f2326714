import { ExtractionError } from "../errors";
import { binaryFileType } from "./file-signature";
import { SUPPORTED_FORMATS } from "./supported-formats";

/**
 * Bytes to text. UTF-8 (BOM optional) and UTF-16 (BOM optional); bytes that are
 * not valid UTF-8 are read as Windows-1252 so old French files keep their "é".
 * Only the BOM is removed: every offset indexes the returned string.
 */
export function decodeBody(body: Uint8Array | string): string {
  if (typeof body === "string") {
    rejectBinaryText(body);
    return body.charCodeAt(0) === 0xfeff ? body.slice(1) : body;
  }
  if (body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) {
    return decodeUtf8OrLegacy(body.subarray(3));
  }
  if (body.length >= 2 && body[0] === 0xff && body[1] === 0xfe) return checked(new TextDecoder("utf-16le").decode(body.subarray(2)));
  if (body.length >= 2 && body[0] === 0xfe && body[1] === 0xff) return checked(new TextDecoder("utf-16be").decode(body.subarray(2)));
  rejectKnownBinary(body);
  const utf16 = utf16WithoutBom(body);
  if (utf16) return checked(new TextDecoder(utf16).decode(body));
  rejectBinaryBytes(body);
  return decodeUtf8OrLegacy(body);
}

/**
 * Bytes whose charset a container names (an MHTML part's Content-Type, a Safari archive's text encoding): the
 * Windows-1252 family ("iso-8859-1", "latin1", "us-ascii" mean Windows-1252 on the web) with the table below, other
 * labels with TextDecoder, and UTF-8, no label or an unknown one as any upload is read.
 */
export function decodeInCharset(bytes: Uint8Array, charset: string | null | undefined): string {
  const label = (charset ?? "").trim().toLowerCase();
  if (WINDOWS_1252_LABELS.has(label)) return checked(decodeWindows1252(bytes));
  if (label && label !== "utf-8" && label !== "utf8") {
    try {
      return checked(new TextDecoder(label).decode(bytes));
    } catch (e) {
      // An unknown label (RangeError): read as any upload is. A binary refusal goes on.
      if (!(e instanceof RangeError)) throw e;
    }
  }
  return decodeBody(bytes);
}

/** The WHATWG Encoding Standard's labels for windows-1252. */
const WINDOWS_1252_LABELS = new Set(["windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968", "cp819", "ibm819", "iso-ir-100"]);

/**
 * UTF-16 without a BOM, told by where the NUL bytes fall: text in Latin
 * scripts is mostly ASCII, whose UTF-16 code units have one zero byte, always
 * on the same side. Binary data has NULs on both sides.
 */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  // Too few bytes to tell a pattern from chance.
  if (n < 16) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const units = n / 2;
  if (oddZeros >= units * 0.3 && evenZeros <= units * 0.02) return "utf-16le";
  if (evenZeros >= units * 0.3 && oddZeros <= units * 0.02) return "utf-16be";
  return null;
}

function decodeUtf8OrLegacy(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: the charset the file declares (an old French page or NITF file in ISO-8859-15 writes "œ" and
    // "€" where Windows-1252 has "½" and "¤"), else Windows-1252.
    const declared = declaredCharset(bytes);
    return declared && !/^utf-?8$/i.test(declared) ? decodeInCharset(bytes, declared) : decodeWindows1252(bytes);
  }
}

/** Bytes read for a charset declaration: the XML declaration and an HTML head's meta come first. */
const DECLARATION_SCAN = 2048;

/** The charset the file declares: `<?xml … encoding="…"?>`, `<meta charset="…">` or `<meta http-equiv content="…; charset=…">`. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, DECLARATION_SCAN));
  const xml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']/.exec(head);
  if (xml) return xml[1];
  return /<meta\b[^>]*?\bcharset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})/i.exec(head)?.[1] ?? null;
}

/**
 * Windows-1252's 0x80-0x9F (€, ‘’, “”, –, —, œ, Œ…); the rest is Latin-1.
 * Written out because some Node builds decode "windows-1252" as plain Latin-1.
 */
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const part = bytes.subarray(i, i + CHUNK);
    const codes = new Array<number>(part.length);
    for (let k = 0; k < part.length; k++) {
      const b = part[k];
      codes[k] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

function checked(text: string): string {
  rejectBinaryText(text);
  return text;
}

const SAMPLE = 8192;

/** Refuses a file type we know by its signature (PDF, ZIP/docx, images…), naming it. */
function rejectKnownBinary(bytes: Uint8Array): void {
  const type = binaryFileType(bytes);
  if (type) throw new ExtractionError("UNSUPPORTED_FORMAT", `This is ${type}, not an article: upload ${SUPPORTED_FORMATS}.`);
}

function rejectBinaryBytes(bytes: Uint8Array): void {
  const n = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) throw binary();
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++;
  }
  if (controls > n * 0.05) throw binary();
}

const CONTROL = /[\u0000-\u0008\u000e-\u001f]/g;

function rejectBinaryText(text: string): void {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(sample)) return;
  let controls = 0;
  for (const c of sample.match(CONTROL) ?? []) controls += c === "\u0000" ? 20 : 1;
  if (controls > sample.length * 0.05) throw binary();
}

function binary(): ExtractionError {
  return new ExtractionError("BINARY", `The object holds binary data (control or NUL bytes) of no type we recognise, not an article: upload ${SUPPORTED_FORMATS}.`);
}
