/**
 * Throughput on one core of the article-understanding stages (decode, format,
 * header, segments, sentences, language, headline, dates, lead and summary)
 * apart from entities and quotes, and of the whole summarize().
 */
import { parseArticle } from "../shared/article";
import { isExtractionError } from "../shared/errors";
import { leadAndSummary } from "../shared/article/lead-and-summary";
import { summarize } from "../shared/summarize";

export interface SpeedSample {
  name: string;
  body: string;
}

export interface SpeedResult {
  articles: number;
  averageBytes: number;
  /** Per second of this process's CPU time: one core's throughput, whatever else the machine runs. */
  articlesPerSecond: number;
  /** Per second of wall-clock time (lower when other work shares the cores). */
  articlesPerWallSecond: number;
}

/** The article stages alone: best of `rounds` timed passes after one warm-up pass. */
export function measureArticleStages(samples: SpeedSample[], rounds = 3): SpeedResult {
  return measure(samples, rounds, (s) => leadAndSummary(parseArticle(s.name, s.body), []));
}

/** The whole summarize(), entities and quotes included, the same way. */
export function measureSummarize(samples: SpeedSample[], rounds = 3): SpeedResult {
  return measure(samples, rounds, (s, i) => summarize({ id: `speed${i}`, name: s.name, body: s.body }));
}

const MIN_MEASURE_MS = 4000;

function measure(samples: SpeedSample[], rounds: number, work: (s: SpeedSample, i: number) => unknown): SpeedResult {
  const run = () => {
    samples.forEach((s, i) => {
      try {
        work(s, i);
      } catch (e) {
        if (!isExtractionError(e)) throw e;
      }
    });
  };
  run();
  let bestWall = Infinity;
  let bestCpu = Infinity;
  // At least `rounds` passes and MIN_MEASURE_MS of them: on a shared machine, bursts of other work slow
  // single passes by up to a half, and the best of more passes is the code's own speed.
  const until = performance.now() + MIN_MEASURE_MS;
  for (let i = 0; i < rounds || performance.now() < until; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    run();
    const cpu = process.cpuUsage(c0);
    bestWall = Math.min(bestWall, performance.now() - t0);
    bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1000);
  }
  const bytes = samples.reduce((n, s) => n + Buffer.byteLength(s.body), 0);
  return {
    articles: samples.length,
    averageBytes: Math.round(bytes / Math.max(1, samples.length)),
    articlesPerSecond: samples.length / (bestCpu / 1000),
    articlesPerWallSecond: samples.length / (bestWall / 1000),
  };
}

/** `count` articles of about `targetBytes`: short sources are extended with their own paragraphs, long ones cut at a paragraph. */
export function typicalArticles(sources: SpeedSample[], count = 200, targetBytes = 5000): SpeedSample[] {
  const out: SpeedSample[] = [];
  if (sources.length === 0) return out;
  for (let i = 0; out.length < count; i++) {
    const s = sources[i % sources.length];
    const paragraphs = s.body.split(/\n\s*\n/);
    let body = "";
    for (let k = 0; Buffer.byteLength(body) < targetBytes && k < 200; k++) {
      const p = k < paragraphs.length ? paragraphs[k] : paragraphs[1 + ((k - 1) % Math.max(1, paragraphs.length - 1))] ?? paragraphs[0];
      body += (body ? "\n\n" : "") + p;
    }
    out.push({ name: s.name, body });
  }
  return out;
}
