/**
 * The default entity recogniser: the committed perceptron taggers (French,
 * English) find mention spans, rules handle photo credits and acronym
 * definitions, and coreference folds mentions into entities.
 */
import { isCountryName } from "./countries";
import { ARTICLE_TABLES, capitalsMarkNames, isDateWord, isMonthName, isWireAgency } from "../lang/article-tables";
import nameWords from "../lang/entity-name-words.json";
import type { ParsedArticle } from "../article";
import type { Entity, Segment } from "../summary";
import { buildEntities, type Mention, acronymOf, acronymWithArticle, inCapitals } from "./coreference";
import { bylineAuthorSpans } from "./byline-authors";
import { datelinePlaces } from "./dateline-place";
import { resultLineSides } from "./result-lines";
import { clubNameSpans } from "./club-names";
import { retypeMatchSides } from "./match-sides";
import { creditMentions, creditRange, titleCaseCaps } from "./credits";
import { CLS_ORG, type WordInfo, describeTokens, documentEvidence, extractFeatures, hashString, lineCase } from "./features";
import { fitTitleCaseHeadline } from "./title-case-headline";
import { GAZ_CLASSES } from "./gazetteer";
import { type EntityLanguage, type LanguageTables, languageTables } from "./language-tables";
import { decodeWeights, unpackBytes } from "./model-codec";
import { NER_EN_MODEL } from "./model/ner-en";
import { NER_FR_MODEL } from "./model/ner-fr";
import { NER_EN_STACK_MODEL } from "./model/ner-en-stack";
import { NER_FR_STACK_MODEL } from "./model/ner-fr-stack";
import type { EntityRecognizer } from "./recognizer";
import { type TaggerWeights, emissionScores, spansOfTags, viterbi } from "./tagger";
import { type Doc, documentOf } from "../doc/document";
import { TERMINALS } from "../doc/sentences";
import type { Token } from "../doc/tokenize";
import { UNSEEN_NAME_BIAS, favourUnseenNames } from "./unseen-names";
import { type TokenFeatures, hasWordScores, tokenFeatures, wordScores } from "./word-scores";
import { firstPassCounts, stackedOnly } from "./stacking";

const MODELS: Record<EntityLanguage, string> = { fr: NER_FR_MODEL, en: NER_EN_MODEL };
const STACK_MODELS: Record<EntityLanguage, string> = { fr: NER_FR_STACK_MODEL, en: NER_EN_STACK_MODEL };
const loaded = new Map<EntityLanguage, TaggerWeights>();

export function taggerWeights(language: EntityLanguage): TaggerWeights {
  let w = loaded.get(language);
  if (!w) {
    w = decodeWeights(unpackBytes(MODELS[language]));
    if (STACK_MODELS[language]) w.stack = decodeWeights(unpackBytes(STACK_MODELS[language]));
    loaded.set(language, w);
  }
  return w;
}

