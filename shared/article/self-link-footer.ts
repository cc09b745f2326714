/**
 * Feed bodies often end with a line that only points back to the article itself:
 * WordPress's "The post <a href=LINK>Title</a> appeared first on Site." (its French
 * "L'article … est apparu en premier sur …"), "Continue reading <a href=LINK>…</a>",
 * "Lire la suite". Whatever the language, such a line links to the item's own link and
 * ends the body (or names the item's title and the site after it): it is feed furniture, not article text. It is removed from the parsed
 * body (a linkedom body or our XML tree); a link to the article anywhere but the last
 * block is kept.
 */
export function dropSelfLinkFooter(body: TreeNode, ownLink: string | null, title: string | null = null): void {
  if (!ownLink) return;
  const own = normalise(ownLink);
  const path = lastLinkTo(body, own);
  if (!path) return;
  const link = path[path.length - 1];
  // The nearest block holding the link, else the link itself when it is loose in the body.
  let at = path.length - 1;
  while (at > 0 && !BLOCKS.has(path[at].nodeName.toUpperCase())) at--;
  if (!BLOCKS.has(path[at].nodeName.toUpperCase())) at = path.length - 1;
  // Nothing with text may follow that block, at any level.
  for (let depth = at; depth >= 0; depth--) {
    const nodes = children(depth === 0 ? body : path[depth - 1]);
    for (let i = nodes.indexOf(path[depth]) + 1; i < nodes.length; i++) if ((nodes[i].textContent ?? "").trim() !== "") return;
  }
  // A block that is mostly the link ("The post <a>…</a> appeared first on …", "<a>Continue reading</a>")
  // goes whole; in a paragraph of text ("Crews start on Monday. <a>Read more</a>") only the link goes.
  const block = path[at];
  const before = textBefore(block, link);
  const after = (block.textContent ?? "").slice(before.length + (link.textContent ?? "").length);
  const shortLead = before.trim().length <= SHORT_LEAD;
  // Words after the link make it a sentence ("Parents can read <a>the proposal</a> online."), unless
  // the link is the item's own title after a few words: WordPress's "The post <a>Title</a> appeared first on …".
  if (/[\p{L}\p{N}]/u.test(after) && !(shortLead && title !== null && fold(link.textContent ?? "") === fold(title))) return;
  const target = shortLead ? block : link;
  // A body that is nothing but a link to the article (a teaser wrapped in <a>) is the teaser: kept.
  if (textBefore(body, target).trim() === "") return;
  const parent = target === block ? (at === 0 ? body : path[at - 1]) : path.length > 1 ? path[path.length - 2] : body;
  if (typeof target.remove === "function") target.remove();
  else if (Array.isArray(parent.childNodes)) parent.childNodes.splice(parent.childNodes.indexOf(target), 1);
}

/** Words a footer line may put before its link ("The post", "L'article", "Source :"). */
const SHORT_LEAD = 40;

const fold = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

/** The text of `root` that comes before `target` in document order. */
function textBefore(root: TreeNode, target: TreeNode): string {
  let out = "";
  const walk = (n: TreeNode): boolean => {
    if (n === target) return true;
    if (n.nodeType === 3) out += n.textContent ?? "";
    for (const c of children(n)) if (walk(c)) return true;
    return false;
  };
  walk(root);
  return out;
}

/** What linkedom's nodes and our XML tree's nodes both have. */
export interface TreeNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<TreeNode>;
  getAttribute?(name: string): string | null;
  remove?(): void;
}

const BLOCKS = new Set(["P", "DIV", "LI", "UL", "OL", "FOOTER", "SECTION", "ASIDE", "BLOCKQUOTE", "H1", "H2", "H3", "H4", "H5", "H6"]);

const children = (n: TreeNode): TreeNode[] => Array.from(n.childNodes);

/** The path (below the body) to the last link to `own`, or null. */
function lastLinkTo(node: TreeNode, own: string): TreeNode[] | null {
  const nodes = children(node);
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i];
    if (n.nodeType !== 1) continue;
    const deeper = lastLinkTo(n, own);
    if (deeper) return [n, ...deeper];
    if (n.nodeName.toUpperCase() === "A" && normalise(n.getAttribute?.("href") ?? "") === own) return [n];
  }
  return null;
}

/** The same page whatever its scheme, trailing slash, fragment or tracking (utm_) parameters. */
function normalise(url: string): string {
  const [address, query = ""] = url.trim().replace(/#.*$/, "").split("?", 2);
  const kept = query.split("&").filter((p) => p !== "" && !/^utm_/i.test(p));
  return `${address.replace(/^https?:\/\//i, "").replace(/\/+$/, "")}${kept.length ? `?${kept.join("&")}` : ""}`.toLowerCase();
}
