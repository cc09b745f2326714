/**
 * Per-language knowledge of the quote stage, built once from the data tables in
 * shared/lang/<lang>/cues.json and quotes-grammar.json (and the entity tables' `thingWords`). Adding a language
 * means adding those files and one line in LANGUAGES.
 */
import { foldName } from "./name-spans";
import { buildOfficeTable, type OfficeTable } from "./offices";
import enCues from "../lang/en/cues.json";
import enKeywords from "../lang/en/entities-keywords.json";
import enNames from "../lang/en/first-names.json";
import enGrammar from "../lang/en/quotes-grammar.json";
import frCues from "../lang/fr/cues.json";
import frKeywords from "../lang/fr/entities-keywords.json";
import frNames from "../lang/fr/first-names.json";
import frGrammar from "../lang/fr/quotes-grammar.json";

/** "m", "f", "p" (plural), or "x" (unknown). */
export type Gender = "m" | "f" | "p" | "x";

interface CueTable {
  regularVerbs: string[];
  irregularForms: string[];
  auxiliaries: string[];
  adverbs: string[];
  adverbPhrases?: string[];
  participleEndings?: string[];
  passiveLinks?: string[];
  denialForms?: string[];
  attachedPronouns: string[];
  prepositionCues: string[];
  gerundIntroducers: string[];
}
interface GrammarTable {
  impersonalPronouns?: string[];
  predicateOpeners?: string[];
  subjectPronouns: Record<string, string>;
  objectPronouns: Record<string, string>;
  honorifics: Record<string, string>;
  articles: string[];
  prepositions: string[];
  listenerPrepositions: string[];
  /** Words opening a verb's reported clause ("que", "that"): a cue followed by one has its own complement. */
  complementizers?: string[];
  agentPrepositions?: string[];
  descriptionHeads: Record<string, string>;
  nonQuoteIntroducers: string[];
  offences?: { links: string[]; chargeLinks: string[]; legalWords: string[] };
  workNouns?: string[];
  capitalisedNonNames: string[];
  articleGenders: Record<string, string>;
  coordinators: string[];
  clauseCoordinators: string[];
  adverbialRelatives?: string[];
  objectRelatives?: string[];
  preverbalClitics?: string[];
  nameConjunctions?: string[];
  indefiniteArticles: string[];
  pluralEndings: string[];
  organisationHeads: Record<string, string>;
  namedBodyHeads?: string[];
  notPersonHeads?: string[];
  adverbEnding?: { suffix: string; minLength: number };
  fragments: { minWords: number; needCue: boolean; filterCued?: boolean; keepCuedWords?: number };
  unopenedContinuations?: boolean;
  spanRules?: { quotedNames?: boolean; uncuedTitles?: boolean; uncuedTerms?: boolean; shoutedSubheadings?: boolean };
  reportingForms?: { verbs: string[]; before: string[] };
  possessives?: string[];
  latterHeads?: string[];
  /** Nationality adjectives, each entry one nationality's forms separated by spaces ("allemand allemande"). */
  nationalities?: string[];
  rivalHeads?: string[];
  bodyAcronymArticles?: { articles: string[] };
  demonymEndings?: { endings: string[] };
  clauseSubordinators?: string[];
  honorificHeads?: Record<string, string[]>;
  gerund?: { marker: string; suffix: string };
  quantifiers?: string[];
  numberWords?: string[];
  offices?: Record<string, string[]>;
  officeComplements?: string[];
  stressedPronouns?: string[];
  adjunctOpeners?: string[];
}

interface FirstNameTable {
  female: string[];
  male: string[];
}