const TYPE = { PER: "PERSON", LOC: "LOCATION", ORG: "ORGANIZATION" } as const;
const QUOTE_MARKS = /["«»“”]/u;
/** Lowercase words of four letters or more that may open a name. */
const NAME_PARTICLES = new Set(["della", "delle", "dello", "degli", "dos", "das"]);
const ACRONYM_STOP: ReadonlySet<string> = new Set(nameWords.acronymStopWords);
/** Prepositions that open a complement inside an organisation's name: "Voice to Parliament", "ministère du Travail". */
const COMPLEMENT_WORDS: ReadonlySet<string> = new Set(nameWords.complementWords);
const DIRECTION_WORDS: ReadonlySet<string> = new Set(nameWords.directionWords);
const LEADING_ARTICLES: ReadonlySet<string> = new Set(nameWords.leadingArticles);
/** Every language's company forms (the byline reader's `companySuffixes`): they end a name; opening one they are a given name or a particle ("Asa Khalif"). */
const LEGAL_FORMS: ReadonlySet<string> = new Set(Object.values(ARTICLE_TABLES).flatMap((t) => t.companySuffixes ?? []));

interface Region {
  segment: Segment | null;
  start: number;
  end: number;
}

export class PerceptronEntityRecognizer implements EntityRecognizer {
  /** `weightsFor` defaults to the committed models; the training script passes weights it has just learned, to measure them before writing. */
  constructor(private readonly weightsFor: (language: EntityLanguage) => TaggerWeights = taggerWeights) {}

  recognize(article: ParsedArticle): Entity[] {
    // German capitalises every noun: the taggers, which read a capital as a sign of a name, would name "Brücke" and "Anwohner".
    if (!capitalsMarkNames(article.language)) return [];
    const text = article.text;
    // One tokenisation per article, shared with the quote stage: the Doc's language picks the tables too.
    const doc = documentOf(article);
    const lang: EntityLanguage = doc.language;
    const tables = languageTables(lang);
    const weights = this.weightsFor(lang);
    const segments = article.segments.length > 0 ? article.segments : null;
    const lead = segments?.find((s) => s.kind === "paragraph") ?? null;
    const mentions: Mention[] = [];
    const mentionAt = new Map<number, Mention>();
    // Starts of one-word "persons" that the lists know only as places, with no title before them.
    const placeLike = new Set<number>();

    const regions: Region[] = segments ? segments.map((s) => ({ segment: s, start: s.start, end: s.end })) : [{ segment: null, start: 0, end: text.length }];
    const isFirstName = (w: string) => (tables.features.gazetteer.classesOf(w) & FIRST) !== 0;
    const isPlaceWord = (w: string) => (tables.features.gazetteer.classesOf(w) & PLACE) !== 0;
    const tokenized: { region: Region; end: number; tokens: Token[]; words: WordInfo[]; fixed: FixedSpans }[] = [];
    for (const region of regions) {
      const seg = region.segment;
      let end = region.end;
      // A byline is the writers' credit, not the story: its names are the authors the parser read, as persons
      // ("By JANE DOE and JOHN ROE Associated Press" has no "ROE Associated Press"), and the rest is not tagged.
      // A byline whose authors the parser could not read, or are no persons ("Le Soir"), is tagged like any line.
      const authors = seg?.kind === "byline" ? bylineAuthorSpans(text, seg, article.authors ?? [], isFirstName) : [];
      if (authors.length > 0) {
        for (const a of authors) mentions.push(this.mention(a.start, a.end, "PERSON", text.slice(a.start, a.end), titleCaseCaps(text.slice(a.start, a.end)), 0.2, seg, lead, false, true));
        continue;
      }
      // "FELIXSTOWE, England (AP) —", "PARIS (AFP) -": a dateline opens with the place the story was filed from.
      let start = region.start;
      for (const place of seg?.kind === "dateline" ? datelinePlaces(text, seg) : []) {
        const surface = text.slice(place.start, place.end);
        mentions.push(this.mention(place.start, place.end, "LOCATION", surface, titleCaseCaps(surface), 1, seg, lead, false, true));
        start = place.end;
      }
      const credit = seg ? creditRange(text, seg) : null;
      if (credit && credit.cutFrom >= region.start) {
        end = Math.min(end, credit.cutFrom);
        for (const c of creditMentions(text, credit, isFirstName, article.authors)) {
          const surface = text.slice(c.start, c.end);
          mentions.push(this.mention(c.start, c.end, c.type, surface, c.type === "PERSON" ? titleCaseCaps(surface) : surface, 0.2, seg, lead, false, true));
        }
      }
      // "Aston Villa 1 Southampton 0", "Chelsea 4 3 1 0 9 2 10": a results line's names are sides, whatever the tagger says.
      const fixed = new FixedSpans(start, end);
      for (const side of resultLineSides(text, start, end)) {
        fixed.add(side.start, side.end);
        const surface = text.slice(side.start, side.end);
        mentions.push(this.mention(side.start, side.end, side.country ? "LOCATION" : "ORGANIZATION", surface, titleCaseCaps(surface), 1, seg, lead, false, true));
      }
      const tokens = doc.wordsIn(start, end);
      if (tokens.length === 0) continue;
      // "FC Nantes", "le Stade toulousain", "Blackburn Rovers": a club's name by the sport's own forms is one organisation.
      for (const club of clubNameSpans(tokens, tables.clubNames, isPlaceWord)) {
        const cs = tokens[club.start].start;
        const ce = tokens[club.end - 1].end;
        if (fixed.overlaps(cs, ce)) continue;
        fixed.add(cs, ce);
        const surface = text.slice(cs, ce);
        mentions.push(this.mention(cs, ce, "ORGANIZATION", surface, surface.replace(/\s+/g, " "), 1, seg, lead, false, true));
      }
      tokenized.push({ region, end, tokens, words: describeTokens(tokens, tables.features), fixed });
    }
    // The article's tokens in one array, sized once: pushing them one by one cost about 5% of a 1 MB article.
    let total = 0;
    for (const t of tokenized) total += t.tokens.length;
    const allTokens = new Array<Token>(total);
    const allWords = new Array<WordInfo>(total);
    let at = 0;
    for (const t of tokenized) {
      for (let i = 0; i < t.tokens.length; i++, at++) {
        allTokens[at] = t.tokens[i];
        allWords[at] = t.words[i];
      }
    }
    // Evidence from the whole article: a word seen lowercase elsewhere is rarely a name.
    const evidence = documentEvidence(allTokens, tables.features, allWords);
    const second = weights.stack;
    const perToken: (TokenFeatures | undefined)[] = [];
    const tagsOf = tokenized.map(({ tokens, words }) => {
      let scores: Float64Array;
      if (hasWordScores(weights)) {
        // Kept for the second pass, which reads the same per-token features.
        const tf = second ? tokenFeatures(tokens, words, tables.features, evidence, true) : undefined;
        if (tf) perToken.push(tf);
        scores = wordScores(tokens, words, tables.features, evidence, weights, tf);
      } else scores = emissionScores(extractFeatures(tokens, tables.features, evidence, words), weights);
      favourUnseenNames(scores, tokens, words, evidence, UNSEEN_NAME_BIAS[lang]);
      return viterbi(scores, tokens.length, weights.transition);
    });
    // Second pass: the same tagging, also reading the first pass's labels of the whole article.
    if (second) {
      const all = new Uint8Array(allWords.length);
      let at = 0;
      for (const t of tagsOf) {
        all.set(t, at);
        at += t.length;
      }
      const counts = firstPassCounts(allWords, all);
      tokenized.forEach(({ tokens, words }, r) => {
        const scores = hasWordScores(second)
          ? wordScores(tokens, words, tables.features, evidence, second, perToken[r])
          : emissionScores(extractFeatures(tokens, tables.features, evidence, words), second);
        const extra = emissionScores(stackedOnly(words, tagsOf[r], counts), second);
        for (let i = 0; i < extra.length; i++) scores[i] += extra[i];
        favourUnseenNames(scores, tokens, words, evidence, UNSEEN_NAME_BIAS[lang]);
        tagsOf[r] = viterbi(scores, tokens.length, second.transition);
      });
    }
    const dates = [...article.dates].sort((a, b) => a.start - b.start);
    const storms = stormNames(allTokens, tables);
    for (const [r, { region, end, tokens, words, fixed }] of tokenized.entries()) {
      const seg = region.segment;
      const tags = tagsOf[r];
      let hasQuotes: boolean | undefined;
      let capsLine: boolean | undefined;
      let lowers: string[] | undefined;
      const listedAt = (i: number, cls: "LOC" | "ORG") => tables.features.gazetteer.longestAt((lowers ??= words.map((w) => w.lower)), i, cls);
      const weight = seg?.kind === "caption" ? 0.5 : 1;
      let coveredTo = 0;
      /** A mention the rules split off a tagged span (a party, a place), from token `from` to token `to` inclusive. */
      const splitOff = (from: number, to: number, type: Mention["type"]) => {
        const s = tokens[from].start;
        const e = tokens[to].end;
        const m = this.mention(s, e, type, text.slice(s, e), text.slice(s, e), weight, seg, lead, false, false);
        mentions.push(m);
        mentionAt.set(s, m);
      };
      const regionMentions = mentions.length;
      for (const span of cutAtSentenceEnds(splitPlacesAtVerbs(joinAdjacentPersons(spansOfTags(tags), words), words, tables), tokens)) {
        if (span.start < coveredTo) continue;
        const previousEnd = coveredTo;
        if (fixed.overlaps(tokens[span.start].start, tokens[span.end - 1].end)) continue;
        const trimmed = trimSpan(tokens, span.start, span.end, tables, span.type === "PER");
        if (!trimmed) continue;
        // "l'Espagnol Carlos Alcaraz", "the American Taylor Fritz": after a determiner, a people's name opening a person's
        // name is a description of the person, not part of the name.
        if (span.type === "PER" && trimmed[1] - trimmed[0] > 1 && trimmed[0] > 0 && tables.determiners.has(tokens[trimmed[0] - 1].text.toLowerCase()) && words[trimmed[0]].cap && isDemonym(words[trimmed[0]], tables)) trimmed[0]++;
        // "Republican Sen. Rand Paul", "Democratic Rep. Ro Khanna": an honorific inside a span opens a person's name, and
        // the words before it (a party's adjective) are none of it. afterTitle then makes the rest a person.
        const named = afterInnerHonorific(tokens, words, trimmed[0], trimmed[1], tables);
        // "Kentucky Sen. Rand Paul": a listed place before the title is a mention of its own.
        if (named > trimmed[0] && listedAt(trimmed[0], "LOC") === named - 1 - trimmed[0]) splitOff(trimmed[0], named - 2, "LOCATION");
        trimmed[0] = named;
        if (span.type === "PER" && trimmed[0] - 1 >= coveredTo && opensSurname(tokens, trimmed[0] - 1, tables)) trimmed[0]--;
        // "LeBron James", "DeMar DeRozan": a given name in two capitals the tagger left out, right before the person's name.
        if (span.type === "PER" && trimmed[0] - 1 >= coveredTo && camelGivenName(tokens, trimmed[0] - 1) && listedAt(trimmed[0] - 1, "ORG") === 0) trimmed[0]--;
        let type: Mention["type"] = TYPE[span.type];
        // "le Premier ministre", "la Première dame": a name never ends on a lowercase title word.
        if (type === "PERSON" && lowercaseTitle(tokens[trimmed[1] - 1], tables)) continue;
        // "Kremlin spokesman Dmitry Peskov", "Pentagon spokesman X": one word the organisation list holds, and the place list
        // does not, before a lowercase title is the employer, never the person or a place ("Clinton spokesman Brian Fallon",
        // whom no list holds, stays a person; "Moscow mayor X" a place).
        if (type !== "ORGANIZATION" && trimmed[1] - trimmed[0] === 1 && lowercaseTitle(tokens[trimmed[1]], tables) && listedAt(trimmed[0], "ORG") === 1 && listedAt(trimmed[0], "LOC") === 0 && !isFirstName(words[trimmed[0]].lower)) type = "ORGANIZATION";
        // "Asie" tagged, "Asie centrale" listed: the listed place is the mention.
        if (type === "LOCATION") {
          const listed = listedAt(trimmed[0], "LOC");
          if (listed > trimmed[1] - trimmed[0]) trimmed[1] = trimmed[0] + listed;
          // "the Seattle Mariners" tagged "Seattle": the club's nickname right after the town is part of the name.
          if (listed === trimmed[1] - trimmed[0] && trimmed[1] < tokens.length && isTownAndNickname(words, trimmed[0], trimmed[1] + 1, listedAt, tables)) trimmed[1]++;
        }
        coveredTo = trimmed[1];
        let titled = afterTitle(tokens, trimmed[0], tables);
        // "le député LREM d'Ille-et-Vilaine", "la sénatrice PS de l'Aisne": after a title, an acronym, a place's link and a
        // capitalised word are the party and the constituency, never one person's name.
        if (titled && trimmed[1] - trimmed[0] >= 3 && ACRONYM.test(tokens[trimmed[0]].text) && tables.placeComplement.links.has(tokens[trimmed[0] + 1].lower)) {
          let from = trimmed[0] + 2;
          if (tables.determiners.has(tokens[from].lower) && from + 1 < trimmed[1]) from++;
          if (tokens[from].upper) {
            splitOff(trimmed[0], trimmed[0], "ORGANIZATION");
            trimmed[0] = from;
            type = "LOCATION";
            titled = false;
          }
        }
        // "le conseiller municipal PS", "le député LFI": after a title, a listed organisation is the person's party, not a name.
        if (titled && listedAt(trimmed[0], "ORG") === trimmed[1] - trimmed[0]) type = "ORGANIZATION";
        // "le maire UDI de la ville", "le député LFI": after a title, a short acronym no list holds is the party or the
        // employer too, never the person. Not after "M." and not a listed name or place: old papers print surnames in
        // capitals ("M. BODIN", "le général FOCH"); nor in a line of capitals, where every word looks like one.
        else if (titled && trimmed[1] - trimmed[0] === 1 && SHORT_ACRONYM.test(tokens[trimmed[0]].text) && !tables.honorifics.has(tokens[trimmed[0] - 1].text) && ((words[trimmed[0]].gaz >> 4) & (NAME | PLACE)) === 0 && (capsLine ??= lineCase(words) === 2) === false) type = "ORGANIZATION";
        else if (type !== "PERSON" && titled) type = "PERSON";
        // A name ending on a plus ("Canal+", "Disney+") is a brand: a company or its service, never a place or a person.
        else if (tokens[trimmed[1] - 1].text.endsWith("+")) type = "ORGANIZATION";
        // "SUD-Rail", "CGT-Cheminots", "FO-Énergie": an acronym no place list holds, joined to a capitalised word, is a
        // body's name (a union's branch, a party's list), never a place or a person ("US-Mexico" stays: "US" is a country).
        else if (trimmed[1] - trimmed[0] === 1 && ACRONYM_COMPOUND.test(tokens[trimmed[0]].text) && !isCountryName(tokens[trimmed[0]].text.split("-")[0]) && listedAt(trimmed[0], "LOC") === 0) type = "ORGANIZATION";
        // "Paris Saint-Germain", "Banque Dupuis": a name of two words or more that the organisation list holds, or that an
        // organisation word opens, names no person.
        else if (type === "PERSON" && trimmed[1] - trimmed[0] >= 2 && (listedAt(trimmed[0], "ORG") === trimmed[1] - trimmed[0] || ((words[trimmed[0]].cls & CLS_ORG) !== 0 && !LEGAL_FORMS.has(words[trimmed[0]].lower)))) type = "ORGANIZATION";
        // "Johns Hopkins University", "St Thomas' Hospital": a name ending on an institution's head noun is the institution,
        // with the title that opens it; after a person's honorific it stays theirs ("Sen. Bernie Sanders' College for All").
        if (type === "PERSON" && trimmed[1] - trimmed[0] >= 2 && words[trimmed[1] - 1].cap && tables.institutionHeads.nouns.has(words[trimmed[1] - 1].lower)) {
          const title = trimmed[0] > 0 ? tokens[trimmed[0] - 1].text : "";
          if (!tables.honorifics.has(title) || tables.institutionHeads.titles.has(title)) {
            type = "ORGANIZATION";
            if (trimmed[0] > span.start && tables.institutionHeads.titles.has(title)) trimmed[0]--;
          }
        }
        // "un entretien au Monde", "une enquête du Parisien": the contracted article is the name's own ("Le Monde").
        if (type !== "ORGANIZATION" && trimmed[0] > 0 && listedAt(trimmed[0], "LOC") !== trimmed[1] - trimmed[0] && namesWithArticle(tokens, words, trimmed[0], trimmed[1], tables) & ORG) type = "ORGANIZATION";
        // "into the River Avel", "the Strait of Hormuz": a natural feature's noun after an article opens a place's name
        // (not an institution's: "the Mount Sinai Hospital").
        if (type !== "LOCATION" && trimmed[1] - trimmed[0] >= 2 && trimmed[0] > 0 && tables.featureHeads.nouns.has(tokens[trimmed[0]].text) && tables.featureHeads.articles.has(tokens[trimmed[0] - 1].text) && !tables.institutionHeads.nouns.has(words[trimmed[1] - 1].lower)) type = "LOCATION";
        // "Une voisine, Fatima, 52 ans,", "Smith, 45, said": a name with an age in apposition is a person's (not a listed
        // place: "dans l'Hérault, 30 ans d'existence").
        if (type !== "PERSON" && ageInApposition(tokens, trimmed[1], tables) && listedAt(trimmed[0], "LOC") !== trimmed[1] - trimmed[0]) type = "PERSON";
        // "the Philadelphia Phillies", "Seattle Mariners": a listed town or state and a club nickname after it is a club
        // ("Cayman Islands", "South Carolina Republicans" have no nickname's word).
        if (type === "LOCATION" && !titled && isTownAndNickname(words, trimmed[0], trimmed[1], listedAt, tables)) type = "ORGANIZATION";
        // "NEW YORK, Nov. 19 (UPI)": a wire agency's name is the agency, whatever the dateline around it made the tagger read.
        if (type !== "ORGANIZATION" && isWireAgency(text.slice(tokens[trimmed[0]].start, tokens[trimmed[1] - 1].end))) type = "ORGANIZATION";
        // "la préfecture du Jura", "la mairie de Besançon": the one-word listed place an administration is named after is the place.
        if (type === "ORGANIZATION" && trimmed[1] - trimmed[0] === 1 && listedAt(trimmed[0], "LOC") === 1 && afterPlaceComplement(tokens, trimmed[0], tables)) type = "LOCATION";
        // "le musée d'Orsay", "la gare de Lyon": one word after a building's noun and its link names the place, not a person.
        if (type === "PERSON" && trimmed[1] - trimmed[0] === 1 && afterFacilityNoun(tokens, trimmed[0], tables)) type = "LOCATION";
        // "place de la République", "rue Lepic": a name after a street's lowercase noun is a place, the noun included.
        const street = streetNounBefore(tokens, trimmed[0], tables);
        if (street >= previousEnd && !fixed.overlaps(tokens[street].start, tokens[trimmed[0]].start)) {
          trimmed[0] = street;
          type = "LOCATION";
        }
        // "Carmaker Toyota said", "Housebuilder Hartwell Homes submitted": the capitalised noun opening the sentence is the
        // organisation's kind, not its name's first word (the name after it is then the organisation, just below).
        if (trimmed[1] - trimmed[0] >= 2 && opensSentenceAsKind(tokens, trimmed[0], tables) && tokens[trimmed[0] + 1].upper && !isFirstName(words[trimmed[0] + 1].lower)) trimmed[0]++;
        // "le groupe Renault", "the airline Ryanair": a name right after such a noun is the organisation.
        // The noun says it outright, so the type is not voted on with the article's other mentions of the name ("l'action X").
        const byNoun = !titled && afterOrganisationNoun(tokens, words, trimmed[0], tables, isFirstName);
        if (byNoun) type = "ORGANIZATION";
        // "analysts at Wood Mackenzie", "économiste chez Natixis": after an occupation and "at"/"chez", a name is the employer,
        // unless it is a listed place or a place that qualifies what follows ("workers at Mexico's largest company").
        if ((type === "PERSON" || type === "LOCATION") && afterEmployerCue(tokens, trimmed[0], tables)) {
          // Tokens' lowercase form has ’ unified to ', so "'s" covers "’s".
          const next = tokens[trimmed[1]]?.lower;
          const qualifies = next === "'s" || next === "-";
          if (type === "PERSON" || (!qualifies && listedAt(trimmed[0], "LOC") !== trimmed[1] - trimmed[0])) type = "ORGANIZATION";
        }
        // "le sénateur LR Bruno Retailleau", "le PDG de Renault Luca de Meo": a listed acronym, or a listed organisation before a
        // first name, opening a person's span is the party or the employer, the rest the person.
        if (type === "PERSON" && trimmed[1] - trimmed[0] >= 2) {
          const org = listedAt(trimmed[0], "ORG");
          const opener = ACRONYM.test(tokens[trimmed[0]].text) || (trimmed[1] - trimmed[0] - org >= 2 && isFirstName(words[trimmed[0] + org]?.lower ?? "") && !isFirstName(words[trimmed[0]].lower));
          if (org > 0 && org < trimmed[1] - trimmed[0] && opener) {
            splitOff(trimmed[0], trimmed[0] + org - 1, "ORGANIZATION");
            trimmed[0] += org;
          }
        }
        // "Sen. Rand Paul of Kentucky": a listed place after "of" ends a person's name; the place is a mention of its own.
        if (type === "PERSON") {
          const link = originLink(words, trimmed[0], trimmed[1], tables);
          if (link > 0 && listedAt(link + 1, "LOC") === trimmed[1] - link - 1) {
            splitOff(link + 1, trimmed[1] - 1, "LOCATION");
            trimmed[1] = link;
          }
        }
        // "Rugby : Clermont arrache…", "SOCCER - JAPAN GET…": a section label opening a line, before its colon or dash, is no name.
        if (trimmed[1] - trimmed[0] === 1 && isLineStart(text, tokens[trimmed[0]].start) && SECTION_LABEL_WORDS.has(tokens[trimmed[0]].text.toUpperCase()) && /^\s*(?::|-|–|—)/.test(text.slice(tokens[trimmed[0]].end, tokens[trimmed[0]].end + 3))) continue;
        // "Canicule : les hôpitaux en tension": a headline's first word before its colon, read as a place that no list holds
        // and the story never writes with a capital mid-sentence, is the topic, not a place ("Langres : …" is in the story).
        if (type === "LOCATION" && trimmed[1] - trimmed[0] === 1 && seg?.kind === "headline" && isLineStart(text, tokens[trimmed[0]].start) && /^\s*:/.test(text.slice(tokens[trimmed[0]].end, tokens[trimmed[0]].end + 3)) && listedAt(trimmed[0], "LOC") === 0 && !evidence.capMidSeen.has(words[trimmed[0]].lower)) continue;
        // A lone name right after an event or award noun names the event, not a person: "le prix Lumière", "the Booker prize".
        if (type === "PERSON" && trimmed[1] - trimmed[0] === 1 && trimmed[0] > 0 && tables.eventWords.has(tokens[trimmed[0] - 1].text.toLowerCase())) continue;
        // "la capsule Crew Dragon", "the yacht Adios": a name right after a craft's or a product's noun names the thing, not a person.
        if (type === "PERSON" && trimmed[0] > 0 && tables.thingWords.has(tokens[trimmed[0] - 1].text.toLowerCase())) continue;
        // "le secrétaire d'Etat américain", "un coup d'État": the word completes a title or a common noun, it names nothing.
        if (tables.titleCompletions.words.has(tokens[trimmed[0]].text) && completesTitle(text, tokens[trimmed[0]].start, tables.titleCompletions.after)) continue;
        // "Storm Darragh", "la tempête Ciara": a storm's name is none of the three types, whatever the tagger said.
        if (trimmed[1] - trimmed[0] === 1 && trimmed[0] > 0 && tables.stormWords.has(tokens[trimmed[0] - 1].text.toLowerCase())) continue;
        // "Hurricane Melissa slammed into Jamaica … Forecasters called Melissa": once a storm, the name alone is the storm.
        if (trimmed[1] - trimmed[0] === 1 && storms.has(tokens[trimmed[0]].text)) continue;
        // "US $ 4.2 billion", "22 billion US dollars": a place's name before a currency is part of the unit, no mention.
        if (type === "LOCATION" && beforeCurrency(tokens, trimmed[0], trimmed[1], tables)) continue;
        // A people's name on its own ("les Autrichiens", "the French") is a demonym, not a place or a person.
        if (trimmed[1] - trimmed[0] === 1 && isDemonym(words[trimmed[0]], tables)) continue;
        // "les départs de Noël", "before Christmas": a holiday after a preposition is a date ("Tariq Ramadan", "dit Noël" stay).
        if (trimmed[1] - trimmed[0] === 1 && trimmed[0] > 0 && tables.holidays.words.has(tokens[trimmed[0]].text) && tables.holidays.after.has(tokens[trimmed[0] - 1].text)) continue;
        // "les Lyonnaises et les Lyonnais": a one-word plural after a plural article is a people or a group, not a person.
        if (type === "PERSON" && trimmed[1] - trimmed[0] === 1 && trimmed[0] > 0 && tables.pluralArticles.has(tokens[trimmed[0] - 1].text) && /[sx]$/.test(tokens[trimmed[0]].text)) continue;
        // "the Dane said", "two Spaniards": one of a people, named by a noun of its own, is a description.
        if (trimmed[1] - trimmed[0] === 1 && isPeopleNoun(tokens, trimmed[0], tables)) continue;
        // "West Indian", "South African": a point of the compass and a people's name is that people's adjective, not a place.
        if (type === "LOCATION" && trimmed[1] - trimmed[0] === 2 && DIRECTION_WORDS.has(words[trimmed[0]].lower) && words[trimmed[1] - 1].cap && isDemonym(words[trimmed[1] - 1], tables) && listedAt(trimmed[0], "LOC") !== 2) continue;
        // "reach 36C", "97F", "a 5G network": a number and its unit are a measure, whatever the tagger said.
        if (trimmed[1] - trimmed[0] === 1 && isMeasure(tokens[trimmed[0]].text, tables.measureUnits)) continue;
        // "the 777X program", "50K": a name that opens with a digit is a product, a figure, a code or a station ("6PR"), never a person.
        if (type === "PERSON" && /^\d/.test(tokens[trimmed[0]].text)) continue;
        const s = tokens[trimmed[0]].start;
        const e = tokens[trimmed[1] - 1].end;
        // "Sept. 26", "Mardi 12": a span the date reader read as a date names no one.
        if (withinDate(dates, s, e)) continue;
        // "LONDON, Dec 7 (Reuters)": a month and a day the date reader left (no year) are a date too.
        if (isMonthAndDay(tokens, trimmed[0], trimmed[1])) continue;
        const surface = text.slice(s, e);
        if (type === "PERSON" && !titled && trimmed[1] - trimmed[0] === 1 && isPlaceNotName(words[trimmed[0]])) placeLike.add(s);
        let quoted = false;
        if (type === "PERSON") {
          hasQuotes ??= QUOTE_MARKS.test(text.slice(region.start, end));
          quoted = hasQuotes && QUOTE_MARKS.test(text.slice(Math.max(region.start, s - 120), Math.min(end, e + 120)));
        }
        // A listed place keeps its vote: "the Germany-based firm China-Africa Advisory" must not make every "China" a firm.
        const fixedByNoun = byNoun && type === "ORGANIZATION" && listedAt(trimmed[0], "LOC") === 0;
        const m = this.mention(s, e, type, surface, surface.replace(/\s+/g, " "), weight, seg, lead, quoted, fixedByNoun);
        mentions.push(m);
        mentionAt.set(s, m);
      }
      // "la rue de la République" the tagger left untagged: a street's noun and the name after it are a place; "le groupe
      // pétrolier Ostrum", an organisation's noun and the name after it, the organisation. The region's mentions do not
      // overlap one another, so one sweep in order tells which names they already cover.
      const streets = [...streetNames(tokens, tables)].map(([from, to]) => ({ from, to, type: "LOCATION" as const }));
      const bodies = [...namesAfterOrganisationNouns(tokens, words, tables, isFirstName)].map(([from, to]) => ({ from, to, type: "ORGANIZATION" as const }));
      const institutions = [...namesBeforeInstitutionHeads(tokens, tables)].map(([from, to]) => ({ from, to, type: "ORGANIZATION" as const }));
      const extra = [...bodies, ...institutions];
      const untagged = extra.length === 0 ? streets : [...streets, ...extra].sort((a, b) => a.from - b.from);
      const tagged = untagged.length ? mentions.slice(regionMentions).sort((a, b) => a.start - b.start) : [];
      let p = 0;
      let last = -1;
      for (const { from, to, type } of untagged) {
        const s = tokens[from].start;
        const e = tokens[to - 1].end;
        while (p < tagged.length && tagged[p].end <= s) p++;
        if (s < last || (p < tagged.length && tagged[p].start < e) || fixed.overlaps(s, e) || withinDate(dates, s, e)) continue;
        last = e;
        const surface = text.slice(s, e);
        const m = this.mention(s, e, type, surface, surface.replace(/\s+/g, " "), weight, seg, lead, false, type === "ORGANIZATION" && listedAt(from, "LOC") === 0);
        mentions.push(m);
        mentionAt.set(s, m);
      }
    }
    // A Title Case headline: its names are cut back to what the story below writes (title-case-headline.ts).
    const headlineWords = tokenized.find((t) => t.region.segment?.kind === "headline");
    if (headlineWords && lineCase(headlineWords.words) === 1) {
      for (const m of fitTitleCaseHeadline(text, headlineWords.region, mentions, evidence.lowerSeen, (w) => tables.functionWords.has(w) || tables.determiners.has(w))) if (mentionAt.get(m.start) === m) mentionAt.delete(m.start);
    }
    retypeMatchSides(doc, mentions, tables.match);
    addAcronyms(text, allTokens, mentions, mentionAt);
    const headline = segments?.find((s) => s.kind === "headline") ?? null;
    const within = (seg: Segment | null, pos: number) => seg !== null && pos >= seg.start && pos < seg.end;
    propagate(text, allTokens, mentions, tables, (pos) => ({ inHeadline: within(headline, pos), inLead: within(lead, pos) }));
    extendToKnownSurnames(doc, mentions, tables);
    const gazetteer = tables.features.gazetteer;
    const entities = buildEntities(mentions, {
      acronymStopWords: ACRONYM_STOP,
      complementWords: COMPLEMENT_WORDS,
      leadingArticles: nameWords.leadingArticles,
      isPlace: (name) => (gazetteer.classesOf(name) & PLACE) !== 0,
      isFirstName,
      companySuffixes: LEGAL_FORMS,
    });
    // "Texas Senator Ted Cruz", "Michigan was only doing…": a person the article only ever names by a
    // listed place's name, never after a title and never in full, is that place.
    for (const e of entities) if (e.type === "PERSON" && e.mentions.every((m) => placeLike.has(m.start))) e.type = "LOCATION";
    return entities;
  }

  private mention(
    start: number,
    end: number,
    type: Mention["type"],
    text: string,
    name: string,
    weight: number,
    seg: Segment | null,
    lead: Segment | null,
    quoted: boolean,
    fixedType: boolean,
  ): Mention {
    return { start, end, type, text, name, weight, inHeadline: seg?.kind === "headline", inLead: seg !== null && seg === lead, quoted, fixedType };
  }
}

/**
 * Character ranges of a region whose names the layout or the sport's forms fixed (results lines' sides, clubs):
 * the tagger's spans over them are dropped. A mask, so each check costs the span's length, not the count of ranges.
 */
class FixedSpans {
  private mask: Uint8Array | null = null;
  constructor(
    private readonly from: number,
    private readonly to: number,
  ) {}
  add(start: number, end: number): void {
    (this.mask ??= new Uint8Array(this.to - this.from)).fill(1, start - this.from, end - this.from);
  }
  overlaps(start: number, end: number): boolean {
    if (!this.mask) return false;
    for (let i = Math.max(start, this.from); i < Math.min(end, this.to); i++) if (this.mask[i - this.from]) return true;
    return false;
  }
}

/** The names the article gives a storm ("Storm Darragh", "la tempête Ciara"): one word after a storm noun. */
function stormNames(tokens: readonly Token[], tables: LanguageTables): ReadonlySet<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const next = tokens[i + 1];
    if (tables.stormWords.has(tokens[i].lower) && next.upper && next.kind === "word" && !(tokens[i + 2]?.upper && tokens[i + 2].kind === "word")) out.add(next.text);
  }
  return out;
}

