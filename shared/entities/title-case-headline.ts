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
  const body = text.slice(headline.end);
  let bodyLower: string | undefined;
  // The story's own names and their types: the first type each is given.
  const bodyTypes = new Map<string, Mention["type"]>();
  for (const m of mentions) if (m.start >= headline.end && !bodyTypes.has(m.text)) bodyTypes.set(m.text, m.type);
  // Written as a whole word or words: an occurrence with no letter or digit on either side.
  const written = (s: string) => {
    for (let at = body.indexOf(s); at >= 0; at = body.indexOf(s, at + 1)) {
      if (!WORD_CHAR.test(body[at - 1] ?? " ") && !WORD_CHAR.test(body[at + s.length] ?? " ")) return true;
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
    if (words.length === 1 ? written(m.text) : (bodyLower ??= body.toLowerCase()).includes(m.text.toLowerCase())) {
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
      m.type = bodyTypes.get(prefix) ?? m.type;
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
