/**
 * Feed bodies often end with a line that only points back to the article itself:
 * WordPress's "The post <a href=LINK>Title</a> appeared first on Site." (its French
 * "L'article … est apparu en premier sur …"), "Continue reading <a href=LINK>…</a>",
 * "Lire la suite". Whatever the language, such a line links to the item's own link and
 * ends the body: it is feed furniture, not article text. It is removed from the parsed
 * body; a link to the article anywhere but the last block is kept.
 */
export function dropSelfLinkFooter(body: DomNode, ownLink: string | null): void {
  if (!ownLink) return;
  const own = normalise(ownLink);
  const anchors = body.querySelectorAll("a[href]");
  for (let i = anchors.length - 1; i >= 0; i--) {
    const a = anchors[i];
    if (normalise(a.getAttribute("href") ?? "") !== own) continue;
    const block = blockOf(a, body);
    if (block && nothingAfter(block, body)) block.remove();
    return;
  }
}

/** The subset of linkedom's DOM this uses. */
export interface DomNode {
  nodeType: number;
  tagName?: string;
  textContent: string | null;
  parentNode: DomNode | null;
  nextSibling: DomNode | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<DomNode>;
  remove(): void;
}

const BLOCKS = new Set(["P", "DIV", "LI", "UL", "OL", "FOOTER", "SECTION", "ASIDE", "BLOCKQUOTE", "H1", "H2", "H3", "H4", "H5", "H6"]);

/** The nearest block element holding the link, below the body; the link itself when it is loose in the body. */
function blockOf(node: DomNode, body: DomNode): DomNode | null {
  let n: DomNode = node;
  while (n.parentNode && n.parentNode !== body) {
    if (BLOCKS.has((n.tagName ?? "").toUpperCase())) return n;
    n = n.parentNode;
  }
  return n.parentNode === body ? n : null;
}

/** No text follows the node in the body. */
function nothingAfter(node: DomNode, body: DomNode): boolean {
  for (let n: DomNode | null = node; n && n !== body; n = n.parentNode) {
    for (let s = n.nextSibling; s; s = s.nextSibling) if ((s.textContent ?? "").trim() !== "") return false;
  }
  return true;
}

/** The same page whatever its scheme, trailing slash, fragment or tracking parameters. */
function normalise(url: string): string {
  return url
    .trim()
    .replace(/^https?:\/\//i, "")
    .replace(/#.*$/, "")
    .replace(/[?&]utm_[^&]*/g, "")
    .replace(/\/+$/, "")
    .toLowerCase();
}
