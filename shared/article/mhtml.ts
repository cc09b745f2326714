import { ExtractionError } from "../errors";
import { decodePart, mediaType, parameters, type Part, splitMultipart, splitPart } from "./mime";

/** The page a saved web archive holds: its HTML, decoded, and the address it was saved from. */
export interface ArchivedPage {
  html: string;
  url: string | null;
}

/** Nested multiparts followed before giving up (a saved page has one level; mail-like archives two). */
const MAX_NESTING = 4;

/**
 * Whether a text opening with these headers (mime.ts leadingHeaders) is a MIME web archive: a page saved by a browser as one file (Chrome and Edge
 * "Webpage, Single File", .mhtml/.mht). It opens with mail-style headers, MIME-Version among them, and
 * declares a multipart/related body or a single HTML page.
 */
export function isWebArchive(headers: ReadonlyMap<string, string>): boolean {
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