/** Tokens [s, e) are a month's name and a day's number, in either order, with the month's stop ("Dec. 7", "7 déc."). */
function isMonthAndDay(tokens: Token[], s: number, e: number): boolean {
  let month = false;
  let day = false;
  for (let k = s; k < e; k++) {
    const t = tokens[k].text;
    if (t === ".") continue;
    if (!month && isMonthName(t)) month = true;
    else if (!day && /^\d{1,2}$/.test(t) && Number(t) >= 1 && Number(t) <= 31) day = true;
    else return false;
  }
  return month && day;
}

/** Does [start, end) lie inside one of the date mentions (sorted by start; they do not overlap)? */
function withinDate(dates: readonly { start: number; end: number }[], start: number, end: number): boolean {
  let lo = 0;
  let hi = dates.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid].start <= start) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 && dates[hi].end >= end;
}

/**
 * "Organisation de coopération économique (OCE)": the words before the
 * parenthesis whose initials make the acronym are one organisation (or place),
 * whatever the tagger said, and every use of the acronym is a mention of it.
 */
/** Tokens a name spans at most, for looking back from a definition to a mention that overlaps it. */
const MAX_NAME_TOKENS = 16;

function addAcronyms(text: string, tokens: Token[], mentions: Mention[], mentionAt: Map<number, Mention>): void {
  const defined = new Map<string, Mention>();
  /** Acronyms that name an organisation without spelling it: their mentions take the organisation's name. */
  const aliases = new Map<string, Mention>();
  /** Mentions by their end offset, built at the first acronym that needs it: one lookup per bracket, never a scan. */
  let byEnd: Map<number, Mention> | undefined;
  const removed = new Set<Mention>();
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i].text !== "(" || tokens[i + 2].text !== ")") continue;
    const written = tokens[i + 1].text;
    // "(OCHA)", and "(Insee)", "(Unesco)": French writes many acronyms with one capital; they spell the initials too.
    const acr = /^\p{Lu}[\p{Lu}\d&]{1,7}$/u.test(written) ? written : /^\p{Lu}\p{Ll}{2,6}$/u.test(written) ? written.toUpperCase() : "";
    if (!acr) continue;
    const from = definitionStart(tokens, i, acr);
    if (from < 0) {
      // "l'Initiative égyptienne pour les droits personnels (EIPR)": an acronym of the name in another language (English
      // here) does not spell its initials, but right after an organisation of two words or more it is that organisation.
      byEnd ??= new Map(mentions.map((m) => [m.end, m]));
      const named = byEnd.get(tokens[i - 1].end);
      if (written !== acr || !named || named.type !== "ORGANIZATION" || !/\s/.test(named.name)) continue;
      if (!defined.has(acr)) aliases.set(acr, named);
      continue;
    }
    const start = tokens[from].start;
    const end = tokens[i - 1].end;
    // The mentions the definition overlaps start at one of its words or a few before it ("UN Office for the Coordination
    // of Humanitarian Affairs (OCHA)"): looked up by start, not searched for.
    const inside: Mention[] = [];
    for (let k = Math.max(0, from - MAX_NAME_TOKENS); k < i; k++) {
      const m = mentionAt.get(tokens[k].start);
      if (m && !removed.has(m) && m.end > start && m.start < end) inside.push(m);
    }
    const type = inside.find((m) => m.type !== "PERSON")?.type ?? "ORGANIZATION";
    for (const m of inside) {
      removed.add(m);
      mentionAt.delete(m.start);
      if (byEnd?.get(m.end) === m) byEnd.delete(m.end);
    }
    const surface = text.slice(start, end);
    const base = inside[0];
    const full: Mention = { start, end, type, text: surface, name: surface.replace(/\s+/g, " "), weight: 1, inHeadline: base?.inHeadline ?? false, inLead: base?.inLead ?? false, quoted: false, fixedType: true };
    mentions.push(full);
    mentionAt.set(start, full);
    byEnd?.set(end, full);
    defined.set(written, full);
  }
  // Removed in one pass: a splice per definition made thousands of them quadratic.
  if (removed.size > 0) {
    let kept = 0;
    for (const m of mentions) if (!removed.has(m)) mentions[kept++] = m;
    mentions.length = kept;
  }
  for (const acr of defined.keys()) aliases.delete(acr);
  if (defined.size === 0 && aliases.size === 0) return;
  for (const t of tokens) {
    const alias = aliases.get(t.text);
    const full = defined.get(t.text) ?? alias;
    if (!full) continue;
    const name = alias ? alias.name : t.text;
    const existing = mentionAt.get(t.start);
    if (existing) {
      if (alias && existing.end !== t.end) continue;
      existing.type = full.type;
      existing.fixedType = true;
      if (alias) existing.name = name;
      continue;
    }
    const m: Mention = { start: t.start, end: t.end, type: full.type, text: t.text, name, weight: 1, inHeadline: false, inLead: false, quoted: false, fixedType: true };
    mentions.push(m);
    mentionAt.set(t.start, m);
  }
}