export interface QuoteLanguage {
  code: string;
  /** Single-word cue verb forms (lowercase); multi-word forms are in cuePhrases. */
  verbForms: Set<string>;
  /** Multi-word cue forms as lowercase token sequences ("according to", "s'est dit"). */
  cuePhrases: string[][];
  /** cuePhrases indexed by their first and by their last token. */
  phrasesByFirst: Map<string, string[][]>;
  phrasesByLast: Map<string, string[][]>;
  auxiliaries: Set<string>;
  adverbs: Set<string>;
  /** Adverbial phrases that may stand inside a verb group ("a de son côté estimé", "for his part said"), as token sequences. */
  adverbPhrases: string[][];
  /**
   * Endings of a cue verb's past participle ("signalé", "signalées"): with no auxiliary before it, such a form qualifies
   * a noun ("des immeubles signalés") and reports nothing. Empty where the simple past is a participle too ("said").
   */
  participleEndings: string[];
  /** Words between a judging participle and its quote ("qualifiée de « … »", "décrite comme « … »"). */
  passiveLinks: Set<string>;
  /** Cue forms that deny what they report ("« … », ce que Matignon dément"): their subject is not the speaker. */
  denialForms: Set<string>;
  attachedPronouns: Set<string>;
  /** Lowercase token sequences that introduce a speaker after them ("selon", "according to"). */
  prepositionCues: string[][];
  /** The last word of each preposition cue ("selon", "d'après", "to" of "according to"). */
  prepositionCueEnds: Set<string>;
  subjectPronouns: Map<string, Gender>;
  /** Subject pronouns that stand for no one in particular ("on assure que"): a quote they report has no named speaker. */
  impersonalPronouns: Set<string>;
  /** Words after which "a/un …" describes someone already there ("she is a black woman", "comme un proche"), bringing no one in. */
  predicateOpeners: Set<string>;
  objectPronouns: Map<string, Gender>;
  /** Honorific without its final full stop -> gender. */
  honorifics: Map<string, Gender>;
  articles: Set<string>;
  prepositions: Set<string>;
  /** Prepositions after a cue that name the one spoken to, never the speaker ("a déclaré à l'AFP", "au journaliste X", "told to"). */
  listenerPrepositions: Set<string>;
  /** "que", "that": a cue followed by one reports its own clause. */
  complementizers: Set<string>;
  /** The preposition of an agent ("interrogée par La Gazette du Nord", "cited by Reuters"): the medium or questioner, not the one answering. */
  agentPrepositions: Set<string>;
  descriptionHeads: Map<string, Gender>;
  nonQuoteIntroducers: Set<string>;
  /** An offence's name in quotes after a legal word and a link ("une enquête pour « vol »"): no reported words. */
  offences: { links: Set<string>; chargeLinks: string[]; legalWords: string[] } | null;
  /** Nouns of a work ("film", "album", "novel"): « X », le film de Y names a title, not words reported. */
  workNouns: Set<string>;
  capitalisedNonNames: Set<string>;
  /** Gender a determiner gives its noun phrase (la -> f). */
  articleGenders: Map<string, Gender>;
  /** Nouns naming a medium, an institution or a document ("le quotidien", "the company", "un communiqué"): never a person. */
  organisationHeads: Map<string, OrganisationHeadKind>;
  /**
   * Institution heads of bodies that go by a proper name (a business, a party, a union: "the company", "l'entreprise",
   * "le parti"), unlike the public bodies a description names ("le parquet de Lille"): when no organisation's name holds
   * the noun, the organisation named in the sentence or the one before, as copy names the body and then calls it by its kind.
   */
  namedBodyHeads: Set<string>;
  /** Description heads that do not name one person ("campaign", "officials"): the rest, outside organisationHeads, do. */
  notPersonHeads: Set<string>;
  /**
   * Nouns of a craft or a product, a building or a street, shared with the entity tables (`thingWords`, `facilityNouns`,
   * `streetNouns`): a name right after one is no person ("la capsule Crew Dragon", "le stade Pierre-Mauroy", "la rue Jean-Jaurès").
   */
  thingNouns: Set<string>;
  /** Articles that introduce someone new ("un", "une", "a"). */
  indefiniteArticles: Set<string>;
  /** Endings of a plural noun ("les Bleus", "the Democrats"), read where the article does not tell the number. */
  pluralEndings: string[];
  /** Words joining two verbs of one subject ("et", "and"). */
  clauseCoordinators: Set<string>;
  /** Relative adverbs ("où", "where"): the clause they open tells a place or a time; its verb reports no quote before it. */
  adverbialRelatives: Set<string>;
  /** Relative pronouns that stand for a verb's object ("une piste que le gouvernement dit étudier"); English "that" is also a demonstrative, so none. */
  objectRelatives: Set<string>;
  /** Clitics that only stand before a verb ("s'", "ne"): a noun phrase ends before them ("le chancelier s'est dit"). */
  preverbalClitics: Set<string>;
  /** The word joining two names into one subject ("Emmanuel Macron et Angela Merkel"). */
  nameConjunctions: Set<string>;
  /** Ending and minimum length of manner adverbs (-ment, -ly), which are never names. */
  adverbEnding: { suffix: string; minLength: number } | null;
  /**
   * Which quoted fragments inside the writer's own sentence (partial quotes) are reported: at least
   * `minWords` words, and a cue when `needCue` (README, "Partial quotes").
   */
  fragments: { minWords: number; needCue: boolean; filterCued?: boolean; keepCuedWords?: number };
  /**
   * Whether a quote may run on into a paragraph that does not reopen it (« A.⏎⏎B », dit-il), as French
   * press copy does; English copy reopens each paragraph (README, "Quote marks").
   */
  unopenedContinuations: boolean;
  /**
   * Span rules of the language's annotation guidelines (README, "What is not a quote"): a span mostly covered by a
   * recognised name (`quotedNames`), a capitalised fragment no cue introduces (`uncuedTitles`), and a term no cue
   * reports after a determiner, in the headline or used twice in the article (`uncuedTerms`) are not quotes; a line
   * of three words or more in capitals is a quote even when every word is capitalised (`shoutedSubheadings`).
   * French only: English spans are judged by the learned span filter, and both rules lowered PolNeAR and LitBank.
   */
  spanRules: { quotedNames: boolean; uncuedTitles: boolean; uncuedTerms: boolean; shoutedSubheadings: boolean };
  /**
   * Naming words that report when a reflexive or an auxiliary comes before them (s'est dite « bouleversée »: she
   * said she was; a dit « suivre la situation »), and those words. Empty when the language has none.
   */
  reportingForms: { verbs: Set<string>; before: Set<string> };
  /** Possessive determiners: son « hypocrisie » gives the word to someone, so it is not a scare-quoted term. */
  possessives: Set<string>;
  /** "Ce dernier", "the latter": after a determiner, a word standing for the person named last, not the one speaking. */
  latterHeads: Set<string>;
  /** "son adversaire", "his opponent": after a possessive, the other of two persons, never the possessor. */
  rivalHeads: Set<string>;
  /** "quand", "while": after a quote and its comma, they open another clause, whose subject is not the quote's speaker. */
  clauseSubordinators: Set<string>;
  /** A nationality adjective's form -> its first form ("allemande" -> "allemand"): "le président français" is no "chancelier allemand". */
  nationalities: Map<string, string>;
  /**
   * Honorific (key as honorificKey gives it) -> the nouns that describe whoever bears it: "Me X" is a lawyer, so later
   * "l'avocat", or "le conseil" alone (an institution's noun otherwise), stands for X.
   */
  honorificHeads: Map<string, string[]>;
  /** A gerund's marker and ending ("en lisant"): after a description, it opens an adjunct, no part of it. Null when none. */
  gerund: { marker: string; suffix: string } | null;
  /** Phrases naming one office ("chef du gouvernement", "locataire de Matignon", "Premier ministre"). */
  offices: OfficeTable;
  /** Prepositions of a complement saying whose office it is ("ministre de l'Intérieur du Japon", "foreign minister of France"). */
  officeComplements: Set<string>;
  /** Articles after which a capitals-only word is a body's acronym ("L'UFC évoque"), not a title ("the SP said"). */
  bodyAcronymArticles: Set<string>;
  /** Feminine endings of a town's people ("la Lyonnaise"): such a word after a singular article is a person's demonym. */
  demonymEndings: string[];
  /** Pronouns that stress a subject between an auxiliary and its participle ("a elle rapporté", "ont eux aussi dénoncé"). */
  stressedPronouns: Set<string>;
  /** Words that open a time or an adjunct after a description ("dans son allocution", "mardi", "during a visit"): the reported mention ends before them. */
  adjunctOpeners: Set<string>;
  /** Determiners of quantity (certains, plusieurs): like an article before a scare-quoted term. */
  quantifiers: Set<string>;
  /** Numbers in words ("deux", "two"): "les deux invités" is a determiner, a number and a noun. */
  numberWords: Set<string>;
  /** Folded given name -> gender: this language's table first, then the other languages' (names travel). */
  firstNames: Map<string, Gender>;
}

