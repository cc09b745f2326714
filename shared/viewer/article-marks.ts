import type { ArticleSummary, EntityType } from "../summary";
import { Html, escapeHtml } from "./html";

/** The entity types the viewer marks; MISC is listed but not highlighted. */
export const MARKED_TYPES: readonly EntityType[] = ["PERSON", "LOCATION", "ORGANIZATION"];

interface Span {
  start: number;
  end: number;
  /** Quotes open outside entity marks when both start together. */
  rank: number;
  open: string;
  close: string;
}

/**
 * The text of one segment with every entity mention as
 * <mark data-type> and every quote as <q data-speaker>. Marks nest inside
 * quotes; a mention crossing a quote's edge, or another mention, is cut in
 * two, so the markup is always well formed. All text is escaped.
 */
export function markedSegment(summary: ArticleSummary, segment: { start: number; end: number; text: string }, quoteIds: Map<number, string>): Html {
  const spans: Span[] = [];
  summary.quotes.forEach((quote, n) => {
    if (quote.start < segment.start || quote.end > segment.end || quote.end <= quote.start) return;
    const speaker = quote.speaker ?? "";
    spans.push({
      start: quote.start,
      end: quote.end,
      rank: 0,
      open: `<q id="${quoteIds.get(n)}" data-speaker="${escapeHtml(speaker)}"${speaker ? ` title="${escapeHtml(speaker)}"` : ""}>`,
      close: "</q>",
    });
  });
  for (const entity of summary.entities) {
    if (!MARKED_TYPES.includes(entity.type)) continue;
    for (const mention of entity.mentions) {
      if (mention.start < segment.start || mention.end > segment.end || mention.end <= mention.start) continue;
      spans.push({
        start: mention.start,
        end: mention.end,
        rank: 1,
        open: `<mark data-type="${entity.type}" data-name="${escapeHtml(entity.name)}" title="${escapeHtml(`${entity.name} (${entity.type.toLowerCase()})`)}">`,
        close: "</mark>",
      });
    }
  }
  // Quotes outermost, so a mention crossing a quote's edge is the one cut, never the quote.
  spans.sort((a, b) => a.rank - b.rank || a.start - b.start || b.end - a.end);

  const cuts = new Set([segment.start, segment.end]);
  for (const s of spans) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  let out = "";
  let open: Span[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = spans.filter((s) => s.start <= from && s.end >= to);
    let common = 0;
    while (common < open.length && common < covering.length && open[common] === covering[common]) common++;
    for (let j = open.length - 1; j >= common; j--) out += open[j].close;
    for (let j = common; j < covering.length; j++) out += covering[j].open;
    open = covering;
    out += escapeHtml(segment.text.slice(from - segment.start, to - segment.start));
  }
  for (let j = open.length - 1; j >= 0; j--) out += open[j].close;
  return new Html(out);
}