/** Index of the first word of the name that `acr` abbreviates, ending just before tokens[paren], or -1. */
function definitionStart(tokens: Token[], paren: number, acr: string): number {
  for (let from = paren - 1; from >= 0 && from >= paren - 12; from--) {
    const t = tokens[from];
    if (t.end > tokens[paren].start || /^[.!?;:«»"“”()]$/.test(t.text)) return -1;
    if (!/^\p{Lu}/u.test(t.text)) continue;
    const words = tokens.slice(from, paren).map((x) => x.text).join(" ");
    const initials = acronymOf(words, ACRONYM_STOP);
    if (initials === acr) return from;
    // "La France insoumise (LFI)": an article that the acronym spells is part of the name; checked before the
    // longer "Le leader de La France insoumise", whose initials spell the same letters without it.
    if (acronymWithArticle(words, ACRONYM_STOP, initials) === acr) return from;
    if (initials.length > acr.length) return -1;
  }
  return -1;
}

/**
 * "Marine Le Pen … Le Pen a promis": at a sentence's start a capitalised article says nothing by itself (opensSurname),
 * but when the article names the person in full with it, the article before the surname is the surname's.
 */
function extendToKnownSurnames(doc: Doc, mentions: Mention[], tables: LanguageTables): void {
  if (tables.surnameParticles.size === 0) return;
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.type !== "PERSON") continue;
    const words = m.text.split(/\s+/);
    for (let i = 1; i < words.length - 1; i++) if (tables.surnameParticles.has(words[i])) surnames.add(words.slice(i).join(" "));
  }
  if (surnames.size === 0) return;
  for (const m of mentions) {
    if (m.type !== "PERSON") continue;
    const k = doc.tokenAt(m.start);
    const before = doc.tokens[k].start === m.start && k > 0 ? doc.tokens[k - 1] : undefined;
    if (!before || !tables.surnameParticles.has(before.text) || before.end + 1 !== m.start) continue;
    const longer = `${before.text} ${m.text}`;
    if (!surnames.has(longer)) continue;
    m.start = before.start;
    m.text = doc.text.slice(m.start, m.end);
    m.name = longer;
  }
}

