/** Text folding used only for comparing predictions with gold (corpus README rules). */

const DOUBLE_QUOTES = /[“”«»„‟″]/g;
const SINGLE_QUOTES = /[’‘‚‛′]/g;

/** NFC, quote characters unified, whitespace collapsed, trimmed. */
export function normalizeForMatch(s: string): string {
  return s.normalize("NFC").replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'").replace(/\s+/gu, " ").trim();
}

/** Headline comparison form: normalizeForMatch, minus one final full stop. */
export function normalizeHeadline(s: string): string {
  return normalizeForMatch(s).replace(/\.$/, "").trimEnd();
}

/** Case- and accent-folded form for speaker names. */
export function foldName(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
}
