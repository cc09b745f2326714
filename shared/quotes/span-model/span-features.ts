/**
 * Features of a span in quote marks for the learned keep-or-drop filter: its length, whether a cue and
 * a speaker report it, how it starts and ends, the words around the marks, and the persons it speaks in
 * (first-person words are someone's own words; scare quotes and titles have none).
 */
import type { Quote } from "../../summary";

const bucket = (n: number) => (n <= 1 ? "1" : n <= 2 ? "2" : n <= 3 ? "3" : n <= 5 ? "5" : n <= 8 ? "8" : n <= 15 ? "15" : n <= 30 ? "30" : "more");
const FIRST_PERSON = /\b(?:i|i'm|i've|i'll|we|we're|we've|our|us|my|me|je|j'|nous|notre|nos|mon|ma|mes|moi)\b/i;
const SECOND_PERSON = /\b(?:you|your|vous|votre|tu)\b/i;
const CLOSED = new Set(["said", "says", "told", "called", "the", "a", "as", "of", "and", "that", "to", "is", "was", "be", "about", "for", "his", "her", "their", "its", "on", "in", "with", "by", "word", "phrase", "term", "so-called", "dubbed", "named", "titled", "described", "added", "wrote", "tweeted", "asked"]);

function wordBefore(text: string, at: number): string {
  const m = /([\p{L}'’-]+)[^\p{L}\n]{0,3}$/u.exec(text.slice(Math.max(0, at - 30), at));
  return m ? m[1].toLowerCase() : "";
}

function wordAfter(text: string, at: number): string {
  const m = /^[^\p{L}\n]{0,3}([\p{L}'’-]+)/u.exec(text.slice(at, at + 30));
  return m ? m[1].toLowerCase() : "";
}

/** `open` is the offset of the opening mark, `close` the offset just after the closing mark. */
export function spanFeatures(text: string, q: Quote, open: number, close: number, inHeadline: boolean): string[] {
  const inner = q.text;
  const words = inner.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const first = inner[0] ?? "";
  const last = inner[inner.length - 1] ?? "";
  const before = wordBefore(text, open);
  const after = wordAfter(text, close);
  const charBefore = text.slice(Math.max(0, open - 2), open).trim().slice(-1) || "sp";
  const charAfter = text.slice(close, close + 2).trim()[0] ?? "sp";
  const f = [
    "bias",
    `w:${bucket(words)}`,
    `p:${q.partial}`,
    `pw:${q.partial}${bucket(words)}`,
    `cue:${q.cue !== null}`,
    `spk:${q.speaker !== null}${q.speakerMention !== null}`,
    `pc:${q.partial}${q.cue !== null}`,
    `f:${/\p{Lu}/u.test(first) ? "U" : /\p{Ll}/u.test(first) ? "l" : /\d/.test(first) ? "d" : "p"}`,
    `l:${/[.!?]/.test(last) ? "stop" : last === "," ? "comma" : /\p{L}/u.test(last) ? "letter" : "other"}`,
    `b:${CLOSED.has(before) ? before : before ? "w" : "none"}`,
    `a:${CLOSED.has(after) ? after : after ? "w" : "none"}`,
    `cb:${/[\p{L}\p{N}]/u.test(charBefore) ? "w" : charBefore}`,
    `ca:${/[\p{L}\p{N}]/u.test(charAfter) ? "w" : charAfter}`,
  ];
  if (q.cue) f.push(`cw:${q.cue.toLowerCase().split(/\s+/).pop()}`);
  if (FIRST_PERSON.test(inner)) f.push("first", `first:${q.partial}`);
  if (SECOND_PERSON.test(inner)) f.push("second");
  if (/[.!?]\s+\p{Lu}/u.test(inner)) f.push("sentences");
  if (inHeadline) f.push("headline");
  if (open === 0 || text[open - 1] === "\n") f.push("opens-paragraph");
  return f;
}

/** The drop option's one feature: the span is kept when it scores above the learned weight of this. */
export const DROP = ["__drop__"];