/**
 * The tagger misses some repeats of a person it found elsewhere (a surname alone
 * in a headline, a sentence-initial surname): the surnames of its persons are
 * mentions wherever they stand capitalised. Other repeats are left to the
 * tagger: propagating them cost precision on held-out English.
 */
function propagate(
  text: string,
  tokens: Token[],
  mentions: Mention[],
  tables: LanguageTables,
  place: (pos: number) => { inHeadline: boolean; inLead: boolean },
): void {
  if (mentions.length === 0) return;
  const covered = new Uint8Array(text.length + 1);
  // A person's surname, and every organisation's or place's whole name, by its first word:
  // the same string keeps its type in the whole article, also where the tagger missed it.
  const forms = new Map<string, { m: Mention; words: string[] }[]>();
  const add = (first: string, m: Mention, words: string[]) => {
    const list = forms.get(first);
    if (!list) forms.set(first, [{ m, words }]);
    else if (!list.some((f) => f.words.join(" ") === words.join(" "))) list.push({ m, words });
  };
  for (const m of mentions) {
    covered.fill(1, m.start, m.end);
    const words = m.text.split(/\s+/);
    if (m.type === "PERSON" && !m.fixedType && words.length > 1) {
      const last = words[words.length - 1];
      if (last.length > 2) add(last, m, [last]);
    } else if (m.type !== "PERSON" && words[0].length > 1 && words.length <= 6) add(words[0], m, words);
    // "the Philadelphia Phillies" … "The Phillies picked up": a club is then named by its nickname alone.
    if (m.type === "ORGANIZATION" && words.length > 1 && isClubNickname(words[words.length - 1], tables)) add(words[words.length - 1], m, [words[words.length - 1]]);
  }
  // "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT": in a line of capitals, a name is spelled in capitals too,
  // so it is looked up without case, by its lowercase first word (the table is built at the first such word).
  let formsByLower: Map<string, { m: Mention; words: string[] }[]> | undefined;
  const lowerForms = () => {
    const byLower = new Map<string, { m: Mention; words: string[] }[]>();
    for (const [first, list] of forms) {
      const key = first.toLowerCase();
      byLower.set(key, [...(byLower.get(key) ?? []), ...list]);
    }
    return byLower;
  };
  // Most words fail on their first letter, before any string is built.
  const capitals = (t: Token | undefined) => t !== undefined && t.upper && t.text !== t.lower && inCapitals(t.text);
  const inCapitalsLine = (i: number) => capitals(tokens[i]) && (capitals(tokens[i - 1]) || capitals(tokens[i + 1]) || capitals(tokens[i + 2]) || capitals(tokens[i - 2]));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered[t.start] || covered[t.end - 1]) continue;
    const caps = inCapitalsLine(i);
    const list = caps ? (formsByLower ??= lowerForms()).get(t.lower) : forms.get(t.text);
    if (!list || !/^\p{Lu}/u.test(t.text) || tables.functionWords.has(t.text.toLowerCase())) continue;
    // The longest listed name that the tokens from here spell out, none of them already covered.
    let best: { m: Mention; words: string[] } | undefined;
    for (const f of list) {
      if (best && f.words.length <= best.words.length) continue;
      let ok = i + f.words.length <= tokens.length;
      for (let j = 1; ok && j < f.words.length; j++) ok = (caps ? tokens[i + j].lower === f.words[j].toLowerCase() : tokens[i + j].text === f.words[j]) && !covered[tokens[i + j].start];
      if (ok) best = f;
    }
    if (!best) continue;
    // "US $ 4.2 billion": a place before a currency is part of the unit here too.
    if (best.m.type === "LOCATION" && beforeCurrency(tokens, i, i + best.words.length, tables)) continue;
    const end = tokens[i + best.words.length - 1].end;
    const surface = text.slice(t.start, end);
    // A name read in capitals is named as the running text spells it ("CHINA" is China).
    mentions.push({ ...best.m, start: t.start, end, text: surface, name: caps ? best.words.join(" ") : surface.replace(/\s+/g, " "), weight: 1, ...place(t.start), quoted: false, fixedType: false });
    covered.fill(1, t.start, end);
    i += best.words.length - 1;
  }
}

