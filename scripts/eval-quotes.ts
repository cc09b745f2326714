/**
 * The quote stage alone, with each miss listed (FP, FN, SPK for a wrong speaker): a
 * tool for working on quotes. `npm run eval` publishes the figures, with the same metric.
 * Usage: npx tsx scripts/eval-quotes.ts [set-name-substring] [--errors N] [--full-only] [--no-entities] [--half A|B]
 * --half A: only the records of half A (eval/page-halves.ts, by the hash of the id), so span rules can be
 * tuned on half A while half B stays held out (run it with --half B without --errors, once, at the end).
 * Reads ../shared/corpus; never copies it.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArticle } from "../shared/article";
import { recognizeEntities } from "../shared/entities";
import { extractQuotes } from "../shared/quotes";
import type { Quote } from "../shared/summary";
import { halfOf } from "../eval/page-halves";
import { SPAN_TRAINING_SETS, SPEAKER_TRAINING_SETS } from "../eval/speaker-training-sets";

interface GoldQuote {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  speakerName?: string | null;
  cue?: string | null;
}
interface RecordLine {
  id: string;
  lang: string;
  name: string;
  text: string;
  gold: { quotes?: GoldQuote[] };
}

const corpusDir = resolve(import.meta.dirname, "..", "..", "shared", "corpus");
const args = process.argv.slice(2);
const filter = args.find((a, i) => !a.startsWith("--") && !/^\d+$/.test(a) && args[i - 1] !== "--half") ?? "quotes";
const errIdx = args.indexOf("--errors");
const showErrors = errIdx >= 0 ? Number(args[errIdx + 1] ?? 20) : 0;
// PolNeAR annotates whole quoted statements, not quoted fragments: --full-only scores only partial=false predictions.
const fullOnly = args.includes("--full-only");
// --no-entities: the quote stage alone, as when the entity stage finds nothing.
const noEntities = args.includes("--no-entities");
const halfIdx = args.indexOf("--half");
const half = halfIdx >= 0 ? args[halfIdx + 1] : null;
if (half !== null && half !== "A" && half !== "B") throw new Error("--half takes A or B");

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
const lastWord = (s: string) => fold(s).split(/[\s'’-]+/).filter(Boolean).pop() ?? "";
const words = (s: string) => new Set(fold(s).split(/[\s'’-]+/).filter(Boolean));
const PRONOUNS = new Set(["il", "elle", "ils", "elles", "lui", "eux", "he", "she", "they", "him", "her", "them", "i", "we"]);

function overlapRatio(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union > 0 ? inter / union : 0;
}

function speakerRight(p: Quote, g: GoldQuote): boolean {
  if (p.speaker && PRONOUNS.has(fold(p.speaker))) return false;
  if (g.speakerName) {
    if (!p.speaker) return false;
    const gw = words(g.speakerName);
    return gw.has(lastWord(p.speaker)) || words(p.speaker).has(lastWord(g.speakerName));
  }
  if (p.speakerMention && g.speakerStart != null && g.speakerEnd != null) {
    if (p.speakerMention.start < g.speakerEnd && g.speakerStart < p.speakerMention.end) return true;
  }
  if (!p.speaker) return false;
  const gs = fold(g.speaker ?? "");
  const ps = fold(p.speaker);
  if (gs && ps.includes(gs)) return true;
  const lw = lastWord(p.speaker);
  return lw !== "" && words(g.speaker ?? "").has(lw);
}

/** Greedy one-to-one matching by largest overlap. */
function match(pred: Quote[], gold: GoldQuote[], min: number): Array<[number, number]> {
  const pairs: Array<[number, number, number]> = [];
  for (let i = 0; i < pred.length; i++)
    for (let j = 0; j < gold.length; j++) {
      const r = overlapRatio(pred[i], gold[j]);
      if (r >= min) pairs.push([r, i, j]);
    }
  pairs.sort((a, b) => b[0] - a[0]);
  const ui = new Set<number>();
  const uj = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [, i, j] of pairs) {
    if (ui.has(i) || uj.has(j)) continue;
    ui.add(i);
    uj.add(j);
    out.push([i, j]);
  }
  return out;
}

