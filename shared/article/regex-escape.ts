/** A literal string as a regular-expression source: the language tables' words and phrases go into patterns. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
