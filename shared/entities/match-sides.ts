/**
 * Sides of a match named in running text: "Leeds held Chelsea to a goalless draw", "Liverpool beat Blackburn 2-1",
 * "Lens a battu Nantes 2-1". In a sports story, a town's name in a sentence with a match verb and a score is its
 * club, an organisation as news annotation has it (the results lines of result-lines.ts say the same), for every
 * use of that name in the article. A country's name is its national side, which stays the place; a name after
 * "in", "at" or "à" is where the game was played.
 */
import { isCountryOrShortName } from "./countries";
import type { Doc } from "../doc/document";
import type { Mention } from "./coreference";

export interface MatchTables {
  /** Words only a sports story uses often ("goalless", "striker", "mi-temps"): enough of them make one. */
  sportsWords: ReadonlySet<string>;
  /** Verbs of one side playing another ("beat", "held", "a battu"): with a score, they put names on the pitch. */
  matchVerbs: ReadonlySet<string>;
  /** Words that give a score of nothing ("goalless", "nul et vierge"): a score too. */
  scorelessWords: ReadonlySet<string>;
  /** Prepositions of place: a name after them is where the match was played. */
  placePrepositions: ReadonlySet<string>;
  /** A score in running text (scoreRegExp): "2-1" everywhere, "24 à 22" in French. */
  score: RegExp;
}

/**
 * "3-0", "2 - 1", "1–1", not a date ("1996-08-25") nor a range of years; also "24 à 22" for a language whose
 * scores join with a word (`joiners`), unless a unit follows ("de 14 à 16 heures").
 */
export function scoreRegExp(joiners: readonly string[], notAfter: readonly string[]): RegExp {
  const dash = String.raw`(?<![\d\-–])\d{1,2} ?[\-–] ?\d{1,2}(?![\d\-–])`;
  if (joiners.length === 0) return new RegExp(dash);
  const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const unit = notAfter.length ? String.raw`(?! ?(?:${notAfter.map(esc).join("|")})(?![\p{L}]))` : "";
  return new RegExp(String.raw`${dash}|(?<![\d])\d{1,2} (?:${joiners.map(esc).join("|")}) \d{1,2}(?!\d)${unit}`, "u");
}

/** Sports words an article needs before its scores are read as matches: "won 52-48" is also a vote. */
const MIN_SPORTS_WORDS = 2;

/** Retypes, in place, the place mentions that are sides of a match in a sports story. */
export function retypeMatchSides(doc: Doc, mentions: Mention[], tables: MatchTables): void {
  if (!mentions.some((m) => m.type === "LOCATION" && !m.fixedType)) return;
  let sportsWords = 0;
  for (const t of doc.tokens) if (tables.sportsWords.has(t.lower) && ++sportsWords >= MIN_SPORTS_WORDS) break;
  if (sportsWords < MIN_SPORTS_WORDS) return;
  const onPitch = new Map<number, boolean>();
  const sides = new Set<string>();
  for (const m of mentions) {
    if (m.type !== "LOCATION" || m.fixedType || isCountryOrShortName(m.name)) continue;
    const k = doc.tokenAt(m.start);
    const s = doc.sentenceOf[k];
    if (s < 0) continue;
    let yes = onPitch.get(s);
    if (yes === undefined) onPitch.set(s, (yes = matchSentence(doc, s, tables)));
    const before = doc.tokens[k - 1];
    if (yes && !(before && tables.placePrepositions.has(before.lower))) sides.add(m.name.toLowerCase());
  }
  if (sides.size === 0) return;
  // The article's one name for the club: every place mention of that string, headline and later lines included.
  for (const m of mentions) {
    if (m.type === "LOCATION" && !m.fixedType && sides.has(m.name.toLowerCase())) {
      m.type = "ORGANIZATION";
      m.fixedType = true;
    }
  }
}

/** A sentence with a match verb and a score ("3-0", "24 à 22", "goalless"): a vote ("defeated 52-48") has no sports story around it. */
function matchSentence(doc: Doc, s: number, tables: MatchTables): boolean {
  const span = doc.sentences[s];
  const [from, to] = doc.range(span.start, span.end);
  let verb = false;
  let score = tables.score.test(doc.text.slice(span.start, span.end));
  for (let k = from; k < to && !(verb && score); k++) {
    const w = doc.tokens[k].lower;
    if (tables.matchVerbs.has(w)) verb = true;
    else if (tables.scorelessWords.has(w)) score = true;
  }
  return verb && score;
}
