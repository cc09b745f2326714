/**
 * Per-language data for the entity stage, built once and cached: feature
 * tables and the shared gazetteer (the tokenizer tables live in shared/doc). Adding a language means
 * adding shared/lang/<code>/entities-*.json and a model.
 */
import enHonorifics from "../lang/en/entities-honorifics.json";
import enKeywords from "../lang/en/entities-keywords.json";
import frHonorifics from "../lang/fr/entities-honorifics.json";
import frKeywords from "../lang/fr/entities-keywords.json";
import { wordClusters } from "./clusters";
import { type FeatureTables, hashString, wordClasses } from "./features";
import { type Gazetteer, decodeGazetteer } from "./gazetteer";
import { unpackBytes } from "./model-codec";
import { GAZETTEER } from "./model/gazetteer";
import { type TokenLanguage, tokenLanguage } from "../doc/token-tables";
import { type MatchTables, scoreRegExp } from "./match-sides";
import type { ClubNameTables } from "./club-names";

export type EntityLanguage = TokenLanguage;

export interface LanguageTables {
  language: EntityLanguage;
  features: FeatureTables;
  honorifics: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  /** Nouns naming an event or award by a name ("festival Lumière", "prix Goncourt"): the name after them is not a person. */
  eventWords: ReadonlySet<string>;
  /** Nouns of a named storm ("Storm Darragh", "la tempête Ciara"): the name after them is no person, place or organisation. */
  stormWords: ReadonlySet<string>;
  /**
   * Capitalised words that complete a lowercase noun phrase (`after`, lowercased, ’ as '): "secrétaire d'État", "coup
   * d'État". Such a word is no name, nor is what the tagger joined to it ("secrétaire d'Etat américain Marco Rubio").
   */
  titleCompletions: { words: ReadonlySet<string>; after: readonly string[] };
  /** Units written right after a number ("36C", "97F", "10km", "5G"): such a word is a measure, no name. */
  measureUnits: ReadonlySet<string>;
  /**
   * Head nouns that end an institution's name in English ("Johns Hopkins University"): such a name is no person. `titles`
   * may open it ("St Thomas' Hospital", "Sir Charles Gairdner Hospital"); another honorific makes it a person's
   * ("Sen. Bernie Sanders' College for All plan").
   */
  institutionHeads: { nouns: ReadonlySet<string>; titles: ReadonlySet<string> };
  /**
   * Capitalised nouns that open a natural feature's name ("the River Avel", "the Strait of Hormuz"): after one of
   * `articles` that name is a place, whatever the tagger said ("River Plate", the club, goes without an article).
   */
  featureHeads: { nouns: ReadonlySet<string>; articles: ReadonlySet<string> };
  /**
   * Contracted prepositions and the article they hold ("au" → "le", "du" → "le", "aux" → "les"): "au Monde" names "Le
   * Monde", "aux Echos" "Les Echos" (as the organisation list writes it). Empty where the language has none.
   */
  contractedArticles: ReadonlyMap<string, string>;
  /** Nouns of a craft or a product ("la capsule Crew Dragon", "the yacht Adios"): a name right after them is no person. */
  thingWords: ReadonlySet<string>;
  /** Words of a currency after a place's name ("Hong Kong dollars"): the place is then part of the unit, no mention. */
  currencyWords: ReadonlySet<string>;
  /** Countries' codes that make a dollar sign after them theirs ("US $ 4.2 billion"); after another name, "$" is an amount ("gave Israel $3.8 billion"). */
  currencyCodes: ReadonlySet<string>;
  /**
   * Word clusters (fine ids) of the seed nicknames of clubs ("yankees", "lakers"): a capitalised plural of one of these
   * clusters after a town's name makes the pair a club ("the Seattle Mariners"). Seeds, not ids, are the data, so a
   * rebuilt cluster table needs no edit here.
   */
  clubNicknameClusters: ReadonlySet<number>;
  /** Prefixes and suffixes of clubs' names ("FC Nantes", "le Stade rennais", "Blackburn Rovers"; club-names.ts). */
  clubNames: ClubNameTables;
  /** "la préfecture du Jura", "the city of Boston": an administration's noun and the link before the place it is named after. */
  placeComplement: { nouns: ReadonlySet<string>; links: ReadonlySet<string> };
  /**
   * "le musée d'Orsay", "la gare de Lyon": a building's or site's lowercase noun; the one word after it and a link names a
   * place, never a person. Not a palace or castle: "le palais de Claude" is the emperor's.
   */
  facilityNouns: ReadonlySet<string>;
  /** Words joining a person's name to the place they come from or represent ("Rand Paul of Kentucky"): no part of the name. */
  personOrigin: { links: ReadonlySet<string> };
  /**
   * Lowercase nouns of a street or square's name ("place de la République", "rue Lepic"): the name is a place, noun
   * included; not after `notAfter` and a determiner ("à la place de", "mise en place du": instead of, setting up), and a
   * `bareLinkNot` noun not before a bare link ("la place de Paris" is the city's stock market; "place de la Bourse" a square).
   */
  streetNouns: { nouns: ReadonlySet<string>; notAfter: ReadonlySet<string>; bareLinkNot: ReadonlySet<string>; bareLinks: ReadonlySet<string> };
  /** Common nouns a company, club, party or medium is named after ("le groupe Renault", "the airline Ryanair"): that name is an organisation. */
  organisationNouns: ReadonlySet<string>;
  /**
   * Nouns that make the name after them an organisation only with a qualifier between ("le géant américain Nvidia", "le
   * géant de la distribution Carrefour"): alone before a name they describe a person as often ("du géant Wilkins").
   */
  organisationNounsQualified: ReadonlySet<string>;
  /**
   * Organisation nouns that open a sentence before the name without an article, as newswires write ("Carmaker Toyota
   * said", "Housebuilder Hartwell Homes submitted"): capitalised there, they are no part of the name. Not those that open
   * names ("Union Pacific", "Network Rail").
   */
  organisationNounsOpening: ReadonlySet<string>;
  /**
   * Links that join an organisation's noun to a lowercase complement naming its trade, before the name: French "le
   * fabricant de pneumatiques Michelin", "la chaîne d'information BFMTV". English puts the trade first ("tyre maker").
   */
  organisationNounLinks: ReadonlySet<string>;
  /**
   * Indefinite articles after which the noun brings in an unnamed organisation, and a name after it is another's: English
   * "a network Russia has financed" (a relative clause with no pronoun). Not French, where "une écurie Nascar" is one.
   */
  organisationNounNotAfter: ReadonlySet<string>;
  /** Capitalised words that follow an organisation's noun without naming one ("le site Internet"). */
  organisationNounNotNames: ReadonlySet<string>;
  /**
   * Nouns for one of a people that are not the people's adjective ("the Spaniard", "a Dane"; the gazetteer's demonyms
   * are the adjectives), singular: after a determiner, or in the plural, they are no name. Some are names too ("Finn").
   */
  peopleNouns: ReadonlySet<string>;
  /** Plural articles ("les", "aux"; not "des", a particle too: "des Lupeaulx"): a one-word plural name after one is a people or a group ("les Lyonnais"), never one person. */
  pluralArticles: ReadonlySet<string>;
  /** Feasts and holidays ("à Noël", "before Christmas"): right after one of `after`, a date, no name (CoNLL-style sets leave them out). */
  holidays: { words: ReadonlySet<string>; after: ReadonlySet<string> };
  /** "Fatima, 52 ans", "Smith, 45, said": an age in apposition, with its unit word or (`bare`) alone before a comma. */
  ageApposition: { units: ReadonlySet<string>; bare: boolean };
  /** Lowercase adjectives of a sector or scope that may stand between such a noun and the name ("le constructeur automobile X"). */
  organisationAdjectives: ReadonlySet<string>;
  /** What makes a story a match report, and a town's name a club's (match-sides.ts). */
  match: MatchTables;
  determiners: ReadonlySet<string>;
  /**
   * Capitalised articles that open a surname ("Mme Le Pen", "M. Le Maire", "Le Drian"). Not "De" or "Du": at a
   * sentence's start they are as often prepositions ("De Marine Le Pen à Éric Zemmour").
   */
  surnameParticles: ReadonlySet<string>;
  functionWords: ReadonlySet<string>;
  /** "analysts at", "économiste chez": an occupation and the preposition after it, before the employer's name. */
  employerCues: { prepositions: ReadonlySet<string>; nouns: ReadonlySet<string> };
}

