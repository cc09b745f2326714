/** The root element of an XML (or XHTML) document, read from its first bytes without parsing it. */
export interface XmlRoot {
  /** As written, prefix included (`rdf:RDF`). */
  name: string;
  local: string;
  /** The root's namespace URI ("" when none is declared). */
  uri: string;
  attributes: string;
  /** The prolog had an XML declaration or a DOCTYPE naming this root. */
  declared: boolean;
}

const HEAD = 65536;

/**
 * Skips the XML declaration, comments, processing instructions and the
 * DOCTYPE (internal subset included), then reads the first start tag.
 * Null when the text does not start like markup.
 */
export function sniffXmlRoot(text: string): XmlRoot | null {
  const head = text.slice(0, HEAD);
  let at = 0;
  let declared = false;
  const skipSpace = () => {
    while (at < head.length && /\s/.test(head[at])) at++;
  };
  for (;;) {
    skipSpace();
    if (head.startsWith("<?", at)) {
      if (head.startsWith("<?xml", at)) declared = true;
      const end = head.indexOf("?>", at);
      if (end < 0) return null;
      at = end + 2;
    } else if (head.startsWith("<!--", at)) {
      const end = head.indexOf("-->", at);
      if (end < 0) return null;
      at = end + 3;
    } else if (/^<!doctype/i.test(head.slice(at, at + 9))) {
      declared = true;
      const bracket = head.indexOf("[", at);
      const close = head.indexOf(">", at);
      if (close < 0) return null;
      // An internal subset: the DOCTYPE ends at "]>".
      if (bracket >= 0 && bracket < close) {
        const end = head.indexOf("]", bracket);
        if (end < 0) return null;
        const gt = head.indexOf(">", end);
        if (gt < 0) return null;
        at = gt + 1;
      } else at = close + 1;
    } else break;
  }
  const tag = /^<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s[^>]*)?)\/?>/.exec(head.slice(at, at + 8192));
  if (!tag) return null;
  const name = tag[1];
  const colon = name.indexOf(":");
  const prefix = colon >= 0 ? name.slice(0, colon) : "";
  const local = colon >= 0 ? name.slice(colon + 1) : name;
  const attributes = tag[2] ?? "";
  const ns = new RegExp(`\\sxmlns${prefix ? `:${prefix}` : ""}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return { name, local, uri: ns ? (ns[1] ?? ns[2]) : "", attributes, declared };
}
