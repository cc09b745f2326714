/**
 * Offices the press names by several phrases: "le chef du gouvernement", "le locataire de Matignon" and
 * "le Premier ministre" are one office, so a description by one phrase means the person the article
 * introduced with another ("le Premier ministre Édouard Philippe … a déclaré le chef du gouvernement").
 * The phrases are per-language data (`offices` in quotes-grammar.json); matching is on folded words, so
 * "chef de l'Etat" and "chef de l'État" are one phrase.
 */
import type { Token } from "../doc/tokenize";
import { foldName } from "./name-spans";

export interface OfficeTable {
  /** Phrases by their first folded word, longest first: each a word list and its office. */
  readonly byFirst: ReadonlyMap<string, ReadonlyArray<{ words: readonly string[]; office: string }>>;
}

/**
 * The phrases' words folded as tokens are (foldName of a token's lower form, which has ’ as '), and split as the
 * tokenizer splits them: after an elision's apostrophe ("l'état" -> "l'", "état").
 */
const phraseWords = (phrase: string): string[] => foldName(phrase.replace(/’/g, "'")).split(/\s+|(?<=')/).filter(Boolean);

export function buildOfficeTable(offices: Readonly<Record<string, readonly string[]>> | undefined): OfficeTable {
  const byFirst = new Map<string, Array<{ words: string[]; office: string }>>();
  for (const [office, phrases] of Object.entries(offices ?? {})) {
    for (const phrase of phrases) {
      const words = phraseWords(phrase);
      if (words.length === 0) continue;
      const list = byFirst.get(words[0]) ?? [];
      list.push({ words, office });
      byFirst.set(words[0], list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

/** The office whose phrase starts at token k, with the index of its last token; null when none does. */
export function officeAt(tokens: readonly Token[], k: number, table: OfficeTable): { office: string; last: number } | null {
  const first = tokens[k];
  if (!first || first.kind !== "word") return null;
  const list = table.byFirst.get(foldName(first.lower));
  if (!list) return null;
  for (const { words, office } of list) {
    let i = 0;
    while (i < words.length && tokens[k + i]?.kind === "word" && foldName(tokens[k + i].lower) === words[i]) i++;
    if (i === words.length) return { office, last: k + i - 1 };
  }
  return null;
}