interface HonorificsData {
  honorifics: string[];
  abbreviations: string[];
  elisions: string[];
  determiners: string[];
  surnameParticles: string[];
  functionWords: string[];
  capitalForms: Record<string, string>;
}
interface KeywordsData {
  titles: string[];
  eventWords: string[];
  stormWords?: string[];
  titleCompletions?: { words: string[]; after: string[] };
  measureUnits?: string[];
  institutionHeads?: { nouns: string[]; titles: string[] };
  featureHeads?: { nouns: string[]; articles: string[] };
  contractedArticles?: Record<string, string>;
  thingWords?: string[];
  currencyWords?: string[];
  currencyCodes?: string[];
  clubNicknameSeeds?: string[];
  clubNames?: { prefixes: string[]; suffixes: string[]; links: string[]; adjectiveEndings: string[] };
  placeComplement?: { nouns: string[]; links: string[] };
  facilityNouns?: string[];
  personOrigin?: { links: string[] };
  streetNouns?: { nouns: string[]; notAfter: string[]; bareLinkNot: string[]; bareLinks: string[] };
  organisationNouns: string[];
  organisationNounsQualified?: string[];
  organisationAdjectives?: string[];
  organisationNounsOpening?: string[];
  organisationNounLinks?: string[];
  organisationNounNotAfter?: string[];
  organisationNounNotNames?: string[];
  peopleNouns?: string[];
  holidays?: { words: string[]; after: string[] };
  pluralArticles?: string[];
  ageApposition?: { units: string[]; bare: boolean };
  match: { sportsWords: string[]; matchVerbs: string[]; scorelessWords: string[]; placePrepositions: string[]; scoreJoiners: string[]; notScoreAfter: string[] };
  orgWords: string[];
  locWords: string[];
  employerCues: { prepositions: string[]; nouns: string[] };
}