const files: string[] = [];
for (const sub of ["seed", "dev", "train"]) {
  const dir = join(corpusDir, sub);
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir)) if (f.endsWith(".jsonl") && !f.startsWith("ner-") && (f.includes(filter) || (sub === "seed" && filter === "quotes"))) files.push(join(dir, f));
}
if (files.length === 0) {
  console.log(`no corpus set matching "${filter}" under ${corpusDir}`);
  process.exit(0);
}

for (const file of files) {
  const records = readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as RecordLine);
  let tp = 0, tpLenient = 0, np = 0, ng = 0, spkTotal = 0, spkRight = 0, ms = 0, bytes = 0;
  const errors: string[] = [];
  for (const rec of records) {
    const gold = rec.gold.quotes;
    if (!gold) continue;
    if (half && halfOf(rec.id) !== half) continue;
    const article = parseArticle(rec.name, rec.text);
    if (article.language === "und") article.language = rec.lang;
    const entities = noEntities ? [] : recognizeEntities(article);
    const t0 = performance.now();
    const all = extractQuotes(article, entities);
    ms += performance.now() - t0;
    const pred = fullOnly ? all.filter((q) => !q.partial) : all;
    bytes += rec.text.length;
    np += pred.length;
    ng += gold.length;
    const strict = match(pred, gold, 0.8);
    tp += strict.length;
    tpLenient += match(pred, gold, 0.3).length;
    const matchedP = new Set(strict.map(([i]) => i));
    const matchedG = new Set(strict.map(([, j]) => j));
    for (const [i, j] of strict) {
      const g = gold[j];
      if (g.speaker == null) continue;
      spkTotal++;
      if (speakerRight(pred[i], g)) spkRight++;
      else errors.push(`SPK ${rec.id} "${g.text.slice(0, 60)}" gold=${g.speaker}/${g.speakerName ?? ""} cue=${g.cue ?? ""} pred=${pred[i].speaker}/${pred[i].speakerMention?.text ?? ""} cue=${pred[i].cue}`);
    }
    pred.forEach((p, i) => { if (!matchedP.has(i)) errors.push(`FP  ${rec.id} "${p.text.slice(0, 90)}"`); });
    gold.forEach((g, j) => { if (!matchedG.has(j)) errors.push(`FN  ${rec.id} "${g.text.slice(0, 90)}"`); });
  }
  const p = np ? tp / np : 0, r = ng ? tp / ng : 0, f = p + r ? (2 * p * r) / (p + r) : 0;
  const pl = np ? tpLenient / np : 0, rl = ng ? tpLenient / ng : 0, fl = pl + rl ? (2 * pl * rl) / (pl + rl) : 0;
  const setName = file.split("/").pop()!.replace(/\.jsonl$/, "");
  // The shipped speaker ranker and span filter learned from these: a working view, not a figure to publish.
  const inSample = Object.values(SPEAKER_TRAINING_SETS).flat().includes(setName) || Object.values(SPAN_TRAINING_SETS).flat().includes(setName) ? " [IN-SAMPLE: the shipped models learned from this set; honest figures: npm run train:speakers -- --eval-only]" : "";
  console.log(
    `${file.split("/").pop()}${inSample}${fullOnly ? " (full quotes only)" : ""}${half ? ` (half ${half})` : ""}${noEntities ? " (no entities)" : ""}: gold=${ng} pred=${np} strict P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${f.toFixed(3)} | lenient F1=${fl.toFixed(3)} | speaker acc=${spkTotal ? (spkRight / spkTotal).toFixed(3) : "-"} (${spkRight}/${spkTotal}) | ${(ms / (bytes / 5000)).toFixed(3)} ms per 5 KB`,
  );
  if (showErrors) for (const e of errors.slice(0, showErrors)) console.log("  " + e);
}
