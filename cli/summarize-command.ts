import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { createInterface } from "node:readline";
import { isExtractionError } from "../shared/errors";
import { summarize } from "../shared/summarize";

/** `summarize FILE…`: one JSON summary, or JSON Lines for several files. */
export function summarizeFiles(files: string[], withText: boolean, write: (line: string) => void): number {
  let failures = 0;
  for (const file of files) {
    try {
      const summary = summarize({ id: basename(file), name: file, body: readFileSync(file) }, { withText });
      write(files.length === 1 ? JSON.stringify(summary, null, 2) : JSON.stringify(summary));
    } catch (e) {
      failures++;
      write(JSON.stringify({ id: basename(file), error: errorOf(e) }));
    }
  }
  return failures;
}

/**
 * `summarize --jsonl`: one {"id","name","text"} per input line, one summary
 * or {"id","error"} per output line. A bad line never stops the stream.
 */
export async function summarizeJsonLines(input: NodeJS.ReadableStream, withText: boolean, write: (line: string) => void): Promise<number> {
  let failures = 0;
  let lineNo = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNo++;
    if (!line.trim()) continue;
    let id: string = `line-${lineNo}`;
    try {
      const record = JSON.parse(line);
      if (typeof record?.id === "string" || typeof record?.id === "number") id = String(record.id);
      if (typeof record?.text !== "string") throw new InputLineError("BAD_LINE", 'each line needs a string "text" (and a "name" whose extension gives the format)');
      const name = typeof record.name === "string" ? record.name : `${id}.txt`;
      write(JSON.stringify(summarize({ id, name, body: record.text }, { withText })));
    } catch (e) {
      failures++;
      write(JSON.stringify({ id, error: e instanceof SyntaxError ? { code: "BAD_LINE", message: `line ${lineNo} is not JSON` } : errorOf(e) }));
    }
  }
  return failures;
}

class InputLineError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function errorOf(e: unknown): { code: string; message: string } {
  if (isExtractionError(e) || e instanceof InputLineError) return { code: e.code, message: e.message };
  if ((e as NodeJS.ErrnoException)?.code === "ENOENT") return { code: "NOT_FOUND", message: (e as Error).message };
  return { code: "INTERNAL", message: (e as Error).message };
}