/** Is the place spanning tokens [start, end) part of a currency's name: "Hong Kong dollars", "US $", "U.S. $"? */
function beforeCurrency(tokens: readonly Token[], start: number, end: number, tables: LanguageTables): boolean {
  const next = tokens[end]?.lower ?? "";
  if (tables.currencyWords.has(next)) return true;
  if (next !== "$") return false;
  let code = "";
  for (let i = start; i < end; i++) code += tokens[i].text.replace(/\./g, "");
  return tables.currencyCodes.has(code);
}

/** Does pos open its line: nothing but a few spaces since the last line break or the text's start? */
function isLineStart(text: string, pos: number): boolean {
  let k = pos - 1;
  while (k >= 0 && pos - k <= 200 && (text[k] === " " || text[k] === "\t")) k--;
  return k < 0 || text[k] === "\n";
}

/**
 * Drops honorifics, determiners, punctuation, a sentence-initial function word
 * ("Car Moscou") and, for persons, titles and event nouns at a span's edges: "M. Poutine" -> "Poutine".
 */
/** Every language's one-word section labels ("URGENT", "BREAKING", "EXCLUSIF"), in capitals as lines print them. */
const SECTION_LABEL_WORDS = new Set(Object.values(ARTICLE_TABLES).flatMap((t) => (t.sectionLabels ?? []).filter((l) => !l.includes(" "))));

function trimSpan(tokens: Token[], start: number, end: number, tables: LanguageTables, person: boolean): [number, number] | null {
  let s = start;
  let e = end;
  for (;;) {
    if (s >= e) break;
    const t = tokens[s].text;
    const lower = t.toLowerCase();
    // A capitalised determiner stays in an organisation's or place's name ("Le Parisien", "Le Caire"), never in a person's.
    if (tables.honorifics.has(t) || tables.determiners.has(t) || (person && tables.determiners.has(lower)) || isPunct(t)) s++;
    // A lowercase common noun never opens a person's name: "L'avionneur Airbus" -> "Airbus" ("della Rovere" keeps its
    // particle). Organisations may: "ministère de l'Intérieur" (applied to them, 5-fold CV strict F1 on OrangeSum fell 0.02-0.03).
    else if (person && e - s > 1 && lower.length >= 4 && t === lower && /^\p{L}+$/u.test(t) && !NAME_PARTICLES.has(lower)) s++;
    else if (e - s > 1 && tokens[s].sentenceStart && tables.functionWords.has(lower)) s++;
    // "la société Tremix", "radio Vellune": the lowercase noun saying what kind of organisation follows is not its name.
    else if (e - s > 1 && t === lower && tables.organisationNouns.has(lower) && tokens[s + 1].text !== tokens[s + 1].lower) s++;
    // A storm's noun, whatever the type ("ouragan Irma" as an organisation): trimmed, so the storm rule drops the name.
    else if (e - s > 1 && tables.stormWords.has(lower)) s++;
    // Titles, and event nouns the tagger took in: "prix Lumière" is trimmed to "Lumière", which the event rule then drops.
    else if (person && e - s > 1 && (tables.titles.has(lower) || tables.eventWords.has(lower))) s++;
    // "URGENT - France", "EXCLUSIF : Renault": a wire or section label in capitals opens the line, not the name.
    else if (e - s > 1 && SECTION_LABEL_WORDS.has(t)) s++;
    else break;
  }
  while (e > s && (isPunct(tokens[e - 1].text) || tokens[e - 1].text === "'s" || tokens[e - 1].text === "’s")) {
    // "U . S ." in pre-tokenised text: the final stop belongs to the abbreviation.
    if (tokens[e - 1].text === "." && e - 2 > s && /^\p{Lu}$/u.test(tokens[e - 2].text)) break;
    e--;
  }
  if (s >= e) return null;
  if (!/\p{L}/u.test(tokens.slice(s, e).map((t) => t.text).join(""))) return null;
  return [s, e];
}

/**
 * "Le" in "Mme Le Pen", "selon Jean-Yves Le Drian", "a dit Le Maire": inside a sentence, a capitalised article right before
 * a person's capitalised name opens the surname. At a sentence's start the capital says nothing ("La Zambinella", "Le
 * Dauphin" in novels).
 */
/** A plural in a club nickname's word cluster ("phillies", "lakers"; language-tables.ts), from its lowercase form and cluster. */
function nicknameWord(lower: string, cluster: number, tables: LanguageTables): boolean {
  return lower.endsWith("s") && tables.clubNicknameClusters.has(cluster & 0xffff);
}

/** A capitalised club nickname in running text ("Phillies"). */
function isClubNickname(word: string, tables: LanguageTables): boolean {
  if (tables.clubNicknameClusters.size === 0 || !/^\p{Lu}\p{Ll}+s$/u.test(word)) return false;
  const lower = word.toLowerCase();
  return nicknameWord(lower, tables.features.clusters.get(hashString(lower)), tables);
}

/**
 * A listed place of all but the last word, then a capitalised plural of a club nickname's word cluster ("Phillies",
 * "Mariners", "Lakers"; language-tables.ts): a club. The cluster keeps out "South Carolina Republicans", "Gulf States".
 */
function isTownAndNickname(words: readonly WordInfo[], start: number, end: number, listedAt: (i: number, cls: "LOC" | "ORG") => number, tables: LanguageTables): boolean {
  const n = end - start;
  if (n < 2 || tables.clubNicknameClusters.size === 0 || listedAt(start, "LOC") !== n - 1) return false;
  const last = words[end - 1];
  return last.casing === 2 && nicknameWord(last.lower, last.cluster, tables);
}

function opensSurname(tokens: Token[], i: number, tables: LanguageTables): boolean {
  const next = tokens[i + 1];
  return i >= 0 && !tokens[i].sentenceStart && tables.surnameParticles.has(tokens[i].text) && next !== undefined && next.upper && next.start === tokens[i].end + 1;
}

/** Two letters, then a capitalised part of three or more: "LeBron", "DeMar", "LaToya" (not "WikiLeaks", "AskEllen", "PoMo"). */
const CAMEL_WORD = /^\p{Lu}\p{Ll}\p{Lu}\p{Ll}{2,}$/u;

/** A given name in two capitalised parts (CAMEL_WORD), one space before the next word of a name. */
function camelGivenName(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return i >= 0 && next !== undefined && next.start === tokens[i].end + 1 && CAMEL_WORD.test(tokens[i].text);
}

/** Gazetteer classes of the name from..to with the article its contracted preposition holds ("au Monde" → "le monde"), else 0. */
function namesWithArticle(tokens: readonly Token[], words: readonly WordInfo[], from: number, to: number, tables: LanguageTables): number {
  const article = tables.contractedArticles.get(tokens[from - 1].lower);
  if (article === undefined) return 0;
  let phrase = article;
  for (let k = from; k < to; k++) phrase += " " + words[k].lower;
  return tables.features.gazetteer.classesOf(phrase);
}

/** Does the text right before `at` end with one of `after` (lowercase, ’ read as '), a whole word first? */
function completesTitle(text: string, at: number, after: readonly string[]): boolean {
  if (after.length === 0) return false;
  const before = text.slice(Math.max(0, at - 24), at).toLowerCase().replace(/’/g, "'");
  return after.some((phrase) => before.endsWith(phrase) && !/\p{L}/u.test(before.charAt(before.length - phrase.length - 1)));
}

/** "place de la", "rue du", "boulevard": the index of a street's lowercase noun right before tokens[s] (and its link), else -1. */
function streetNounBefore(tokens: Token[], s: number, tables: LanguageTables): number {
  const k = nounBeforeLink(tokens, s, tables, false);
  const noun = tokens[k];
  if (noun === undefined || k >= s || noun.text !== noun.lower || !tables.streetNouns.nouns.has(noun.lower)) return -1;
  if (tables.streetNouns.bareLinkNot.has(noun.lower) && tables.streetNouns.bareLinks.has(tokens[s - 1].lower)) return -1;
  let before = k - 1;
  if (tokens[before] && tables.determiners.has(tokens[before].lower)) before--;
  return tokens[before] && tables.streetNouns.notAfter.has(tokens[before].lower) ? -1 : k;
}

/**
 * "rue de la République", "place Charles de Gaulle", "quai d'Orsay": [first, end) token ranges of a street's lowercase noun,
 * its link and the capitalised name after it (at most six more words, particles between capitalised ones included).
 */