function frenchForms(verb: string, out: Set<string>): void {
  const reflexive = /^(?:s'|se )/.exec(verb);
  const base = reflexive ? verb.slice(reflexive[0].length) : verb;
  if (!base.endsWith("er")) return; // other groups are listed as irregular forms
  const stem = base.slice(0, -2);
  const soft = stem.endsWith("c") ? stem.slice(0, -1) + "ç" : stem.endsWith("g") ? stem + "e" : stem;
  // é -> è before a silent ending (répéter -> répète).
  // é or mute e -> è before a silent ending (répéter -> répète, relever -> relève).
  const grave = stem.replace(/[ée]([^aeiouyéèê])$/, "è$1").replace(/é([^aeiouyéèê]+)$/, "è$1");
  for (const f of [stem + "é", stem + "ée", stem + "és", stem + "ées", grave + "e", grave + "ent", soft + "ait", soft + "aient", soft + "ant", stem + "era", stem + "eront", soft + "a", stem + "èrent", stem + "erait"]) out.add(f);
}

function englishForms(verb: string, out: Set<string>): void {
  out.add(verb);
  out.add(verb.endsWith("s") || verb.endsWith("sh") || verb.endsWith("ch") || verb.endsWith("x") ? verb + "es" : /[^aeiou]y$/.test(verb) ? verb.slice(0, -1) + "ies" : verb + "s");
  if (verb.endsWith("e")) {
    out.add(verb + "d");
    out.add(verb.slice(0, -1) + "ing");
  } else if (/[^aeiou]y$/.test(verb)) {
    out.add(verb.slice(0, -1) + "ied");
    out.add(verb + "ing");
  } else {
    out.add(verb + "ed");
    out.add(verb + "ing");
    // Short consonant-vowel-consonant verbs double the last letter (quip -> quipped).
    if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(verb)) {
      out.add(verb + verb.slice(-1) + "ed");
      out.add(verb + verb.slice(-1) + "ing");
    }
  }
}

