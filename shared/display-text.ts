/**
 * The summary's strings meant to be read or searched (headline, lead, summary sentences, quotes,
 * authors) without soft hyphens (U+00AD, HTML's &shy;): invisible marks of where a line may break,
 * which would otherwise split "Inter\u00adnet" for anyone who searches the summary for "Internet".
 * Offsets still index the text as written, which keeps them. OCR's "¬" stays: it is visible in the text,
 * and only names and word lookups read past it (withoutLineBreakHyphens in shared/doc/tokenize.ts).
 */
export function displayText(text: string): string {
  return text.includes("\u00ad") ? text.replace(/\u00ad/g, "") : text;
}
