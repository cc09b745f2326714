/** Text tables for `npm run eval`. */
import type { Prf } from "./metrics";
import type { Ratio, SetResult } from "./evaluate-set";
import { NER_TRAINING_SETS } from "./ner-training-sets";
import { SPAN_TRAINING_SETS, SPEAKER_TRAINING_SETS } from "./speaker-training-sets";

/** The speaker ranker learned from these: its accuracy on them is reported by the cross-validated protocol only. */
const speakerTrainedOn = new Set(Object.values(SPEAKER_TRAINING_SETS).flat());
/** The English span filter learned from these: their quote P/R/F1 come from the protocol too. */
const spanTrainedOn = new Set(Object.values(SPAN_TRAINING_SETS).flat());

const pct = (r: Ratio | undefined) => (r && r.total > 0 ? `${((100 * r.hits) / r.total).toFixed(1)}% (${r.hits}/${r.total})` : "-");
const num = (x: number) => x.toFixed(3);
const prfCells = (p: Prf | undefined) => (p ? [num(p.precision), num(p.recall), num(p.f1)] : ["-", "-", "-"]);

export function table(title: string, header: string[], rows: string[][]): string {
  if (rows.length === 0) return "";
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) => "| " + cells.map((c, i) => c.padEnd(widths[i])).join(" | ") + " |";
  return [`\n## ${title}`, line(header), "|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|", ...rows.map(line)].join("\n");
}

export function reportTables(results: SetResult[]): string {
  const out: string[] = [];
  out.push(
    table(
      "Headline and date",
      ["set", "headline exact", "date day", "date month"],
      results.filter((r) => r.headline || r.dateDay).map((r) => [r.set, pct(r.headline), pct(r.dateDay), pct(r.dateMonth)]),
    ),
  );
  out.push(
    table(
      "Body (4-gram shingles, averaged per document; with/without segments)",
      ["set", "P", "R", "F1", "with found", "without absent"],
      results.filter((r) => r.body || r.with).map((r) => [r.set, ...prfCells(r.body), pct(r.with), pct(r.without)]),
    ),
  );
  out.push(
    table(
      "Entities (micro; strict = exact span and type, lenient = same type, any overlap, one-to-one)",
      ["set", "strict P", "strict R", "strict F1", "lenient P", "lenient R", "lenient F1", "gold"],
      results
        .filter((r) => r.entitiesStrict)
        .flatMap((r) => [
          [r.set, ...prfCells(r.entitiesStrict), ...prfCells(r.entitiesLenient), String(r.entitiesStrict?.gold ?? 0)],
          // Documents with no gold entity at all are most likely unannotated: the same figures without them, on a row of their own.
          ...(r.entitiesAnnotated
            ? [[`  without its ${r.entitiesAnnotated.documentsWithoutGold} document(s) with no gold entity`, ...prfCells(r.entitiesAnnotated.strict), ...prfCells(r.entitiesAnnotated.lenient), String(r.entitiesAnnotated.strict.gold)]]
            : []),
        ]),
    ),
  );
  const trainedOn = new Set<string>([...NER_TRAINING_SETS.en, ...NER_TRAINING_SETS.fr]);
  const trained = results.filter((r) => r.entitiesStrict && trainedOn.has(r.set)).map((r) => r.set);
  if (trained.length > 0) {
    out.push(`The shipped taggers learned from ${trained.join(", ")}: their rows overstate accuracy. For documents the tagger never saw, run \`npm run train:ner -- --eval-only\`.`);
  }
  out.push(
    table(
      "Quotes (strict: overlap/union >= 0.8; lenient: >= 0.3; one-to-one)",
      ["set", "strict P", "strict R", "strict F1", "lenient F1", "speaker acc.", "gold"],
      results
        .filter((r) => r.quotesStrict)
        .map((r) => [
          r.set,
          ...(spanTrainedOn.has(r.set) ? ["trained on", "see CV", "below"] : prfCells(r.quotesStrict)),
          spanTrainedOn.has(r.set) ? "-" : num(r.quotesLenient?.f1 ?? 0),
          speakerTrainedOn.has(r.set) ? "trained on: see CV below" : pct(r.speaker),
          String(r.quotesStrict?.gold ?? 0),
        ]),
    ),
  );
  out.push(
    table(
      "Throughput of summarize() (whole pipeline, one core)",
      ["set", "records", "errors", "records/s"],
      results.map((r) => [r.set, String(r.records), r.errors ? `${r.errors} ${JSON.stringify(r.errorCodes)}` : "0", r.recordsPerSecond.toFixed(1)]),
    ),
  );
  return out.filter(Boolean).join("\n");
}