function* streetNames(tokens: Token[], tables: LanguageTables): Generator<[number, number]> {
  if (tables.streetNouns.nouns.size === 0) return;
  for (let k = 0; k < tokens.length; k++) {
    if (!tables.streetNouns.nouns.has(tokens[k].text)) continue;
    let j = k + 1;
    if (tokens[j] && tables.placeComplement.links.has(tokens[j].lower) && !tokens[j].upper) {
      j++;
      if (tokens[j] && tables.determiners.has(tokens[j].lower) && !tokens[j].upper) j++;
    }
    if (!streetNameWord(tokens[j], tables) || streetNounBefore(tokens, j, tables) !== k) continue;
    let end = j + 1;
    while (end < tokens.length && end - j < 6) {
      const t = tokens[end];
      if (streetNameWord(t, tables) && t.start - tokens[end - 1].end <= 1) end++;
      else if (!t.upper && tables.placeComplement.links.has(t.lower) && streetNameWord(tokens[end + 1], tables)) end += 2;
      else break;
    }
    yield [k, end];
    k = end - 1;
  }
}

/**
 * "le groupe pétrolier Ostrum", "the airline Ryanair": capitalised words right after an organisation's noun (and the
 * sector's adjectives afterOrganisationNoun allows), up to four, as the tagger's spans are read there.
 */
function* namesAfterOrganisationNouns(tokens: Token[], words: readonly WordInfo[], tables: LanguageTables, isFirstName: (w: string) => boolean): Generator<[number, number]> {
  for (let j = 1; j < tokens.length; j++) {
    const t = tokens[j];
    // Cheap tests first: this runs on every word of every article, and few follow an organisation's noun.
    if (!t.upper || t.sentenceStart || tokens[j - 1].upper || !afterOrganisationNoun(tokens, words, j, tables, isFirstName)) continue;
    // Not a new sentence's first word ("… the party. Campaign"), a weekday ("the company Tuesday said"), a people's name
    // ("the party Americans …") or a listed common word ("le site Internet").
    if (!streetNameWord(t, tables) || isDateWord(t.text) || isDemonym(words[j], tables) || tables.organisationNounNotNames.has(t.text)) continue;
    let end = j + 1;
    while (end < tokens.length && end - j < 4 && streetNameWord(tokens[end], tables) && tokens[end].start - tokens[end - 1].end <= 1) end++;
    yield [j, end];
    j = end - 1;
  }
}

/**
 * "Queen Elizabeth Hospital", "the Royal Infirmary": capitalised words (up to four) right before an institution's
 * capitalised head noun, as the tagger's spans are read there, stopping at a date's word ("Mayo" is a month to the date
 * reader). English only: the tables of other languages have no heads.
 */
function* namesBeforeInstitutionHeads(tokens: Token[], tables: LanguageTables): Generator<[number, number]> {
  if (tables.institutionHeads.nouns.size === 0) return;
  for (let j = 1; j < tokens.length; j++) {
    const t = tokens[j];
    if (!t.upper || t.sentenceStart || !tables.institutionHeads.nouns.has(t.lower) || !streetNameWord(t, tables)) continue;
    let from = j;
    while (from > 0 && j - from < 4 && streetNameWord(tokens[from - 1], tables) && !isDateWord(tokens[from - 1].text) && tokens[from].start - tokens[from - 1].end <= 1) {
      from--;
      if (tokens[from].sentenceStart) break;
    }
    if (from < j) yield [from, j + 1];
  }
}

/** A word of a street's name: capitalised, two letters or more, not a capitalised function word ("Il") nor a run of capitals (a heading). */
function streetNameWord(t: Token | undefined, tables: LanguageTables): boolean {
  return t !== undefined && t.kind === "word" && t.upper && /\p{L}{2}/u.test(t.text) && t.text !== t.text.toUpperCase() && !tables.features.functionWords.has(t.lower);
}

/** "préfecture du", "mairie de la", "city of": an administration's lowercase noun and its link right before tokens[s]. */
function afterPlaceComplement(tokens: Token[], s: number, tables: LanguageTables): boolean {
  const noun = tokens[nounBeforeLink(tokens, s, tables, true)];
  return noun !== undefined && noun.text === noun.lower && tables.placeComplement.nouns.has(noun.lower);
}

/** "musée d'", "gare de": a building's or site's lowercase noun and its link right before tokens[s]. */
function afterFacilityNoun(tokens: Token[], s: number, tables: LanguageTables): boolean {
  const noun = tokens[nounBeforeLink(tokens, s, tables, true)];
  return noun !== undefined && noun.text === noun.lower && tables.facilityNouns.has(noun.lower);
}

/**
 * The index of the word before tokens[s] and the link that joins them ("préfecture | du", "place | de la"; the link's
 * determiner skipped), or right before s when there is no link and none is required; -1 when one is required and missing.
 */
function nounBeforeLink(tokens: Token[], s: number, tables: LanguageTables, linkRequired: boolean): number {
  let k = s - 1;
  if (tokens[k] && tables.determiners.has(tokens[k].lower) && tokens[k - 1] && tables.placeComplement.links.has(tokens[k - 1].lower)) k--;
  if (tokens[k] && tables.placeComplement.links.has(tokens[k].lower)) return k - 1;
  return linkRequired ? -1 : k;
}

/**
 * "le groupe X", "the airline X": a lowercase organisation noun right before s. Not before a first name ("publisher Ron Unz",
 * "le fabricant Henri"), and not across another word ("party chair Gwede Mantashe", "a company outside Washington").
 */
function afterOrganisationNoun(tokens: Token[], words: readonly WordInfo[], s: number, tables: LanguageTables, isFirstName: (w: string) => boolean): boolean {
  let k = s - 1;
  // "la revue The Lancet": a title's own capitalised article, which the tagger often leaves out of the name.
  if (k > 0 && tokens[k].upper && LEADING_ARTICLES.has(tokens[k].lower)) k--;
  // "le constructeur automobile allemand X", "le laboratoire pharmaceutique X": lowercase nationalities and listed sector
  // adjectives may stand between (never a capitalised word, which opens the name: "the company British Airways").
  const skipAdjectives = (from: number) => {
    let j = from;
    for (let skipped = 0; skipped < 3 && j > 0 && tokens[j].text === tokens[j].lower && !tables.organisationNouns.has(tokens[j].text) && (isDemonym(words[j], tables) || tables.organisationAdjectives.has(tokens[j].lower)); skipped++) j--;
    return j;
  };
  k = skipAdjectives(k);
  // "la start-up française d'intelligence artificielle X": the adjectives may stand before the trade complement too.
  if (!tables.organisationNouns.has(tokens[k]?.text ?? "")) {
    const noun = beforeTradeComplement(tokens, k, tables);
    if (noun !== k) k = skipAdjectives(noun);
  }
  const prev = tokens[k];
  const qualified = prev !== undefined && k < s - 1 && tables.organisationNounsQualified.has(prev.text);
  // Listed as written: lowercase nouns, and acronyms in capitals ("l'ONG X"); "Regulator Ofwat said" opening a sentence.
  if (prev === undefined || !(tables.organisationNouns.has(prev.text) || qualified || opensSentenceAsKind(tokens, k, tables)) || isFirstName(tokens[s].lower)) return false;
  return !(k > 0 && tables.organisationNounNotAfter.has(tokens[k - 1].lower));
}

/**
 * "fabricant | de pneumatiques", "chaîne | d'information", "géant | de la distribution": the index of the word before a
 * trade complement (a listed link, maybe a determiner, one or two lowercase content words) ending at k, else k unchanged.
 */
function beforeTradeComplement(tokens: Token[], k: number, tables: LanguageTables): number {
  if (tables.organisationNounLinks.size === 0) return k;
  let j = k;
  // Content words only: "constructeur de bateaux à Samois" has a preposition before the name, which is then a place.
  while (j > k - 2 && j > 0 && isLowercaseWord(tokens[j]) && !tables.functionWords.has(tokens[j].lower) && !tables.organisationNounLinks.has(tokens[j].lower) && !tables.determiners.has(tokens[j].lower)) j--;
  if (j === k) return k;
  if (!tables.organisationNounLinks.has(tokens[j].lower) && tables.determiners.has(tokens[j].lower) && j > 0) j--;
  return tables.organisationNounLinks.has(tokens[j].lower) && j > 0 ? j - 1 : k;
}

/** A word in lowercase letters ("pneumatiques", "d'information" split as "information"), not a number or a sign. */
function isLowercaseWord(t: Token): boolean {
  return t.text === t.lower && /^\p{Ll}/u.test(t.text);
}

/** "Carmaker" in "Carmaker Toyota said": a listed organisation noun, capitalised as it opens the sentence at token k. */
function opensSentenceAsKind(tokens: Token[], k: number, tables: LanguageTables): boolean {
  return (k === 0 || tokens[k].sentenceStart) && tables.organisationNounsOpening.has(tokens[k].text);
}

/** "analysts at X", "an economist at the X", "analyste chez X": an occupation, its preposition, maybe a determiner, then s. */
function afterEmployerCue(tokens: Token[], s: number, tables: LanguageTables): boolean {
  let k = s - 1;
  if (k >= 0 && tables.determiners.has(tokens[k].lower)) k--;
  if (k < 1 || !tables.employerCues.prepositions.has(tokens[k].lower)) return false;
  return tables.employerCues.nouns.has(tokens[k - 1].lower);
}

/** A title written in lowercase ("ministre", "spokesman"): a name never ends on one, and a word right before one qualifies it. */
function lowercaseTitle(t: Token | undefined, tables: LanguageTables): boolean {
  return t !== undefined && t.text === t.text.toLowerCase() && tables.titles.has(t.text);
}