const norm = (s: string) => s.toLowerCase().replace(/’/g, "'");

/** Given names of all languages; a name another language gives both genders (Jean, Andrea) is left out. */
function firstNameGenders(own: FirstNameTable, others: FirstNameTable[]): Map<string, Gender> {
  const out = new Map<string, Gender>();
  const add = (t: FirstNameTable, into: Map<string, Gender>) => {
    const put = (n: string, g: Gender) => {
      const key = foldName(n);
      const had = into.get(key);
      into.set(key, had !== undefined && had !== g ? "x" : g);
    };
    for (const n of t.female) put(n, "f");
    for (const n of t.male) put(n, "m");
  };
  for (const t of others) add(t, out);
  const mine = new Map<string, Gender>();
  add(own, mine);
  for (const [k, g] of mine) out.set(k, g);
  for (const [k, g] of out) if (g === "x") out.delete(k);
  return out;
}
const toTokens = (s: string) => norm(s).split(/\s+|(?<=')/).filter(Boolean);

function build(code: string, cues: CueTable, grammar: GrammarTable, names: FirstNameTable, otherNames: FirstNameTable[], thingWords: string[] = []): QuoteLanguage {
  const verbForms = new Set<string>();
  const cuePhrases: string[][] = [];
  for (const v of cues.regularVerbs) {
    if (code === "fr") frenchForms(norm(v), verbForms);
    else englishForms(norm(v), verbForms);
  }
  for (const f of cues.irregularForms) {
    const toks = toTokens(f);
    if (toks.length === 1) verbForms.add(toks[0]);
    else cuePhrases.push(toks);
  }
  const genders = (r: Record<string, string>) => new Map(Object.entries(r).map(([k, g]) => [norm(k).replace(/\.$/, ""), g as Gender]));
  const index = (pick: (p: string[]) => string) => {
    const m = new Map<string, string[][]>();
    for (const p of cuePhrases) {
      const key = pick(p);
      const list = m.get(key);
      if (list) list.push(p);
      else m.set(key, [p]);
    }
    return m;
  };
  return {
    code,
    verbForms,
    cuePhrases,
    phrasesByFirst: index((p) => p[0]),
    phrasesByLast: index((p) => p[p.length - 1]),
    auxiliaries: new Set(cues.auxiliaries.map(norm)),
    adverbs: new Set(cues.adverbs.map(norm)),
    adverbPhrases: (cues.adverbPhrases ?? []).map(toTokens),
    participleEndings: cues.participleEndings ?? [],
    passiveLinks: new Set((cues.passiveLinks ?? []).map(norm)),
    denialForms: new Set((cues.denialForms ?? []).map(norm)),
    attachedPronouns: new Set(cues.attachedPronouns.map(norm)),
    prepositionCues: cues.prepositionCues.map(toTokens),
    prepositionCueEnds: new Set(cues.prepositionCues.map((c) => toTokens(c).at(-1)!)),
    subjectPronouns: genders(grammar.subjectPronouns),
    impersonalPronouns: new Set((grammar.impersonalPronouns ?? []).map(norm)),
    predicateOpeners: new Set((grammar.predicateOpeners ?? []).map(norm)),
    objectPronouns: genders(grammar.objectPronouns),
    honorifics: genders(grammar.honorifics),
    articles: new Set(grammar.articles.map(norm)),
    prepositions: new Set(grammar.prepositions.map(norm)),
    listenerPrepositions: new Set(grammar.listenerPrepositions.map(norm)),
    complementizers: new Set((grammar.complementizers ?? []).map(norm)),
    agentPrepositions: new Set((grammar.agentPrepositions ?? []).map(norm)),
    descriptionHeads: genders(grammar.descriptionHeads),
    nonQuoteIntroducers: new Set(grammar.nonQuoteIntroducers.map(norm)),
    offences: grammar.offences ? { links: new Set(grammar.offences.links.map(norm)), chargeLinks: grammar.offences.chargeLinks.map(norm), legalWords: grammar.offences.legalWords.map(norm) } : null,
    workNouns: new Set((grammar.workNouns ?? []).map(norm)),
    capitalisedNonNames: new Set(grammar.capitalisedNonNames),
    articleGenders: genders(grammar.articleGenders),
    firstNames: firstNameGenders(names, otherNames),
    adverbEnding: grammar.adverbEnding ?? null,
    clauseCoordinators: new Set(grammar.clauseCoordinators.map(norm)),
    adverbialRelatives: new Set((grammar.adverbialRelatives ?? []).map(norm)),
    objectRelatives: new Set((grammar.objectRelatives ?? []).map(norm)),
    preverbalClitics: new Set((grammar.preverbalClitics ?? []).map(norm)),
    nameConjunctions: new Set((grammar.nameConjunctions ?? []).map(norm)),
    indefiniteArticles: new Set(grammar.indefiniteArticles.map(norm)),
    pluralEndings: grammar.pluralEndings,
    notPersonHeads: new Set((grammar.notPersonHeads ?? []).map(norm)),
    namedBodyHeads: new Set((grammar.namedBodyHeads ?? []).map(norm)),
    organisationHeads: new Map(Object.entries(grammar.organisationHeads).map(([k, v]) => [norm(k), v as OrganisationHeadKind])),
    thingNouns: new Set(thingWords.map(norm)),
    fragments: grammar.fragments,
    unopenedContinuations: grammar.unopenedContinuations ?? false,
    spanRules: { quotedNames: grammar.spanRules?.quotedNames ?? false, uncuedTitles: grammar.spanRules?.uncuedTitles ?? false, uncuedTerms: grammar.spanRules?.uncuedTerms ?? false, shoutedSubheadings: grammar.spanRules?.shoutedSubheadings ?? false },
    possessives: new Set((grammar.possessives ?? []).map(norm)),
    latterHeads: new Set((grammar.latterHeads ?? []).map(norm)),
    rivalHeads: new Set((grammar.rivalHeads ?? []).map(norm)),
    clauseSubordinators: new Set((grammar.clauseSubordinators ?? []).map(norm)),
    nationalities: new Map((grammar.nationalities ?? []).flatMap((entry) => {
      const forms = entry.split(" ").map(norm);
      return forms.map((f) => [f, forms[0]] as [string, string]);
    })),
    gerund: grammar.gerund ?? null,
    honorificHeads: new Map(Object.entries(grammar.honorificHeads ?? {}).map(([k, v]) => [norm(k), v.map(norm)])),
    offices: buildOfficeTable(grammar.offices),
    officeComplements: new Set((grammar.officeComplements ?? []).map(norm)),
    bodyAcronymArticles: new Set((grammar.bodyAcronymArticles?.articles ?? []).map(norm)),
    demonymEndings: (grammar.demonymEndings?.endings ?? []).map(norm),
    stressedPronouns: new Set((grammar.stressedPronouns ?? []).map(norm)),
    adjunctOpeners: new Set((grammar.adjunctOpeners ?? []).map(norm)),
    quantifiers: new Set((grammar.quantifiers ?? []).map(norm)),
    numberWords: new Set((grammar.numberWords ?? []).map(norm)),
    reportingForms: { verbs: new Set((grammar.reportingForms?.verbs ?? []).map(norm)), before: new Set((grammar.reportingForms?.before ?? []).map(norm)) },
  };
}

/**
 * The entity tables' nouns a name after which is a thing's or a place's; not the street nouns that take no bare link,
 * which are verbs too ("Un sondage place Anne Delcourt en tête").
 */
const thingAndPlaceWords = (k: { thingWords?: string[]; facilityNouns?: string[]; streetNouns?: { nouns: string[]; bareLinkNot?: string[] } }) => [
  ...(k.thingWords ?? []),
  ...(k.facilityNouns ?? []),
  ...(k.streetNouns?.nouns ?? []).filter((w) => !k.streetNouns?.bareLinkNot?.includes(w)),
];

const LANGUAGES: Record<string, () => QuoteLanguage> = {
  fr: () => build("fr", frCues, frGrammar, frNames, [enNames], thingAndPlaceWords(frKeywords)),
  en: () => build("en", enCues, enGrammar, enNames, [frNames], thingAndPlaceWords(enKeywords)),
};

/**
 * What an organisation's head noun names: a medium ("le quotidien"), an institution of that kind ("le conseil",
 * "the company": an organisation whose name holds the noun, or the noun itself), any organisation ("l'institution",
 * "l'organisme", "the organization": `generic`, the organisation last named, as no name holds such a noun) or a
 * document ("un communiqué"); or those around someone ("son entourage", "her entourage": `circle`), never one person
 * nor a named body.
 */
export type OrganisationHeadKind = "medium" | "institution" | "generic" | "document" | "circle";

/**
 * What a description's head noun names when it is an organisation's ("le quotidien": a medium, "le conseil
 * départemental": an institution, "un communiqué": a document), read on the head's first word; undefined
 * for any other description or mention.
 */
export function organisationKindOf(m: { kind: string; head?: string }, lang: QuoteLanguage): OrganisationHeadKind | undefined {
  return m.kind === "description" && m.head ? lang.organisationHeads.get(m.head.split(" ")[0]) : undefined;
}

/** A description head that names one person ("le procureur", "la directrice", "the spokeswoman"), never an organisation. */
export function isPersonHead(head: string, lang: QuoteLanguage): boolean {
  return lang.descriptionHeads.has(head) && !lang.organisationHeads.has(head) && !lang.notPersonHeads.has(head);
}

const cache = new Map<string, QuoteLanguage>();

/** The tables for a language; unknown languages fall back to English. */
export function quoteLanguage(code: string): QuoteLanguage {
  const key = code in LANGUAGES ? code : "en";
  let lang = cache.get(key);
  if (!lang) {
    lang = LANGUAGES[key]();
    cache.set(key, lang);
  }
  return lang;
}
