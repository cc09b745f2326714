import * as articleModule from "../shared/article";
import { leadAndSummary } from "../shared/article/lead-and-summary";
import { recognizeEntities } from "../shared/entities";
import { extractQuotes } from "../shared/quotes";
import { summarize } from "../shared/summarize";
import { figure, quantile, settle, type Figure } from "./stats";

export interface Sample {
  name: string;
  body: string | Uint8Array;
}

export interface ThroughputResult {
  articles: number;
  bytesPerArticle: number;
  wordsPerArticle: number;
  failures: { name: string; error: string }[];
  /** From process CPU time: what one core does, whatever else the machine runs. */
  articlesPerSecond: Figure;
  wordsPerSecond: Figure;
  /** From wall-clock time: lower than the CPU figure when other processes compete for the cores. */
  articlesPerSecondWall: Figure;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  latencyCpuMs: { p50: number; p95: number; p99: number; max: number };
  /** Median per-article milliseconds of each stage timed from outside summarize(). */
  stagesMs: Record<string, number>;
  /** Finer stages reported by the library itself, when it exposes a stage timer. */
  innerStagesMs?: Record<string, number>;
  innerStagesNote: string;
}

/**
 * Warm, single-threaded summarize() throughput: each run loops over the set
 * for a fixed time and counts articles; per-article latencies come from all runs.
 */
export async function measureThroughput(samples: Sample[], options: { runs: number; runMs: number; warmupMs: number }): Promise<ThroughputResult> {
  // Bodies as bytes, as the Lambda receives them from S3: decoding is part of the work.
  const inputs = samples.map((s, i) => ({ id: `bench${i}`, name: s.name, body: typeof s.body === "string" ? new TextEncoder().encode(s.body) : s.body }));
  const failures: ThroughputResult["failures"] = [];
  const words: number[] = [];
  const usable = inputs.filter((input) => {
    try {
      words.push(summarize(input).stats.words);
      return true;
    } catch (e) {
      failures.push({ name: input.name, error: `${(e as Error).name}: ${(e as Error).message}`.slice(0, 200) });
      return false;
    }
  });
  if (usable.length === 0) throw new Error(`summarize() failed on every sample: ${failures[0]?.error}`);
  const wordsPerArticle = words.reduce((a, b) => a + b, 0) / words.length;
  const bytesPerArticle = usable.reduce((a, s) => a + s.body.byteLength, 0) / usable.length;

  const loop = (ms: number, latencies?: number[], cpuLatencies?: number[]) => {
    let done = 0;
    let wordsDone = 0;
    const start = performance.now();
    const cpuStart = cpuMs();
    let i = 0;
    while (performance.now() - start < ms) {
      const input = usable[i % usable.length];
      const c0 = cpuMs();
      const t0 = performance.now();
      const summary = summarize(input);
      latencies?.push(performance.now() - t0);
      cpuLatencies?.push(cpuMs() - c0);
      wordsDone += summary.stats.words;
      done++;
      i++;
    }
    const seconds = (performance.now() - start) / 1000;
    const cpuSeconds = (cpuMs() - cpuStart) / 1000;
    return { perSecond: done / cpuSeconds, wordsPerSecond: wordsDone / cpuSeconds, perSecondWall: done / seconds };
  };

  loop(options.warmupMs);
  const perSecond: number[] = [];
  const wordsPerSecond: number[] = [];
  const perSecondWall: number[] = [];
  const latencies: number[] = [];
  const cpuLatencies: number[] = [];
  for (let r = 0; r < options.runs; r++) {
    await settle();
    const run = loop(options.runMs, latencies, cpuLatencies);
    perSecond.push(run.perSecond);
    wordsPerSecond.push(run.wordsPerSecond);
    perSecondWall.push(run.perSecondWall);
  }

  // Three passes are enough for medians per stage, and keep the full run within minutes on big corpora.
  const stages = await measureStages(usable, 3);
  const parts = await parseInternals();
  if (!stages.innerStagesMs && parts) {
    stages.innerStagesMs = await measureParseParts(usable, parts, 3);
    stages.innerStagesNote =
      "parse stages timed by calling shared/article's exported parts in parseArticle's order (decodeBody, detectFormat + format reader, detectLanguage on a replica of its sample, datesOf); segmenting happens inside the format reader";
  }
  return {
    articles: usable.length,
    bytesPerArticle,
    wordsPerArticle,
    failures,
    articlesPerSecond: figure(perSecond),
    wordsPerSecond: figure(wordsPerSecond),
    articlesPerSecondWall: figure(perSecondWall),
    latencyMs: percentiles(latencies),
    latencyCpuMs: percentiles(cpuLatencies),
    ...stages,
  };
}

/** CPU time of this process (user + system), in milliseconds. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function percentiles(values: number[]) {
  return { p50: quantile(values, 0.5), p95: quantile(values, 0.95), p99: quantile(values, 0.99), max: Math.max(...values) };
}

/** The exported pieces parseArticle is made of today, when they are all there (the article code is moving). */
interface ParseParts {
  decodeBody: (body: Uint8Array | string) => string;
  detectFormat: (name: string, text: string) => string;
  readers: Record<string, (text: string) => { text: string; segments: { kind: string; text: string; start: number; end: number }[]; metadataDate: unknown; headerDate: unknown }>;
  detectLanguage: (sample: string) => string;
  datesOf: (text: string, segments: unknown[], language: string, evidence: { metadata: unknown; header: unknown }) => unknown;
}

