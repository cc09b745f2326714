/**
 * Features of one candidate speaker for one quote, as names of binary indicators: distance and
 * direction, the cue verb next to it, subject or inverted-subject position, the word before it
 * (à/au/to: a listener; de/of: a complement), paragraph and sentence position, person or
 * organisation, gender and number, agreement with the pronoun of the cue, and continuity with the
 * previous quote's speaker.
 */
import type { Candidate } from "./candidates";
import type { RankerDocument } from "./document";
import { name } from "./feature-names";

export interface QuoteContext {
  /** How the rules found their pick ("after", "before", "preposition", "subject", "neighbour", "none"…). */
  ruleSource: string;
  /** The pick's resolved speaker for the previous quote, and where its quote closed. */
  previousSpeaker: string | null;
  /** Paragraph breaks between the previous quote and this one (capped at 3). */
  breaksSincePrevious: number;
}

const bucket = (n: number) => (n <= 1 ? "1" : n <= 3 ? "3" : n <= 6 ? "6" : n <= 12 ? "12" : n <= 25 ? "25" : "far");
const CLOSED_WORDS = new Set(["à", "au", "aux", "to", "de", "du", "des", "d'", "of", "par", "by", "selon", "according", "pour", "for", "avec", "with", "et", "and", "que", "qu'", "that", "dont", "told", "from", "sur", "on", "in", "dans", "en"]);

function wordClass(doc: RankerDocument, k: number): string {
  const t = doc.tokens[k];
  if (!t) return "end";
  if (t.kind === "nl") return "nl";
  if (t.kind === "punct") return t.lower === "," || t.lower === ":" || t.lower === "(" || t.lower === ")" || t.lower === "«" || t.lower === "»" || t.lower === "—" ? t.lower : doc.isSentenceEnd(k) ? "stop" : "p";
  if (doc.insideQuote(k) >= 0) return "quote";
  if (doc.isCueVerb(k)) return "CUE";
  if (CLOSED_WORDS.has(t.lower)) return t.lower;
  if (doc.isAuxiliaryOrAdverb(t.lower)) return "AUX";
  if (doc.isPreposition(t.lower)) return "PREP";
  return t.upper ? "Cap" : "w";
}

/** The cue verb next to the candidate: right after it (subject: "X a déclaré", "X said") or right before it (inverted: "a déclaré X", "said X"). */
function cueNear(doc: RankerDocument, c: Candidate): { side: "subj" | "inv" | null; verb: string } {
  const { tokens } = doc;
  for (let k = c.lastTok + 1, n = 0; k < tokens.length && n < 4; k++, n++) {
    const t = tokens[k];
    if (t.kind !== "word" || doc.insideQuote(k) >= 0) break;
    if (doc.isCueVerb(k)) return { side: "subj", verb: t.lower };
    if (!doc.isAuxiliaryOrAdverb(t.lower) && !/^(ne|n'|lui|leur|se|s'|l'|y|en|also|has|had|have|would|will|did)$/.test(t.lower)) break;
  }
  for (let k = c.tok - 1, n = 0; k >= 0 && n < 4; k--, n++) {
    const t = tokens[k];
    if (t.kind !== "word" || doc.insideQuote(k) >= 0) break;
    if (doc.isCueVerb(k)) return { side: "inv", verb: t.lower };
    if (!doc.isAuxiliaryOrAdverb(t.lower) && !/^(le|la|les|l'|the|m\.|mr|mrs|ms)$/.test(t.lower)) break;
  }
  return { side: null, verb: "" };
}

/** Features of each candidate of one quote; ranks are taken among the quote's candidates on the same side. */
export function candidateFeatures(doc: RankerDocument, q: number, cands: readonly Candidate[], ctx: QuoteContext, resolved: readonly (string | null)[]): string[][] {
  const quote = doc.quotes[q];
  const dirOf = (c: Candidate) => (c.mention.end <= quote.start ? "b" : "a");
  const distance = (c: Candidate) => (dirOf(c) === "b" ? quote.openTok - c.lastTok : c.tok - quote.closeTok);
  // Rank by nearness on each side, and among those of the same kind: counting the nearer ones (a handful of
  // candidates, ties broken by index as a stable sort would) allocates nothing per candidate.
  const n = cands.length;
  const dist = new Int32Array(n);
  const side = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    dist[i] = distance(cands[i]);
    side[i] = dirOf(cands[i]) === "b" ? 0 : 1;
  }
  const rank = new Int32Array(n);
  const kindRank = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (j === i || side[j] !== side[i] || !(dist[j] < dist[i] || (dist[j] === dist[i] && j < i))) continue;
      rank[i]++;
      if (cands[j].mention.kind === cands[i].mention.kind) kindRank[i]++;
    }
  }
  const quoteInHeadline = quote.start < doc.headlineEnd;
  const opensParagraph = quote.openTok === 0 || doc.tokens[quote.openTok - 1].kind === "nl";
  return cands.map((c, i) => {
    const m = c.mention;
    const dir = dirOf(c);
    const kind = m.kind;
    const f: string[] = [name("k:", kind), name("rs:", ctx.ruleSource)];
    const r = Math.min(rank[i], 3);
    const kr = Math.min(kindRank[i], 2);
    f.push(name("d:", dir, bucket(distance(c))), name("rk:", dir, r, kind), name("kr:", dir, kr, kind));
    const sentences = Math.min(doc.sentencesBetween(Math.min(m.start, quote.start), Math.max(m.end, quote.end)), 3);
    f.push(name("s:", dir, sentences, kind));
    if (c.rule) f.push("rule", name("rule:", ctx.ruleSource), name("rule:", kind));
    if (c.previous) f.push("prev", name("prev:", ctx.ruleSource), name("prev:br", ctx.breaksSincePrevious), name("prev:", dir));
    const speaker = resolved[i];
    if (speaker && ctx.previousSpeaker && speaker === ctx.previousSpeaker) f.push("same", name("same:", ctx.ruleSource), name("same:br", ctx.breaksSincePrevious));
    if (!speaker) f.push(name("unres:", kind));
    const before = wordClass(doc, c.tok - 1);
    const afterW = wordClass(doc, c.lastTok + 1);
    f.push(name("wb:", dir, before), name("wa:", afterW));
    const cue = cueNear(doc, c);
    if (cue.side) f.push(name("cue:", cue.side, dir), name("cuev:", cue.side, ":", cue.verb));
    if (kind === "pronoun") f.push(name("pg:", m.gender), name("pron:", doc.tokens[c.tok].lower));
    if (kind === "description") {
      if (m.indefinite) f.push("indef");
      if (m.gender === "p") f.push("plural");
      if (m.head) f.push(name("head:", m.head.split(" ")[0]));
    }
    if (kind === "name") {
      const type = doc.entityType(m.start, m.end) ?? "none";
      f.push(name("ent:", type, dir), name("ng:", doc.nameGender(m)));
      if (m.name?.honorific) f.push("honorific");
      if (m.name?.governed) f.push("governed");
    }
    if (m.start < doc.headlineEnd) f.push(quoteInHeadline ? "hl:both" : "hl:cand");
    else if (quoteInHeadline) f.push("hl:quote");
    if (opensParagraph) f.push(name("qpara:", dir));
    if (quote.partial) f.push(name("partial:", dir));
    return f;
  });
}
