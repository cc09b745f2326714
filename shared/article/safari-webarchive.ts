import { parseBuffer } from "bplist-parser";
import { ExtractionError } from "../errors";
import { decodeInCharset } from "./decode";
import type { ArchivedPage } from "./mhtml";

/** "bplist00": the magic number of Apple's binary property lists, which Safari's .webarchive files are. */
const BPLIST = [0x62, 0x70, 0x6c, 0x69, 0x73, 0x74, 0x30, 0x30];

/** Whether the bytes are a binary property list (a Safari .webarchive is one). */
export function isBinaryPlist(bytes: Uint8Array): boolean {
  return bytes.length >= BPLIST.length && BPLIST.every((b, i) => bytes[i] === b);
}

type Resource = { WebResourceData?: unknown; WebResourceMIMEType?: unknown; WebResourceTextEncodingName?: unknown; WebResourceURL?: unknown };

/**
 * The page of a Safari web archive ("Save As… Web Archive"): a binary property list whose WebMainResource holds the
 * page's HTML bytes, their text encoding and the address it was saved from (read with bplist-parser). Another property
 * list is no article (UNSUPPORTED_FORMAT); an archive whose main resource is no HTML page has nothing to read (NO_TEXT).
 */
export function safariArchivedPage(bytes: Uint8Array): ArchivedPage {
  let root: unknown;
  try {
    [root] = parseBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (e) {
    throw new ExtractionError("UNSUPPORTED_FORMAT", `This is an Apple binary property list that could not be read (${(e as Error).message}): save the page again, or as HTML.`);
  }
  const main = typeof root === "object" && root !== null ? (root as { WebMainResource?: Resource }).WebMainResource : undefined;
  if (!main) throw new ExtractionError("UNSUPPORTED_FORMAT", "This is an Apple property list (.plist), not an article: upload a saved web page (Safari .webarchive, .mhtml or .html) or the article's text.");
  const type = typeof main.WebResourceMIMEType === "string" ? main.WebResourceMIMEType.toLowerCase() : "";
  const data = main.WebResourceData;
  if (!(type === "text/html" || type === "application/xhtml+xml") || !(data instanceof Uint8Array)) {
    throw new ExtractionError("NO_TEXT", `This Safari web archive holds ${type ? `a ${type} resource` : "no resource"} as its page, not an HTML page: save the article's page itself.`);
  }
  const url = typeof main.WebResourceURL === "string" && /^https?:\/\//i.test(main.WebResourceURL) ? main.WebResourceURL : null;
  return { html: decodeInCharset(data, typeof main.WebResourceTextEncodingName === "string" ? main.WebResourceTextEncodingName : null), url };
}
