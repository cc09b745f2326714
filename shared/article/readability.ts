/**
 * Mozilla Readability tuned for linkedom. Readability finds elements by tag
 * through querySelectorAll("p,div,…"), and linkedom compiles a CSS selector
 * on every such call: a third of Readability's time on a typical page.
 * Here that one lookup is a plain walk of the subtree, with the same result
 * (the descendants with those tags, in document order, as a static list).
 * readability.test.ts fails if a Readability upgrade renames the method.
 */
import { Readability } from "@mozilla/readability";
import { type DomElement, pushElementChildren } from "./dom-index";

type Node = DomElement;

/** Element descendants of `root` whose tag is one of `tagNames`, in document order. */
export function descendantsWithTags(root: Node, tagNames: readonly string[]): Node[] {
  // Tag names compared in upper case: Readability creates elements as "P", which linkedom keeps as their localName.
  const wanted = new Set(tagNames.map((t) => t.toUpperCase()));
  const out: Node[] = [];
  const stack: Node[] = [];
  pushElementChildren(stack, root, (child) => child);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (wanted.has(node.nodeName.toUpperCase())) out.push(node);
    pushElementChildren(stack, node, (child) => child);
  }
  return out;
}

export const READABILITY_TAG_LOOKUP = "_getAllNodesWithTag";

export class LinkedomReadability<T = string> extends Readability<T> {}

(LinkedomReadability.prototype as unknown as Record<string, unknown>)[READABILITY_TAG_LOOKUP] = function (node: Node, tagNames: string[]): Node[] {
  return descendantsWithTags(node, tagNames);
};

export const READABILITY_TITLE_CHECK = "_headerDuplicatesTitle";

/**
 * Readability drops the first <h1>/<h2> whose words are mostly in the page
 * title, to avoid printing the title twice. Its similarity is one-sided, so a
 * short section heading made of title words ("Interview with the founder"
 * under "New label + interview with the founder") goes too. A heading
 * repeats the title only when each covers most of the other.
 */
(LinkedomReadability.prototype as unknown as Record<string, unknown>)[READABILITY_TITLE_CHECK] = function (
  this: { _getInnerText(n: Node, normalize: boolean): string; _textSimilarity(a: string, b: string): number; _articleTitle: string },
  node: Node,
): boolean {
  if (node.nodeName.toUpperCase() !== "H1" && node.nodeName.toUpperCase() !== "H2") return false;
  const heading = this._getInnerText(node, false);
  return Math.min(this._textSimilarity(this._articleTitle, heading), this._textSimilarity(heading, this._articleTitle)) > 0.75;
};