/** The index of a person-origin link ("of") inside [s, e) after at least two name words, else -1. */
function originLink(words: readonly WordInfo[], s: number, e: number, tables: LanguageTables): number {
  for (let k = s + 2; k < e - 1; k++) if (tables.personOrigin.links.has(words[k].lower)) return k;
  return -1;
}

/** Saints' abbreviations are honorifics before a name, but open places' names too ("St. Louis", "Ste-Foy"). */
const SAINT_FORMS = new Set(["st", "st.", "ste", "ste."]);

/**
 * The token after an honorific that sits inside [s, e) with a capitalised word after it, else s. Only after a whole
 * word ("Kentucky Sen.", "Republican Rep."): after initials "J. M. Dauguet" is a name, and in "Fondation Abbé Pierre"
 * an organisation's word opens the name.
 */
function afterInnerHonorific(tokens: Token[], words: readonly WordInfo[], s: number, e: number, tables: LanguageTables): number {
  for (let h = s + 1; h < e - 1; h++) {
    const t = tokens[h].text;
    if (!tables.honorifics.has(t) || SAINT_FORMS.has(t.toLowerCase()) || !/^\p{Lu}/u.test(tokens[h + 1].text)) continue;
    if (!/^\p{L}{3,}$/u.test(tokens[h - 1].text)) return s;
    for (let k = s; k < h; k++) if ((words[k].cls & CLS_ORG) !== 0) return s;
    return h + 1;
  }
  return s;
}

/** An acronym as parties and unions write it: "LR", "LFI", "EELV", "CGT". */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** A party's or a body's acronym after a title ("UDI", "LFI", "LREM"); longer words in capitals are more often surnames. */
const SHORT_ACRONYM = /^\p{Lu}{2,4}$/u;
/** An acronym, a hyphen and one capitalised word in lowercase letters: "SUD-Rail", not "RT-PCR" nor "SARS-CoV". */
const ACRONYM_COMPOUND = /^\p{Lu}{2,5}-\p{Lu}\p{Ll}+$/u;

/** "le président ouzbek Chavkat Mirzioïev": a title, maybe a nationality, then a name is a person. */
function afterTitle(tokens: Token[], s: number, tables: LanguageTables): boolean {
  const prev = tokens[s - 1];
  if (!prev) return false;
  const lower = prev.text.toLowerCase();
  if (tables.titles.has(lower) || tables.honorifics.has(prev.text)) return true;
  // A lowercase adjective between them (nationality, "nouveau", …), but not "de" as in "le président de Renault".
  const prev2 = tokens[s - 2];
  return (
    prev2 !== undefined &&
    lower === prev.text &&
    /^\p{L}{3,}$/u.test(lower) &&
    !tables.functionWords.has(lower) &&
    !tables.determiners.has(lower) &&
    tables.titles.has(prev2.text.toLowerCase())
  );
}

// Gazetteer class bits, as classesOf() and a WordInfo's gaz >> 4 give them.
const PLACE = 1 << GAZ_CLASSES.indexOf("LOC");
const ORG = 1 << GAZ_CLASSES.indexOf("ORG");
const FIRST = 1 << GAZ_CLASSES.indexOf("FIRST");
const NAME = FIRST | (1 << GAZ_CLASSES.indexOf("LAST"));
/** A people's name: a demonym ("Autrichien") or a language, which often names its people too ("Yoruba", "Kurde"). */
const PEOPLE = (1 << GAZ_CLASSES.indexOf("DEMONYM")) | (1 << GAZ_CLASSES.indexOf("LANGUAGE"));

/** Listed as a place and in neither the first-name nor the surname list ("Texas", but not "Jordan" or "Virginia"). */
const isPlaceNotName = (word: WordInfo) => ((word.gaz >> 4) & (PLACE | NAME)) === PLACE;

/** ", 52 ans", ", 45,": a comma, a person's age (1 to 119), then its unit word, or a comma where the language writes it bare. */
function ageInApposition(tokens: readonly Token[], k: number, tables: LanguageTables): boolean {
  if (tokens[k]?.text !== "," || !/^\d{1,3}$/.test(tokens[k + 1]?.text ?? "")) return false;
  const age = Number(tokens[k + 1].text);
  const next = tokens[k + 2]?.text ?? "";
  return age >= 1 && age < 120 && (tables.ageApposition.units.has(next.toLowerCase()) || (tables.ageApposition.bare && next === ","));
}

/** "the Spaniard", "Danes", "Frenchmen": a people's noun after a determiner, or in the plural ("Finn Russell" is a name). */
function isPeopleNoun(tokens: readonly Token[], k: number, tables: LanguageTables): boolean {
  const word = tokens[k].text;
  if (tables.peopleNouns.has(word)) return k > 0 && tables.determiners.has(tokens[k - 1].text.toLowerCase());
  return tables.peopleNouns.has(word.replace(/men$/, "man")) || (word.endsWith("s") && tables.peopleNouns.has(word.slice(0, -1)));
}

/** A listed demonym or language, or its plural, that is not also a place's name ("Suisse" is both). */
function isDemonym(word: WordInfo, tables: LanguageTables): boolean {
  // firstInfo's high bits are the classes of the word on its own: one map lookup, no phrase tokenizing.
  const classes = word.gaz >> 4;
  if (classes & PLACE) return false;
  if (classes & PEOPLE) return true;
  const lower = word.lower;
  if (!/[sx]$/.test(lower)) return false;
  const singular = tables.features.gazetteer.firstInfo(lower.slice(0, -1)) >> 4;
  return (singular & PEOPLE) !== 0 && (singular & PLACE) === 0;
}

/**
 * A place's name may hold lowercase function words ("Gulf of Mexico") and place nouns ("Nile basin"),
 * but a lowercase content word between two capitalised ones is a clause: "Lisbon opens Europe" is two places.
 */
function splitPlacesAtVerbs<T extends { start: number; end: number; type: string }>(spans: T[], words: readonly WordInfo[], tables: LanguageTables): T[] {
  const out: T[] = [];
  for (const s of spans) {
    let from = s.start;
    if (s.type === "LOC") {
      for (let k = s.start + 1; k + 1 < s.end; k++) {
        if (!words[k - 1].cap || !words[k + 1].cap || !isContentWord(words[k], tables)) continue;
        out.push({ ...s, start: from, end: k });
        from = k + 1;
      }
    }
    out.push(from === s.start ? s : { ...s, start: from });
  }
  return out;
}

/**
 * A name never runs over a sentence's end: "…, said Mary Simon. Konkani and Ilocano speakers asked" is "Mary Simon".
 * What follows the end is dropped: kept as a name of the span's type, it was more often wrong than right (5-fold CV on
 * the English sets, docs/accuracy.md). Not after an initial or a short abbreviation ("George W . Bush", "Washington
 * D . C .", "St . Louis" in pre-tokenised text, where the sentence splitter may see an end).
 */
function cutAtSentenceEnds<T extends { start: number; end: number }>(spans: T[], tokens: readonly Token[]): T[] {
  return spans.map((s) => {
    for (let k = s.start + 1; k + 1 < s.end; k++) {
      const before = tokens[k - 1].text;
      if (tokens[k + 1].sentenceStart && TERMINALS.has(tokens[k].text) && endsName(before)) return { ...s, end: k };
    }
    return s;
  });
}

/** A word a sentence can end on: a lowercase-bearing word of 3+ letters, or an acronym of 2+ capitals ("sur RTL. Interrogé"). */
function endsName(word: string): boolean {
  return (word.length >= 3 && /\p{Ll}/u.test(word)) || /^\p{Lu}{2,}$/u.test(word);
}

function isContentWord(w: WordInfo, tables: LanguageTables): boolean {
  const lower = w.lower;
  return !w.cap && /^\p{Ll}{4,}$/u.test(lower) && !tables.functionWords.has(lower) && !tables.determiners.has(lower) && !tables.features.locWords.has(lower);
}

/**
 * Two person spans with no token between them are one name the tagger split
 * ("Recep Tayyip" + "Erdogan"): news separates two people by a comma or a word.
 */
function joinAdjacentPersons<T extends { start: number; end: number; type: string }>(spans: T[], words: readonly WordInfo[]): T[] {
  // spansOfTags returns fresh objects: extending one in place is safe.
  const out: T[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.type === "PER" && s.type === "PER" && prev.end === s.start) prev.end = s.end;
    // "Institut Lumière", "Lycée Victor Hugo", "Fondation Abbé Pierre": an organisation word and the name right after it are one
    // organisation. Not after a longer name ending on one: "the Food Security Committee Abdulrahman Al-Fadhli" is its chairman.
    else if (prev && prev.type === "ORG" && s.type === "PER" && prev.end === s.start && prev.end - prev.start === 1 && (words[prev.end - 1].cls & CLS_ORG) !== 0) prev.end = s.end;
    else out.push(s);
  }
  return out;
}

const isPunct = (t: string) => /^[\p{P}\p{S}]+$/u.test(t) && t !== "&";

const NUMBER_AND_UNIT = /^\d+(?:[.,]\d+)?(\D.*)$/u;

/** "36C", "38.7C", "10km": a number with a listed unit glued to it. */
function isMeasure(word: string, units: ReadonlySet<string>): boolean {
  const m = NUMBER_AND_UNIT.exec(word);
  return m !== null && units.has(m[1]);
}
