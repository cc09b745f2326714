import { decode as decodeQuotedPrintable } from "libqp";
import { decodeInCharset } from "./decode";

/**
 * MIME documents (RFC 2045-2047), as browsers save pages (MHTML) and mail clients and mail services store messages
 * (.eml, SES receipts): a part's headers and body, multipart bodies split at their boundaries, transfer encodings
 * and charsets undone.
 */
export interface Part {
  headers: Map<string, string>;
  body: string;
}

/** Parts of a multipart body read at most: a page with thousands of images still has its page first. */
const MAX_PARTS = 10_000;
/** The header block of a MIME document ends well within this; anything longer is no such document. */
const MAX_HEADER = 16_384;

/** The body parts between `--boundary` lines, up to the closing `--boundary--`. */
export function splitMultipart(body: string, boundary: string): Part[] {
  const parts: Part[] = [];
  const delimiter = `--${boundary}`;
  let at = delimiterAt(body, delimiter, 0);
  while (at >= 0 && parts.length < MAX_PARTS) {
    const lineEnd = body.indexOf("\n", at);
    if (lineEnd < 0 || body.startsWith("--", at + delimiter.length)) break;
    const next = delimiterAt(body, delimiter, lineEnd + 1);
    // The line break before a delimiter belongs to the delimiter.
    const end = next < 0 ? body.length : next - (body[next - 2] === "\r" ? 2 : 1);
    parts.push(splitPart(body.slice(lineEnd + 1, Math.max(lineEnd + 1, end))));
    at = next;
  }
  return parts;
}

/** Where the next delimiter line starts: the boundary at the start of a line. */
function delimiterAt(body: string, delimiter: string, from: number): number {
  for (let at = body.indexOf(delimiter, from); at >= 0; at = body.indexOf(delimiter, at + 1)) {
    if (at === 0 || body[at - 1] === "\n") return at;
  }
  return -1;
}

/** A part's headers and body, split at the first empty line. */
export function splitPart(text: string): Part {
  const blank = /\r?\n\r?\n/.exec(text);
  if (!blank) return { headers: parseHeaders(text), body: "" };
  return { headers: parseHeaders(text.slice(0, blank.index)), body: text.slice(blank.index + blank[0].length) };
}

/** The header block at the start of the text, or null when the text does not open with mail-style headers. */
function headerBlock(text: string): string | null {
  if (!/^[A-Za-z][A-Za-z0-9-]*:/.test(text)) return null;
  const blank = /\r?\n\r?\n/.exec(text.slice(0, MAX_HEADER));
  return blank ? text.slice(0, blank.index) : null;
}

/** The headers a MIME document opens with, or null when the text does not open with mail-style headers. */
export function leadingHeaders(text: string): Map<string, string> | null {
  const head = headerBlock(text);
  return head === null ? null : parseHeaders(head);
}

/** Header names in lowercase; folded lines joined; the first of a repeated header kept. */
export function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(key)) headers.set(key, line.slice(colon + 1).trim());
  }
  return headers;
}

export function mediaType(value: string | undefined): string {
  return (value ?? "text/plain").split(";")[0].trim().toLowerCase();
}

/** The parameters of a header value (`boundary="----=_NextPart"`, `charset=utf-8`), names in lowercase. */
export function parameters(value: string): Map<string, string> {
  const params = new Map<string, string>();
  const re = /;\s*([A-Za-z0-9*_.-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))/g;
  for (let m = re.exec(value); m; m = re.exec(value)) params.set(m[1].toLowerCase(), m[2] !== undefined ? m[2].replace(/\\(.)/g, "$1") : m[3]);
  return params;
}

/** A part's text: transfer encoding undone, then its bytes read in its charset (or as any upload is, UTF-8 first). */
export function decodePart(part: Part): string {
  const encoding = (part.headers.get("content-transfer-encoding") ?? "").trim().toLowerCase();
  // 7bit, 8bit and binary parts were decoded with the whole file.
  if (encoding !== "quoted-printable" && encoding !== "base64") return part.body;
  const bytes = encoding === "base64" ? Buffer.from(part.body, "base64") : decodeQuotedPrintable(Buffer.from(part.body, "utf8"));
  return decodeInCharset(bytes, parameters(part.headers.get("content-type") ?? "").get("charset"));
}

/**
 * A header's RFC 2047 encoded words decoded: "=?UTF-8?Q?R=C3=A9forme_des_retraites?=" is "Réforme des retraites",
 * "=?utf-8?B?...?=" base64. Whitespace between two encoded words is not text.
 */
export function decodeHeaderWords(value: string): string {
  return value.replace(/(=\?[^?\s]+\?[bqBQ]\?[^?\s]*\?=)\s+(?==\?)/g, "$1").replace(/=\?([^?\s]+)\?([bqBQ])\?([^?\s]*)\?=/g, (_, charset: string, encoding: string, text: string) => {
    // Q encoding is not quoted-printable's body encoding: "_" is a space, and a space at the word's end is kept.
    const bytes = encoding.toLowerCase() === "b" ? Buffer.from(text, "base64") : Buffer.from(text.replace(/_/g, " ").replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1");
    return decodeInCharset(bytes, charset.split("*")[0]);
  });
}
