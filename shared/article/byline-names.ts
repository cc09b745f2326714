import { ARTICLE_TABLES, WIRE_AGENCIES } from "../lang/article-tables";
import { names } from "./story";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Every language's byline prefix ("By", "Par", "De notre envoyé spécial"), longest first so the longest one is cut. */
const PREFIX = new RegExp(
  String.raw`^(?:${[...new Set(Object.values(ARTICLE_TABLES).flatMap((t) => t.bylinePrefixes))]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|")})\b\s*:?\s*`,
  "iu",
);
/** Joins between names in a byline; "&" in any language. */
const AND = /\s+(?:and|et|und|&)\s+/i;
const AGENCIES = new Set(WIRE_AGENCIES.map((a) => a.toLowerCase()));

/**
 * The names in a byline written as one string (NewsML-G2 `by`, a NITF byline without `person`):
 * "By JOHN DOE and JANE ROE, Associated Press" -> John Doe's and Jane Roe's names as written.
 * Commas separate names only before the last "and"; after the last name a comma starts the
 * writer's title or employer, which is no name. Agency names and "(AFP)" tails are dropped.
 */
export function bylineNames(raw: string | null | undefined): string[] {
  if (!raw) return [];
  const line = raw.replace(/\s+/g, " ").trim().replace(PREFIX, "").replace(/\s*\([^)]*\)\s*$/, "").replace(/[,;\s]+$/, "");
  const parts = line.split(AND);
  const last = parts.pop() ?? "";
  const list = [...parts.flatMap((p) => p.split(/\s*,\s*/)), last.split(/\s*,\s*/)[0]];
  return names(list.filter((n) => n !== "" && !AGENCIES.has(n.toLowerCase())));
}
