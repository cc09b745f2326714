/**
 * Entry of the bench's child processes (bundled to bench/out/isolated-run.cjs):
 * work that may run away (scaling) or whose memory must be measured alone.
 * Prints one JSON line per result on stdout.
 *
 *   scaling <series label> <bytes,bytes,…> <runs>
 *   memory <noop|typical-batch|large> [bytes]
 */
import { summarize } from "../shared/summarize";
import { plainTextArticle, typicalArticles } from "./fixtures";
import { SCALING_SERIES } from "./scaling-series";

const [command, ...args] = process.argv.slice(2);

function emit(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** CPU milliseconds (steady when other processes load the machine) and wall milliseconds of one call. */
function timeOnce(name: string, body: Uint8Array): { ms: number; wallMs: number; error?: string } {
  const c = cpuMs();
  const t = performance.now();
  try {
    summarize({ id: "bench", name, body });
    return { ms: cpuMs() - c, wallMs: performance.now() - t };
  } catch (e) {
    // Rejected input still took time to reject: that time is what scales.
    return { ms: cpuMs() - c, wallMs: performance.now() - t, error: `${(e as Error).name}: ${(e as Error).message}`.slice(0, 160) };
  }
}


const SERIES_WARMUP_BYTES = 10 * 1024;
const SERIES_WARMUP_MS = 400;

function scaling(label: string, sizes: number[], runs: number): void {
  const series = SCALING_SERIES[label];
  if (!series) throw new Error(`unknown series ${label}`);
  // CPU time counts V8's compiler threads too: compile the hot paths on typical articles before timing anything.
  const warmup = typicalArticles(8).map((a) => ({ name: a.name, body: new TextEncoder().encode(a.body) }));
  for (let i = 0; i < 5; i++) for (const a of warmup) timeOnce(a.name, a.body);
  // Then this series' own paths (a pathological input takes branches typical articles never do): without it the
  // first sizes run compiled code and the large ones, with few runs, pay the compiler, which reads as a steeper slope.
  const own = new TextEncoder().encode(series.make(SERIES_WARMUP_BYTES));
  for (let spent = 0, n = 0; spent < SERIES_WARMUP_MS && n < 200; n++) spent += timeOnce(series.name, own).ms;
  for (const bytes of sizes) {
    const body = new TextEncoder().encode(series.make(bytes));
    // Small inputs once untimed (their own paths), then repeated until the total is long enough to trust.
    if (bytes <= 128 * 1024) timeOnce(series.name, body);
    const times: number[] = [];
    const wallTimes: number[] = [];
    let error: string | undefined;
    let total = 0;
    // Megabyte inputs take seconds each: three runs give a median that is good enough there. Below that, a
    // second of runs: a median of three 100 KB runs swung by a third between bench runs, and the slope with it.
    const minRuns = bytes >= 512 * 1024 ? Math.min(runs, 3) : runs;
    const minTotalMs = bytes >= 512 * 1024 ? 0 : 1000;
    while (times.length < minRuns || (total < minTotalMs && times.length < 200)) {
      const out = timeOnce(series.name, body);
      times.push(out.ms);
      wallTimes.push(out.wallMs);
      total += out.ms;
      error ??= out.error;
    }
    emit({ bytes: body.byteLength, times, wallTimes, ...(error ? { error } : {}) });
  }
}

function memory(which: string, bytes: number): void {
  const maxRssBytes = () => process.resourceUsage().maxRSS * 1024;
  const before = { rss: process.memoryUsage().rss, maxRss: maxRssBytes() };
  let articles = 0;
  let inputBytes = 0;
  const t = cpuMs();
  if (which === "typical-batch") {
    // A Lambda batch: 10 typical articles, as S3 bytes, summarised one after the other.
    for (const a of typicalArticles(10)) {
      const body = new TextEncoder().encode(a.body);
      inputBytes += body.byteLength;
      try {
        summarize({ id: `m${articles}`, name: a.name, body });
      } catch {
        // A rejected article still used memory to be read and rejected; it counts as handled.
      }
      articles++;
    }
  } else if (which === "large") {
    const body = new TextEncoder().encode(plainTextArticle("fr", bytes, 11));
    inputBytes = body.byteLength;
    summarize({ id: "large", name: "large.txt", body });
    articles = 1;
  }
  emit({ which, articles, inputBytes, cpuMs: cpuMs() - t, rssBeforeBytes: before.rss, maxRssBeforeBytes: before.maxRss, peakRssBytes: maxRssBytes() });
}

try {
  if (command === "scaling") scaling(args[0], args[1].split(",").map(Number), Number(args[2] ?? 3));
  else if (command === "memory") memory(args[0], Number(args[1] ?? 0));
  else throw new Error(`unknown command ${command}`);
} catch (e) {
  emit({ fatal: `${(e as Error).name}: ${(e as Error).message}` });
  process.exitCode = 1;
}