const DATA: Record<EntityLanguage, { h: HonorificsData; k: KeywordsData }> = {
  fr: { h: frHonorifics, k: frKeywords },
  en: { h: enHonorifics, k: enKeywords },
};

let gazetteer: Gazetteer | undefined;
export function sharedGazetteer(): Gazetteer {
  gazetteer ??= decodeGazetteer(unpackBytes(GAZETTEER));
  return gazetteer;
}

function withWordClasses(t: Omit<FeatureTables, "wordClasses">): FeatureTables {
  return { ...t, wordClasses: wordClasses(t) };
}

const cache = new Map<EntityLanguage, LanguageTables>();

export function languageTables(language: EntityLanguage): LanguageTables {
  let t = cache.get(language);
  if (t) return t;
  const { h, k } = DATA[language];
  const honorifics = new Set(h.honorifics);
  const titles = new Set(k.titles);
  const determiners = new Set(h.determiners);
  const clusters = wordClusters(language);
  const fineCluster = (w: string) => clusters.get(hashString(w)) & 0xffff;
  t = {
    language,
    features: withWordClasses({
      gazetteer: sharedGazetteer(),
      honorifics,
      titles,
      orgWords: new Set(k.orgWords),
      locWords: new Set(k.locWords),
      determiners,
      functionWords: new Set(h.functionWords),
      capitalForms: new Map(Object.entries(h.capitalForms)),
      clusters,
    }),
    honorifics,
    titles,
    eventWords: new Set([...k.eventWords, ...(k.stormWords ?? [])]),
    stormWords: new Set(k.stormWords ?? []),
    titleCompletions: { words: new Set(k.titleCompletions?.words ?? []), after: k.titleCompletions?.after ?? [] },
    measureUnits: new Set(k.measureUnits ?? []),
    institutionHeads: { nouns: new Set(k.institutionHeads?.nouns ?? []), titles: new Set(k.institutionHeads?.titles ?? []) },
    featureHeads: { nouns: new Set(k.featureHeads?.nouns ?? []), articles: new Set(k.featureHeads?.articles ?? []) },
    contractedArticles: new Map(Object.entries(k.contractedArticles ?? {})),
    thingWords: new Set(k.thingWords ?? []),
    currencyWords: new Set(k.currencyWords ?? []),
    currencyCodes: new Set(k.currencyCodes ?? []),
    clubNicknameClusters: new Set((k.clubNicknameSeeds ?? []).map(fineCluster).filter((c) => c !== 0)),
    clubNames: {
      prefixes: new Set(k.clubNames?.prefixes ?? []),
      suffixes: new Set(k.clubNames?.suffixes ?? []),
      links: new Set(k.clubNames?.links ?? []),
      adjectiveEndings: k.clubNames?.adjectiveEndings ?? [],
    },
    placeComplement: { nouns: new Set(k.placeComplement?.nouns ?? []), links: new Set(k.placeComplement?.links ?? []) },
    facilityNouns: new Set(k.facilityNouns ?? []),
    personOrigin: { links: new Set(k.personOrigin?.links ?? []) },
    streetNouns: {
      nouns: new Set(k.streetNouns?.nouns ?? []),
      notAfter: new Set(k.streetNouns?.notAfter ?? []),
      bareLinkNot: new Set(k.streetNouns?.bareLinkNot ?? []),
      bareLinks: new Set(k.streetNouns?.bareLinks ?? []),
    },
    organisationNouns: new Set(k.organisationNouns),
    organisationNounsQualified: new Set(k.organisationNounsQualified ?? []),
    organisationAdjectives: new Set(k.organisationAdjectives ?? []),
    organisationNounsOpening: new Set(k.organisationNounsOpening ?? []),
    organisationNounLinks: new Set(k.organisationNounLinks ?? []),
    organisationNounNotAfter: new Set(k.organisationNounNotAfter ?? []),
    organisationNounNotNames: new Set(k.organisationNounNotNames ?? []),
    peopleNouns: new Set(k.peopleNouns ?? []),
    pluralArticles: new Set(k.pluralArticles ?? []),
    holidays: { words: new Set(k.holidays?.words ?? []), after: new Set(k.holidays?.after ?? []) },
    ageApposition: { units: new Set(k.ageApposition?.units ?? []), bare: k.ageApposition?.bare ?? false },
    match: { sportsWords: new Set(k.match.sportsWords), matchVerbs: new Set(k.match.matchVerbs), scorelessWords: new Set(k.match.scorelessWords), placePrepositions: new Set(k.match.placePrepositions), score: scoreRegExp(k.match.scoreJoiners, k.match.notScoreAfter) },
    determiners,
    surnameParticles: new Set(h.surnameParticles),
    functionWords: new Set(h.functionWords),
    employerCues: { prepositions: new Set(k.employerCues.prepositions), nouns: new Set(k.employerCues.nouns) },
  };
  cache.set(language, t);
  return t;
}

/** French or English from the article's language, or from function words when it is unknown: the Doc's language. */
export function entityLanguage(declared: string, text: string): EntityLanguage {
  return tokenLanguage(declared, text);
}
