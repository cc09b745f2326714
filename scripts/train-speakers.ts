/**
 * `npm run train:speakers [-- --eval-only] [--lang fr|en]`: measures the speaker ranker honestly
 * (k-fold CV by document, leave-one-set-out, held-out sets; eval/speaker-protocol.ts), then trains
 * it on every training set of each language and writes shared/quotes/model/speakers-<lang>.json.
 * Reads ../shared/corpus; never copies it.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS_DIR, REPO_ROOT } from "../eval/corpus";
import { SPAN_TRAINING_SETS, prepareSet, protocolSets, protocolTable, runProtocol, SPEAKER_TRAINING_SETS, train, type PreparedDoc } from "../eval/speaker-protocol";
import { trainRanker } from "../shared/quotes/speaker-model/train";

const args = process.argv.slice(2);
const evalOnly = args.includes("--eval-only");
const noEval = args.includes("--no-eval");
const langArg = args.indexOf("--lang");
const langs = langArg >= 0 ? [args[langArg + 1]] : ["fr", "en"];

if (!existsSync(CORPUS_DIR)) {
  console.log(`No corpus at ${CORPUS_DIR}: nothing to train on.`);
  process.exit(0);
}
for (const lang of langs) {
  const bySet = new Map<string, PreparedDoc[]>();
  for (const s of protocolSets(lang)) {
    const t0 = performance.now();
    const docs = prepareSet(s);
    if (docs.length) bySet.set(s, docs);
    process.stderr.write(`  ${s}: ${docs.length} documents, ${docs.reduce((n, d) => n + d.examples.length, 0)} ranking examples (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
  }
  if (!noEval) {
    console.log(`\n## Speakers, ${lang}\n`);
    console.log(protocolTable(runProtocol(lang, bySet, (m) => process.stderr.write(m + "\n"))));
  }
  if (evalOnly) continue;
  const sets = SPEAKER_TRAINING_SETS[lang].filter((s) => bySet.has(s));
  // The same training as each fold of the protocol (set weights, averaged shuffles, margin).
  const weights = train(sets.flatMap((s) => bySet.get(s)!), sets);
  const out = join(REPO_ROOT, "shared", "quotes", "model", `speakers-${lang}.json`);
  writeFileSync(out, JSON.stringify(weights, null, 0) + "\n");
  console.log(`wrote ${out} (${Object.keys(weights.weights).length} weights)`);
  const spanSets = (SPAN_TRAINING_SETS[lang] ?? []).filter((s) => bySet.has(s));
  if (spanSets.length) {
    const spans = trainRanker(spanSets.flatMap((s) => bySet.get(s)!.flatMap((d) => d.spanExamples)), spanSets);
    const spansOut = join(REPO_ROOT, "shared", "quotes", "model", `spans-${lang}.json`);
    writeFileSync(spansOut, JSON.stringify(spans, null, 0) + "\n");
    console.log(`wrote ${spansOut} (${Object.keys(spans.weights).length} weights)`);
  }
}
