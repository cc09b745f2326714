import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { createInterface } from "node:readline";
import { isExtractionError } from "../shared/errors";
import { type FileSummary, summarizeFile } from "../shared/summarize";

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
      // A file's modification time is when it arrived, as an S3 object's LastModified is: the year of a yearless dateline.
      result = summarizeFile({ id: basename(file), name: file, body: readFileSync(file), received: statSync(file).mtime.toISOString() }, { withText });
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

/** One output object per story: its summary, or its id, story and error. */
function storyEntries(id: string, result: FileSummary): object[] {
  return result.stories.map((s) => (s.summary ? s.summary : { id: result.multi ? `${id}#${s.story.guid}` : id, ...(result.multi ? { story: s.story } : {}), error: errorOf(s.error) }));
}

/**
 * `summarize --jsonl`: one {"id","name","text"} per input line (and optionally "received", when the article
 * arrived, ISO 8601: the year of a dateline that gives none), one summary
 * or {"id","error"} per output line (one per story for feeds). A bad line
 * never stops the stream.
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
      if (typeof record?.text !== "string") throw new InputLineError("BAD_LINE", 'each line needs a string "text" (and optionally a "name", a hint for the format)');
      const name = typeof record.name === "string" ? record.name : `${id}.txt`;
      const received = typeof record.received === "string" ? { received: record.received } : {};
      const entries = storyEntries(id, summarizeFile({ id, name, body: record.text, ...received }, { withText }));
      failures += entries.filter((e) => "error" in e).length;
      for (const entry of entries) write(JSON.stringify(entry));
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
