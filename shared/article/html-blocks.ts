/**
 * Text blocks of an article's DOM: one block per paragraph-like element,
 * with its kind from the tag or class, and the share of its text that is
 * bold or link text (to spot standfirsts and link lists).
 */

export interface HtmlBlock {
  kind: "paragraph" | "heading" | "caption" | "byline";
  text: string;
  /** Share of the characters inside <strong>/<b>. */
  bold: number;
  /** Share of the characters inside <a>. */
  links: number;
}

type N = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<N>; getAttribute?(n: string): string | null };

const BLOCK = new Set(["P", "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "FOOTER", "LI", "UL", "OL", "DL", "DD", "DT", "BLOCKQUOTE", "PRE", "TABLE", "TR", "TD", "TH", "TBODY", "THEAD", "FIGURE", "FIGCAPTION", "CAPTION", "H1", "H2", "H3", "H4", "H5", "H6", "HR", "ADDRESS", "ASIDE", "NAV", "FORM", "DETAILS", "SUMMARY"]);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "BUTTON", "SELECT", "TEXTAREA", "INPUT", "IFRAME", "OBJECT", "VIDEO", "AUDIO", "CANVAS", "IMG", "PICTURE", "SOURCE"]);
const HEADING = /^H[1-6]$/;
const CAPTION_CLASS = /caption|legende|légende|credit/i;
const BYLINE_CLASS = /(^|[\s_-])(byline|author|auteur|signature|dateline|date|published|pubdate|timestamp)([\s_-]|$)/i;

export function htmlBlocks(root: N): HtmlBlock[] {
  const out: HtmlBlock[] = [];
  let buffer = "";
  // Line breaks in the whitespace that ends the buffer, kept as text arrives: reading the buffer's end
  // instead (a regex with $, or indexing) rescans or flattens it at every <br>, quadratic in its length.
  let trailingBreaks = 0;
  let bold = 0;
  let links = 0;
  let kind: HtmlBlock["kind"] = "paragraph";
  const flush = () => {
    const raw = buffer;
    const t = raw.replace(/\s+/g, " ").trim();
    if (t && /[\p{L}\p{N}]/u.test(t)) {
      const visible = Math.max(1, raw.replace(/\s+/g, "").length);
      out.push({ kind, text: t, bold: Math.min(1, bold / visible), links: Math.min(1, links / visible) });
    }
    buffer = "";
    trailingBreaks = 0;
    bold = 0;
    links = 0;
  };
  // An explicit stack instead of recursion: pages nest thousands of elements deep.
  type Frame = { node: N; inherited: HtmlBlock["kind"]; inBold: boolean; inLink: boolean; exit?: { isBlock: boolean; inherited: HtmlBlock["kind"] } };
  const stack: Frame[] = [{ node: root, inherited: "paragraph", inBold: false, inLink: false }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.exit) {
      if (frame.exit.isBlock) {
        flush();
        kind = frame.exit.inherited;
      }
      continue;
    }
    const { node, inherited, inBold, inLink } = frame;
    if (node.nodeType === 3) {
      const t = node.textContent ?? "";
      buffer += t;
      trailingBreaks = breaksInTrailingWhitespace(t, trailingBreaks);
      const n = t.replace(/\s+/g, "").length;
      if (inBold) bold += n;
      if (inLink) links += n;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = node.nodeName.toUpperCase();
    if (SKIP.has(tag)) continue;
    if (tag === "BR") {
      buffer += "\n";
      // A blank line (two breaks with only whitespace between) ends a block, as in the text formats.
      if (++trailingBreaks >= 2) {
        flush();
        kind = inherited;
      }
      continue;
    }
    const isBlock = BLOCK.has(tag);
    const cls = `${node.getAttribute?.("class") ?? ""} ${node.getAttribute?.("itemprop") ?? ""}`;
    if (tag === "BLOCKQUOTE" && EMBEDDED_POST.test(cls)) {
      flush();
      const post = embeddedPost(node);
      if (post) out.push({ kind: "paragraph", text: post, bold: 0, links: 0 });
      continue;
    }
    let own: HtmlBlock["kind"] = inherited;
    if (HEADING.test(tag)) own = "heading";
    else if (tag === "FIGCAPTION" || tag === "CAPTION" || CAPTION_CLASS.test(cls)) own = "caption";
    else if (BYLINE_CLASS.test(cls) && inherited === "paragraph") own = "byline";
    if (isBlock) {
      flush();
      kind = own;
    } else if (own !== inherited && own !== "paragraph") {
      kind = own;
    }
    const b = inBold || tag === "STRONG" || tag === "B";
    const l = inLink || tag === "A";
    stack.push({ node, inherited, inBold, inLink, exit: { isBlock, inherited } });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], inherited: own, inBold: b, inLink: l });
  }
  flush();
  return out;
}

/** A social-media post embedded in an article, as the networks' embed code writes it (X/Twitter, Bluesky). */
const EMBEDDED_POST = /(?:^|\s)(?:twitter-tweet|bluesky-embed)(?:\s|$)/;
/** "— Eluned Morgan (@FM_Wales) December 7, 2024": the author line under the post's text. */
const POST_AUTHOR = /^[\s—–-]*(\p{Lu}[^()\n]{0,80}?)\s*\(\s*(@[\w.-]+)\s*\)/u;
/** Shortened links and picture links the network puts in the text. */
const POST_LINKS = /\s*\b(?:pic\.twitter\.com|t\.co|pic\.x\.com)\/\S+/g;

/**
 * An embedded post is a quotation of its author: laid out as "Name (@handle): “text”", the form the press prints a
 * post in, so the quote stage reads the post as a quote and its author as the speaker. Without an author line, the
 * post's text alone; the date link under it is no text of the article.
 */
function embeddedPost(blockquote: N): string | null {
  const children = Array.from(blockquote.childNodes);
  const first = children.find((c) => c.nodeType === 1 && c.nodeName.toUpperCase() === "P");
  const whole = (blockquote.textContent ?? "").replace(/\s+/g, " ").trim();
  const body = (first?.textContent ?? whole).replace(POST_LINKS, "").replace(/\s+/g, " ").trim();
  if (!body || !/[\p{L}\p{N}]/u.test(body)) return null;
  if (!first) return body;
  const rest = children.filter((c) => c !== first).map((c) => c.textContent ?? "").join("").replace(/\s+/g, " ").trim();
  const author = POST_AUTHOR.exec(rest);
  return author ? `${author[1]} (${author[2]}): “${body}”` : body;
}

/** Line breaks in the whitespace ending `before + t`, given those ending `before`. */
function breaksInTrailingWhitespace(t: string, before: number): number {
  let breaks = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    const c = t.charCodeAt(i);
    if (c === 10) breaks++;
    else if (!isSpace(c)) return breaks;
  }
  return before + breaks;
}

/** What \s matches, by code unit. */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
