/**
 * Finds spans between quote marks in one linear pass per line.
 * Lines are the unit because a quote never spans a line break except by the
 * multi-paragraph convention (an opening mark starts each paragraph, only the last
 * closes), which is handled at line ends.
 */

export interface MarkedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark, or the line end for an unclosed paragraph. */
  close: number;
  /** The quoted words, trimmed of spaces (French non-breaking spaces included). */
  start: number;
  end: number;
  /** The opening mark character. */
  mark: string;
  /** True when the quote runs on into the next paragraph (no closing mark here). */
  continues: boolean;
}

/** Deepest nesting kept: deeper openers are ignored, which bounds work on pathological input. */
const MAX_DEPTH = 6;

const CLOSER_FOR: Record<string, string> = {
  "«": "»",
  "‹": "›",
  "“": "”",
  "„": "“",
  '"': '"',
  "‘": "’",
  "'": "'",
  "»": "«", // German/Danish-style reversed guillemets, and French continuation lines
};

interface Frame {
  mark: string;
  pos: number;
  /** Closed quotes directly inside this one, promoted when this one never closes. */
  children: MarkedSpan[];
}

const isSpace = (c: string) => c === " " || c === "\t" || c === "\u00a0" || c === "\u202f" || c === "\u2009" || c === "\r";
const isWordChar = (c: string) => c !== "" && /[\p{L}\p{N}]/u.test(c);
const OPEN_CONTEXT = new Set(["", "(", "[", "{", "-", "–", "—", "/", ":", "«", "“", "‘", "‹", "\u00a0", "\u202f"]);
const CLOSE_CONTEXT = new Set(["", ".", ",", ";", ":", "!", "?", ")", "]", "}", "…", "»", "”", "’", "›", "-", "–", "—"]);

/** Trimmed inner bounds, or null when only spaces are between the marks. */
function inner(text: string, from: number, to: number): [number, number] | null {
  let s = from;
  let e = to;
  while (s < e && (isSpace(text[s]) || text[s] === "\n")) s++;
  while (e > s && (isSpace(text[e - 1]) || text[e - 1] === "\n")) e--;
  return e > s ? [s, e] : null;
}

/** `unopenedContinuations`: a quote may run on into a paragraph that does not reopen it (see nextLineCloses). */
export function findMarkedSpans(text: string, unopenedContinuations = false): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  let lineStart = 0;
  /** The opening mark of a quote left open at the previous line end (multi-paragraph convention). */
  let carried: string | null = null;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd > lineStart) carried = scanLine(text, lineStart, lineEnd, carried, out, unopenedContinuations);
    else if (carried !== null && !nextLineOpens(text, lineEnd + 1, carried) && !(unopenedContinuations && nextLineCloses(text, lineEnd + 1, carried))) carried = null;
    lineStart = lineEnd + 1;
  }
  return out;
}

/**
 * Is the first quote mark of the next non-blank line a closing mark for `mark`, with no opening mark of its
 * own before it? French copy often runs a quote over paragraphs without reopening it (« A.⏎⏎B », dit-il):
 * one quote per paragraph, as when each paragraph reopens. Scans one line, so each line is read at most twice.
 */
function nextLineCloses(text: string, from: number, mark: string): boolean {
  let i = from;
  while (i < text.length && (isSpace(text[i]) || text[i] === "\n")) i++;
  const lineEnd = text.indexOf("\n", i);
  const end = lineEnd < 0 ? text.length : lineEnd;
  const closer = CLOSER_FOR[mark];
  for (let k = i; k < end; k++) {
    const c = text[k];
    if (c === "«" || c === "“" || c === "„" || c === "‹") return mark === "„" && c === "“";
    if (c === "»" || c === "”" || c === "›") return c === closer || (c === "”" && mark === '"');
    if (c === '"') {
      // Closing context only: a word or punctuation before, a space, punctuation or the line end after.
      const prev = text[k - 1] ?? "";
      const next = k + 1 < end ? text[k + 1] : "";
      return mark === '"' && k > i && !isSpace(prev) && (next === "" || isSpace(next) || CLOSE_CONTEXT.has(next));
    }
  }
  return false;
}

/** Does the next non-blank line start with an opening mark (continuation of a quote)? */
function nextLineOpens(text: string, from: number, mark: string): boolean {
  let i = from;
  while (i < text.length && (isSpace(text[i]) || text[i] === "\n")) i++;
  const c = text[i];
  return c === mark || (mark === "«" && c === "»") || (c === "“" && mark === '"') || (c === '"' && mark === "“");
}

