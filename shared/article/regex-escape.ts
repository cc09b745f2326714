/** A literal string as a regular-expression source: the language tables' words and phrases go into patterns. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The words and phrases of a language table as one regex alternation: each once, escaped, longest first,
 * so that "mis à jour le" is tried before "mis à jour".
 */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");
}
