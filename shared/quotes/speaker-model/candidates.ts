/**
 * Candidate speaker mentions of a quote: names, pronouns and descriptions outside quotes in a window
 * around it (back to two paragraph breaks, forward to the next one), the rules' own pick, and the
 * previous quote's speaker mention. Bounded per quote, so 5,000 quotes stay linear.
 */
import type { Mention } from "../attribution";
import type { RankerDocument } from "./document";

export interface Candidate {
  mention: Mention;
  /** Token index where the mention starts. */
  tok: number;
  /** Token index of its last token. */
  lastTok: number;
  /** Is it the rules' choice for this quote? */
  rule: boolean;
  /** Is it the previous quote's speaker mention (the last speaker goes on)? */
  previous: boolean;
  /** The person a pronoun or description is taken to stand for, when the ranker chooses it (see antecedents.ts). */
  alternative?: string;
}

/** Tokens scanned before and after a quote. */
const BACK_TOKENS = 40;
const AHEAD_TOKENS = 40;
/** Candidates kept on each side, nearest first. */
const PER_SIDE = 4;
/** "au", "aux" are à + article: a description they open is governed ("du", "des" are also plain articles). */
const CONTRACTED_PREPOSITIONS = new Set(["au", "aux"]);

export function candidatesFor(doc: RankerDocument, q: number, rule: Mention | null, previous: Mention | null): Candidate[] {
  const { tokens } = doc;
  const quote = doc.quotes[q];
  const out: Candidate[] = [];
  const seen = new Set<number>();
  const add = (k: number, m: Mention | null, side: Candidate[]) => {
    if (!m || seen.has(m.start) || doc.insideQuote(k) >= 0) return;
    let last = k;
    while (last + 1 < tokens.length && tokens[last + 1].start < m.end) last++;
    if (listenerOfCue(doc, k)) return;
    // "dans le même temps", "au sérieux": a noun phrase a preposition governs is a complement, never the speaker.
    if (m.kind === "description" && governed(doc, k)) return;
    // Any determiner and noun reads as a description: keep those that name a speaker kind or stand next to a cue verb.
    if (m.kind === "description" && !(m.head && doc.isSpeakerHead(m.head.split(" ")[0])) && !nextToCue(doc, k, last)) return;
    seen.add(m.start);
    side.push({ mention: m, tok: k, lastTok: last, rule: false, previous: false });
  };
  // Backward: nearest first, stopping at the second paragraph break.
  const before: Candidate[] = [];
  for (let k = quote.openTok - 1, breaks = 0, n = 0; k >= 0 && n < BACK_TOKENS && before.length < PER_SIDE; k--, n++) {
    const t = tokens[k];
    if (t.kind === "nl") {
      if (k > 0 && tokens[k - 1].kind !== "nl" && ++breaks >= 2) break;
      continue;
    }
    if (doc.insideQuote(k) >= 0) continue;
    // Read mentions from their first token; a description's determiner is its first token.
    add(k, doc.mentionAt(k), before);
  }
  const after: Candidate[] = [];
  for (let k = quote.closeTok + 1, n = 0; k < tokens.length && n < AHEAD_TOKENS && after.length < PER_SIDE; k++, n++) {
    const t = tokens[k];
    if (t.kind === "nl") break;
    if (doc.insideQuote(k) >= 0) continue;
    add(k, doc.mentionAt(k), after);
  }
  // A mention nested in a longer one read from an earlier token (a name inside a description) stays a candidate of its own.
  out.push(...before, ...after);
  const mark = (m: Mention | null, field: "rule" | "previous") => {
    if (!m) return;
    const found = out.find((c) => c.mention.start === m.start && c.mention.end === m.end) ?? out.find((c) => c.mention.start <= m.start && m.end <= c.mention.end);
    if (found) {
      found[field] = true;
      return;
    }
    const tok = doc.tokenAt(m.start);
    // The listener rule is a hard constraint on the rules' pick too.
    if (field === "rule" && listenerOfCue(doc, tok)) return;
    let last = tok;
    while (last + 1 < tokens.length && tokens[last + 1].start < m.end) last++;
    out.push({ mention: m, tok, lastTok: last, rule: field === "rule", previous: field === "previous" });
  };
  mark(rule, "rule");
  mark(previous, "previous");
  return out;
}

/**
 * A preposition before the description, or a preposition and article in one opening it ("au sérieux"); also before
 * the article of a noun read on its own ("statement" in "said in a statement").
 */
function governed(doc: RankerDocument, k: number): boolean {
  if (CONTRACTED_PREPOSITIONS.has(doc.tokens[k].lower)) return true;
  const before = doc.tokens[k - 1];
  if (before?.kind === "word" && doc.isArticle(before.lower) && doc.tokens[k].lower !== before.lower) {
    // "selon la ministre": a preposition that names the speaker does not govern.
    const prep = doc.tokens[k - 2];
    return prep !== undefined && prep.kind === "word" && doc.isPreposition(prep.lower) && !doc.endsPrepositionCue(prep.lower);
  }
  return before !== undefined && before.kind === "word" && doc.isPreposition(before.lower);
}

/** A cue verb right after the mention (auxiliaries and adverbs between) or right before it. */
function nextToCue(doc: RankerDocument, first: number, last: number): boolean {
  const { tokens } = doc;
  for (let k = last + 1; k < tokens.length && k - last <= 3; k++) {
    if (tokens[k].kind !== "word") break;
    if (doc.isCueVerb(k)) return true;
    if (!doc.isAuxiliaryOrAdverb(tokens[k].lower)) break;
  }
  for (let k = first - 1; k >= 0 && first - k <= 3; k--) {
    if (tokens[k].kind !== "word") break;
    if (doc.isCueVerb(k)) return true;
    if (!doc.isAuxiliaryOrAdverb(tokens[k].lower)) break;
  }
  return false;
}

/** "a-t-il déclaré à l'AFP", "a confié au Parisien", "told Reuters": the one spoken to, right after a cue. */
function listenerOfCue(doc: RankerDocument, k: number): boolean {
  const { tokens } = doc;
  let j = k - 1;
  // "à l'AFP": the article between the preposition and the name.
  if (j >= 0 && (tokens[j].lower === "l'" || tokens[j].lower === "la" || tokens[j].lower === "les" || tokens[j].lower === "the")) j--;
  if (j < 0) return false;
  if (doc.lang === "en" && tokens[j].lower === "told") return true;
  if (!doc.isListenerPreposition(tokens[j].lower)) return false;
  // The cue may sit a few words back ("a déclaré samedi à l'AFP").
  for (let v = j - 1; v >= 0 && j - v <= 3; v--) {
    if (tokens[v].kind !== "word") return false;
    if (doc.isCueVerb(v)) return true;
  }
  return false;
}
