import { ExtractionError } from "../errors";
import { parseXml, type XmlElement, type XmlParseError } from "./xml-tree";
import { escapeRegExp } from "./regex-escape";

/** A story element that is not well-formed XML: it fails alone. */
export interface BrokenStory {
  position: number;
  /** Its guid or id, when one can be read from the broken markup. */
  id: string | null;
  error: ExtractionError;
}

/**
 * Parses a multi-story XML file (feed, newsMessage) so that one malformed
 * story cannot take the others down. A well-formed file is parsed once. When
 * it is not, each story element is cut out by its tags and parsed alone; the
 * broken ones are blanked out and the rest of the file is parsed again. If
 * the file is still broken outside its stories, the whole file fails.
 */
export function parseStoryDocument(source: string, storyTags: string[]): { root: XmlElement; broken: BrokenStory[] } {
  const first = parseXml(source);
  if (first.errors.length === 0 && first.root) return { root: first.root, broken: [] };

  const namespaces = rootNamespaces(source);
  const broken: BrokenStory[] = [];
  // The file with its broken stories blanked out, built in one pass.
  const parts: string[] = [];
  let copied = 0;
  for (const chunk of storyChunks(source, storyTags)) {
    const prefix = `<story-wrapper ${namespaces}>`;
    const { errors } = parseXml(`${prefix}${source.slice(chunk.start, chunk.end)}</story-wrapper>`);
    if (errors.length === 0) continue;
    const at = chunk.start + Math.max(0, errors[0].position - prefix.length);
    broken.push({
      position: chunk.start,
      id: idOf(source.slice(chunk.start, chunk.end)),
      error: new ExtractionError("BAD_XML", `This story is not well-formed XML (${describe(source, { ...errors[0], position: at })}); it was skipped and the other stories were read.`),
    });
    // Blanked, not cut: positions (story order, error lines) stay those of the file.
    parts.push(source.slice(copied, chunk.start), source.slice(chunk.start, chunk.end).replace(/[^\n]/g, " "));
    copied = chunk.end;
  }
  parts.push(source.slice(copied));
  const second = broken.length > 0 ? parseXml(parts.join("")) : first;
  if (second.errors.length > 0 || !second.root) {
    const where = second.errors[0] ? describe(source, second.errors[0]) : "no root element";
    throw new ExtractionError("BAD_XML", `The XML is not well-formed (${where}): fix the file and upload it again.`);
  }
  return { root: second.root, broken };
}

/** "line 12, column 5: unexpected close tag" */
function describe(source: string, error: XmlParseError): string {
  const before = source.slice(0, error.position);
  const line = before.split("\n").length;
  const column = error.position - before.lastIndexOf("\n");
  return `line ${line}, column ${column}: ${error.message.replace(/^\d+:\d+:\s*/, "").replace(/\.$/, "")}`;
}

/** Start and end of each story element, paired in one linear pass (no backtracking regex over the file). */
function storyChunks(source: string, tags: string[]): { start: number; end: number }[] {
  const names = tags.map(escapeRegExp).join("|");
  const opens = [...source.matchAll(new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?(?:${names})(?=[\\s>])`, "g"))].map((m) => m.index!);
  const closes = [...source.matchAll(new RegExp(`</(?:[A-Za-z_][\\w.-]*:)?(?:${names})\\s*>`, "g"))].map((m) => ({ at: m.index!, end: m.index! + m[0].length }));
  const chunks: { start: number; end: number }[] = [];
  let c = 0;
  for (let o = 0; o < opens.length; o++) {
    const start = opens[o];
    while (c < closes.length && closes[c].at < start) c++;
    if (c >= closes.length) break;
    // An open tag with no close before the next open: its story runs to the next one's start.
    const nextOpen = opens[o + 1] ?? Infinity;
    if (closes[c].at > nextOpen) {
      chunks.push({ start, end: nextOpen });
      continue;
    }
    chunks.push({ start, end: closes[c].end });
    c++;
  }
  return chunks;
}

/** The namespace declarations on the root element, so a story parsed alone keeps its prefixes. */
function rootNamespaces(source: string): string {
  const root = /<(?![?!/])[^>]*>/.exec(source.slice(0, 65536).replace(/<!--[\s\S]*?-->/g, (c) => " ".repeat(c.length)));
  if (!root) return "";
  return [...root[0].matchAll(/\sxmlns(?::[\w.-]+)?\s*=\s*("[^"]*"|'[^']*')/g)].map((m) => m[0].trim()).join(" ");
}

/** RSS guid, Atom id, NewsML-G2's guid attribute, NewsML 1's PublicIdentifier. */
function idOf(markup: string): string | null {
  const m = /<(?:\w+:)?(?:guid|id|PublicIdentifier)\b[^>]*>\s*([^<\s][^<]*?)\s*</.exec(markup) ?? /\sguid\s*=\s*"([^"]+)"/.exec(markup);
  return m ? m[1] : null;
}
