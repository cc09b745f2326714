import { cleanHeadline } from "./headline";
import type { FormatResult } from "./index";
import { type LaidBlock, layoutBlocks } from "./layout";
import { parseDateString } from "./published-date";
import { bylineAuthors } from "./byline";

/**
 * A Markdown article: YAML front matter (title, date, author, lang), ATX and
 * setext headings, paragraphs (soft-wrapped lines joined), list items and
 * block quotes as paragraphs; inline markup removed; code blocks dropped.
 */
export function parseMarkdown(source: string): FormatResult {
  let body = source.replace(/\r\n?/g, "\n");
  const front: Record<string, string> = {};
  const fm = /^---\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(body);
  if (fm) {
    for (const line of fm[1].split("\n")) {
      const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
      if (kv) front[kv[1].toLowerCase()] = kv[2].replace(/^(["'])(.*)\1$/, "$2");
    }
    body = body.slice(fm[0].length);
  }
  const blocks: LaidBlock[] = [];
  let headline: string | null = front.title ? cleanHeadline(front.title) : null;
  let paragraph: string[] = [];
  const flush = () => {
    const t = inline(paragraph.join(" "));
    if (t) blocks.push({ kind: "paragraph", text: t });
    paragraph = [];
  };
  const lines = body.split("\n");
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (fence !== null) {
      if (line.trimStart().startsWith(fence)) fence = null;
      continue;
    }
    const fenceOpen = /^\s*(```|~~~)/.exec(line);
    if (fenceOpen) {
      flush();
      fence = fenceOpen[1];
      continue;
    }
    if (line.trim() === "") {
      flush();
      continue;
    }
    const atx = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    const setext = i + 1 < lines.length && paragraph.length === 0 && /^\s{0,3}(=+|-+)\s*$/.test(lines[i + 1]) && !/^\s*[-*+]\s/.test(line);
    if (atx || setext) {
      flush();
      const level = atx ? atx[1].length : lines[i + 1].trim().startsWith("=") ? 1 : 2;
      const t = inline(atx ? atx[2] : line);
      if (setext) i++;
      if (!t) continue;
      const atTop = !blocks.some((b) => b.kind === "paragraph");
      if (level === 1 && atTop && headline === null) headline = cleanHeadline(t);
      else if (!(level === 1 && atTop && headline === cleanHeadline(t))) blocks.push({ kind: "heading", text: t });
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flush();
      continue;
    }
    const item = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      paragraph.push(item[1]);
      continue;
    }
    const quote = /^\s*>\s?(.*)$/.exec(line);
    if (/^\s*!\[[^\]]*\]\([^)]*\)\s*$/.test(line)) {
      flush();
      const alt = /!\[([^\]]*)\]/.exec(line)?.[1]?.trim();
      if (alt) blocks.push({ kind: "caption", text: inline(alt) });
      continue;
    }
    paragraph.push(quote ? quote[1] : line.trim());
  }
  flush();
  const { text, segments } = layoutBlocks(headline, blocks);
  const date = front.date ?? front.published ?? front.pubdate ?? front.datepublished;
  return {
    text,
    segments,
    headline,
    metadataDate: date ? parseDateString(date) : null,
    headerDate: null,
    declaredLanguage: (front.lang ?? front.language ?? "").slice(0, 2).toLowerCase() || null,
    authors: bylineAuthors(front.author ?? front.authors ?? front.byline),
  };
}

/** Inline Markdown to plain text: links and images to their text, emphasis and code marks removed. */
export function inline(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, "$1")
    .replace(/<(https?:[^>\s]+)>/g, "$1")
    .replace(/<\/?[a-zA-Z][^>]*>/g, "")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/g, "$1")
    .replace(/(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])/g, "$1")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/~~(.+?)~~/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}
