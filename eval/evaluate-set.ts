/** Runs summarize() over one corpus set and aggregates every metric its gold supports. */
import { isExtractionError } from "../shared/errors";
import { summarize } from "../shared/summarize";
import type { ArticleSummary } from "../shared/summary";
import type { CorpusRecord } from "./corpus";
import { bodyPrf, type Counts, dateMatches, entityLenient, entityStrict, headlineMatches, headlineTokenF1, prf, type Prf, quoteCounts, type TypedSpan, withWithout } from "./metrics";

export interface Ratio {
  hits: number;
  total: number;
}

export interface SetResult {
  set: string;
  records: number;
  errors: number;
  errorCodes: Record<string, number>;
  seconds: number;
  recordsPerSecond: number;
  headline?: Ratio;
  /** Headline token F1, summed over the records with a gold headline (divide by headline.total). */
  headlineF1Sum?: number;
  dateDay?: Ratio;
  dateMonth?: Ratio;
  body?: Prf & { documents: number };
  with?: Ratio;
  without?: Ratio;
  entitiesStrict?: Counts & Prf;
  entitiesLenient?: Counts & Prf;
  /**
   * The same, over the documents that have at least one gold entity, and how many have none. A news
   * article with no person, place or organisation is rare: in a set where several have none (Le Temps),
   * those documents were left unannotated, and every name found in them counts as a false positive.
   */
  entitiesAnnotated?: { documentsWithoutGold: number; strict: Counts & Prf; lenient: Counts & Prf };
  quotesStrict?: Counts & Prf;
  quotesLenient?: Counts & Prf;
  speaker?: Ratio;
  /** Per-record misses, for --errors. */
  misses: { id: string; field: string; predicted: unknown; gold: unknown }[];
}

/** The extracted body: paragraphs and headings, never the headline, captions, byline or dateline. */
export function extractedBody(summary: ArticleSummary, text: string): string {
  return summary.segments
    .filter((s) => s.kind === "paragraph" || s.kind === "heading")
    .map((s) => text.slice(s.start, s.end))
    .join("\n\n");
}

export function predictedEntitySpans(summary: ArticleSummary): TypedSpan[] {
  return summary.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type })));
}

const ratio = (): Ratio => ({ hits: 0, total: 0 });

