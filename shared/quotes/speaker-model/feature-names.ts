/**
 * Feature names built once: `name("rk:", dir, rank, kind)` returns the same string object for the same
 * parts, so the ranker's weight lookups hash a string they have seen before instead of a fresh
 * concatenation per candidate (the ranker runs on every quote of every article).
 */
type Part = string | number;

interface Node {
  children: Map<Part, Node>;
  /** The whole name, when the parts end here. */
  names: Map<Part, string>;
}

const root: Node = { children: new Map(), names: new Map() };
/** Open-ended parts (verb forms, head nouns) could grow the table without bound: past this size, names are built fresh. */
const MAX_NAMES = 50_000;
let count = 0;

function child(node: Node, part: Part): Node {
  let next = node.children.get(part);
  if (next === undefined) node.children.set(part, (next = { children: new Map(), names: new Map() }));
  return next;
}

function leaf(node: Node, part: Part, whole: string | undefined): string | undefined {
  if (whole === undefined) return node.names.get(part);
  if (count < MAX_NAMES) {
    node.names.set(part, whole);
    count++;
  }
  return whole;
}

// Fixed arities and no closures: nothing is allocated once a name is known.
export function name(a: Part, b: Part, c?: Part, d?: Part): string {
  if (c === undefined) {
    const node = child(root, a);
    return leaf(node, b, undefined) ?? leaf(node, b, `${a}${b}`)!;
  }
  if (d === undefined) {
    const node = child(child(root, a), b);
    return leaf(node, c, undefined) ?? leaf(node, c, `${a}${b}${c}`)!;
  }
  const node = child(child(child(root, a), b), c);
  return leaf(node, d, undefined) ?? leaf(node, d, `${a}${b}${c}${d}`)!;
}
