/**
 * Where the article's authors stand in a byline segment: the article reader already read their names
 * ("By JANE DOE and JOHN ROE Associated Press" -> Jane Doe, John Roe), so the tagger need not guess them.
 * Only authors that open with a known first name count: a byline may credit a medium ("Le Soir").
 */
import type { Segment } from "../summary";

export function bylineAuthorSpans(text: string, byline: Segment, authors: readonly string[], isFirstName: (lowerWord: string) => boolean): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const line = text.slice(byline.start, byline.end);
  for (const author of authors) {
    const first = author.split(/\s+/)[0].toLowerCase();
    if (!author.includes(" ") || !isFirstName(first)) continue;
    const at = line.indexOf(author);
    if (at >= 0) spans.push({ start: byline.start + at, end: byline.start + at + author.length });
  }
  return spans;
}
