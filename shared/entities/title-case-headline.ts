/**
 * A headline in Title Case ("Port Workers Strike As Talks With Maersk Stall In Rotterdam") capitalises every word,
 * so the tagger runs names into the words around them ("Maersk Stall In Rotterdam"). The story below it says what
 * the names are:
 * - a name the story writes too, whatever the case of its small words ("State of the Union"), stays;
 * - another is cut back to the longest start of it that the story writes, with its capitals, and takes the type the
 *   story's tagging gives that name, if any ("Maersk"; propagation then finds "Rotterdam" again);
 * - a lone word the story only writes in lowercase ("Le Port" over "le port de Marseille") is no name.
 */
import type { Mention } from "./coreference";

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Fits the headline's mentions in place; returns those it dropped. */
export function fitTitleCaseHeadline(
  text: string,
  headline: { start: number; end: number },
  mentions: Mention[],
  lowerSeen: ReadonlySet<string>,
  isFunctionWord: (lower: string) => boolean,
): Mention[] {
  // The story is text from the headline's end on: searched in place, never copied, but lowercased once if a name needs it.
  const from = headline.end;
  let bodyLower: string | undefined;
  // The story's own names and their types (the first type each is given), gathered when a name is first cut back.
  let bodyTypes: Map<string, Mention["type"]> | undefined;
  const typeInBody = (name: string) => {
    if (!bodyTypes) {
      bodyTypes = new Map();
      for (const m of mentions) if (m.start >= from && !bodyTypes.has(m.text)) bodyTypes.set(m.text, m.type);
    }
    return bodyTypes.get(name);
  };
  // Written as a whole word or words: an occurrence with no letter or digit on either side.
  const written = (s: string) => {
    for (let at = text.indexOf(s, from); at >= 0; at = text.indexOf(s, at + 1)) {
      if ((at === from || !WORD_CHAR.test(text[at - 1])) && !WORD_CHAR.test(text[at + s.length] ?? " ")) return true;
    }
    return false;
  };
  const dropped: Mention[] = [];
  let kept = 0;
  for (const m of mentions) {
    if (m.fixedType || m.start < headline.start || m.end > headline.end) {
      mentions[kept++] = m;
      continue;
    }
    const words = [...m.text.matchAll(/\S+/g)];
    if (words.length === 1 ? written(m.text) : (bodyLower ??= text.slice(from).toLowerCase()).includes(m.text.toLowerCase())) {
      mentions[kept++] = m;
      continue;
    }
    let fitted = false;
    for (let k = words.length - 1; k >= 1 && !fitted; k--) {
      const end = words[k - 1].index! + words[k - 1][0].length;
      const prefix = m.text.slice(0, end);
      // A start of small words only ("The") is no name, even where the story writes it.
      if (words.slice(0, k).every((w) => isFunctionWord(w[0].toLowerCase())) || !written(prefix)) continue;
      m.end = m.start + end;
      m.text = prefix;
      m.name = prefix.replace(/\s+/g, " ");
      m.type = typeInBody(prefix) ?? m.type;
      fitted = true;
    }
    if (!fitted && words.length === 1 && lowerSeen.has(m.text.toLowerCase())) {
      dropped.push(m);
      continue;
    }
    mentions[kept++] = m;
  }
  mentions.length = kept;
  return dropped;
}
