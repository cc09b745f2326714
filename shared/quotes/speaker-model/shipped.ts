/**
 * The shipped learned tables, built once per container from the JSON weights in shared/quotes/model
 * (see SOURCES.md there): the speaker ranker per language, and the English span filter. A language
 * without weights keeps the rules alone.
 */
import en from "../model/speakers-en.json";
import fr from "../model/speakers-fr.json";
import spansEn from "../model/spans-en.json";
import { SpeakerRanker, type SpeakerWeights } from "./model";

const RANKERS: Record<string, SpeakerWeights> = { en, fr };
const SPAN_FILTERS: Record<string, SpeakerWeights> = { en: spansEn };
const built = new Map<string, SpeakerRanker | null>();

function build(kind: string, tables: Record<string, SpeakerWeights>, lang: string): SpeakerRanker | null {
  const key = `${kind}:${lang}`;
  let r = built.get(key);
  if (r === undefined) {
    const table = tables[lang];
    r = table && Object.keys(table.weights).length > 0 ? new SpeakerRanker(table) : null;
    built.set(key, r);
  }
  return r;
}

export const rankerFor = (lang: string) => build("speakers", RANKERS, lang);
/** The keep-or-drop span filter (a two-way ranking: the span's features against DROP). */
export const spanFilterFor = (lang: string) => build("spans", SPAN_FILTERS, lang);
