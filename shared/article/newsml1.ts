import { ExtractionError } from "../errors";
import { bylineAuthors } from "./byline";
import { embeddedBody } from "./newsml";
import { nitfStory } from "./nitf";
import { type StoryBody, type StoryFields, type StoryFile, languageTag, names } from "./story";
import { parseWireDate } from "./wire-date";
import { sniffXmlRoot } from "./xml-root";
import type { XmlElement } from "./xml-tree";
import { parseStoryDocument } from "./xml-stories";

/** Is this NewsML 1.x (root `NewsML`, no namespace) rather than NewsML-G2? */
export function isNewsMl1(text: string): boolean {
  const root = sniffXmlRoot(text);
  return root !== null && root.local === "NewsML" && root.uri === "";
}

/**
 * NewsML 1.x, the IPTC format before NewsML-G2, which agencies still deliver (a `NewsML` root without
 * a namespace): one story per `NewsItem` that carries text. Fields come from NewsManagement
 * (FirstCreated, ThisRevisionCreated), the NewsLines of the component holding the text (HeadLine,
 * SubHeadLine, ByLine, DateLine) and its language; the text from the Text ContentItem's DataContent
 * (NITF, XHTML or plain text). Photo components, their lines and all metadata stay out of the text.
 */
export function readNewsMl1(source: string): StoryFile {
  const { root, broken } = parseStoryDocument(source, ["NewsItem"]);
  const items = root.local === "NewsItem" ? [root] : root.find("NewsItem");
  const texts = items.map((item) => ({ item, text: textComponent(item) })).filter((x) => x.text !== null);
  if (texts.length === 0 && broken.length === 0) throw new ExtractionError("NO_TEXT", "This NewsML 1 file has no text item (a Text ContentItem with DataContent): nothing to summarise.");
  const stories: StoryFile["stories"] = [...broken, ...texts.map(({ item, text }) => newsItem(item, text!))];
  return { multi: stories.length > 1, stories: stories.sort((a, b) => a.position - b.position) };
}

/** The text ContentItem and the components around it, innermost first. */
interface TextComponent {
  content: XmlElement;
  components: XmlElement[];
}

function newsItem(item: XmlElement, { content, components }: TextComponent): StoryFields {
  const management = item.element("NewsManagement");
  // The lines of the innermost component that has them: a package's photo components have their own.
  const allLines = components.flatMap((c) => c.element("NewsLines") ?? []);
  const lines = allLines.find((l) => l.element("HeadLine")) ?? allLines[0] ?? null;
  const line = (name: string) => lines?.element(name)?.text() ?? null;
  const data = content.element("DataContent")!;
  const nitf = data.element("nitf");
  const inner = nitf ? nitfStory(nitf) : null;
  const identifier = item.element("Identification")?.element("NewsIdentifier");
  // bylineAuthors leaves the agency out ("Par Marion TEYSSIER (AGX)").
  const authors = bylineAuthors(line("ByLine"));
  return {
    guid: identifier?.element("PublicIdentifier")?.text() ?? identifier?.element("NewsItemId")?.text() ?? null,
    link: null,
    headline: line("HeadLine") ?? inner?.headline ?? null,
    subheadline: line("SubHeadLine") ?? (line("HeadLine") ? null : (inner?.subheadline ?? null)),
    date: parseWireDate(management?.element("FirstCreated")?.text()) ?? parseWireDate(management?.element("ThisRevisionCreated")?.text()) ?? inner?.date ?? null,
    language: languageOf(components) ?? inner?.language ?? null,
    authors: names(authors.length ? authors : (inner?.authors ?? [])),
    dateline: line("DateLine") ?? inner?.dateline ?? null,
    // NITF's body was read with its fields: read once, as its elements are renamed for the block reader.
    body: inner ? inner.body : bodyOf(data),
    position: item.position,
  };
}

/** xml:lang or DescriptiveMetadata/Language of the nearest component stating one. */
function languageOf(components: XmlElement[]): string | null {
  for (const c of components) {
    const tag = languageTag(c.getAttribute("xml:lang") ?? c.element("DescriptiveMetadata")?.element("Language")?.getAttribute("FormalName"));
    if (tag) return tag;
  }
  return null;
}

/** The first ContentItem whose media type is text and whose DataContent is inline, with its components. */
function textComponent(item: XmlElement): TextComponent | null {
  const walk = (component: XmlElement, outer: XmlElement[]): TextComponent | null => {
    const chain = [component, ...outer];
    for (const child of component.elements()) {
      if (child.local === "ContentItem" && isInlineText(child)) return { content: child, components: chain };
      if (child.local === "NewsComponent") {
        const found = walk(child, chain);
        if (found) return found;
      }
    }
    return null;
  };
  const top = item.element("NewsComponent");
  return top ? walk(top, []) : null;
}

function isInlineText(content: XmlElement): boolean {
  const media = content.element("MediaType")?.getAttribute("FormalName") ?? "Text";
  const data = content.element("DataContent");
  return /^text$/i.test(media) && data !== null && data.textContent.trim() !== "";
}

/** An embedded document's body (XHTML, other markup), or the DataContent's text: escaped markup is HTML. */
function bodyOf(data: XmlElement): StoryBody | null {
  const top = data.elements()[0];
  if (!top) return /<[A-Za-z/]/.test(data.textContent) ? { kind: "html", html: data.textContent } : { kind: "text", text: data.textContent };
  // Markup that is neither XHTML nor NITF is read as it stands, DataContent included (its siblings are text too).
  const body = top.local === "html" || top.local === "nitf" ? embeddedBody(top) : data;
  return body ? { kind: "xml", root: body } : null;
}
