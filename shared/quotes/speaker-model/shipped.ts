/**
 * The shipped speaker rankers, one per language, built once per container from the JSON weights in
 * shared/quotes/model (see SOURCES.md there). A language without weights keeps the rules alone.
 */
import en from "../model/speakers-en.json";
import fr from "../model/speakers-fr.json";
import { SpeakerRanker, type SpeakerWeights } from "./model";

const TABLES: Record<string, SpeakerWeights> = { en, fr };
const built = new Map<string, SpeakerRanker | null>();

export function rankerFor(lang: string): SpeakerRanker | null {
  let r = built.get(lang);
  if (r === undefined) {
    const table = TABLES[lang];
    r = table && Object.keys(table.weights).length > 0 ? new SpeakerRanker(table) : null;
    built.set(lang, r);
  }
  return r;
}
