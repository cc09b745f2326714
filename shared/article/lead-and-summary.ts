import type { Entity, SentenceSpan } from "../summary";
import type { ParsedArticle } from "./parsed-article";

const MAX_SENTENCES = 3;
/** Sentences shorter than this carry too little to stand alone in a summary. */
const MIN_CHARS = 40;
const MAX_CHARS = 400;

/**
 * `lead` is the first body paragraph (never a caption, heading, byline or
 * dateline). `summary` is the lead's first sentence plus the body sentences
 * that carry the most salient entities, up to 3, in article order.
 */
export function leadAndSummary(article: ParsedArticle, entities: Entity[]): { lead: string | null; summary: string[] } {
  const paragraphs = article.segments.filter((s) => s.kind === "paragraph");
  const leadSegment = paragraphs[0] ?? null;
  if (!leadSegment) return { lead: null, summary: [] };
  const first = leadSegment.sentences[0] ?? { start: leadSegment.start, end: leadSegment.end };

  // Salience of the entity mentioned at each offset, for scoring sentences by what they carry.
  const mentions: { start: number; end: number; entity: number; weight: number }[] = [];
  entities.forEach((e, i) => {
    if (e.type === "MISC") return;
    const weight = Math.max(e.salience, 0.01) + Math.min(e.mentions.length, 5) * 0.02;
    for (const m of e.mentions) mentions.push({ start: m.start, end: m.end, entity: i, weight });
  });
  mentions.sort((a, b) => a.start - b.start);

  const candidates: { span: SentenceSpan; score: number; order: number }[] = [];
  let order = 0;
  let cursor = 0;
  for (const p of paragraphs) {
    for (const s of p.sentences) {
      order++;
      if (s.start === first.start) continue;
      const length = s.end - s.start;
      if (length < MIN_CHARS || length > MAX_CHARS) continue;
      while (cursor < mentions.length && mentions[cursor].end <= s.start) cursor++;
      const seen = new Set<number>();
      let score = 0;
      for (let k = cursor; k < mentions.length && mentions[k].start < s.end; k++) {
        if (mentions[k].end > s.end || seen.has(mentions[k].entity)) continue;
        seen.add(mentions[k].entity);
        score += mentions[k].weight;
      }
      // Earlier sentences win ties: news puts what matters first.
      candidates.push({ span: s, score: score - order * 1e-4, order });
    }
  }
  const chosen = candidates
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_SENTENCES - 1)
    .sort((a, b) => a.order - b.order);
  const summary = [first, ...chosen.map((c) => c.span)].map((s) => article.text.slice(s.start, s.end));
  return { lead: leadSegment.text, summary };
}
