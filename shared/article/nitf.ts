import { ExtractionError } from "../errors";
import { type StoryFields, type StoryFile, languageTag, names } from "./story";
import { bylineAuthors } from "./byline";
import { parseWireDate } from "./wire-date";
import { XmlElement, parseXml } from "./xml-tree";

/** NITF body elements read as their HTML counterparts by the block reader; media metadata skipped. */
const AS_HTML: Record<string, string> = {
  hl1: "h1",
  hl2: "h2",
  block: "div",
  media: "figure",
  "media-caption": "figcaption",
  "media-reference": "object",
  "media-object": "object",
  "media-metadata": "object",
  "media-producer": "object",
  "body.head": "object",
  "body.end": "object",
  note: "aside",
  // A block may open with its own metadata (NITF 3.x block: tobject, key-list, classifier, byline,
  // dateline, copyrite, abstract) and close with a datasource: fields, not text. The byline and
  // dateline are read as fields below.
  byline: "object",
  dateline: "object",
  tobject: "object",
  "key-list": "object",
  classifier: "object",
  copyrite: "object",
  abstract: "object",
  datasource: "object",
};

/**
 * NITF 3.x: hl1 is the headline and hl2 the subheadline, the byline gives
 * the authors, dateline and date.issue / pubdata date.publication the date,
 * and the text is body.content only (head, docdata and body.end are metadata).
 */
export function readNitf(source: string): StoryFile {
  const { root, errors } = parseXml(source);
  if (!root || errors.length > 0) {
    throw new ExtractionError("BAD_XML", `The NITF file is not well-formed XML (${errors[0]?.message ?? "no root element"}): fix it and upload again.`);
  }
  return { multi: false, stories: [nitfStory(root)] };
}

/** The fields and body of one nitf element (a NITF file's root, or NITF inside a NewsML-G2 inlineXML). */
export function nitfStory(nitf: XmlElement): StoryFields {
  const head = nitf.element("head");
  const docdata = head?.element("docdata");
  const body = nitf.element("body");
  const bodyHead = body?.element("body.head");
  const hedline = bodyHead?.element("hedline");
  const bodyContent = nitfBodyContent(nitf);
  // A flash with no body.content, or an empty one, that has an abstract: the abstract is all the text there is.
  // (The body's text is gathered only when there is an abstract to fall back on.)
  const abstractEl = bodyHead?.element("abstract") ?? null;
  const abstract = abstractEl && !bodyContent?.text() ? abstractEl : null;
  const content = abstract ? renameForHtml(abstract, "div") : bodyContent;
  const blocks = content?.elements("block") ?? [];
  const date =
    parseWireDate(docdata?.element("date.issue")?.getAttribute("norm")) ??
    parseWireDate(head?.element("pubdata")?.getAttribute("date.publication")) ??
    parseWireDate(bodyHead?.element("dateline")?.element("story.date")?.getAttribute("norm")) ??
    parseWireDate(docdata?.element("date.release")?.getAttribute("norm"));
  return {
    guid: docdata?.element("doc-id")?.getAttribute("id-string") ?? null,
    link: null,
    headline: hedline?.element("hl1")?.text() ?? head?.element("title")?.text() ?? null,
    subheadline: hedline?.element("hl2")?.text() ?? null,
    date,
    // NITF states the language as xml:lang, or as its own lang / baselang attributes on the root.
    language: languageTag(
      nitf.getAttribute("xml:lang") ?? nitf.getAttribute("lang") ?? body?.getAttribute("xml:lang") ?? content?.getAttribute("xml:lang") ?? content?.getAttribute("lang") ?? nitf.getAttribute("baselang"),
    ),
    authors: names([...(bodyHead?.elements("byline") ?? []), ...blocks.flatMap((b) => b.elements("byline"))].flatMap(bylineNames)),
    dateline: datelineText(bodyHead?.element("dateline") ?? blocks.map((b) => b.element("dateline")).find((d) => d) ?? null),
    body: content ? { kind: "xml", root: content } : null,
    position: nitf.position,
  };
}

/** NITF's body.content, its elements renamed for the HTML block reader; null when there is none. */
export function nitfBodyContent(nitf: XmlElement): XmlElement | null {
  const content = nitf.element("body")?.element("body.content") ?? null;
  if (!content) return null;
  return renameForHtml(content, content.local, repeatedBlocks(content));
}

/**
 * An element and its descendants renamed for the HTML block reader (`as` for the element itself: "div" for an
 * abstract standing for the body); `skipped` elements become objects, which the reader passes over.
 */
function renameForHtml(el: XmlElement, as: string, skipped: ReadonlySet<XmlElement> = new Set()): XmlElement {
  for (const d of descendants(el)) d.nodeName = skipped.has(d) ? "object" : (AS_HTML[d.local] ?? d.local);
  el.nodeName = as;
  return el;
}

/**
 * Blocks whose whole text opens the next block: archives such as the New York Times' give the lead
 * paragraph in a block of its own ("lead_paragraph") and again at the top of the full text ("full_text").
 * Only the next block is compared, so a file of many blocks stays linear.
 */
function repeatedBlocks(content: XmlElement): Set<XmlElement> {
  const blocks = content.elements("block").map((b) => ({ b, text: b.text() })).filter((x) => x.text !== null);
  const out = new Set<XmlElement>();
  for (let i = 0; i + 1 < blocks.length; i++) if (blocks[i + 1].text!.startsWith(blocks[i].text!)) out.add(blocks[i].b);
  return out;
}

/** `<byline>By <person>Jane Doe</person>, <byttl>Staff</byttl></byline>`, or a plain "Par Jean Dupont". */
function bylineNames(byline: XmlElement): string[] {
  // Some feeds put the prefix inside the element: `<person>By DAVID SHARP</person>`.
  const people = byline.elements("person").map((el) => {
    const text = el.text();
    return text === null ? null : (bylineAuthors(text)[0] ?? text);
  });
  if (people.length) return names(people);
  const withoutTitle = byline.childNodes.filter((n) => !(n.nodeType === 1 && (n as XmlElement).local === "byttl")).map((n) => n.textContent).join("");
  return bylineAuthors(withoutTitle);
}

/**
 * `<dateline><location><city>Seattle</city><state>Washington</state></location>, <story.date>Nov. 9</story.date></dateline>`:
 * the parts of a location are elements with nothing between them, so they are joined with a comma
 * ("Seattle, Washington, Nov. 9") instead of running together.
 */
function datelineText(dateline: XmlElement | null): string | null {
  if (!dateline) return null;
  const parts = (el: XmlElement): string =>
    el.childNodes
      .map((n, i) => {
        const text = n instanceof XmlElement ? parts(n) : n.textContent;
        const previous = el.childNodes[i - 1];
        return previous instanceof XmlElement && n instanceof XmlElement && text.trim() !== "" && parts(previous).trim() !== "" ? `, ${text}` : text;
      })
      .join("");
  const t = parts(dateline).replace(/\s+/g, " ").trim();
  return t === "" ? null : t;
}

function descendants(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const stack = [el];
  while (stack.length) for (const c of stack.pop()!.elements()) (out.push(c), stack.push(c));
  return out;
}
