/**
 * The transmission envelope of agency text wires (IPTC 7901, ANPA 1312, and the telex "ZCZC … NNNN" they grew from):
 * each message is SOH, a header line (message number, priority, category, word count) and often a slug line, then
 * STX, the story's text, ETX, a trailer (time stamp, "NNNN") and EOT. The header and trailer are routing data, never
 * text; a capture of the wire holds one message after another.
 */
export interface WireMessage {
  /** The header's first word: the agency's message number ("AFP0123", "a0412"), when it has one. */
  id: string | null;
  /** The story's text, between STX and ETX. */
  text: string;
  /** Offset of the message in the file. */
  position: number;
}

const SOH = "\x01";
const STX = "\x02";
const ETX = "\x03";
const EOT = "\x04";
/** A header is a few short lines: past this, an STX is no envelope's. */
const MAX_HEADER = 1024;

/** The messages of an enveloped wire file, in order; null when the text has no envelope (a plain dispatch). */
export function wireMessages(text: string): WireMessage[] | null {
  if (!/^[\x16\s]*(?:\x01|ZCZC)/.test(text)) return null;
  // Each message opens with SOH (the telex "ZCZC" where there is none).
  const starts: number[] = [];
  const opener = text.includes(SOH) ? /\x01/g : /^ZCZC/gm;
  for (let m = opener.exec(text); m; m = opener.exec(text)) starts.push(m.index);
  const messages: WireMessage[] = [];
  for (let i = 0; i < starts.length; i++) {
    const message = text.slice(starts[i], starts[i + 1] ?? text.length);
    const stx = message.indexOf(STX);
    if (stx < 0 || stx > MAX_HEADER) continue;
    const etx = message.indexOf(ETX, stx + 1);
    // Without ETX, the text ends at the telex "NNNN" or at EOT.
    const end = etx >= 0 ? etx : Math.min(...[message.search(/\r?\nNNNN\b/), message.indexOf(EOT)].filter((k) => k > stx), message.length);
    messages.push({ id: headerId(message.slice(0, stx)), text: message.slice(stx + 1, end).replace(/^(?:[ \t]*\r?\n)+/, "").trimEnd(), position: starts[i] });
  }
  return messages.length > 0 ? messages : null;
}

/** The first word of the header's first line that has one: the message number. */
function headerId(header: string): string | null {
  for (const line of header.replace(/[\x00-\x08\x0e-\x1f]/g, " ").split(/\r?\n/)) {
    const word = line.trim().split(/\s+/)[0];
    if (word && word !== "ZCZC" && /^[A-Za-z0-9][\w.-]{1,40}$/.test(word)) return word;
  }
  return null;
}
