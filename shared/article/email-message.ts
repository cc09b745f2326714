import { ExtractionError } from "../errors";
import { parseWireDate } from "./wire-date";
import { decodeHeaderWords, decodePart, mediaType, parameters, type Part, splitMultipart, splitPart } from "./mime";

/** The article an e-mail carries: its body as HTML or plain text, and its subject. */
export interface EmailArticle {
  kind: "html" | "text";
  body: string;
  subject: string | null;
  /** The day the message (the forwarded one, when the article was forwarded) was sent, in its own zone: YYYY-MM-DD. */
  sent: string | null;
}

/** Multiparts and forwarded messages followed before giving up. */
const MAX_NESTING = 6;
/** What mail clients put before a subject they reply to or forward, in the languages we read ("Fwd:", "TR :", "AW:"). */
const SUBJECT_PREFIX = /^(?:\s*(?:re|fwd?|tr|aw|wg|rv|enc|i)\s*:\s*)+/i;

/**
 * Whether a text opening with these headers (mime.ts leadingHeaders) is an e-mail message (RFC 5322; an .eml file, or what a mail service such as SES receipt rules
 * stores in a bucket, with no suffix): mail headers naming a sender and an addressee or a message id. A page saved as
 * MHTML has a From and a Subject too, but never a To, a Message-ID or a Received header.
 */
export function isEmailMessage(headers: ReadonlyMap<string, string>): boolean {
  return headers.has("from") && (headers.has("to") || headers.has("message-id") || headers.has("received"));
}

/**
 * The article of an e-mail: the HTML rendition of its body, else the plain one, found through multiparts and
 * forwarded messages (message/rfc822); attachments that are neither are not read. Throws NO_TEXT when the message has
 * no text body (only attachments).
 */
export function emailArticle(text: string): EmailArticle {
  const message = splitPart(text);
  const body = bodyPart(message, 0);
  if (!body) throw new ExtractionError("NO_TEXT", "This e-mail has no text or HTML body to read (only attachments?): send the article in the message itself.");
  const subject = body.subject ?? message.headers.get("subject");
  const sent = parseWireDate(body.date ?? message.headers.get("date"))?.date.slice(0, 10) ?? null;
  return {
    kind: mediaType(body.part.headers.get("content-type")) === "text/html" ? "html" : "text",
    body: decodePart(body.part),
    subject: subject ? decodeHeaderWords(subject).replace(SUBJECT_PREFIX, "").replace(/\s+/g, " ").trim() || null : null,
    sent: sent && /^\d{4}-\d\d-\d\d$/.test(sent) ? sent : null,
  };
}

/** The body part to read, and the subject and date of the forwarded message it came from, if any. */
type Found = { part: Part; subject: string | null; date?: string | null };

function bodyPart(part: Part, depth: number): Found | null {
  const type = mediaType(part.headers.get("content-type"));
  const attachment = /^\s*attachment/i.test(part.headers.get("content-disposition") ?? "");
  if ((type === "text/html" || type === "text/plain") && !attachment) return part.body.trim() ? { part, subject: null } : null;
  if (depth >= MAX_NESTING) return null;
  // A forwarded article: the message inside, with its own subject.
  if (type === "message/rfc822") {
    const inner = splitPart(decodePart(part));
    const found = bodyPart(inner, depth + 1);
    return found ? { part: found.part, subject: found.subject ?? inner.headers.get("subject") ?? null, date: found.date ?? inner.headers.get("date") ?? null } : null;
  }
  if (!type.startsWith("multipart/")) return null;
  const boundary = parameters(part.headers.get("content-type") ?? "").get("boundary");
  if (!boundary) return null;
  const parts = splitMultipart(part.body, boundary);
  // multipart/alternative lists renditions plainest first: the last one we read is the richest.
  if (type === "multipart/alternative") {
    for (const candidate of [...parts].reverse()) {
      const found = bodyPart(candidate, depth + 1);
      if (found) return found;
    }
    return null;
  }
  // Mixed parts ("FYI, see below" and the forwarded article): the longest text is the article.
  let best: Found | null = null;
  for (const candidate of parts) {
    const found = bodyPart(candidate, depth + 1);
    if (found && (!best || found.part.body.length > best.part.body.length)) best = found;
  }
  return best;
}

/**
 * The body as the HTML or text reader reads it, with the subject as its title when the body states none: a plain
 * body that does not open with the subject gets it as its first line; an HTML body with no <title> and no <h1> gets it
 * as its <title>.
 */
export function emailDocument(email: EmailArticle): string {
  const { body, subject } = email;
  if (!subject) return body;
  if (email.kind === "text") {
    const first = body.trimStart().split(/\r?\n/, 1)[0]?.trim() ?? "";
    return first === subject ? body : `${subject}\n\n${body}`;
  }
  if (/<(?:title|h1)[\s>]/i.test(body)) return body;
  return `<title>${subject.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</title>\n${body}`;
}
