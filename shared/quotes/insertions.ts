/**
 * A quote interrupted by an inserted cue inside its marks ("« A, estime X. B »") becomes two quotes
 * without the inserted words, as the annotation guidelines ask.
 */
import type { QuoteLanguage } from "./quote-language";
import type { MarkedSpan } from "./quote-marks";

// ", verb[-t-il] [up to 8 words][.,] Next": bounded repetitions keep it linear.
const INSERTION_RE = /,\s+([\p{Ll}][\p{L}'’-]*)((?:\s+[\p{L}\p{N}'’.,-]+){0,8}?)\s*[.,]\s+(?=[\p{Lu}«"“])/gu;
const ATTACHED_RE = /-(?:t-)?(?:il|elle|ils|elles|on)$/;

export function splitInsertions(text: string, span: MarkedSpan, lang: QuoteLanguage): MarkedSpan[] {
  const inner = text.slice(span.start, span.end);
  if (inner.length < 20 || !inner.includes(",")) return [span];
  const out: MarkedSpan[] = [];
  let from = span.start;
  INSERTION_RE.lastIndex = 0;
  for (let m = INSERTION_RE.exec(inner); m; m = INSERTION_RE.exec(inner)) {
    const verb = m[1].toLowerCase().replace(/’/g, "'");
    const attached = ATTACHED_RE.test(verb);
    const base = verb.replace(ATTACHED_RE, "");
    const isCue = attached ? lang.verbForms.has(base) || lang.auxiliaries.has(base) : lang.verbForms.has(verb) && m[2].trim().length > 0;
    if (!isCue) continue;
    const cutStart = span.start + m.index;
    const cutEnd = span.start + m.index + m[0].length;
    if (cutStart - from < 3 || span.end - cutEnd < 3) continue;
    out.push({ ...span, start: from, end: cutStart, close: cutStart, continues: false });
    from = cutEnd;
  }
  if (out.length === 0) return [span];
  out.push({ ...span, open: from - 1, start: from });
  return out;
}
