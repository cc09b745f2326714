/**
 * Sports results and standings as wire services file them, one line each: "Aston Villa 1 Southampton 0",
 * "Bolton 2 (Blake 40, McGinlay 75) Swindon 2", "Chelsea 4 3 1 0 9 2 10", "NEW YORK 74 61 .548 -".
 * The names there are sides: clubs are organisations whatever their town's name says ("Leeds 0"), and a
 * country's name is its national side, which news annotation keeps as the place ("Japan 2 Syria 1").
 * The tagger reads such lines poorly (no verbs, a town's name), so their layout decides.
 */
import { isCountryName } from "./countries";

export interface Side {
  start: number;
  end: number;
  /** A listed country's name: the national side. */
  country: boolean;
}

const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.&-]*`;
/** Lowercase words inside a side's name: "Queen of the South", "Brighton and Hove Albion", "Olympique de Marseille". */
const LINK = String.raw`(?:of|the|and|de|du|des|la|le|del|y)`;
const NAME = String.raw`${WORD}(?:[ \t]+(?:${LINK}[ \t]+){0,2}${WORD}){0,4}`;
/** A score, maybe followed by its scorers in brackets. */
const SCORE = String.raw`\d{1,3}(?:[ \t]*\([^()\n]{0,120}\))?`;
const RESULT = new RegExp(String.raw`^[ \t]*(${NAME})[ \t]+${SCORE}[ \t]+(${NAME})[ \t]+${SCORE}[ \t]*(?:\([^()\n]{0,120}\))?[ \t]*\.?[ \t]*$`, "du");
/** A side and at least three figures: played, won, lost… or a percentage (".548") or a dash. */
const STANDING = new RegExp(String.raw`^[ \t]*(${NAME})(?:[ \t]+(?:\d{1,3}|\d{0,3}\.\d{1,3}|-)){3,}[ \t]*$`, "du");
/** Longer lines are prose or something else; bounding them keeps a huge line linear. */
const MAX_LINE = 400;

/** The sides named on results and standings lines within text[start, end). */
export function resultLineSides(text: string, start: number, end: number): Side[] {
  const out: Side[] = [];
  let from = start;
  while (from < end) {
    let to = text.indexOf("\n", from);
    if (to < 0 || to > end) to = end;
    if (to - from <= MAX_LINE && hasDigit(text, from, to)) {
      const line = text.slice(from, to);
      const m = RESULT.exec(line) ?? STANDING.exec(line);
      for (let g = 1; m?.indices && g < m.indices.length; g++) {
        const at = m.indices[g];
        if (!at) continue;
        const name = line.slice(at[0], at[1]);
        out.push({ start: from + at[0], end: from + at[1], country: isCountryName(name.replace(/\s+/g, " ")) });
      }
    }
    from = to + 1;
  }
  return out;
}

/** A digit in text[from, to), read in place: most lines have none, and need no copy. */
function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
