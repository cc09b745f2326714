import { decodeHTMLStrict } from "entities";
import { SaxesParser, type SaxesTagNS } from "saxes";
import { ExtractionError } from "../errors";

/**
 * A small XML element tree built from saxes events. Its nodes have the shape
 * htmlBlocks() walks (nodeType, nodeName, childNodes, textContent,
 * getAttribute), so XHTML and NITF bodies go through the same block reader
 * as web pages.
 *
 * Why saxes: a strict, namespace-aware, streaming parser (the one jsdom
 * uses) that never reads a DTD, never expands a declared entity and never
 * opens a file or URL, so external entities (XXE) cannot be fetched. We
 * refuse entity declarations outright, bound depth and element count, and
 * keep parse errors with their line and column so a malformed story can
 * fail alone.
 */
export class XmlText {
  readonly nodeType = 3;
  readonly nodeName = "#text";
  readonly childNodes: XmlNode[] = [];
  constructor(public textContent: string) {}
}

export class XmlElement {
  readonly nodeType = 1;
  /** What htmlBlocks sees: the local name, or an HTML alias a reader assigns (NITF `hl2` -> `h2`). */
  nodeName: string;
  readonly childNodes: XmlNode[] = [];
  constructor(
    /** Qualified name as written (`dc:creator`). */
    readonly name: string,
    readonly local: string,
    /** Namespace URI ("" when none). */
    readonly uri: string,
    /** Attribute values by qualified name (`xml:lang`, `guid`). */
    readonly attributes: Record<string, string>,
    /** Offset of the start tag in the source, to keep stories in document order. */
    readonly position: number,
  ) {
    this.nodeName = local;
  }

  getAttribute(name: string): string | null {
    return this.attributes[name] ?? null;
  }

  get textContent(): string {
    let out = "";
    const stack: XmlNode[] = [this];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.nodeType === 3) out += n.textContent;
      else for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]);
    }
    return out;
  }

  /** Child elements, optionally only those with this local name (and namespace). */
  elements(local?: string, uri?: string): XmlElement[] {
    const out: XmlElement[] = [];
    for (const c of this.childNodes) if (c instanceof XmlElement && (local === undefined || c.local === local) && (uri === undefined || c.uri === uri)) out.push(c);
    return out;
  }

  element(local: string, uri?: string): XmlElement | null {
    for (const c of this.childNodes) if (c instanceof XmlElement && c.local === local && (uri === undefined || c.uri === uri)) return c;
    return null;
  }

  /** Descendants with this local name, outermost only (an `item` inside an `item` is not listed). */
  find(local: string, uri?: string): XmlElement[] {
    const out: XmlElement[] = [];
    const stack: XmlElement[] = [this];
    while (stack.length) {
      const e = stack.pop()!;
      for (let i = e.childNodes.length - 1; i >= 0; i--) {
        const c = e.childNodes[i];
        if (!(c instanceof XmlElement)) continue;
        if (c.local === local && (uri === undefined || c.uri === uri)) out.push(c);
        else stack.push(c);
      }
    }
    return out.sort((a, b) => a.position - b.position);
  }

  /** The text with runs of white space collapsed, or null when there is none. */
  text(): string | null {
    const t = this.textContent.replace(/\s+/g, " ").trim();
    return t === "" ? null : t;
  }
}

export type XmlNode = XmlElement | XmlText;

export interface XmlParseError {
  message: string;
  /** Offset in the source where the parser noticed. */
  position: number;
}

/** Refusals are errors of the whole object, not of one story. */
export const XML_LIMITS = {
  /** Real news XML nests under 30 deep; XHTML bodies add a few levels. */
  maxDepth: 200,
  /** A 5 MB feed of 500 items has about 20,000 elements. */
  maxElements: 250_000,
};

/**
 * Parses XML into a tree. Throws ExtractionError for what we refuse
 * (entity declarations, limits); returns syntax errors in `errors` with
 * the best tree saxes could build, for the caller to isolate.
 */
export function parseXml(source: string): { root: XmlElement | null; errors: XmlParseError[] } {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const errors: XmlParseError[] = [];
  let root: XmlElement | null = null;
  const open: XmlElement[] = [];
  let count = 0;
  let textBuffer = "";
  // Undeclared HTML entities are resolved by saxes itself, in the same single pass as &amp; and &#233;:
  // decoding the text again afterwards read "&amp;eacute;" (the literal "&eacute;") as "é".
  parser.ENTITIES = htmlEntities(parser.ENTITIES);
  const flushText = () => {
    if (textBuffer && open.length) open[open.length - 1].childNodes.push(new XmlText(textBuffer));
    textBuffer = "";
  };
  parser.on("doctype", (doctype) => {
    if (/<!ENTITY/i.test(doctype)) {
      throw new ExtractionError(
        "XML_ENTITIES",
        "The XML declares entities in its DOCTYPE (<!ENTITY …>). We never expand or fetch them: entity expansion ('billion laughs') and external entities (XXE) are attacks. Remove the internal DTD subset and upload again.",
      );
    }
  });
  parser.on("opentag", (tag) => {
    flushText();
    if (open.length >= XML_LIMITS.maxDepth) {
      throw new ExtractionError("XML_LIMIT", `The XML nests elements more than ${XML_LIMITS.maxDepth} deep; news files never do. Is it really an article?`);
    }
    if (++count > XML_LIMITS.maxElements) {
      throw new ExtractionError("XML_LIMIT", `The XML has more than ${XML_LIMITS.maxElements} elements; split it into smaller files.`);
    }
    const t = tag as SaxesTagNS;
    const attributes: Record<string, string> = {};
    for (const [name, a] of Object.entries(t.attributes)) attributes[name] = typeof a === "string" ? a : a.value;
    const el = new XmlElement(t.name, t.local, t.uri, attributes, parser.position);
    if (open.length) open[open.length - 1].childNodes.push(el);
    else root ??= el;
    open.push(el);
  });
  parser.on("closetag", () => {
    flushText();
    open.pop();
  });
  parser.on("text", (t) => {
    textBuffer += t;
  });
  parser.on("cdata", (t) => {
    // CDATA is literal: no entity decoding.
    flushText();
    if (open.length) open[open.length - 1].childNodes.push(new XmlText(t));
  });
  parser.on("error", (e) => {
    // An unknown entity name (&foo;) stays in the text as written, as browsers keep it.
    if (/undefined entity/.test(e.message)) return;
    errors.push({ message: e.message, position: parser.position });
  });
  parser.write(source).close();
  return { root, errors };
}

/**
 * Feeds in the wild use HTML entities (&eacute;, &nbsp;) without declaring them. The table saxes looks
 * entity names up in is extended with HTML's named references (read by the entities package), so each
 * reference in the source is decoded exactly once, wherever it is (text or attribute). A DOCTYPE that
 * declares entities is refused before any of this (see the doctype handler).
 */
const XML_PREDEFINED = new Set(["amp", "lt", "gt", "quot", "apos"]);

function htmlEntities(xml: Record<string, string>): Record<string, string> {
  return new Proxy(xml, {
    get(target, name) {
      if (typeof name !== "string") return undefined;
      // XML's five first; never a name inherited from Object.prototype ("&constructor;").
      if (XML_PREDEFINED.has(name)) return target[name];
      if (!/^[A-Za-z][A-Za-z0-9]{1,31}$/.test(name)) return undefined;
      const decoded = decodeHTMLStrict(`&${name};`);
      return decoded === `&${name};` ? undefined : decoded;
    },
  });
}
