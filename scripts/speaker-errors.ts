/**
 * Buckets the speaker errors of the cross-validated ranker (5-fold by document, the same folds as
 * eval/speaker-protocol.ts) by kind, so that fixes target kinds of error rather than visible articles.
 * Usage: npx tsx scripts/speaker-errors.ts [--lang fr|en] [--set name] [--show kind|all] [--rules] [--ceiling]
 * Reads ../shared/corpus; never copies it; prints counts and, with --show, short contexts. --ceiling also
 * counts the wrong quotes by how the rules found their pick and whether any candidate the ranker sees
 * (or any person the cue-antecedent choice offers) would have been right: the errors a better ranker can
 * fix, against those that need new candidates.
 */
import { FOLDS, foldOf, prepareSet, SPEAKER_TRAINING_SETS, train, type PreparedDoc } from "../eval/speaker-protocol";
import { overlapOverUnion, speakerCorrect } from "../eval/metrics";
import { extractQuotes } from "../shared/quotes";
import { name } from "../shared/quotes/speaker-model/feature-names";
import { SpeakerRanker } from "../shared/quotes/speaker-model/model";

const args = process.argv.slice(2);
const opt = (k: string) => (args.indexOf(k) >= 0 ? args[args.indexOf(k) + 1] : undefined);
const lang = opt("--lang") ?? "fr";
const only = opt("--set");
const show = opt("--show");
const rulesOnly = args.includes("--rules");
const ceiling = args.includes("--ceiling");

const PRONOUN = /^(il|elle|ils|elles|lui|eux|he|she|they|him|her|them|-t-il|-t-elle|t-il|t-elle)$/i;
const LISTENER = /(?:\b(?:à|au|aux)\s+(?:l['’]|la\s+|les\s+)?|\btold\s+(?:the\s+)?)$/i;

const sets = SPEAKER_TRAINING_SETS[lang];
const bySet = new Map(sets.map((s) => [s, prepareSet(s)] as const));
const pool = sets.flatMap((s) => bySet.get(s)!);
const folds = rulesOnly ? [] : Array.from({ length: FOLDS }, (_, f) => new SpeakerRanker(train(pool.filter((d) => foldOf(d.id) !== f), sets)));

const buckets = new Map<string, string[]>();
const add = (k: string, ctx: string) => buckets.set(k, [...(buckets.get(k) ?? []), ctx]);
let total = 0;
const byLength = new Map<string, [number, number]>();
const reach = new Map<string, number>();

/** For each quote start: how the rules found their pick, and whether a candidate the ranker sees would be right. */
function candidateReach(d: PreparedDoc): Map<number, { source: string; reachable: boolean }> {
  const out = new Map<number, { source: string; reachable: boolean }>();
  extractQuotes(d.article, d.entities, {
    ranker: null,
    observe: (quote, candidates, features, resolved) => {
      const g = d.gold.find((x) => overlapOverUnion(quote, x) >= 0.8);
      if (!g || g.speaker == null) return;
      const right = candidates.some((c, i) => speakerCorrect({ start: quote.start, end: quote.end, speaker: resolved[i], speakerMention: { text: d.article.text.slice(c.mention.start, c.mention.end), start: c.mention.start, end: c.mention.end } }, g, true));
      const source = features[0]?.find((f) => f.startsWith(name("rs:", ""))) ?? out.get(quote.start)?.source ?? "?";
      // A cue-reported description is observed twice: its antecedent choices, then the ranker's candidates.
      out.set(quote.start, { source: source.slice(3), reachable: right || (out.get(quote.start)?.reachable ?? false) });
    },
  });
  return out;
}

for (const [set, docs] of bySet) {
  if (only && set !== only) continue;
  if (/litbank/.test(set) && !only) continue;
  for (const d of docs as PreparedDoc[]) {
    const pred = extractQuotes(d.article, d.entities, { ranker: rulesOnly ? null : folds[foldOf(d.id)] });
    const reachOf = ceiling ? candidateReach(d) : null;
    const text = d.article.text;
    const lenKey = d.gold.length >= 15 ? "long(>=15 quotes)" : "short";
    for (const g of d.gold) {
      if (g.speaker == null) continue;
      const p = pred.find((x) => overlapOverUnion(x, g) >= 0.8);
      if (!p) continue;
      total++;
      const ok = speakerCorrect(p, g, true);
      const bl = byLength.get(lenKey) ?? [0, 0];
      bl[0]++;
      if (ok) bl[1]++;
      byLength.set(lenKey, bl);
      if (ok) continue;
      if (reachOf) {
        const r = reachOf.get(p.start);
        const k = r ? `${r.source}: ${r.reachable ? "a right candidate was there" : "no right candidate"}` : "not ranked";
        reach.set(k, (reach.get(k) ?? 0) + 1);
      }
      const pm = p.speakerMention;
      const before = pm ? text.slice(Math.max(0, pm.start - 25), pm.start) : "";
      const goldText = g.speaker;
      const goldIsGroup = /^(les|des|the)\s/i.test(goldText) || (g.speakerName ?? "") !== "" && d.entities.some((e) => e.type === "ORGANIZATION" && e.name === g.speakerName);
      let kind: string;
      if (!pm) kind = "no mention";
      else if (LISTENER.test(before)) kind = "medium/listener taken";
      else if (goldIsGroup) kind = "group/organisation gold";
      else if (PRONOUN.test(pm.text.trim())) kind = p.speaker == null ? "pronoun unresolved" : "pronoun → wrong person";
      else if (/^(le|la|l['’]|les|son|sa|ses|un|une|the|a|an|his|her)\s?/i.test(pm.text)) kind = p.speaker == null ? "description unresolved" : "description → wrong name";
      else if (g.speakerStart != null && pm.start === g.speakerStart) kind = "right mention, wrong name";
      else kind = p.speaker == null ? "name, null speaker" : "wrong name";
      const gctx = g.speakerStart != null ? `gold «${goldText}»@${g.speakerStart - g.end} (${g.speakerName ?? "-"})` : `gold ${goldText}`;
      add(kind, `${d.id} ${gctx} pred «${pm?.text ?? ""}»→${p.speaker} | …${text.slice(Math.max(0, p.start - 60), p.start).replace(/\s+/g, " ")}[Q]${text.slice(p.end, p.end + 80).replace(/\s+/g, " ")}`);
    }
  }
}
const wrong = [...buckets.values()].reduce((n, v) => n + v.length, 0);
console.log(`${lang}${only ? " " + only : ""}: ${total} matched quotes with a gold speaker, ${wrong} wrong (${((1 - wrong / total) * 100).toFixed(1)}% right)`);
for (const [k, v] of [...buckets].sort((a, b) => b[1].length - a[1].length)) console.log(`  ${String(v.length).padStart(4)}  ${k}`);
for (const [k, [n, r]] of byLength) console.log(`  ${k}: ${r}/${n} = ${(r / n).toFixed(3)}`);
if (ceiling) {
  console.log("  wrong quotes by the rules' source (after/before/preposition: cue-reported, only a description's person is re-chosen):");
  for (const [k, v] of [...reach].sort((a, b) => b[1] - a[1])) console.log(`  ${String(v).padStart(4)}  ${k}`);
}
if (show) for (const [k, lines] of buckets) if (show === "all" || show === k) for (const line of lines) console.log(`   [${k}] ${line}`);