export function evaluateSet(set: string, records: CorpusRecord[]): SetResult {
  const r: SetResult = { set, records: records.length, errors: 0, errorCodes: {}, seconds: 0, recordsPerSecond: 0, misses: [] };
  const useSpeakerName = set === "seed" || /-fr-/.test(set);
  let bodyP = 0;
  let bodyR = 0;
  let bodyF = 0;
  let bodyDocs = 0;
  const ent = { strict: { tp: 0, predicted: 0, gold: 0 }, lenient: { tp: 0, predicted: 0, gold: 0 } };
  const annotated = { strict: { tp: 0, predicted: 0, gold: 0 }, lenient: { tp: 0, predicted: 0, gold: 0 }, documentsWithoutGold: 0 };
  const quo = { tp: 0, lenientTp: 0, predicted: 0, gold: 0, speakerTotal: 0, speakerCorrect: 0 };
  let elapsed = 0;
  for (const rec of records) {
    const g = rec.gold;
    let summary: ArticleSummary | null = null;
    const t0 = performance.now();
    try {
      summary = summarize({ id: rec.id, name: rec.name, body: rec.text }, { withText: true });
    } catch (e) {
      if (!isExtractionError(e)) throw e;
      r.errors++;
      r.errorCodes[e.code] = (r.errorCodes[e.code] ?? 0) + 1;
    }
    elapsed += performance.now() - t0;
    const text = summary?.text ?? "";
    if (g.headline !== undefined) {
      r.headline ??= ratio();
      r.headline.total++;
      r.headlineF1Sum = (r.headlineF1Sum ?? 0) + headlineTokenF1(summary?.headline, g.headline);
      if (headlineMatches(summary?.headline, g.headline)) r.headline.hits++;
      else r.misses.push({ id: rec.id, field: "headline", predicted: summary?.headline ?? null, gold: g.headline });
    }
    if (g.published !== undefined) {
      r.dateDay ??= ratio();
      r.dateMonth ??= ratio();
      r.dateDay.total++;
      r.dateMonth.total++;
      const d = summary?.published?.date;
      if (dateMatches(d, g.published, "day")) r.dateDay.hits++;
      else r.misses.push({ id: rec.id, field: "published", predicted: summary?.published ?? null, gold: g.published });
      if (dateMatches(d, g.published, "month")) r.dateMonth.hits++;
    }
    const body = summary ? extractedBody(summary, text) : "";
    if (g.body !== undefined) {
      const b = bodyPrf(body, g.body);
      bodyP += b.precision;
      bodyR += b.recall;
      bodyF += b.f1;
      bodyDocs++;
      if (b.f1 < 0.8) r.misses.push({ id: rec.id, field: "body", predicted: b, gold: g.body.slice(0, 80) });
    }
    if (g.with !== undefined || g.without !== undefined) {
      const w = withWithout(body, g.with ?? [], g.without ?? []);
      r.with ??= ratio();
      r.without ??= ratio();
      r.with.hits += w.withFound;
      r.with.total += g.with?.length ?? 0;
      r.without.hits += w.withoutAbsent;
      r.without.total += g.without?.length ?? 0;
      if (w.withFound < (g.with?.length ?? 0) || w.withoutAbsent < (g.without?.length ?? 0))
        r.misses.push({ id: rec.id, field: "with/without", predicted: w, gold: { with: g.with?.length, without: g.without?.length } });
    }
    if (g.entities !== undefined) {
      const pred = summary ? predictedEntitySpans(summary) : [];
      const strict = entityStrict(pred, g.entities);
      const lenient = entityLenient(pred, g.entities);
      add(ent.strict, strict);
      add(ent.lenient, lenient);
      if (g.entities.length === 0) annotated.documentsWithoutGold++;
      else {
        add(annotated.strict, strict);
        add(annotated.lenient, lenient);
      }
    }
    if (g.quotes !== undefined) {
      const q = quoteCounts(summary?.quotes ?? [], g.quotes, useSpeakerName);
      for (const k of Object.keys(quo) as (keyof typeof quo)[]) quo[k] += q[k];
    }
  }
  r.seconds = elapsed / 1000;
  r.recordsPerSecond = records.length / Math.max(r.seconds, 1e-9);
  if (bodyDocs > 0) r.body = { precision: bodyP / bodyDocs, recall: bodyR / bodyDocs, f1: bodyF / bodyDocs, documents: bodyDocs };
  if (records.some((x) => x.gold.entities !== undefined)) {
    r.entitiesStrict = { ...ent.strict, ...prf(ent.strict.tp, ent.strict.predicted, ent.strict.gold) };
    r.entitiesLenient = { ...ent.lenient, ...prf(ent.lenient.tp, ent.lenient.predicted, ent.lenient.gold) };
    // Only when names were found in those documents: otherwise the row would repeat the one above.
    if (annotated.documentsWithoutGold > 0 && annotated.lenient.predicted < ent.lenient.predicted) {
      const withPrf = (c: Counts) => ({ ...c, ...prf(c.tp, c.predicted, c.gold) });
      r.entitiesAnnotated = { documentsWithoutGold: annotated.documentsWithoutGold, strict: withPrf(annotated.strict), lenient: withPrf(annotated.lenient) };
    }
  }
  if (records.some((x) => x.gold.quotes !== undefined)) {
    r.quotesStrict = { tp: quo.tp, predicted: quo.predicted, gold: quo.gold, ...prf(quo.tp, quo.predicted, quo.gold) };
    r.quotesLenient = { tp: quo.lenientTp, predicted: quo.predicted, gold: quo.gold, ...prf(quo.lenientTp, quo.predicted, quo.gold) };
    r.speaker = { hits: quo.speakerCorrect, total: quo.speakerTotal };
  }
  return r;
}

function add(into: Counts, c: Counts): void {
  into.tp += c.tp;
  into.predicted += c.predicted;
  into.gold += c.gold;
}
