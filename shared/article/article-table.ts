import { parse } from "csv-parse/sync";
import { ExtractionError } from "../errors";
import { readJsonFeed } from "./json-feed";
import { FIELDS } from "./json-item";
import type { StoryFile } from "./story";

/**
 * A table of articles, one per row (CSV or TSV: a media-monitoring export, a research data set): read with csv-parse,
 * each row an object keyed by its column names, so the JSON feed reader takes the same fields from it (title, date,
 * text, author, url, id…). Told by its header row, never by the name alone.
 */

const DELIMITERS = [",", ";", "\t"] as const;
/** A header cell: a column name, not prose. */
const COLUMN_NAME = /^[\p{L}_][\p{L}\p{N}_ .:-]{0,39}$/u;
const lower = (names: readonly string[]) => new Set(names.map((n) => n.toLowerCase()));
const BODY_COLUMNS = lower([...FIELDS.body, ...FIELDS.summary]);
const OTHER_COLUMNS = lower([...FIELDS.headline, ...FIELDS.date]);

/** The delimiter of a table of articles whose header row names a body column and a title or date column; else null. */
export function articleTableDelimiter(text: string): string | null {
  const end = text.search(/\r?\n/);
  if (end <= 0) return null;
  const header = text.slice(0, end);
  let best: { delimiter: string; cells: string[] } | null = null;
  for (const delimiter of DELIMITERS) {
    const cells = header.split(delimiter).map((c) => c.trim().replace(/^"(.*)"$/, "$1").trim());
    if (cells.length >= 2 && (!best || cells.length > best.cells.length)) best = { delimiter, cells };
  }
  if (!best || !best.cells.every((c) => COLUMN_NAME.test(c))) return null;
  const names = best.cells.map((c) => c.toLowerCase());
  return names.some((n) => BODY_COLUMNS.has(n)) && names.some((n) => OTHER_COLUMNS.has(n)) ? best.delimiter : null;
}

/** One story per row, for a text articleTableDelimiter accepted; a row without a body fails alone (NO_TEXT), as a feed item does. */
export function readArticleTable(text: string): StoryFile {
  const delimiter = articleTableDelimiter(text) ?? ",";
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: true, delimiter, bom: true, skip_empty_lines: true, relax_column_count: true, relax_quotes: true, trim: true });
  } catch (e) {
    throw new ExtractionError("BAD_CSV", `This table of articles does not parse (${(e as Error).message.split("\n")[0]}): fix the file, or upload each article on its own.`);
  }
  const file = readJsonFeed(rows);
  if (!file) throw new ExtractionError("NO_TEXT", "No row of this table of articles has any text in its body column.");
  return file;
}
