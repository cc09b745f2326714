import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { createInterface } from "node:readline";
import { type FileSummary, summarizeFile } from "../shared/summarize";
import { JsonlPool, type WorkerBatch, workerCount } from "./jsonl-pool";
import { errorOf, type LineResult, storyEntries, summarizeLine } from "./summarize-line";

/**
 * `summarize FILE…`: one JSON summary, or JSON Lines for several files.
 * A multi-story file (RSS, Atom, NewsML-G2 newsMessage) gives one summary
 * per story, with the id `<file>#<story guid>`: a JSON array for one file,
 * one line per story for several. A story that cannot be read is an
 * `{"id","story","error"}` entry in its place; the others still print.
 * Returns the number of files and stories that failed.
 */
export function summarizeFiles(files: string[], withText: boolean, write: (line: string) => void): number {
  let failures = 0;
  for (const file of files) {
    let result: FileSummary;
    try {
      result = summarizeFile({ id: basename(file), name: file, body: readFileSync(file) }, { withText });
    } catch (e) {
      failures++;
      write(JSON.stringify({ id: basename(file), error: errorOf(e) }));
      continue;
    }
    const entries = storyEntries(basename(file), result);
    failures += entries.filter((e) => "error" in e).length;
    if (files.length > 1) for (const entry of entries) write(JSON.stringify(entry));
    else write(JSON.stringify(result.multi ? entries : entries[0], null, 2));
  }
  return failures;
}

/** Lines summarized together: one message to a worker and back. */
const BATCH_LINES = 8;

/**
 * `summarize --jsonl`: one {"id","name","text"} per input line, one summary
 * or {"id","error"} per output line (one per story for feeds), in input
 * order. A bad line never stops the stream. From the second batch on, worker
 * threads (cli/jsonl-pool.ts) take batches when `workerFile` exists and the
 * machine has cores to spare; this thread summarizes whatever they cannot take.
 */
export async function summarizeJsonLines(input: NodeJS.ReadableStream, withText: boolean, write: (line: string) => void, workerFile?: string): Promise<number> {
  let failures = 0;
  let lineNo = 0;
  let batch: WorkerBatch = [];
  let batches = 0;
  let written = 0;
  let pool: JsonlPool | undefined;
  const done = new Map<number, LineResult[]>();
  const inFlight = new Set<Promise<void>>();
  const flush = () => {
    for (let results = done.get(written); results; results = done.get(written)) {
      done.delete(written++);
      for (const result of results) {
        failures += result.failures;
        for (const line of result.out) write(line);
      }
    }
  };
  const here = (lines: WorkerBatch) => lines.map(({ line, lineNo }) => summarizeLine(line, lineNo, withText));
  const dispatch = async () => {
    const index = batches++;
    const lines = batch;
    batch = [];
    if (index === 1) {
      const size = workerCount(workerFile);
      if (size > 0) pool = new JsonlPool(workerFile!, size, withText);
    }
    const lane = pool?.free();
    if (lane) {
      // A lane that dies hands its batch back to this thread: nothing is lost.
      const settled = lane.run(lines).then(
        (results) => void done.set(index, results),
        () => void done.set(index, here(lines)),
      );
      const tracked = settled.then(() => {
        inFlight.delete(tracked);
        flush();
      });
      inFlight.add(tracked);
    } else {
      done.set(index, here(lines));
      flush();
      // Let the workers' replies and ready messages in between batches.
      if (pool) await new Promise((resolve) => setImmediate(resolve));
    }
  };
  try {
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      lineNo++;
      if (!line.trim()) continue;
      batch.push({ line, lineNo });
      if (batch.length === BATCH_LINES) await dispatch();
    }
    if (batch.length) await dispatch();
    while (inFlight.size) await Promise.all(inFlight);
    flush();
  } finally {
    await pool?.close();
  }
  return failures;
}
