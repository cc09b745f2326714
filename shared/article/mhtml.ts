import { decode as decodeQuotedPrintable } from "libqp";
import { ExtractionError } from "../errors";
import { decodeInCharset } from "./decode";

/** The page a saved web archive holds: its HTML, decoded, and the address it was saved from. */
export interface ArchivedPage {
  html: string;
  url: string | null;
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

/** Nested multiparts followed before giving up (a saved page has one level; mail-like archives two). */
const MAX_NESTING = 4;
/** Parts of an archive read at most: a page with thousands of images still has its page first. */
const MAX_PARTS = 10_000;
/** The header block of a web archive ends well within this; anything longer is no archive. */
const MAX_HEADER = 16_384;

/**
 * Whether the text is a MIME web archive: a page saved by a browser as one file (Chrome and Edge
 * "Webpage, Single File", .mhtml/.mht). It opens with mail-style headers, MIME-Version among them, and
 * declares a multipart/related body or a single HTML page.
 */
export function isWebArchive(text: string): boolean {
  const head = headerBlock(text);
  if (head === null) return false;
  const headers = parseHeaders(head);
  if (!headers.has("mime-version")) return false;
  const type = mediaType(headers.get("content-type"));
  return type === "multipart/related" || type === "text/html";
}

/**
 * The page of a web archive: the root part of its multipart/related body (the one its `start` parameter names,
 * else the first HTML part), with its transfer encoding (quoted-printable, base64) and charset undone. Throws
 * NO_TEXT when the archive holds no HTML page (only images, say).
 */
export function archivedPage(text: string): ArchivedPage {
  const root = splitPart(text);
  const page = pagePart(root, 0);
  if (!page) throw new ExtractionError("NO_TEXT", "This web archive (MHTML) holds no HTML page to read: save the page again as \"Webpage, Single File\", or upload its HTML.");
  const url = root.headers.get("snapshot-content-location") ?? page.headers.get("content-location") ?? null;
  return { html: decodePart(page), url: url && /^https?:\/\//i.test(url) ? url : null };
}

function pagePart(part: Part, depth: number): Part | null {
  const type = mediaType(part.headers.get("content-type"));
  if (type === "text/html" || type === "application/xhtml+xml") return part;
  if (!type.startsWith("multipart/") || depth >= MAX_NESTING) return null;
  const params = parameters(part.headers.get("content-type") ?? "");
  const boundary = params.get("boundary");
  if (!boundary) return null;
  const parts = splitMultipart(part.body, boundary);
  // RFC 2387: the root is the part whose Content-ID the start parameter names, else the first.
  const start = params.get("start");
  const root = start ? parts.find((p) => p.headers.get("content-id") === start) : undefined;
  for (const candidate of root ? [root, ...parts] : parts) {
    const page = pagePart(candidate, depth + 1);
    if (page) return page;
  }
  return null;
}

/** The body parts between `--boundary` lines, up to the closing `--boundary--`. */
function splitMultipart(body: string, boundary: string): Part[] {
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
function splitPart(text: string): Part {
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

/** Header names in lowercase; folded lines joined; the first of a repeated header kept. */
function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(key)) headers.set(key, line.slice(colon + 1).trim());
  }
  return headers;
}

function mediaType(value: string | undefined): string {
  return (value ?? "text/plain").split(";")[0].trim().toLowerCase();
}

/** The parameters of a header value (`boundary="----=_NextPart"`, `charset=utf-8`), names in lowercase. */
function parameters(value: string): Map<string, string> {
  const params = new Map<string, string>();
  const re = /;\s*([A-Za-z0-9*_.-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))/g;
  for (let m = re.exec(value); m; m = re.exec(value)) params.set(m[1].toLowerCase(), m[2] !== undefined ? m[2].replace(/\\(.)/g, "$1") : m[3]);
  return params;
}

/** A part's text: transfer encoding undone, then its bytes read in its charset (or as any upload is, UTF-8 first). */
function decodePart(part: Part): string {
  const encoding = (part.headers.get("content-transfer-encoding") ?? "").trim().toLowerCase();
  // 7bit, 8bit and binary parts were decoded with the whole file.
  if (encoding !== "quoted-printable" && encoding !== "base64") return part.body;
  const bytes = encoding === "base64" ? Buffer.from(part.body, "base64") : decodeQuotedPrintable(Buffer.from(part.body, "utf8"));
  return decodeInCharset(bytes, parameters(part.headers.get("content-type") ?? "").get("charset"));
}