async function parseInternals(): Promise<ParseParts | undefined> {
  const load = async (file: string): Promise<Record<string, unknown>> => {
    try {
      return (await import(new URL(`../shared/article/${file}.ts`, import.meta.url).href)) as Record<string, unknown>;
    } catch {
      return {};
    }
  };
  const [decode, format, html, plain, markdown, json, language, dates] = await Promise.all(
    ["decode", "format", "html", "plain-text", "markdown", "json-item", "language", "published-date"].map(load),
  );
  const parts = {
    decodeBody: decode.decodeBody,
    detectFormat: format.detectFormat,
    readers: { html: html.parseHtml, markdown: markdown.parseMarkdown, json: json.parseJsonItem, text: plain.parsePlainText },
    detectLanguage: language.detectLanguage,
    datesOf: dates.datesOf,
  };
  const all = [parts.decodeBody, parts.detectFormat, parts.detectLanguage, parts.datesOf, ...Object.values(parts.readers)];
  return all.every((f) => typeof f === "function") ? (parts as unknown as ParseParts) : undefined;
}

async function measureParseParts(inputs: { name: string; body: Uint8Array }[], parts: ParseParts, passes: number): Promise<Record<string, number>> {
  const per: Record<string, number[]> = { decode: [], "parse + segment": [], language: [], dates: [] };
  for (let pass = 0; pass < passes; pass++) {
    await settle();
    for (const input of inputs) {
      try {
        let t = cpuMs();
        const text = parts.decodeBody(input.body);
        per.decode.push(cpuMs() - t);
        t = cpuMs();
        const format = parts.detectFormat(input.name, text);
        const read = (parts.readers[format] ?? parts.readers.text)(text);
        per["parse + segment"].push(cpuMs() - t);
        t = cpuMs();
        let sample = "";
        for (const s of read.segments) {
          if (s.kind !== "paragraph") continue;
          sample += (sample ? " " : "") + s.text;
          if (sample.length >= 1200) break;
        }
        const language = parts.detectLanguage(sample);
        per.language.push(cpuMs() - t);
        t = cpuMs();
        parts.datesOf(read.text, read.segments, language, { metadata: read.metadataDate, header: read.headerDate });
        per.dates.push(cpuMs() - t);
      } catch {
        // Signatures moved under us: the outside breakdown above still stands.
      }
    }
  }
  return Object.fromEntries(Object.entries(per).map(([k, v]) => [k, quantile(v, 0.5)]));
}

type StageTimer = (stage: string, ms: number) => void;

/**
 * The hook the bench looks for: `setStageTimer(fn | null)` exported by
 * shared/article, called by parseArticle with (stage, ms) for decode, parse,
 * segment, language and dates. Absent today; the outside breakdown still works.
 */
function stageTimerHook(): ((timer: StageTimer | null) => void) | undefined {
  const hook = (articleModule as Record<string, unknown>).setStageTimer;
  return typeof hook === "function" ? (hook as (timer: StageTimer | null) => void) : undefined;
}

/**
 * Runs the stages in summarize()'s order, timing each call in CPU time;
 * medians over all articles and passes.
 */
async function measureStages(inputs: { id: string; name: string; body: Uint8Array }[], passes: number) {
  const per: Record<string, number[]> = { decode: [], parseArticle: [], entities: [], quotes: [], leadAndSummary: [], "summarize (total)": [] };
  const inner: Record<string, number[]> = {};
  const hook = stageTimerHook();
  const decoder = new TextDecoder("utf-8");
  for (let pass = 0; pass < passes; pass++) {
    await settle();
    for (const input of inputs) {
      // UTF-8 decoding alone, as a floor for the decode stage inside parseArticle.
      let t = cpuMs();
      decoder.decode(input.body);
      per.decode.push(cpuMs() - t);

      const innerThisArticle: Record<string, number> = {};
      hook?.((stage, ms) => (innerThisArticle[stage] = (innerThisArticle[stage] ?? 0) + ms));
      t = cpuMs();
      const article = articleModule.parseArticle(input.name, input.body);
      per.parseArticle.push(cpuMs() - t);
      hook?.(null);
      for (const [stage, ms] of Object.entries(innerThisArticle)) (inner[stage] ??= []).push(ms);

      t = cpuMs();
      const entities = recognizeEntities(article);
      per.entities.push(cpuMs() - t);
      t = cpuMs();
      extractQuotes(article, entities);
      per.quotes.push(cpuMs() - t);
      t = cpuMs();
      leadAndSummary(article, entities);
      per.leadAndSummary.push(cpuMs() - t);
      t = cpuMs();
      summarize(input);
      per["summarize (total)"].push(cpuMs() - t);
    }
  }
  const med = (m: Record<string, number[]>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, quantile(v, 0.5)]));
  const innerStagesMs = Object.keys(inner).length ? med(inner) : undefined;
  return {
    stagesMs: med(per),
    ...(innerStagesMs ? { innerStagesMs } : {}),
    innerStagesNote: hook
      ? "parse internals from shared/article setStageTimer()"
      : "shared/article exposes no stage timer: decode is UTF-8 decoding timed outside; segment/language/dates are inside parseArticle",
  };
}