function scanLine(text: string, from: number, to: number, carried: string | null, out: MarkedSpan[], unopenedContinuations: boolean): string | null {
  const stack: Frame[] = [];
  let i = from;
  while (i < to && isSpace(text[i])) i++;
  // A French continuation paragraph may open with » instead of «.
  if (carried === "«" && text[i] === "»") {
    stack.push({ mark: "«", pos: i, children: [] });
    i++;
  } else if (unopenedContinuations && carried !== null && !nextLineOpens(text, i, carried === "„" ? "“" : carried)) {
    // A continuation paragraph with no opening mark (nextLineCloses): the quote is open from its first word.
    stack.push({ mark: carried, pos: i - 1, children: [] });
  }
  for (; i < to; i++) {
    const c = text[i];
    switch (c) {
      case "«":
      case "‹":
      case "„":
        push(stack, c, i);
        break;
      case "“":
        if (stack.length && stack[stack.length - 1].mark === "„") pop(text, stack, stack.length - 1, i, out);
        else push(stack, c, i);
        break;
      case "»":
      case "›":
      case "”": {
        const k = findOpener(stack, c);
        if (k >= 0) pop(text, stack, k, i, out);
        else if (c === "”" && isSpace(text[i - 1] ?? "") && isWordChar(text[i + 1] ?? "")) push(stack, "“", i); // ” misused as opener
        break;
      }
      case "'":
        // Two apostrophes stand for a double quote in some wire copy (''like this'').
        if (text[i + 1] === "'") {
          ambiguous(text, stack, '"', i + 1, from, to, out);
          i++;
        } else ambiguous(text, stack, c, i, from, to, out);
        break;
      case '"':
      case "‘":
      case "’":
        ambiguous(text, stack, c, i, from, to, out);
        break;
    }
  }
  if (stack.length === 0) return null;
  const bottom = stack[0];
  if (nextLineOpens(text, to + 1, bottom.mark === "„" ? "“" : bottom.mark) || (unopenedContinuations && nextLineCloses(text, to + 1, bottom.mark))) {
    const span = inner(text, bottom.pos + 1, to);
    if (span) out.push({ open: bottom.pos, close: to, start: span[0], end: span[1], mark: bottom.mark, continues: true });
    return bottom.mark;
  }
  // Unbalanced: keep what closed inside the unclosed quotes.
  for (const f of stack) for (const ch of f.children) out.push(ch);
  return null;
}

function push(stack: Frame[], mark: string, pos: number): void {
  if (stack.length < MAX_DEPTH) stack.push({ mark, pos, children: [] });
}

function findOpener(stack: Frame[], closer: string): number {
  for (let k = stack.length - 1; k >= 0; k--) {
    const m = stack[k].mark;
    if (CLOSER_FOR[m] === closer || (closer === "”" && (m === '"' || m === "„"))) return k;
  }
  return -1;
}

/** Closes frame k at closing mark position `at`, dropping frames above it (they never closed). */
function pop(text: string, stack: Frame[], k: number, at: number, out: MarkedSpan[]): void {
  const f = stack[k];
  stack.length = k;
  const span = inner(text, f.pos + 1, at);
  if (!span) return;
  const q: MarkedSpan = { open: f.pos, close: at + 1, start: span[0], end: span[1], mark: f.mark, continues: false };
  if (k === 0) out.push(q);
  else stack[k - 1].children.push(q);
}

/** Straight quotes and single quotes: decide open or close from the characters around. */
function ambiguous(text: string, stack: Frame[], c: string, i: number, from: number, to: number, out: MarkedSpan[]): void {
  const prev = i > from ? text[i - 1] : "";
  const next = i + 1 < to ? text[i + 1] : "";
  const prevWord = isWordChar(prev);
  const nextWord = isWordChar(next);
  if (c === "’" || c === "'") {
    // Between letters it is an apostrophe (aujourd’hui, don't).
    if (prevWord && nextWord) return;
  }
  if (c === "‘") {
    if (prevWord) return; // a misused apostrophe
    push(stack, c, i);
    return;
  }
  const opener = c === "’" ? "‘" : c;
  const k = findOpener(stack, c === "’" ? "’" : c);
  const canOpen = (OPEN_CONTEXT.has(prev) || isSpace(prev) || prev === '"' || prev === "'") && next !== "" && !isSpace(next);
  const canClose = prev !== "" && !isSpace(prev) && (CLOSE_CONTEXT.has(next) || isSpace(next) || next === '"' || next === "'");
  if (k >= 0 && canClose) {
    pop(text, stack, k, i, out);
    return;
  }
  if (c === "’") return; // never opens
  if (c === "'" && !canOpen) return; // a possessive (Trumps') or stray apostrophe
  if (canOpen) {
    push(stack, opener, i);
    return;
  }
  // Neither context is clear: close an open straight quote, else open one.
  if (k >= 0) pop(text, stack, k, i, out);
  else push(stack, opener, i);
}
