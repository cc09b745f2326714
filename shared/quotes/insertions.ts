/**
 * A quote interrupted by an inserted cue inside its marks ("« A, estime X. B »") becomes two quotes
 * without the inserted words, as the annotation guidelines ask.
 */
import type { QuoteLanguage } from "./quote-language";
import type { MarkedSpan } from "./quote-marks";

// ", verb[-t-il] [up to 8 words][.,] Next": bounded repetitions keep it linear. The words after the verb may
// follow a comma (", explique-t-elle, selon Europe 1. Vous …").
const INSERTION_RE = /,\s+([\p{Ll}][\p{L}'’-]*)((?:,?\s+[\p{L}\p{N}'’.,-]+){0,8}?)\s*[.,]\s+(?=[\p{Lu}«"“])/gu;
// The same cue ending a paragraph the quote runs on from (« A, a raconté X.⏎⏎B »): it ends this paragraph's part.
const FINAL_INSERTION_RE = /,\s+([\p{Ll}][\p{L}'’-]*)((?:,?\s+[\p{L}\p{N}'’.,-]+){0,8}?)\s*[.,]?$/gu;
const ATTACHED_RE = /-(?:t-)?(?:il|elle|ils|elles|on)$/;

export function splitInsertions(text: string, span: MarkedSpan, lang: QuoteLanguage): MarkedSpan[] {
  const inner = text.slice(span.start, span.end);
  if (inner.length < 20 || !inner.includes(",")) return [span];
  const out: MarkedSpan[] = [];
  let from = span.start;
  INSERTION_RE.lastIndex = 0;
  for (let m = INSERTION_RE.exec(inner); m; m = INSERTION_RE.exec(inner)) {
    // A comma clause that is not a cue (", il y a des innocents, dit-elle encore. Le …") must not swallow
    // the cue behind it: look again from the next comma (each attempt is bounded, so this stays linear).
    if (!isInsertedCue(m, lang)) {
      INSERTION_RE.lastIndex = m.index + 1;
      continue;
    }
    const cutStart = span.start + m.index;
    const cutEnd = span.start + m.index + m[0].length;
    if (cutStart - from < 3 || span.end - cutEnd < 3) continue;
    out.push({ ...span, start: from, end: cutStart, close: cutStart, continues: false });
    from = cutEnd;
  }
  if (span.continues) {
    FINAL_INSERTION_RE.lastIndex = from - span.start;
    for (let m = FINAL_INSERTION_RE.exec(inner); m; m = FINAL_INSERTION_RE.exec(inner)) {
      const cutStart = span.start + m.index;
      if (isInsertedCue(m, lang) && cutStart - from >= 3) {
        out.push({ ...span, start: from, end: cutStart, close: cutStart });
        return out;
      }
      FINAL_INSERTION_RE.lastIndex = m.index + 1;
    }
  }
  if (out.length === 0) return [span];
  out.push({ ...span, open: from - 1, start: from });
  return out;
}

/** The verb after the comma is a cue: "estime X", "a-t-il ajouté", "a raconté X" (an auxiliary and its participle). */
function isInsertedCue(m: RegExpExecArray, lang: QuoteLanguage): boolean {
  const verb = m[1].toLowerCase().replace(/’/g, "'");
  if (ATTACHED_RE.test(verb)) {
    const base = verb.replace(ATTACHED_RE, "");
    return lang.verbForms.has(base) || lang.auxiliaries.has(base);
  }
  if (m[2].trim().length === 0) return false;
  const next = (m[2].match(/[\p{L}'’-]+/u)?.[0] ?? "").toLowerCase().replace(/’/g, "'");
  return lang.verbForms.has(verb) || (lang.auxiliaries.has(verb) && lang.verbForms.has(next));
}
