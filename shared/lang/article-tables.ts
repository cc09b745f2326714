/**
 * Language data for article understanding (sentence splitting, dates,
 * bylines), one JSON file per language: adding a language means adding
 * shared/lang/<code>/article.json and listing it here.
 */
import agencies from "./agencies.json";
import de from "./de/article.json";
import en from "./en/article.json";
import es from "./es/article.json";
import fr from "./fr/article.json";
import it from "./it/article.json";
import languages from "./languages.json";
import pt from "./pt/article.json";
import enOrganizations from "./en/names-organizations.json";
import frOrganizations from "./fr/names-organizations.json";

export interface ArticleLanguageTable {
  /** Tokens that a full stop follows without ending the sentence, without that stop. */
  abbreviations: string[];
  /** January first; each month's spellings, the full name first. */
  months: string[][];
  /** Sunday first, as Date.getUTCDay() counts. */
  weekdays: string[];
  /** Words for a day relative to the publication date, with their offset in days. */
  relativeDays: Record<string, number>;
  bylinePrefixes: string[];
  /** Labels in capitals that open a story or a headline like a dateline but name no place ("BREAKING —", "EXCLUSIF —", "Rugby :", "SOCCER -"). */
  sectionLabels?: string[];
  /** Words of a closing copyright notice ("Copyright", "Tous droits réservés"): a line with one is no paragraph of the text. */
  copyrightNotices?: string[];
  /** Lowercased words of the job titles a byline gives after a name ("Staff Writer", "envoyé spécial"): no author's name. */
  bylineTitleWords?: string[];
  /**
   * Lowercased legal forms that end a company's name ("Inc", "GmbH", "SA", "AB"): a byline part ending with one is a company,
   * no author; a name opening with one is no company for that (entities: "Asa Khalif").
   */
  companySuffixes?: string[];
  /** Starts of short blocks that are page furniture, not article text ("Lire aussi", "Share this"). */
  boilerplate?: string[];
  /** Words that, next to "cookies" in a short block, make it a cookie notice ("website", "consent"). */
  cookieNoticeWords?: string[];
  /** Month and weekday names are written with a capital only (English "May" vs "may"). */
  capitalizedOnly?: boolean;
  /**
   * Every noun is written with a capital (German): a capital says nothing of a name there, so the entity taggers,
   * learned on French and English where it does, and the quote stage's name finder are not run on such text (capitalsMarkNames).
   */
  capitalizedNouns?: boolean;
  /** Words that introduce a page's publication date ("Publié le", "Veröffentlicht am"), longest phrasing first or not. */
  publishedCues?: string[];
  /** Words that introduce a later change's date ("Mis à jour le", "Updated"): not the publication date. */
  updatedCues?: string[];
  /** Starts of the bracketed credit line that closes a wire story ("(Reporting by …; Editing by …)"). */
  wireCreditStarts?: string[];
  /** Those of the starts that name who reported or wrote the story ("Reporting by"), not who edited or translated it: its authors. */
  wireCreditAuthorStarts?: string[];
  /** Words that put a place after a credited name ("Kate Holton in London", "Claire Dubois à Bruxelles"). */
  wireCreditPlaceWords?: string[];
  /** Phrases of the closing line naming who helped report a story ("contributed to this report"). */
  contributorCues?: string[];
  /** Numeric dates are month/day/year. */
  monthFirst?: boolean;
}

export const ARTICLE_TABLES: Record<string, ArticleLanguageTable> = { fr, en, de, es, it, pt };

/** A capital marks a name in this language's text, as the entity taggers and the quote stage's name finder assume: not in German. */
export function capitalsMarkNames(language: string): boolean {
  return ARTICLE_TABLES[language]?.capitalizedNouns !== true;
}

let dateWords: Set<string> | undefined;
/** A weekday, a month (or its abbreviation, with or without its stop) or a relative day of any language, in any case: "Monday", "samedi", "Sept.". */
export function isDateWord(word: string): boolean {
  dateWords ??= new Set(Object.values(ARTICLE_TABLES).flatMap((t) => [...t.weekdays, ...t.months.flat(), ...Object.keys(t.relativeDays)].map((w) => w.toLowerCase().replace(/\.$/, ""))));
  return dateWords.has(word.toLowerCase().replace(/\.$/, ""));
}

let monthNames: Set<string> | undefined;
/** A month or its abbreviation, with or without its stop, of any language, in any case: "March", "mars", "Jan.". */
export function isMonthName(word: string): boolean {
  monthNames ??= new Set(Object.values(ARTICLE_TABLES).flatMap((t) => t.months.flat().map((w) => w.toLowerCase().replace(/\.$/, ""))));
  return monthNames.has(word.toLowerCase().replace(/\.$/, ""));
}

export const WIRE_AGENCIES: string[] = agencies.wireAgencies;
const WIRE_AGENCY_SET = new Set(WIRE_AGENCIES.map((a) => a.toLowerCase()));
/**
 * A wire agency's name or short form in any case ("AFP", "Associated Press"), or one of its services ("AFP-Services",
 * the credit under many French news pages): a source, never a writer or a speaker.
 */
export function isWireAgency(name: string): boolean {
  const lower = name.toLowerCase();
  if (WIRE_AGENCY_SET.has(lower)) return true;
  const dash = lower.indexOf("-");
  return dash > 0 && /^-\p{Lu}/u.test(name.slice(dash)) && WIRE_AGENCY_SET.has(lower.slice(0, dash));
}
export const CAPTION_CREDIT_WORDS: string[] = agencies.captionCreditWords;

/** Case and hyphens folded: "Ouest France" is "Ouest-France". */
const foldName = (name: string) => name.toLowerCase().replace(/[-‐‑]/g, " ");
const KNOWN_ORGANISATIONS = new Set([...frOrganizations.organizations, ...enOrganizations.organizations].map(foldName));
/** An organisation, party or medium of the entity tables' lists ("France Télévisions", "Ouest France"): never an author. */
export function isKnownOrganisation(name: string): boolean {
  return KNOWN_ORGANISATIONS.has(foldName(name));
}

/** franc's ISO 639-3 answer to ISO 639-1. */
export const ISO639_3_TO_1: Record<string, string> = languages.iso639_3to1;
