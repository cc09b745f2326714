import { ExtractionError } from "../errors";
import type { SourceFormat } from "../summary";

const BY_EXTENSION: Record<string, SourceFormat> = {
  txt: "text",
  text: "text",
  html: "html",
  htm: "html",
  xhtml: "html",
  md: "markdown",
  markdown: "markdown",
  json: "json",
};

const NOT_ARTICLES = new Set(["pdf", "doc", "docx", "odt", "rtf", "png", "jpg", "jpeg", "gif", "webp", "zip", "gz", "tgz", "mp3", "mp4", "xls", "xlsx", "ppt", "pptx", "exe"]);

/**
 * The format from the extension, confirmed by the content: HTML saved as .txt
 * is HTML, and a JSON object in a .txt is a feed item.
 */
export function detectFormat(name: string, text: string): SourceFormat {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
  if (NOT_ARTICLES.has(ext)) {
    throw new ExtractionError("UNSUPPORTED_FORMAT", `.${ext} files are not supported: upload text, HTML, Markdown or JSON.`);
  }
  const claimed = BY_EXTENSION[ext];
  const head = text.slice(0, 2048).trimStart();
  if (claimed === "json") return "json";
  if (looksLikeHtml(head)) return "html";
  if (claimed === "html") return "html";
  if (claimed === undefined && /^[{[]/.test(head) && /[}\]]\s*$/.test(text.slice(-64))) return "json";
  if (claimed === "markdown") return "markdown";
  if (claimed === undefined && looksLikeMarkdown(head)) return "markdown";
  return "text";
}

function looksLikeHtml(head: string): boolean {
  if (/^(<\?xml[^>]*>\s*)?<!doctype\s+html/i.test(head)) return true;
  if (/^<(html|head|body)[\s>]/i.test(head)) return true;
  // A fragment: starts with a tag and has several block tags.
  if (/^<[a-z]/i.test(head)) {
    const blocks = head.match(/<\/?(p|div|article|section|h[1-6]|br|ul|li|table|span|meta|title)\b/gi);
    return (blocks?.length ?? 0) >= 2;
  }
  return false;
}

function looksLikeMarkdown(head: string): boolean {
  return /^(---\n|#{1,6} )/.test(head);
}
