import { isExtractionError } from "../shared/errors";
import { type FileSummary, summarizeFile } from "../shared/summarize";

/** What one input line of `summarize --jsonl` gives: its output lines, and how many of them are failures. */
export interface LineResult {
  out: string[];
  failures: number;
}

/**
 * One {"id","name","text"} line to its output lines: one summary, or one per
 * story for a feed, or one {"id","error"}. Never throws: a bad line is an
 * output line with its reason. Pure, so the main thread and the workers of
 * cli/jsonl-pool.ts run the same code.
 */
export function summarizeLine(line: string, lineNo: number, withText: boolean): LineResult {
  let id: string = `line-${lineNo}`;
  try {
    const record = JSON.parse(line);
    if (typeof record?.id === "string" || typeof record?.id === "number") id = String(record.id);
    if (typeof record?.text !== "string") throw new InputLineError("BAD_LINE", 'each line needs a string "text" (and optionally a "name", a hint for the format)');
    const name = typeof record.name === "string" ? record.name : `${id}.txt`;
    const entries = storyEntries(id, summarizeFile({ id, name, body: record.text }, { withText }));
    return { out: entries.map((e) => JSON.stringify(e)), failures: entries.filter((e) => "error" in e).length };
  } catch (e) {
    const error = e instanceof SyntaxError ? { code: "BAD_LINE", message: `line ${lineNo} is not JSON` } : errorOf(e);
    return { out: [JSON.stringify({ id, error })], failures: 1 };
  }
}

/** One output object per story: its summary, or its id, story and error. */
export function storyEntries(id: string, result: FileSummary): object[] {
  return result.stories.map((s) => (s.summary ? s.summary : { id: result.multi ? `${id}#${s.story.guid}` : id, ...(result.multi ? { story: s.story } : {}), error: errorOf(s.error) }));
}

class InputLineError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function errorOf(e: unknown): { code: string; message: string } {
  if (isExtractionError(e) || e instanceof InputLineError) return { code: e.code, message: e.message };
  if ((e as NodeJS.ErrnoException)?.code === "ENOENT") return { code: "NOT_FOUND", message: (e as Error).message };
  return { code: "INTERNAL", message: (e as Error).message };
}
