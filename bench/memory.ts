import { runJsonChild } from "./child-process";

export interface MemoryCase {
  label: string;
  inputBytes: number;
  /** CPU milliseconds of the work. */
  ms: number;
  /** Peak resident set of the whole process (maxRSS), the figure Lambda's memory limit applies to. */
  peakRssBytes: number;
  /** Peak minus the resident set right after loading the code: what the work itself added. */
  workRssBytes: number;
  error?: string;
}

export interface MemoryResult {
  baselineRssBytes: number;
  cases: MemoryCase[];
}

/** Each case in a fresh process, so peaks do not carry over. */
export async function measureMemory(childFile: string, options: { largeBytes: number[]; limitMs: number }): Promise<MemoryResult> {
  type Line = { which: string; inputBytes: number; cpuMs: number; rssBeforeBytes: number; peakRssBytes: number; fatal?: string };
  const run = async (label: string, args: string[]): Promise<MemoryCase & { rssBeforeBytes: number }> => {
    const out = await runJsonChild<Line>(childFile, ["memory", ...args], { lineTimeoutMs: options.limitMs });
    const line = out.lines[0];
    if (!line || line.fatal) {
      const error = out.timedOut ? `did not finish within ${options.limitMs / 1000} s` : (line?.fatal ?? out.stderr.slice(0, 200));
      return { label, inputBytes: Number(args[1] ?? 0), ms: NaN, peakRssBytes: NaN, workRssBytes: NaN, rssBeforeBytes: NaN, error };
    }
    return { label, inputBytes: line.inputBytes, ms: line.cpuMs, peakRssBytes: line.peakRssBytes, workRssBytes: line.peakRssBytes - line.rssBeforeBytes, rssBeforeBytes: line.rssBeforeBytes };
  };
  const baseline = await run("code loaded, no work", ["noop"]);
  const cases = [await run("batch of 10 typical 5 KB articles", ["typical-batch"])];
  for (const bytes of options.largeBytes) cases.push(await run(`one ${Math.round(bytes / (1024 * 1024))} MB article`, ["large", String(bytes)]));
  return { baselineRssBytes: baseline.peakRssBytes, cases: cases.map(({ rssBeforeBytes: _, ...c }) => c) };
}
