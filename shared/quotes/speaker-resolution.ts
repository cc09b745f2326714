/**
 * Turns a speaker mention (name, pronoun, description) into the canonical name of a person or
 * organisation: the entity stage's name when it knows the mention, else the fullest name in the text
 * with the same last word ("M. Poutine" -> "Vladimir Poutine").
 */
import type { Entity } from "../summary";
import type { Mention } from "./attribution";
import { foldName, honorificKey, type NameSpan } from "./name-spans";
import { type Gender, isPersonHead, organisationKindOf, type OrganisationHeadKind, type QuoteLanguage } from "./quote-language";
import type { Token } from "../doc/tokenize";
import { isWireAgency } from "../lang/article-tables";
import { officeAt } from "./offices";


export interface SpeakerEvent {
  pos: number;
  name: string;
  gender: Gender;
  /** Organisations and places speak too, but are never il/elle/he/she. */
  person: boolean;
  /** Where the attributed quote or its cue ends: a person introduced after it takes over. */
  after: number;
}

export interface AntecedentCandidate {
  /** Canonical name. */
  name: string;
  /** Offset of its nearest mention. */
  at: number;
  /** Mentions among the persons looked at. */
  count: number;
  gender: Gender;
  /** Its nearest mention is in subject position. */
  subject: boolean;
  /** Description heads the article introduced it with. */
  heads: ReadonlySet<string>;
  /** Named after the pronoun or description (cataphora). */
  after: boolean;
  /** Sentence ends between its mention and the pronoun or description (capped at 3). */
  sentences: number;
  /** The person the article names most often: its protagonist, whom an untold description often means. */
  top?: boolean;
}
const EMPTY: ReadonlySet<string> = new Set();
/** How an office stands among a person's introduction heads: apart from any noun. */
export const officeKey = (office: string, qualifier?: string): string => (qualifier ? `office:${office}:${qualifier}` : `office:${office}`);

/** The candidate was introduced with the description's head noun, or with a phrase of the office it names. */
export function introducedAs(a: AntecedentCandidate, head: string | undefined, office: string | null): boolean {
  return (head !== undefined && a.heads.has(head)) || (office !== null && a.heads.has(officeKey(office)));
}

/** A person named outside quotes, in text order: subject when a verb, clitic or apposition follows the name. */
interface PersonMention {
  pos: number;
  key: string;
  name: NameSpan;
  subject: boolean;
  /** In apposition to an agent's description ("Interrogé par le président de la cour, Christophe Petiteau, il …"). */
  agent: boolean;
}

/** The person an article names most often, how often, and where first (a persons entry). */
interface Protagonist {
  name: string;
  count: number;
  first: { pos: number; key: string; subject: boolean };
}

/** How far back (characters) the last speaker is preferred over a nearer person mention. */
const SPEAKER_WINDOW = 400;
/** How far the last speaker goes on when no other person is named after its quote (a long quote in between). */
const SPEAKER_RUN = 1500;
/** Candidates examined per pronoun: keeps resolution linear on pathological input. */
const MAX_LOOKBACK = 60;
/** Words between "et"/"and" and a joint speaker's second name: its article and title ("et la chancelière"). */
const MAX_TITLE_BETWEEN = 3;
/** Tokens read back from a generic institution noun ("l'institution") for the institution the text described. */
const MAX_DESCRIPTION_REACH = 300;
/** How far (characters) before a speaker mention an entity mention that overlaps it may start. */
const MAX_ENTITY_REACH = 200;
/** Names counted back from a description to find the article's main person. */
const SALIENCE_LOOKBACK = 300;
const compatible = (a: Gender, b: Gender) => a === "x" || b === "x" || a === b;
/** Folded last word of a name, the key surnames fold on ("Jean-Luc Mélenchon" -> "melenchon"). */
function lastWordKey(name: string): string {
  const space = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f;
  let end = name.length;
  while (end > 0 && space(name.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !space(name.charCodeAt(start - 1))) start--;
  return foldName(name.slice(start, end));
}
const isAllCaps = (s: string) => s.length > 1 && s === s.toUpperCase();

export class SpeakerResolver {
  private readonly byKey = new Map<string, NameSpan[]>();
  private readonly genderByKey = new Map<string, Gender>();
  private readonly honorificKeys = new Set<string>();
  /** Nouns some honorific describes its bearer with (QuoteLanguage.honorificHeads), all honorifics together. */
  private readonly honorificNouns: ReadonlySet<string>;
  /** Names seen inside the marks of a title ("The Voice") or called an institution ("la société Lunor"): not persons. */
  private readonly titles = new Set<string>();
  private readonly appositions = new Map<string, Array<{ pos: number; name: NameSpan; modifiers: string[]; complement: Entity | null }>>();
  /** Where a person's description head brought someone in unnamed ("a senior administration official", "un proche de X"), in text order. */
  private readonly unnamedInOrder: Array<{ at: number; head: string; governed: boolean }> = [];
  private readonly entityByOffset = new Map<number, Entity>();
  /** Entity mentions sorted by start, for overlap lookups. */
  private readonly entityMentions: Array<{ start: number; end: number; entity: Entity }> = [];
  private readonly personEntityByKey = new Map<string, Entity>();
  private readonly entityTypeByKey = new Map<string, string>();
  /** Persons that may be pronoun antecedents, in text order. */
  private readonly persons: PersonMention[] = [];
  private readonly canonicalCache = new Map<string, string>();
  /** Joint speakers this resolver built ("Tomas Varga et Ilse Brenner"), with each person's canonical name. */
  private readonly pairs = new Map<string, string[]>();
  private readonly personCache = new Map<NameSpan, boolean>();
  /** Speakers resolved so far, in text order. */
  readonly history: SpeakerEvent[] = [];

  constructor(
    private readonly names: NameSpan[],
    entities: Entity[],
    private readonly lang: QuoteLanguage,
    private readonly tokens: Token[],
    private readonly insideQuote: (offset: number) => boolean = () => false,
    inTitle: (n: NameSpan) => boolean = () => false,
    /** Sentence ends outside quotes between two offsets (capped by the caller's index). */
    private readonly sentencesBetween: (from: number, to: number) => number = () => 0,
    /** Where the headline ends (headlineEndOf): a mention before it may stand for someone the text below names. */
    private readonly headlineEnd = 0,
  ) {
    this.honorificNouns = new Set([...lang.honorificHeads.values()].flat());
    for (const e of entities) {
      const key = lastWordKey(e.name);
      if (e.type === "PERSON" && !this.personEntityByKey.has(key)) this.personEntityByKey.set(key, e);
      for (const m of e.mentions) {
        this.entityByOffset.set(m.start, e);
        this.entityMentions.push({ start: m.start, end: m.end, entity: e });
        const mk = lastWordKey(m.text);
        if (!this.entityTypeByKey.has(mk)) this.entityTypeByKey.set(mk, e.type);
        if (e.type === "PERSON" && !this.personEntityByKey.has(mk)) this.personEntityByKey.set(mk, e);
      }
    }
    this.entityMentions.sort((a, b) => a.start - b.start);
    for (const n of names) {
      if (inTitle(n)) this.titles.add(n.key);
      // "la société Lunor", "the company Acme", "la capsule Crew Dragon": a name the text itself calls an institution or a thing.
      const before = tokens[n.first - 1];
      // ("l'opposition Rosa Villanueva": a given name and a surname, or a person's name as the entity stage has it, are a
      // person's after a group's noun too.)
      const person = () => n.last > n.first && (lang.firstNames.has(foldName(tokens[n.first].lower)) || this.entityFor(n)?.type === "PERSON");
      if (before && before.kind === "word" && (lang.thingNouns.has(before.lower) || (lang.organisationHeads.has(before.lower) && !person()))) this.titles.add(n.key);
    }
    for (const n of names) {
      let list = this.byKey.get(n.key);
      if (!list) this.byKey.set(n.key, (list = []));
      list.push(n);
      if (n.honorific) this.honorificKeys.add(n.key);
      if (n.gender !== "x" && n.gender !== "p") this.genderByKey.set(n.key, n.gender);
    }
    this.learnGivenNameGenders(tokens);
    const personEnds = new Set(names.filter((n) => this.isPerson(n)).map((n) => n.last));
    for (const n of names) if (!n.governed && this.isPerson(n)) this.rememberDescription(n, tokens, personEnds);
    this.rememberUnnamed(tokens);
    for (const n of names) if (this.isPerson(n)) this.rememberDemonym(n, tokens);
    // Names inside someone's words are what they talk about, not who speaks next.
    for (const n of names) {
      if ((n.governed && !this.introduced(n, tokens)) || insideQuote(n.start) || !this.isPerson(n)) continue;
      const agent = this.apposedToAgent(n, tokens);
      this.persons.push({ pos: n.start, key: n.key, name: n, subject: !agent && this.subjectLike(n, tokens), agent });
    }
  }

  /** The people's name each person was introduced with ("l'Espagnol Carlos Alcaraz"), by name key. */
  private readonly demonymByKey = new Map<string, string>();

  /**
   * "l'Espagnol Carlos Alcaraz", "la Britannique Emma Holt": a capitalised word between a lowercase article and a person's
   * name, which no entity covers, is the people the person belongs to.
   */
  private rememberDemonym(n: NameSpan, tokens: Token[]): void {
    const word = tokens[n.first - 1];
    const article = tokens[n.first - 2];
    if (!word || !article || word.kind !== "word" || !word.upper || word.text.length < 4 || word.text.slice(1) !== word.text.slice(1).toLowerCase()) return;
    if (article.kind !== "word" || article.upper || !this.lang.articles.has(article.lower) || this.lang.descriptionHeads.has(word.lower) || this.entityFor(word)) return;
    if (!this.demonymByKey.has(n.key)) this.demonymByKey.set(n.key, word.lower);
  }

  /**
   * "a reconnu le Français": the person last introduced with that people's name, before the mention or just after it in
   * its paragraph; else, when the person named nearest was introduced with another people's name ("l'Espagnol Carlos
   * Alcaraz" is no "Français"), the latest person named who was not. Undefined: the usual resolution applies.
   */
  private demonymHolder(m: Mention): string | null | undefined {
    const head = m.head!;
    const hi = this.lastPersonBefore(m.start);
    for (let i = hi; i >= 0 && hi - i < MAX_LOOKBACK; i--) if (this.demonymByKey.get(this.persons[i].key) === head) return this.canonical(this.persons[i].name);
    const next = this.persons[hi + 1];
    if (next && this.demonymByKey.get(next.key) === head && this.looksAheadTo(m.start, next.pos)) return this.canonical(next.name);
    const other = (key: string) => this.demonymByKey.has(key) && this.demonymByKey.get(key) !== head;
    const near = this.findAntecedent(m.start, m.gender);
    if (!near || !other(lastWordKey(near.name))) return undefined;
    for (let i = hi; i >= 0 && hi - i < MAX_LOOKBACK; i--) {
      const p = this.persons[i];
      if (!other(p.key) && compatible(this.genderOf(p.key), m.gender)) return this.canonical(p.name);
    }
    return null;
  }

  /**
   * "A senior administration official, who spoke on condition of anonymity": an indefinite person's description with no
   * name beside it ("a lawyer, Jane Okafor", "Brian Fallon, a spokesman") and not a predicate ("she is a black woman").
   */
  private rememberUnnamed(tokens: Token[]): void {
    const lang = this.lang;
    for (let k = 0; k < tokens.length; k++) {
      if (tokens[k].kind !== "word" || !lang.indefiniteArticles.has(tokens[k].lower) || this.insideQuote(tokens[k].start)) continue;
      const before = tokens[k - 1];
      // After a name and its comma ("Brian Fallon, a spokesman"), its age between commas too ("Jimmy Ghazal, 39, a Lebanese man").
      const aged = before?.text === "," && /^\d+$/.test(tokens[k - 2]?.text ?? "") && tokens[k - 3]?.text === ",";
      // Not after a place or an organisation the entity stage found: "At Leeds General Infirmary, a nurse … said" is unnamed.
      const nameBefore = tokens[aged ? k - 4 : k - 2];
      const apposed = before?.text === "," && nameBefore?.upper === true && (this.entityFor(nameBefore)?.type ?? "PERSON") === "PERSON";
      if (before && (lang.predicateOpeners.has(before.lower) || apposed)) continue;
      // The head among the modifiers after the article: "a senior administration official", "a senior Ukrainian official",
      // "a White House official"; not "a question for the president". A head is lowercase; capitalised words only modify it.
      for (let j = k + 1; j <= k + 4 && j < tokens.length && tokens[j].kind === "word"; j++) {
        if (lang.prepositions.has(tokens[j].lower) || lang.articles.has(tokens[j].lower)) break;
        if (tokens[j].upper || !lang.descriptionHeads.has(tokens[j].lower)) continue;
        // "un ancien adjoint écologiste": the noun after a head that also qualifies ("ancien", "jeune") is the head.
        if (tokens[j + 1]?.kind === "word" && !tokens[j + 1].upper && lang.descriptionHeads.has(tokens[j + 1].lower)) j++;
        const next = tokens[j + 1];
        const named = next !== undefined && (next.upper || (next.text === "," && tokens[j + 2]?.upper === true));
        if (!named && isPersonHead(tokens[j].lower, lang)) {
          // (Governed by a preposition or a verb: "avait décrit un homme « impulsif »" brings in no one who speaks.)
          const governed = before !== undefined && before.kind === "word" && (lang.prepositions.has(before.lower) || lang.verbForms.has(before.lower) || lang.auxiliaries.has(before.lower));
          this.unnamedInOrder.push({ at: tokens[j].start, head: tokens[j].lower, governed });
        }
        break;
      }
    }
  }

  /**
   * Was someone brought in unnamed with this head before pos, with no one named since: neither with that head, nor a
   * person the text names for the first time ("un médecin de l'hôpital … Le Dr Philippe Siou", who is that doctor)?
   */
  private unnamedSince(head: string, pos: number): boolean {
    // Binary searches and bounded walks: called once per pronoun and description, so never a scan of the article.
    const ui = lastIndexBefore(this.unnamedInOrder, pos, (u) => u.at);
    let last = -1;
    for (let i = ui; i >= 0 && ui - i < MAX_LOOKBACK && last < 0; i--) if (this.unnamedInOrder[i].head === head) last = this.unnamedInOrder[i].at;
    if (last < 0) return false;
    const apposed = this.appositions.get(head) ?? [];
    const ai = lastIndexBefore(apposed, pos, (a) => a.pos);
    if (ai >= 0 && apposed[ai].pos > last) return false;
    const firstSeen = this.firstPersonPositions();
    const hi = this.lastPersonBefore(pos);
    for (let i = hi; i >= 0 && hi - i < MAX_LOOKBACK && this.persons[i].pos > last; i--) if (firstSeen.get(this.persons[i].key)! > last) return false;
    return true;
  }

  /**
   * The latest unnamed introduction before pos, in its sentence or the one before, whose head tells this gender; else -1.
   * `subject`: only one not governed by a preposition ("la mort d'un homme" brings in nobody who speaks next).
   */
  private unnamedIntroBefore(pos: number, gender: Gender, subject = false): number {
    const hi = lastIndexBefore(this.unnamedInOrder, pos, (u) => u.at);
    for (let i = hi; i >= 0 && hi - i < MAX_LOOKBACK; i--) {
      const u = this.unnamedInOrder[i];
      if (this.sentencesBetween(u.at, pos) > 1) break;
      if (subject && u.governed) continue;
      if (this.lang.descriptionHeads.get(u.head) === gender) return this.unnamedSince(u.head, pos) ? u.at : -1;
    }
    return -1;
  }

  private firstPositions: Map<string, number> | null = null;
  /** Where the text first names each person (by key). */
  private firstPersonPositions(): Map<string, number> {
    if (!this.firstPositions) {
      this.firstPositions = new Map();
      for (const p of this.persons) if (!this.firstPositions.has(p.key)) this.firstPositions.set(p.key, p.pos);
    }
    return this.firstPositions;
  }

  /**
   * "la porte-parole du gouvernement Sibeth Ndiaye" and "Pierre Lescure, président du festival":
   * remember the head noun for a later "la porte-parole", and the gender it tells.
   */
  private rememberDescription(n: NameSpan, tokens: Token[], personEnds: ReadonlySet<number>): void {
    const lang = this.lang;
    // "L'avocat de la défense, Me Olivier Lenoir": the description stands before the honorific (a title that is a
    // description itself, "Judge Richard Berman", stays the description).
    const first = n.honorific && !lang.descriptionHeads.has(tokens[n.first - 1]?.lower ?? "") ? n.first - 1 : n.first;
    let head = "";
    let article = "";
    const before = tokens[first - 1];
    // "l'avocat de Nordahl Lelandais": a name governed by a preposition is the complement, not the referent.
    if (before && before.kind === "word" && lang.prepositions.has(before.lower)) return;
    // "l'affaire Maëlys", "la petite Maëlys": a determiner and a noun that is no description head.
    const det = tokens[first - 2];
    if (before && before.kind === "word" && !before.upper && !lang.descriptionHeads.has(before.lower) && det && lang.articles.has(det.lower)) return;
    let headAt = -1;
    let articleAt = -1;
    // "le maire Les Républicains (LR) de Nice Christian Estrosi": a bracketed acronym inside the description.
    for (const k of backOverBrackets(tokens, first - 1, 8)) {
      const t = tokens[k];
      // "Prime Minister Keir Starmer and Conservative leader Kemi Badenoch": another person's name ends her description.
      if (t.kind !== "word" || personEnds.has(k)) break;
      if (lang.descriptionHeads.has(t.lower)) {
        head = t.lower;
        headAt = k;
      }
      if (lang.articles.has(t.lower) && head) {
        article = t.lower;
        articleAt = k;
        break;
      }
    }
    // "Le rappeur, Black M": the description, a comma, the name.
    const h2 = tokens[first - 2];
    // ("La veuve du gardien, Martine Dufour": "du" is a preposition's, and "gardien" a complement's, not her noun.)
    if (!head && before?.text === "," && h2 && h2.kind === "word" && lang.descriptionHeads.has(h2.lower) && lang.articles.has(tokens[first - 3]?.lower ?? "") && !lang.prepositions.has(tokens[first - 3].lower)) {
      head = h2.lower;
      article = tokens[first - 3].lower;
    }
    // "Pierre Lescure, président du festival", "Alain Martin, l'avocat du suspect".
    let afterAt = -1;
    if (!head && tokens[n.last + 1]?.text === ",") {
      const t = tokens[n.last + 2];
      const t3 = tokens[n.last + 3];
      if (t && t.kind === "word" && lang.descriptionHeads.has(t.lower)) [head, afterAt] = [t.lower, n.last + 2];
      else if (t && lang.articles.has(t.lower) && t3 && t3.kind === "word" && lang.descriptionHeads.has(t3.lower)) [head, article, afterAt] = [t3.lower, t.lower, n.last + 3];
    }
    // "le maire d'Aureville, Xavier Espic": the description with its complement, a comma, the name.
    let complementAt = -1;
    if (!head && before?.text === ",") [head, article, complementAt] = this.descriptionBeforeComma(tokens, first - 2);
    if (!head) return;
    // "le président turc Recep Erdogan": the adjectives tell this president from "le président français".
    const modifiers: string[] = [];
    for (let k = headAt + 1; headAt >= 0 && k < first; k++) if (tokens[k].kind === "word" && !tokens[k].upper && !lang.articles.has(tokens[k].lower) && !lang.prepositions.has(tokens[k].lower)) modifiers.push(tokens[k].lower);
    // Before a complement, the adjectives of "le ministre délégué chargé des Transports, X" tell it apart too.
    for (let k = complementAt; k >= 0 && k < first - 1 && tokens[k].kind === "word" && !lang.prepositions.has(tokens[k].lower); k++) if (!tokens[k].upper && !lang.articles.has(tokens[k].lower)) modifiers.push(tokens[k].lower);
    const list = this.appositions.get(head) ?? [];
    // Where the head stands: after the name ("X, président du groupe PS"), before the comma ("le maire d'Aureville, X":
    // complementAt is the word after it), or before the name ("le maire de Nice Christian Estrosi").
    const headIndex = afterAt >= 0 ? afterAt : complementAt >= 0 ? complementAt - 1 : headAt;
    const complement = headIndex >= 0 ? this.complementEntity(headIndex) : null;
    list.push({ pos: n.start, name: n, modifiers, complement });
    this.appositions.set(head, list);
    // "la présidente du jury, l'actrice Juliette Binoche": a description before the comma describes her too.
    if (articleAt > 1 && tokens[articleAt - 1].text === ",") {
      const [head2, , after2] = this.descriptionBeforeComma(tokens, articleAt - 2);
      if (head2) {
        const list2 = this.appositions.get(head2) ?? [];
        list2.push({ pos: n.start, name: n, modifiers: [], complement: this.complementEntity(after2 - 1) });
        this.appositions.set(head2, list2);
      }
    }
    const g = lang.descriptionHeads.get(head) !== "x" ? lang.descriptionHeads.get(head) : lang.articleGenders.get(article);
    if ((g === "m" || g === "f") && !this.genderByKey.has(n.key)) this.genderByKey.set(n.key, g);
  }

  /**
   * The organisation or place a head noun's complement names ("président du groupe PS", "maire de Lille"): after a
   * preposition, an article and at most two lowercase nouns, the entity stage's entity at the first capitalised word.
   */
  private complementEntity(headAt: number): Entity | null {
    const tokens = this.tokens;
    let k = headAt + 1;
    if (!tokens[k] || !this.lang.prepositions.has(tokens[k].lower)) return null;
    k++;
    if (tokens[k] && this.lang.articles.has(tokens[k].lower)) k++;
    for (let j = 0; j < 2 && tokens[k]?.kind === "word" && !tokens[k].upper && !this.lang.prepositions.has(tokens[k].lower); j++) k++;
    const t = tokens[k];
    if (!t?.upper) return null;
    const e = this.entityFor(t);
    return e && (e.type === "ORGANIZATION" || e.type === "LOCATION") ? e : null;
  }

  /** The organisation or place the complement of a description's own head names ("le président du RN"), else null. */
  private ownComplement(m: Mention): Entity | null {
    const head = m.head?.split(" ")[0];
    if (!head) return null;
    for (let k = Math.max(0, this.tokenIndexAt(m.start)); k < this.tokens.length && this.tokens[k].start < m.end; k++) if (this.tokens[k].lower === head) return this.complementEntity(k);
    return null;
  }

  /**
   * "le maire d'Aureville" ending at token `end`, right before a comma and a name: [head, article, index of the
   * first word after the head], or empty strings. The words back to the article are a noun phrase: a head with
   * its adjectives and complements, never a verb.
   */
  private descriptionBeforeComma(tokens: Token[], end: number): [string, string, number] {
    const lang = this.lang;
    for (const k of backOverBrackets(tokens, end, 8)) {
      const t = tokens[k];
      if (t.kind !== "word") {
        if (t.text === "'" || t.text === "’" || t.text === "-") continue;
        break;
      }
      if (lang.verbForms.has(t.lower) || lang.auxiliaries.has(t.lower)) break;
      const article = tokens[k - 1];
      if (k < end && lang.descriptionHeads.has(t.lower) && article?.kind === "word" && lang.articles.has(article.lower)) return [t.lower, article.lower, k + 1];
    }
    return ["", "", -1];
  }

  /**
   * The given name tells the gender when nothing else did ("Anne Roumanoff" -> f, "Maëlys" alone -> f).
   * A surname borne by people of both genders in the text (Marine and Jean-Marie Le Pen) stays unknown.
   */
  private learnGivenNameGenders(tokens: Token[]): void {
    const found = new Map<string, Gender>();
    const alone = new Set<string>();
    for (const n of this.names) {
      if (this.genderByKey.has(n.key)) continue;
      if (n.last === n.first) {
        alone.add(n.key);
        continue;
      }
      const given = foldName(tokens[n.first].lower);
      const g = this.lang.firstNames.get(given) ?? this.lang.firstNames.get(given.split("-")[0]);
      if (g === undefined) continue;
      const seen = found.get(n.key);
      found.set(n.key, seen === undefined || seen === g ? g : "x");
    }
    // A given name used alone and never after another given name ("Maëlys", "l'affaire Maëlys") stands for the person.
    for (const key of alone) if (!found.has(key) && this.lang.firstNames.has(key)) found.set(key, this.lang.firstNames.get(key)!);
    for (const [key, g] of found) if (g === "m" || g === "f") this.genderByKey.set(key, g);
  }

  /** "se tourner vers Manuel Valls, l'ancien Premier ministre": an object the text introduces with a title. */
  private introduced(n: NameSpan, tokens: Token[]): boolean {
    if (tokens[n.last + 1]?.text !== ",") return false;
    const t = tokens[n.last + 2];
    const u = tokens[n.last + 3];
    const heads = this.lang.descriptionHeads;
    return t !== undefined && (heads.has(t.lower) || (this.lang.articles.has(t.lower) && u !== undefined && heads.has(u.lower)));
  }

  /** Followed by a verb, a clitic or an apposition: "Jean-Luc Mélenchon n'est", "Smith, 45, said". */
  /**
   * "a salué le rôle du chancelier allemand, Friedrich Merz, …": a name in apposition to a description a preposition
   * governs is a complement too (unlike "Le président du groupe, Jean Martin, a …", whose head opens the clause).
   */
  private inGovernedApposition(n: NameSpan, tokens: Token[]): boolean {
    if (tokens[n.first - 1]?.text !== ",") return false;
    for (let k = n.first - 2, steps = 0; k >= 0 && steps < 5; k--, steps++) {
      const t = tokens[k];
      if (t.kind !== "word" || t.upper) return false;
      if (!this.lang.descriptionHeads.has(t.lower)) continue;
      const before = tokens[k - 1];
      const beforeThat = tokens[k - 2];
      if (!before || before.kind !== "word") return false;
      const at = this.lang.prepositions.has(before.lower) ? k - 1 : this.lang.articles.has(before.lower) && beforeThat?.kind === "word" && this.lang.prepositions.has(beforeThat.lower) ? k - 2 : -1;
      // Only a verb's complement: "Même inquiétude chez sa voisine, Maryvonne Le Goff, qui vend …" has no other subject.
      return at >= 0 && this.verbBefore(at, tokens);
    }
    return false;
  }

  /** Whether a verb (an auxiliary or a cue's form) stands before token `at` in its sentence, within 15 tokens. */
  private verbBefore(at: number, tokens: Token[]): boolean {
    for (let k = at - 1; k >= 0 && at - k <= 15; k--) {
      const t = tokens[k];
      if (t.kind === "nl" || this.opensSentence(k + 1)) return false;
      if (t.kind === "word" && !t.upper && (this.lang.auxiliaries.has(t.lower) || this.lang.verbForms.has(t.lower))) return true;
    }
    return false;
  }

  private subjectLike(n: NameSpan, tokens: Token[]): boolean {
    const next = tokens[n.last + 1];
    if (!next) return false;
    if (next.kind === "punct") return (next.text === "," || next.text === "(") && !this.inGovernedApposition(n, tokens);
    if (next.kind !== "word" || next.upper) return false;
    // "Laure Lavalette a critiqué": an auxiliary in lowercase makes the name its subject, although French lists "a" as a
    // preposition too ("à" written without its accent, as capitals often are).
    if (this.lang.auxiliaries.has(next.lower)) return true;
    // "a devancé de 18 secondes le Slovène Primož Roglič et de 25 secondes le Danois …": complements coordinated, no subject.
    const after = tokens[n.last + 2];
    if (this.lang.clauseCoordinators.has(next.lower) && after && (/^\d/.test(after.text) || this.lang.prepositions.has(after.lower))) return false;
    return !this.lang.prepositions.has(next.lower) && !this.lang.articles.has(next.lower);
  }

  /**
   * "Interrogé par le président de la cour, Christophe Petiteau, il a nié": a name in apposition to an agent's description
   * is that agent, not the clause's subject. The description is read back from the comma to its first article.
   */
  private apposedToAgent(n: NameSpan, tokens: Token[]): boolean {
    if (tokens[n.first - 1]?.text !== ",") return false;
    let article = -1;
    for (let k = n.first - 2; k >= 0 && n.first - k < 12; k--) {
      const t = tokens[k];
      if (t.kind !== "word" || (t.upper && k < n.first - 2 && !this.lang.articles.has(t.lower))) break;
      if (this.lang.articles.has(t.lower)) article = k;
    }
    // A person's noun after the article ("par le président de la cour"), not a body's ("prévus par la Constitution, X évoque").
    const head = tokens[article + 1];
    return article > 0 && this.lang.agentPrepositions.has(tokens[article - 1].lower) && head !== undefined && isPersonHead(head.lower, this.lang);
  }

  /**
   * "Officials said", "Critics said": one capitalised word opening a sentence, that neither the entity
   * stage nor the rest of the article makes a person or an organisation, is a common noun, not a speaker.
   */
  private commonNounAtStart(n: NameSpan): boolean {
    if (n.first !== n.last || n.honorific) return false;
    return this.opensSentence(n.first) && !this.entityFor(n) && !this.isPerson(n);
  }

  /** Does token k open a sentence (the text's start, a line's, or after a full stop, "!", "?" or "…")? */
  private opensSentence(k: number): boolean {
    const prev = this.tokens[k - 1];
    return prev === undefined || prev.kind === "nl" || (prev.kind === "punct" && /^[.!?…]+$/.test(prev.text));
  }

  /** The entity stage's entity whose mention overlaps the name (a PERSON preferred), if any. */
  private entityFor(n: { start: number; end: number }): Entity | null {
    let lo = 0;
    let hi = this.entityMentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.entityMentions[mid].end <= n.start) lo = mid + 1;
      else hi = mid;
    }
    let found: Entity | null = null;
    for (let i = Math.max(0, lo - 2); i < this.entityMentions.length && this.entityMentions[i].start < n.end; i++) {
      const m = this.entityMentions[i];
      if (m.end <= n.start) continue;
      if (m.entity.type === "PERSON") return m.entity;
      found = found ?? m.entity;
    }
    return found;
  }

  /**
   * The span that holds [start, end) and the mentions of the speaker's entity overlapping it: a speaker read as "Cour" or
   * "des comptes" is reported as the entity stage's "Cour des comptes". Other entities' mentions are left out: a span
   * the entity stage ran too far ("Parisien Toufik Bouarfa") names someone else.
   */
  widenToEntities(start: number, end: number, speaker: string | null): { start: number; end: number } {
    if (speaker === null) return { start, end };
    let lo = start;
    let hi = end;
    const first = lastIndexBefore(this.entityMentions, end, (m) => m.start);
    for (let i = first; i >= 0 && this.entityMentions[i].start >= start - MAX_ENTITY_REACH; i--) {
      const m = this.entityMentions[i];
      if (m.end <= start || m.start >= end || m.entity.name !== speaker || this.insideQuote(m.start)) continue;
      lo = Math.min(lo, m.start);
      hi = Math.max(hi, m.end);
    }
    return { start: lo, end: hi };
  }

  /** The first organisation the entity stage found inside a description, after its first word, else null. */
  private organisationInside(m: Mention): string | null {
    for (let i = Math.max(0, lastIndexBefore(this.entityMentions, m.start, (x) => x.start)); i < this.entityMentions.length && this.entityMentions[i].start < m.end; i++) {
      const e = this.entityMentions[i];
      if (e.start > m.start && e.end <= m.end && e.entity.type === "ORGANIZATION") return e.entity.name;
    }
    return null;
  }

  /** The entity stage's type for a span (a PERSON preferred among overlapping mentions), else null. */
  entityTypeAt(start: number, end: number): string | null {
    return this.entityFor({ start, end })?.type ?? null;
  }

  /** The entity stage gave this span, or a mention with its folded last word, a type. */
  isNamedEntity(n: NameSpan): boolean {
    return this.entityFor(n) !== null || this.entityTypeByKey.has(n.key);
  }

  isPerson(n: NameSpan): boolean {
    let known = this.personCache.get(n);
    if (known === undefined) this.personCache.set(n, (known = this.decidePerson(n)));
    return known;
  }

  private decidePerson(n: NameSpan): boolean {
    if (this.titles.has(n.key) && !this.honorificKeys.has(n.key)) return false;
    const e = this.entityFor(n);
    if (e) return e.type === "PERSON";
    const type = this.entityTypeByKey.get(n.key);
    if (type) return type === "PERSON";
    if (this.honorificKeys.has(n.key)) return true;
    if (isAllCaps(n.text)) return false;
    const same = this.byKey.get(n.key) ?? [];
    const multi = same.some((m) => m.last > m.first);
    const alone = same.some((m) => m.last === m.first);
    return multi && (alone || this.lang.code === "fr");
  }

  /**
   * A description whose words fix whom it stands for, which no ranker may change: "son adversaire", "his opponent" (a
   * rival's noun after a possessive, which rivalOf resolves), or the person named since the last speaker that the rules
   * took it for (namedSinceSpeaker).
   */
  fixesReferent(m: Mention, ruleName: string | null): boolean {
    return m.kind === "description" && (this.namesRival(m) || (ruleName !== null && this.namedSinceSpeaker(m) === ruleName));
  }

  private namesRival(m: Mention): boolean {
    return this.lang.rivalHeads.has(m.head?.split(" ")[0] ?? "") && this.opensWithPossessive(m);
  }

  /** "sa voisine", "son adversaire", "her mother": a mention whose first word is a possessive determiner. */
  private opensWithPossessive(m: Mention): boolean {
    return this.lang.possessives.has(this.tokens[this.tokenIndexAt(m.start)]?.lower ?? "");
  }

  /**
   * The compatible person named last before pos (bounded look-back) whom `accept` takes, within `sentences` sentences of
   * pos when given; else null.
   */
  private latestPerson(pos: number, gender: Gender, accept: (name: string) => boolean, sentences = Infinity): { name: string; at: number } | null {
    const hi = this.lastPersonBefore(pos);
    for (let i = hi; i >= 0 && hi - i < MAX_LOOKBACK; i--) {
      const p = this.persons[i];
      if (sentences !== Infinity && this.sentencesBetween(p.pos, pos) > sentences) break;
      if (!compatible(this.genderOf(p.key), gender)) continue;
      const name = this.canonical(p.name);
      if (accept(name)) return { name, at: p.pos };
    }
    return null;
  }

  /**
   * The person "son adversaire" stands for: the possessor is the person a pronoun at that point would take up; the rival,
   * the latest compatible person named before who is not them. Null when there is none.
   */
  private rivalOf(m: Mention): string | null {
    // "son rival pour la présidence des Jeunes Républicains(,) Charles-Henri Alloncle": the person named right after.
    const named = this.personNamedAfter(m.end);
    if (named) return named;
    const possessor = this.findAntecedent(m.start, "x")?.name;
    return this.latestPerson(m.start, m.gender, (name) => name !== possessor)?.name ?? this.unnamedReferent(m);
  }

  /** The person whose name follows `end` within a few words (a comma, a complement, no verb), else null. */
  private personNamedAfter(end: number): string | null {
    const ni = lastIndexBefore(this.names, end, (n) => n.start) + 1;
    const next = this.names[ni];
    if (!next || !this.isPerson(next)) return null;
    const from = this.tokenIndexAt(end - 1) + 1;
    if (next.first - from > 6) return null;
    for (let k = from; k < next.first; k++) {
      const t = this.tokens[k];
      if (t.text === ",") continue;
      if (t.kind !== "word" || this.lang.verbForms.has(t.lower) || this.insideQuote(t.start)) return null;
    }
    return this.canonical(next);
  }

  /** "L'Equipe", "La Provence": the entity whose mention is the name and its article, else undefined. */
  private entityWithArticle(n: NameSpan): Entity | undefined {
    const article = this.tokens[n.first - 1];
    if (!article || article.kind !== "word" || !article.upper || !this.lang.articles.has(article.lower)) return undefined;
    const e = this.entityByOffset.get(article.start);
    return e && e.type !== "PERSON" && e.mentions.some((m) => m.start === article.start && m.end === n.end) ? e : undefined;
  }

  /** The fullest name for a name mention. */
  canonical(n: NameSpan): string {
    const overlapping = this.entityFor(n);
    const e = (overlapping?.type === "PERSON" ? overlapping : null) ?? this.entityByOffset.get(n.start) ?? this.personEntityByKey.get(n.key) ?? this.entityWithArticle(n);
    if (e) return e.name;
    const cacheKey = n.last === n.first ? foldName(n.text) : n.key;
    const cached = this.canonicalCache.get(cacheKey);
    if (cached !== undefined) return cached;
    let best = n;
    for (const m of this.byKey.get(n.key) ?? []) if (m.end - m.start > best.end - best.start && !isAllCaps(m.text)) best = m;
    if (best.last === best.first) {
      // A first name alone ("Jean-Luc"): the fullest name starting with it.
      const first = foldName(n.text);
      for (const m of this.names) if (m.last > m.first && foldName(m.text).startsWith(first + " ") && m.end - m.start > best.end - best.start) best = m;
    }
    this.canonicalCache.set(cacheKey, best.text);
    return best.text;
  }

  genderOf(key: string): Gender {
    return this.genderByKey.get(key) ?? "x";
  }

  /** Records a resolved speaker, and the gender a pronoun revealed. */
  record(pos: number, name: string, gender: Gender, person: boolean, after = pos): void {
    this.history.push({ pos, name, gender, person, after });
    const key = lastWordKey(name);
    if ((gender === "m" || gender === "f") && !this.genderByKey.has(key)) this.genderByKey.set(key, gender);
  }

  /** Description heads each name key was introduced with, anywhere in the article ("Anne Martin, l'avocate" -> avocate). */
  private headsByKey: Map<string, Set<string>> | null = null;
  /** Words that qualified an office in some introduction ("britannique"), filled with headsByKey. */
  private readonly officeAdjectives = new Set<string>();
  private personsByHead: Map<string, Array<{ pos: number; key: string; name: NameSpan }>> | null = null;

  /**
   * Persons a pronoun or description may stand for, for the ranker: the distinct persons named (outside
   * quotes) before pos, latest first, and the first one named after it in the next 300 characters
   * ("l'humoriste … Anne Roumanoff"). Bounded by MAX_LOOKBACK.
   */
  antecedentCandidates(pos: number, limit: number): AntecedentCandidate[] {
    const headsByKey = this.introductionHeadsByKey();
    const out: AntecedentCandidate[] = [];
    const byName = new Map<string, AntecedentCandidate>();
    const hi = this.lastPersonBefore(pos);
    for (let i = hi; i >= 0 && hi - i < MAX_LOOKBACK; i--) {
      const p = this.persons[i];
      const name = this.canonical(p.name);
      const seen = byName.get(name);
      if (seen) {
        seen.count++;
        continue;
      }
      if (out.length >= limit) continue;
      const c: AntecedentCandidate = { name, at: p.pos, count: 1, gender: this.genderOf(p.key), subject: p.subject, heads: headsByKey.get(p.key) ?? EMPTY, after: false, sentences: Math.min(this.sentencesBetween(p.pos, pos), 3) };
      byName.set(name, c);
      out.push(c);
    }
    const next = this.persons[hi + 1];
    // Within its paragraph: a description never looks ahead past a paragraph's end ("… a confié le jeune homme." then
    // the next paragraph's captain), except from the headline to the text below it (looksAheadTo).
    if (next && next.pos - pos <= 300 && this.looksAheadTo(pos, next.pos)) {
      const name = this.canonical(next.name);
      if (!byName.has(name)) out.push({ name, at: next.pos, count: 1, gender: this.genderOf(next.key), subject: next.subject, heads: headsByKey.get(next.key) ?? EMPTY, after: true, sentences: Math.min(this.sentencesBetween(pos, next.pos), 3) });
    }
    const top = this.protagonist();
    if (top) {
      const known = out.find((c) => c.name === top.name);
      if (known) known.top = true;
      else {
        const p = top.first;
        out.push({ name: top.name, at: p.pos, count: top.count, gender: this.genderOf(p.key), subject: p.subject, heads: headsByKey.get(p.key) ?? EMPTY, after: p.pos > pos, sentences: 3, top: true });
      }
    }
    return out;
  }

  private top: Protagonist | null | undefined;

  /** The person named most often outside quotes (at least twice; the first named on a tie), computed once. */
  private protagonist(): Protagonist | null {
    if (this.top !== undefined) return this.top;
    const counts = new Map<string, Protagonist>();
    for (const p of this.persons) {
      const name = this.canonical(p.name);
      const c = counts.get(name);
      if (c) c.count++;
      else counts.set(name, { name, count: 1, first: p });
    }
    let best: Protagonist | null = null;
    for (const c of counts.values()) if (!best || c.count > best.count) best = c;
    this.top = best && best.count >= 2 ? best : null;
    return this.top;
  }

  /**
   * The latest organisations the entity stage names before pos, outside quotes (for the cue antecedent
   * ranker: "l'autorité sanitaire", "ils", "elle" may stand for an organisation named just before).
   * `headIn`: the name holds the given head noun ("le conseil" and "conseil départemental").
   */
  organisationCandidates(pos: number, limit: number, head: string | null): Array<{ name: string; sentences: number; headIn: boolean }> {
    const out: Array<{ name: string; sentences: number; headIn: boolean }> = [];
    const hi = lastIndexBefore(this.entityMentions, pos, (m) => m.start);
    const folded = head ? foldName(head) : null;
    // "l'institution", "the organization": every organisation goes by that noun, as far as the head can tell.
    const anyName = head !== null && this.lang.organisationHeads.get(head) === "generic";
    // A wire agency ("(AFP)", "joint par l'AFP") is the dispatch's medium: it stands for "l'agence", never for "la direction" or "ils".
    const agencyAllowed = head !== null && this.lang.organisationHeads.get(head) === "medium";
    for (let i = hi; i >= 0 && hi - i < MAX_LOOKBACK && out.length < limit; i--) {
      const em = this.entityMentions[i];
      if (em.entity.type !== "ORGANIZATION" || em.end > pos || this.insideQuote(em.start) || out.some((o) => o.name === em.entity.name)) continue;
      if (!agencyAllowed && isWireAgency(em.entity.name)) continue;
      out.push({ name: em.entity.name, sentences: Math.min(this.sentencesBetween(em.start, pos), 3), headIn: anyName || (folded !== null && foldName(em.entity.name).split(/[\s'’-]+/).includes(folded)) });
    }
    return out;
  }

  /**
   * The organisation a plural description names by a word of the same stem ("insoumis" and "La France
   * insoumise", "socialistes" and "Parti socialiste"): the nearest before it, else the first after it.
   * Organisations are the entity stage's, else capitalised names that are not persons.
   */
  private groupOrganisation(m: Mention): string | null {
    const words: string[] = [];
    for (let k = Math.max(0, this.tokenIndexAt(m.start)); k < this.tokens.length && this.tokens[k].start < m.end; k++) {
      const t = this.tokens[k];
      if (t.kind === "word" && !t.upper && t.lower.length >= 5 && !this.lang.articles.has(t.lower) && !this.lang.prepositions.has(t.lower)) words.push(foldName(t.lower));
    }
    if (words.length === 0) return null;
    const sameStem = (a: string, b: string) => {
      let n = 0;
      while (n < a.length && n < b.length && a[n] === b[n]) n++;
      return n >= 6 || (n >= 5 && n >= Math.min(a.length, b.length) - 1);
    };
    const names = (name: string) => foldName(name).split(/[\s'’-]+/).filter((w) => w.length >= 5);
    let best: { pos: number; name: string } | null = null;
    const consider = (pos: number, name: string) => {
      if (!best || (pos < m.start && (best.pos > m.start || pos > best.pos)) || (pos > m.start && best.pos > m.start && pos < best.pos)) best = { pos, name };
    };
    // Each organisation's words are compared once; then its mentions only by position.
    this.organisations ??= this.organisationMentions(names);
    for (const list of this.organisations) {
      for (const o of list) {
        if (!o.words.some((x) => words.some((w) => sameStem(w, x)))) continue;
        for (const pos of o.positions) consider(pos, o.name);
      }
      if (best) break;
    }
    return (best as { name: string } | null)?.name ?? null;
  }

  private organisations?: Array<Array<{ name: string; words: string[]; positions: number[] }>>;

  /** Organisations by name with their mention offsets: the entity stage's, else capitalised multi-word names that are not persons. */
  private organisationMentions(wordsOf: (name: string) => string[]): Array<Array<{ name: string; words: string[]; positions: number[] }>> {
    const group = (items: Array<[string, number]>) => {
      const byName = new Map<string, { name: string; words: string[]; positions: number[] }>();
      for (const [name, pos] of items) {
        let o = byName.get(name);
        if (!o) byName.set(name, (o = { name, words: wordsOf(name), positions: [] }));
        o.positions.push(pos);
      }
      return [...byName.values()];
    };
    const fromEntities = group(this.entityMentions.filter((e) => e.entity.type === "ORGANIZATION").map((e) => [e.entity.name, e.start]));
    // Names are read only when the entities have no match: built lazily on that path would cost the same once.
    const fromNames = group(this.names.filter((n) => !this.isPerson(n) && n.last > n.first).map((n) => [this.canonical(n), n.start]));
    return [fromEntities, fromNames];
  }

  /** The person introduced with this noun nearest before pos (else the first after it), of a compatible gender. */
  private introducedWith(head: string, pos: number, gender: Gender): string | null {
    this.personsByHead ??= this.personsByIntroductionHead();
    const list = this.personsByHead.get(head);
    if (!list) return null;
    // Genders are read now, not when the index was built: resolving names teaches them.
    const at = lastIndexBefore(list, pos, (p) => p.pos);
    for (let i = at; i >= 0; i--) if (compatible(this.genderOf(list[i].key), gender)) return this.canonical(list[i].name);
    for (let i = at + 1; i < list.length; i++) if (compatible(this.genderOf(list[i].key), gender)) return this.canonical(list[i].name);
    return null;
  }

  /**
   * The organisation kind of a description's head (organisationKindOf), except a bare noun that the article's honorifics
   * give a person ("le conseil", with "Me X" named and no council's name after it: the lawyer), which is a person's.
   */
  kindOf(m: Mention): OrganisationHeadKind | undefined {
    const kind = organisationKindOf(m, this.lang);
    if (kind === undefined || !m.head || !this.honorificNouns.has(m.head)) return kind;
    this.personsByHead ??= this.personsByIntroductionHead();
    if (!this.personsByHead.has(m.head)) return kind;
    // "le conseil de Paris", "le conseil du Val-de-Marne": a complement naming a place makes it the council.
    const t = this.tokens;
    let k = Math.max(0, this.tokenIndexAt(m.start));
    while (k < t.length && t[k].start < m.end && t[k].lower !== m.head) k++;
    k++;
    const named = t[k] && this.lang.officeComplements.has(t[k].lower) && (t[k + 1]?.upper || (this.lang.articles.has(t[k + 1]?.lower ?? "") && t[k + 2]?.upper));
    return named ? kind : undefined;
  }

  /**
   * "son homologue mauritanien, X" … "le ministre mauritanien": the person an apposition introduced with one of the
   * description's adjectives, whatever its noun (the nearest such introduction before it, else the first after), when
   * no apposition with the description's own noun has that adjective. The adjective tells who is meant, over one
   * introduced with the noun alone ("du ministre des Armées, Y"). Null when nothing qualifies the description.
   */
  adjectiveHolder(m: Mention): string | null {
    if (m.kind !== "description" || !m.head) return null;
    const [noun, ...mods] = m.head.split(" ");
    if (mods.length === 0) return null;
    const qualified = (a: { modifiers: string[] }) => a.modifiers.some((w) => mods.includes(w));
    if (this.appositions.get(noun)?.some(qualified)) return null;
    let before: { pos: number; name: NameSpan } | null = null;
    let after: { pos: number; name: NameSpan } | null = null;
    for (const list of this.appositions.values()) {
      for (const a of list) {
        if (!qualified(a) || !compatible(this.genderOf(a.name.key), m.gender)) continue;
        if (a.pos < m.start) {
          if (!before || a.pos > before.pos) before = a;
        } else if (!after || a.pos < after.pos) after = a;
      }
    }
    const holder = (before ?? after)?.name;
    return holder ? this.canonical(holder) : null;
  }

  /** Persons by the nouns they are introduced with, in text order: a lookup per description, not a scan of every person (quadratic on long texts). */
  private personsByIntroductionHead(): Map<string, Array<{ pos: number; key: string; name: NameSpan }>> {
    const heads = this.introductionHeadsByKey();
    const out = new Map<string, Array<{ pos: number; key: string; name: NameSpan }>>();
    for (const p of this.persons) {
      for (const head of heads.get(p.key) ?? []) {
        let list = out.get(head);
        if (!list) out.set(head, (list = []));
        list.push(p);
      }
    }
    return out;
  }

  /**
   * The nouns each person is introduced with, on either side, whether or not the language table lists
   * them: "l'humoriste Jeanne X", "Jeanne X, l'humoriste", "Jeanne X, avocate de …", and the
   * appositions rememberDescription found.
   */
  private introductionHeadsByKey(): Map<string, Set<string>> {
    return (this.headsByKey ??= this.introductionHeads());
  }

  /** Builds introductionHeadsByKey's map, once, and fills officeAdjectives on the way. */
  private introductionHeads(): Map<string, Set<string>> {
    const out = new Map<string, Set<string>>();
    const add = (key: string, head: string) => {
      let set = out.get(key);
      if (!set) out.set(key, (set = new Set()));
      set.add(head);
    };
    for (const [head, list] of this.appositions) for (const a of list) add(a.name.key, head);
    const t = this.tokens;
    const lang = this.lang;
    const noun = (k: number) => {
      const w = t[k];
      return w !== undefined && w.kind === "word" && !w.upper && !lang.articles.has(w.lower) && !lang.prepositions.has(w.lower) && !lang.verbForms.has(w.lower) && !lang.auxiliaries.has(w.lower) && w.lower.length > 2;
    };
    const det = (k: number) => t[k] !== undefined && (lang.articles.has(t[k].lower) || t[k].kind === "nl" || (t[k].kind === "punct" && t[k].text !== ","));
    for (const p of this.persons) {
      const n = p.name;
      // "l'humoriste Jeanne X", "the actor John X", "le rappeur américain X" (one adjective allowed).
      if (noun(n.first - 1) && det(n.first - 2)) add(n.key, t[n.first - 1].lower);
      else if (noun(n.first - 1) && noun(n.first - 2) && det(n.first - 3)) add(n.key, t[n.first - 2].lower);
      // "Jeanne X, l'humoriste", "Jeanne X, avocate de la famille".
      if (t[n.last + 1]?.text === ",") {
        if (lang.articles.has(t[n.last + 2]?.lower ?? "") && noun(n.last + 3)) add(n.key, t[n.last + 3].lower);
        else if (noun(n.last + 2)) add(n.key, t[n.last + 2].lower);
      }
      // "Me Antoine Rivière": a lawyer, whom "l'avocat" or "le conseil" may describe later.
      if (n.honorific) for (const h of lang.honorificHeads.get(honorificKey(t[n.first - 1])) ?? []) add(n.key, h);
      const office = this.officeIntroducing(n);
      if (office) {
        add(n.key, officeKey(office.office));
        if (office.qualifier) {
          add(n.key, officeKey(office.office, office.qualifier));
          this.officeAdjectives.add(office.qualifier);
        }
      }
    }
    return out;
  }

  /**
   * The office a name is introduced with, on either side: "le Premier ministre (britannique) Boris Johnson",
   * "le chef de l'État, Emmanuel Macron", "Édouard Philippe, le Premier ministre". The phrase must open its
   * noun phrase: "l'ancien Premier ministre X" held the office before, so is not introduced with it.
   */
  private officeIntroducing(n: NameSpan): { office: string; qualifier: string | null } | null {
    const t = this.tokens;
    const opens = (k: number) => k < 0 || t[k].kind !== "word" || this.lang.articles.has(t[k].lower);
    for (let s = Math.max(0, n.first - 8); s < n.first; s++) {
      const hit = officeAt(t, s, this.lang.offices);
      if (!hit || !opens(s - 1)) continue;
      const gap = n.first - 1 - hit.last;
      if (gap === 0 || (gap === 1 && t[hit.last + 1].text === ",")) return { office: hit.office, qualifier: null };
      // "le Premier ministre britannique Boris Johnson": a word between the office and the name qualifies it.
      const qualifier = this.officeQualifier(hit.last, () => true);
      if (qualifier && qualifier.last === n.first - 1 - (t[n.first - 1].text === "," ? 1 : 0)) return { office: hit.office, qualifier: qualifier.text };
    }
    if (t[n.last + 1]?.text !== ",") return null;
    const k = this.lang.articles.has(t[n.last + 2]?.lower ?? "") ? n.last + 3 : n.last + 2;
    const hit = officeAt(t, k, this.lang.offices);
    if (!hit) return null;
    // "Boris Johnson, le Premier ministre britannique, …": an adjective closing the apposition.
    const qualifier = this.officeQualifier(hit.last, () => t[hit.last + 2]?.kind !== "word");
    return { office: hit.office, qualifier: qualifier?.text ?? null };
  }

  /**
   * What says whose office a phrase ending at token k is: a complement naming a country ("of France", "du
   * Japon"), or an adjective ("britannique") where `adjective` allows one. Folded; null when none follows.
   */
  private officeQualifier(k: number, adjective: (w: string) => boolean): { text: string; last: number } | null {
    const t = this.tokens;
    const w = t[k + 1];
    if (!w || w.kind !== "word") return null;
    const lang = this.lang;
    if (lang.officeComplements.has(w.lower)) {
      let j = k + 2;
      if (t[j] && lang.articles.has(t[j].lower)) j++;
      return t[j]?.kind === "word" && t[j].upper ? { text: foldName(t[j].lower), last: j } : null;
    }
    if (w.upper || lang.prepositions.has(w.lower) || lang.articles.has(w.lower) || lang.auxiliaries.has(w.lower) || lang.verbForms.has(w.lower) || !adjective(foldName(w.lower))) return null;
    return { text: foldName(w.lower), last: k + 1 };
  }

  /**
   * The office a description names ("le chef du gouvernement", "son ministre de l'Intérieur"), or null; followed by
   * ":" and its country when one qualifies it ("the foreign minister of France": "foreign-minister:france").
   */
  officeOf(m: Mention): string | null {
    if (m.kind !== "description") return null;
    let k = Math.max(0, this.tokenIndexAt(m.start));
    if (this.tokens[k]?.start !== m.start) return null;
    if (this.lang.articles.has(this.tokens[k].lower)) k++;
    const hit = officeAt(this.tokens, k, this.lang.offices);
    if (!hit) return null;
    // "the foreign minister of France" is not the Secretary of State the article named: a qualified office matches
    // only a person introduced with the same qualifier. An adjective counts only if the article qualifies someone's
    // office with it, so "le chef du gouvernement lors de …" stays unqualified.
    this.introductionHeadsByKey(); // fills officeAdjectives
    const qualifier = this.officeQualifier(hit.last, (w) => this.officeAdjectives.has(w));
    return qualifier ? `${hit.office}:${qualifier.text}` : hit.office;
  }

  /** The name right after a person's description head inside the mention ("son fils Christophe"), else null. */
  private nameAfterHead(m: Mention): string | null {
    const head = m.head?.split(" ")[0];
    if (!head || !isPersonHead(head, this.lang)) return null;
    const i = lastIndexBefore(this.names, m.end, (n) => n.start);
    const n = this.names[i];
    if (!n || n.start <= m.start || n.end > m.end) return null;
    const before = this.tokens[n.first - 1];
    if (before?.lower !== head) {
      // "La candidate de l'opposition Rosa Villanueva": a person's name closing the description, after its complement's noun.
      const complementNoun = before?.kind === "word" && !before.upper && !this.lang.prepositions.has(before.lower) && !this.lang.articles.has(before.lower);
      return complementNoun && n.end === m.end && this.isPerson(n) ? this.canonical(n) : null;
    }
    // A person, or a given name the language's list knows ("Christophe"); not a title's capital ("l'ancien Premier ministre").
    const given = this.lang.firstNames.has(foldName(this.tokens[n.first].lower));
    return this.isPerson(n) || (given && this.entityFor(n) === null) ? this.canonical(n) : null;
  }

  /** Descriptions resolve() found to stand for someone the article brought in unnamed, by offset. */
  private readonly unnamedDescriptions = new Set<number>();

  private unnamedReferent(m: Mention): null {
    this.unnamedDescriptions.add(m.start);
    return null;
  }

  /** Did resolve() find that this description stands for someone brought in unnamed ("a nurse … the nurse said")? */
  standsForUnnamed(m: Mention): boolean {
    return this.unnamedDescriptions.has(m.start);
  }

  /** What resolve() would answer, without learning anything from the mention (for ranking candidates). */
  peek(m: Mention): string | null {
    if (m.kind === "name" && m.name) return this.commonNounAtStart(m.name) ? null : this.canonical(m.name);
    return this.resolve(m);
  }

  resolve(m: Mention): string | null {
    if (m.kind === "name" && m.name) {
      if (this.commonNounAtStart(m.name)) return null;
      const name = this.canonical(m.name);
      if (m.gender === "m" || m.gender === "f") if (!this.genderByKey.has(m.name.key)) this.genderByKey.set(m.name.key, m.gender);
      return name;
    }
    // "ils", "they": a group, never one person; the last organisation or group that spoke, if recent.
    if (m.kind === "pronoun") {
      // "on assure que …", "confie-t-on": no one in particular, never the last person named.
      if (this.lang.impersonalPronouns.has(this.pronounWord(m))) return null;
      if (m.gender === "p") return this.recentGroupSpeaker(m.start) ?? this.groupSubjectFor(m.start) ?? this.pairNamedBefore(m.start);
      // "A spokeswoman for the company said … « … », she said": the one brought in unnamed, if nearer than anyone named.
      // "La CFDT a appelé à la grève. « … », a-t-elle prévenu": an organisation the sentence before opened as subject,
      // of the pronoun's grammatical gender, with nobody named since.
      // Unless a person of the pronoun's gender spoke last: "… », explique X. Le constructeur Y a annoncé … « … », souligne-t-il" is X.
      const last = this.history.findLast((e) => e.pos < m.start);
      const organisation = this.organisationSpeakerFor(last, m.start, m.gender) ?? (this.personSpokeLast(last, m.start, m.gender) ? null : this.organisationSubjectFor(m.start, m.gender) ?? this.institutionSubjectFor(m.start, m.gender));
      if (organisation) return organisation;
      const unnamed = m.gender === "x" ? -1 : this.unnamedIntroBefore(m.start, m.gender);
      const found = this.findAntecedent(m.start, m.gender);
      if (unnamed >= 0 && (!found || found.at < unnamed)) return null;
      return found?.name ?? null;
    }
    if (m.kind === "description") {
      // "le quotidien", "le conseil départemental": an institution, never a person. (A document, "un
      // communiqué", is issued by whoever the text is about: it resolves like a person's description.)
      const kind = this.kindOf(m);
      // "la direction de la SNCF", "le groupe Agir ensemble": the organisation the description itself names, else the one before.
      if (kind === "medium" || kind === "institution" || kind === "generic") return this.organisationInside(m) ?? this.organisationBefore(m.start, m.head!.split(" ")[0]);
      // "a réagi son entourage", "l'entourage de la ministre": those around someone, named by no one.
      if (kind === "circle") return null;
      // "les habitants", "des témoins": a group is never one of the persons named around it; "une
      // enquêtrice", "a spokesman": an indefinite description brings in someone new, not someone named.
      // "les parlementaires insoumis", "les socialistes": a group stands for the organisation its words name.
      if (m.gender === "p" && !m.indefinite) return this.groupOrganisation(m);
      if (m.gender === "p" || (m.indefinite && kind !== "document")) return null;
      // "a indiqué son fils Christophe": a person's noun and the name right after it, which no entity types otherwise.
      const named = this.nameAfterHead(m);
      if (named) return named;
      const people = m.demonym ? this.demonymHolder(m) : undefined;
      if (people !== undefined) return people;
      // "… aux côtés du chancelier Friedrich Merz. Ce dernier a salué …": the person named last, not the last speaker.
      if (m.head !== undefined && this.lang.latterHeads.has(m.head)) return this.lastNamedPerson(m.start, m.gender);
      // "A senior administration official … « … », the official said": the one the article brought in unnamed (an
      // office, "the president", is whoever holds it).
      const office = this.officeOf(m);
      if (m.head && office === null && this.unnamedSince(this.headNoun(m.head), m.start)) return this.unnamedReferent(m);
      // "le chef du gouvernement": whoever the article introduced with a phrase of that office.
      const holder = office ? this.introducedWith(officeKey(office), m.start, m.gender) : null;
      if (holder) return holder;
      const list = m.head ? this.appositions.get(m.head.split(" ")[0]) : undefined;
      const mods = m.head ? m.head.split(" ").slice(1) : [];
      if (list) {
        // The nearest compatible introduction before the description, else the first after it, in any paragraph ("selon le
        // procureur d'Amiens" before "le procureur d'Amiens, Alexandre X" further down).
        let pick: { pos: number; name: NameSpan; modifiers: string[] } | null = null;
        // "le président du RN" is not the person introduced as "président du groupe PS": both complements name entities.
        const complement = this.ownComplement(m);
        for (const a of list) {
          if (!compatible(this.genderOf(a.name.key), m.gender)) continue;
          if (mods.length && a.modifiers.length && !a.modifiers.some((w) => mods.includes(w))) continue;
          if (complement && a.complement && a.complement !== complement) continue;
          if (a.pos < m.start || !pick) pick = a;
          if (a.pos >= m.start) break;
        }
        const qualified = pick && !pick.modifiers.some((w) => mods.includes(w)) ? this.adjectiveHolder(m) : null;
        if (qualified) return qualified;
        // "Jean-Philippe Tanguy a promis une censure. « … », a prévenu le député de la Somme": the subject of the sentence
        // before, introduced with no noun anywhere, is whom the description varies on, not the deputy introduced earlier.
        const fresh = pick && pick.pos < m.start ? this.bareSubjectBefore(m.start, m.gender, pick.pos) : null;
        if (fresh) return fresh;
        if (pick) return this.canonical(pick.name);
      }
      // A noun the table does not list, that the article introduced someone with ("l'humoriste Jeanne X").
      if (!list && m.head) {
        const introduced = this.introducedWith(m.head.split(" ")[0], m.start, m.gender);
        if (introduced) return introduced;
      }
      // "Jean-Michel Aulas a promis … « … », a raillé son adversaire": the other of the two, not the possessor.
      if (this.namesRival(m)) return this.rivalOf(m);
      // "Sa voisine du troisième confirme : « … »": someone's relative or associate that no one was introduced as is
      // someone else than the person named last (most often the possessor), and unnamed.
      if (this.opensWithPossessive(m) && m.head && isPersonHead(m.head.split(" ")[0], this.lang)) return this.unnamedReferent(m);
      // A person named in this sentence or the one before; else, as nobody was introduced with this title,
      // the person the article is about ("l'ancien candidat à la présidentielle" for its protagonist).
      const since = this.namedSinceSpeaker(m);
      if (since) return since;
      const near = this.unlessQualifiedOtherwise(m, this.findAntecedent(m.start, m.gender));
      // "Un voisin, qui avait donné l'alerte, a témoigné. « … », a raconté le retraité": the one the sentence before
      // brought in unnamed, when nobody was named since.
      const unnamed = this.unnamedIntroBefore(m.start, m.gender, true);
      if (unnamed >= 0 && (!near || near.at < unnamed)) return this.unnamedReferent(m);
      if (near && this.sentencesBetween(near.at, m.start) <= 1) return near.name;
      return this.salientPerson(m.start, m.gender) ?? near?.name ?? this.recentSpeaker(m.start, m.gender);
    }
    return null;
  }

  /**
   * "Emmanuel Macron et le chancelier allemand Friedrich Merz … a déclaré le président français": a person the article
   * introduced with another nationality (allemand) is not the one a description of this nationality (français) stands
   * for; then the latest compatible person named before in its sentence or the one before who is not, else null.
   */
  private unlessQualifiedOtherwise(m: Mention, near: { name: string; at: number } | null): { name: string; at: number } | null {
    const nationality = this.nationalityOf(m);
    if (!near || nationality === undefined) return near;
    const otherwise = (name: string) => {
      const own = this.nationalitiesOf(name);
      return own.size > 0 && !own.has(nationality);
    };
    return otherwise(near.name) ? this.latestPerson(m.start, m.gender, (name) => !otherwise(name), 1) : near;
  }

  /**
   * "… a expliqué le sélectionneur Patrice Garnier. Le brassard devrait revenir à Aurélien Tchouaméni. Le milieu de
   * terrain … s'est dit « … »": a description nobody was introduced with, after a person named since the last speaker
   * (in its sentence or the one before), is that person when the last speaker was introduced with another noun.
   */
  private namedSinceSpeaker(m: Mention): string | null {
    const head = m.head?.split(" ")[0];
    if (!head || !isPersonHead(head, this.lang) || this.opensWithPossessive(m)) return null;
    const h = this.history.findLast((e) => e.pos < m.start && e.person);
    if (!h) return null;
    const heads = this.introductionHeadsByKey();
    const spoke = heads.get(lastWordKey(h.name));
    if (!spoke || spoke.has(head)) return null;
    // The name may be a verb's complement ("revenir à Aurélien Tchouaméni"), which persons leaves out, but not a noun's
    // ("le choix d'Emmanuel Macron").
    let n: NameSpan | undefined;
    const hi = lastIndexBefore(this.names, m.start, (x) => x.start);
    for (let i = hi; i >= 0 && hi - i < MAX_LOOKBACK && this.names[i].start > h.after; i--) {
      const of = this.tokens[this.names[i].first - 1];
      if (of && this.lang.officeComplements.has(of.lower.replace(/’/g, "'"))) continue;
      if (this.isPerson(this.names[i]) && !this.insideQuote(this.names[i].start)) {
        n = this.names[i];
        break;
      }
    }
    if (!n || n.last === n.first || this.sentencesBetween(n.start, m.start) > 1 || !compatible(this.genderOf(n.key), m.gender) || this.entityFor(n)?.type !== "PERSON") return null;
    const named = heads.get(n.key);
    if (named && !named.has(head)) return null;
    const name = this.canonical(n);
    return name === h.name ? null : name;
  }

  /** The noun of a description's head words: "ancien chef" -> "chef" (a head that also qualifies comes first), "président turc" -> "président". */
  private headNoun(head: string): string {
    const words = head.split(" ");
    return words.length > 1 && this.lang.descriptionHeads.has(words[1]) ? words[1] : words[0];
  }

  /**
   * The nationality a description gives its person: an adjective of its head ("le président français") or of its
   * head's complement ("le chef de la diplomatie allemande").
   */
  private nationalityOf(m: Mention): string | undefined {
    if (!m.head) return undefined;
    const words = m.head.split(" ");
    const own = words.slice(1).map((w) => this.lang.nationalities.get(w)).find((n) => n !== undefined);
    if (own !== undefined) return own;
    let afterHead = false;
    for (let k = Math.max(0, this.tokenIndexAt(m.start)); k < this.tokens.length && this.tokens[k].start < m.end; k++) {
      const t = this.tokens[k];
      if (afterHead && t.kind === "word" && !t.upper && this.lang.nationalities.has(t.lower)) return this.lang.nationalities.get(t.lower);
      if (t.lower === words[0]) afterHead = true;
    }
    return undefined;
  }

  /** Persons' nationalities as their introductions qualify them ("le chancelier allemand X"), by canonical name; built once. */
  private nationalitiesByName: Map<string, Set<string>> | null = null;

  private nationalitiesOf(name: string): ReadonlySet<string> {
    if (!this.nationalitiesByName) {
      const out = new Map<string, Set<string>>();
      for (const list of this.appositions.values()) {
        for (const a of list) {
          for (const w of a.modifiers) {
            const nationality = this.lang.nationalities.get(w);
            if (nationality === undefined) continue;
            const key = this.canonical(a.name);
            let set = out.get(key);
            if (!set) out.set(key, (set = new Set()));
            set.add(nationality);
          }
        }
      }
      this.nationalitiesByName = out;
    }
    return this.nationalitiesByName.get(name) ?? EMPTY;
  }

  /**
   * The person named last before pos, after `after` (where the description's head introduced someone, in an earlier
   * paragraph), as the subject of pos's sentence or the one before in pos's paragraph, of a compatible gender and
   * introduced with no description head anywhere in the article; else null.
   */
  private bareSubjectBefore(pos: number, gender: Gender, after: number): string | null {
    const p = this.persons[this.lastPersonBefore(pos)];
    if (!p) return null;
    // The subject of a clause, or the inverted subject of a cue ("« … », regrettait Pierre Sage.").
    const inverted = this.lang.verbForms.has(this.tokens[p.name.first - 1]?.lower ?? "");
    if (p.pos <= after || !(p.subject || inverted) || p.name.governed || this.sentencesBetween(p.pos, pos) > 1 || !compatible(this.genderOf(p.key), gender)) return null;
    // In the description's paragraph, the introduction in an earlier one: "Le rappeur, Kalo Diaz a dévoilé son clip. Nicolas
    // Berger avait critiqué ses textes. Le rappeur avait qualifié …" is still the rapper.
    if (this.lineBreakBetween(p.pos, pos) || !this.lineBreakBetween(after, p.pos)) return null;
    return (this.introductionHeadsByKey().get(p.key)?.size ?? 0) === 0 ? this.canonical(p.name) : null;
  }

  /**
   * The last person in subject position (a verb, clitic or apposition follows it) between two offsets: named, or
   * described by a noun the article introduced them with ("Le maire a répliqué" for "le maire sortant, Benoît Payan").
   */
  private subjectPersonBetween(from: number, to: number, gender: Gender): { name: string; at: number } | null {
    let named: { name: string; at: number } | null = null;
    for (let i = this.lastPersonBefore(to); i >= 0; i--) {
      const p = this.persons[i];
      if (p.pos <= from) break;
      if (!p.subject || !compatible(this.genderOf(p.key), gender)) continue;
      // "Emmanuel Tjibaou, fils du leader Jean-Marie Tjibaou, s'est montré …": the subject whose apposition names p.
      const holder = this.appositionHolder(i) ?? p;
      if (!compatible(this.genderOf(holder.key), gender)) continue;
      named = { name: this.canonical(holder.name), at: p.pos };
      break;
    }
    const described = this.subjectDescriptionBetween(named ? named.at : from, to, gender);
    return described?.name ? { name: described.name, at: described.at } : named;
  }

  /**
   * "Le maire a aussitôt répliqué. « … », a-t-il rétorqué": a definite description of one person opening a sentence
   * or its main clause, its verb right after it (one adjective between), and the person the article introduced with its noun. Reads the
   * tokens back from `to` to `from` only: a pronoun's window, never the article.
   */
  private subjectDescriptionBetween(from: number, to: number, gender: Gender): { name: string | null; at: number } | null {
    const t = this.tokens;
    const lang = this.lang;
    const verbLike = (w: Token | undefined) => w !== undefined && w.kind === "word" && (lang.auxiliaries.has(w.lower) || lang.verbForms.has(w.lower) || lang.preverbalClitics.has(w.lower));
    for (let k = lastIndexBefore(t, to, (x) => x.start); k > 0 && t[k].start > from; k--) {
      const article = t[k];
      // At a sentence's start, or after a fronted phrase's comma ("Interrogé sur ces critiques, le ministre a répondu").
      if (article.kind !== "word" || !lang.articles.has(article.lower) || lang.indefiniteArticles.has(article.lower) || !(this.opensSentence(k) || t[k - 1].text === ",")) continue;
      const head = t[k + 1];
      if (!head || head.kind !== "word" || head.upper || !isPersonHead(head.lower, lang) || !compatible(lang.descriptionHeads.get(head.lower) ?? "x", gender)) continue;
      let v = k + 2;
      const qualifier = !verbLike(t[v]) && t[v]?.kind === "word" && !t[v].upper ? t[v].lower : null;
      if (qualifier !== null) v++;
      if (!verbLike(t[v]) || this.insideQuote(article.start)) continue;
      const name = this.introducedWith(head.lower, article.start, gender);
      // "L'ancien socialiste" is not "l'ancien président François Hollande": a word after the head that none of the
      // person's introductions with that head had.
      const intros = name !== null && qualifier !== null ? (this.appositions.get(head.lower) ?? []).filter((a) => this.canonical(a.name) === name) : [];
      const clash = intros.some((a) => a.modifiers.length > 0) && !intros.some((a) => a.modifiers.includes(qualifier!));
      // Unresolved (null: "The official added that …"), it most often describes the one speaking already.
      return { name: clash ? null : name, at: article.start };
    }
    return null;
  }

  /**
   * "Arteta confirmed that captain Martin Odegaard would miss the match. « … », he said": a person named inside a
   * clause that a verb of saying and its complementizer open is what the sentence's subject reported; that subject,
   * named earlier in the same sentence, is the one a pronoun after it takes up.
   */
  private matrixSubject(i: number, gender: Gender): PersonMention | null {
    const p = this.persons[i];
    for (let j = i - 1; j >= 0; j--) {
      const q = this.persons[j];
      if (this.sentencesBetween(q.pos, p.pos) > 0) return null;
      if (!q.subject || q.key === p.key || !compatible(this.genderOf(q.key), gender)) continue;
      // Its verb of saying, then the complementizer ("confirmed that", "a assuré que"; not "ainsi que").
      let said = false;
      for (let k = q.name.last + 1; k < p.name.first; k++) {
        const t = this.tokens[k];
        if (t.kind !== "word") continue;
        if (said && this.lang.complementizers.has(t.lower)) return q;
        said ||= this.lang.verbForms.has(t.lower);
      }
      return this.colonClauseSubject(i, gender);
    }
    return null;
  }

  /** The subject, named earlier in its sentence, in whose apposition persons[i] is named; else null. */
  private appositionHolder(i: number): PersonMention | null {
    const p = this.persons[i];
    for (let j = i - 1; j >= 0 && this.sentencesBetween(this.persons[j].pos, p.pos) === 0; j--) {
      const q = this.persons[j];
      if (q.subject && this.insideApposition(q, p) && this.canonical(q.name) !== this.canonical(p.name)) return q;
    }
    return null;
  }

  /**
   * Whether p is named in the apposition that commas open right after subject q and close right after p, a common noun's
   * phrase ("fils du leader indépendantiste"): lowercase words only before p, no verb, no coordinator (not a list of names).
   */
  private insideApposition(q: PersonMention, p: PersonMention): boolean {
    if (this.tokens[q.name.last + 1]?.text !== "," || this.tokens[p.name.last + 1]?.text !== "," || p.name.first <= q.name.last + 2) return false;
    for (let k = q.name.last + 2; k < p.name.first; k++) {
      const t = this.tokens[k];
      if (t.kind !== "word" || t.upper || this.lang.verbForms.has(t.lower) || this.lang.nameConjunctions.has(t.lower) || this.lang.clauseCoordinators.has(t.lower) || this.insideQuote(t.start)) return false;
    }
    return true;
  }

  /**
   * "Dmitri Rogozine a félicité Jim Bridenstine, ainsi que le fondateur de SpaceX, Elon Musk : « … », a-t-il écrit": a person
   * right before the colon that opens a quote is the object of the cue before them; the sentence's first subject, with that
   * cue after it, is whom a pronoun stands for.
   */
  private colonClauseSubject(i: number, gender: Gender): PersonMention | null {
    const p = this.persons[i];
    if (this.tokens[p.name.last + 1]?.text !== ":") return null;
    let first: PersonMention | null = null;
    for (let j = i - 1; j >= 0 && this.sentencesBetween(this.persons[j].pos, p.pos) === 0; j--) if (this.persons[j].subject) first = this.persons[j];
    if (!first || first.key === p.key || !compatible(this.genderOf(first.key), gender)) return null;
    for (let k = first.name.last + 1; k < p.name.first; k++) if (this.tokens[k].kind === "word" && this.lang.verbForms.has(this.tokens[k].lower)) return first;
    return null;
  }

  /** The compatible person named last before `pos` (bounded look-back), whatever their place in the sentence. */
  private lastNamedPerson(pos: number, gender: Gender): string | null {
    return this.latestPerson(pos, gender, () => true)?.name ?? null;
  }

  /**
   * May a mention at `from` stand for someone named later at `to`? Within its paragraph; from the headline (the first
   * line), in the text below it too ("« … », affirme la ministre du Travail" above "La ministre du Travail Astrid X …").
   */
  private looksAheadTo(from: number, to: number): boolean {
    return from < this.headlineEnd || !this.lineBreakBetween(from, to);
  }

  /** Is there a line break (a paragraph's end) between two offsets? */
  private lineBreakBetween(from: number, to: number): boolean {
    for (let k = Math.max(0, this.tokenIndexAt(from)); k < this.tokens.length && this.tokens[k].start < to; k++) if (this.tokens[k].kind === "nl") return true;
    return false;
  }

  /** Index of the token that holds offset `at` (the last one starting at or before it), or -1. */
  private tokenIndexAt(at: number): number {
    return lastIndexBefore(this.tokens, at + 1, (t) => t.start);
  }

  /** Index of the last person mentioned before pos, or -1 (persons are in text order). */
  private lastPersonBefore(pos: number): number {
    return lastIndexBefore(this.persons, pos, (p) => p.pos);
  }

  /**
   * Is a compatible person named (outside quotes) between two offsets, other than as an agent ("Une expression déjà
   * utilisée par François Fillon", "inspired by Sanders's agenda" name him, but the one speaking goes on)?
   */
  private personBetween(from: number, to: number, gender: Gender): boolean {
    for (let i = this.lastPersonBefore(to); i >= 0; i--) {
      const p = this.persons[i];
      if (p.pos <= from) return false;
      if (compatible(this.genderOf(p.key), gender) && !this.lang.agentPrepositions.has(this.tokens[p.name.first - 1]?.lower ?? "")) return true;
    }
    return false;
  }

  /**
   * "L'ancien socialiste n'est pas tendre avec l'ancien président François Hollande. « … », analyse-t-il": a description as
   * the subject of a sentence since the last speaker, standing for nobody else, and the persons named since only objects.
   */
  private describedSubjectGoesOn(from: number, to: number, gender: Gender, speaker: string): boolean {
    for (let i = this.lastPersonBefore(to); i >= 0 && this.persons[i].pos > from; i--) if (this.persons[i].subject && compatible(this.genderOf(this.persons[i].key), gender)) return false;
    const described = this.subjectDescriptionBetween(from, to, gender);
    return described !== null && (described.name === null || described.name === speaker);
  }

  /** The most recent compatible person before pos: a person name, or an earlier speaker. */
  antecedent(pos: number, gender: Gender): string | null {
    return this.findAntecedent(pos, gender)?.name ?? null;
  }

  /**
   * The organisation an institution's description stands for: the latest organisation named before it
   * whose name holds the head noun ("le conseil" -> "conseil départemental de la Gironde"), or for a medium
   * the latest organisation named ("rapporte Le Parisien … selon le quotidien").
   */
  /** "Sud-Rail, deuxième syndicat de l'entreprise": the head noun in the apposition right after the name (three words at most before it). */
  private headInApposition(n: NameSpan, head: string): boolean {
    if (this.tokens[n.last + 1]?.text !== ",") return false;
    for (let k = n.last + 2; k <= n.last + 5 && k < this.tokens.length; k++) {
      const t = this.tokens[k];
      if (t.kind !== "word" || t.upper) return false;
      if (t.lower === head) return true;
    }
    return false;
  }

  private organisationBefore(pos: number, head: string): string | null {
    const hi = lastIndexBefore(this.entityMentions, pos, (m) => m.start);
    let latest: string | null = null;
    let latestAt = -1;
    let opening: string | null = null;
    let outOfReach = false;
    const kind = this.lang.organisationHeads.get(head);
    const namedBody = this.lang.namedBodyHeads.has(head);
    for (let i = hi; i >= 0 && hi - i < MAX_LOOKBACK; i--) {
      const e = this.entityMentions[i].entity;
      if (e.type !== "ORGANIZATION" || this.insideQuote(this.entityMentions[i].start)) continue;
      // A wire agency ("(AFP)") is the dispatch's medium, never the institution a generic noun stands for.
      if ((kind === "generic" || namedBody) && isWireAgency(e.name)) continue;
      if (foldName(e.name).split(/[\s'’-]+/).includes(foldName(head))) return e.name;
      // "le groupe Agir ensemble … le nouveau groupe": the organisation the text introduced with that noun.
      if (this.nounBefore(this.entityMentions[i].start) === head) return e.name;
      // The one spoken to or the questioner ("au Figaro", "interrogée par La Gazette") is not what a business's, a party's
      // or a generic noun ("l'organisation") stands for.
      if ((namedBody || kind === "generic") && this.spokenToOrBy(this.entityMentions[i].start)) continue;
      if (latest === null) [latest, latestAt] = [e.name, this.entityMentions[i].start];
      // "Force ouvrière, majoritaire chez Stellantis, s'est montrée prudente": the one that opened the latest one's sentence,
      // not the one inside its apposition. A business or a party as its subject (after "selon", a medium is as likely); an
      // institution also after "selon".
      if (opening === null && !outOfReach) {
        const at = this.entityMentions[i].start;
        if (this.sentencesBetween(at, latestAt) > 0 || this.sentencesBetween(at, pos) > 1) outOfReach = true;
        else if (this.opensAsSubjectOrSource(at, kind === "institution" && !namedBody)) opening = e.name;
      }
    }
    // "selon le parquet de Nantes … a indiqué l'institution": an institution the text named by its noun since.
    if (kind === "generic") return this.institutionDescribedBetween(latestAt, pos) ?? latest;
    // "Selon Île-de-France Mobilités, la fréquentation a baissé. « … », a indiqué l'autorité organisatrice des transports":
    // an institution's noun stands for the organisation that opened this sentence or the one before, nobody named since.
    if (kind === "institution" && !namedBody && opening !== null && this.lastPersonPos(pos) < latestAt) return opening;
    // A medium: no name holds its noun, the latest one named is meant.
    if (kind === "medium") return latest;
    // "Hutchison Ports, which runs the terminal, said … the company said": a name of several capitalised words
    // the entity stage left untyped, in this sentence or the one before, and no person's.
    const hiName = lastIndexBefore(this.names, pos, (n) => n.start);
    for (let i = hiName; i >= 0 && hiName - i < MAX_LOOKBACK; i--) {
      const n = this.names[i];
      if (this.sentencesBetween(n.start, pos) > 1) break;
      if (this.insideQuote(n.start) || this.isPerson(n)) continue;
      // "Sud-Rail, deuxième syndicat de l'entreprise, … prévient le syndicat", "Le syndicat USTKE …": a name the text
      // introduced with this noun, whatever type the entity stage gave it.
      if (this.tokens[n.first - 1]?.lower === head || this.headInApposition(n, head)) return this.canonical(n);
      if (n.last === n.first || n.governed || this.entityFor(n)) continue;
      return this.canonical(n);
    }
    // A business, a party, a union: else the organisation named in this sentence or the one before ("Veltra a confirmé … »,
    // a indiqué l'entreprise"), leaving out a medium that put the question ("Selon Ferrovia Nord, interrogée par La Gazette du Nord").
    if (namedBody && latest !== null && this.sentencesBetween(latestAt, pos) <= 1) return opening ?? latest;
    return null;
  }

  /** The lowercase word right before an offset ("groupe" before "Agir ensemble"), or "". */
  private nounBefore(start: number): string {
    const t = this.tokens[lastIndexBefore(this.tokens, start, (x) => x.start)];
    return t && t.kind === "word" && t.text === t.lower ? t.lower : "";
  }

  /** A mention right after "à"/"au"/"to" or "par"/"by" (and maybe an article): the one spoken to or the questioner ("interrogée par La Gazette du Nord"). */
  private spokenToOrBy(start: number): boolean {
    const governs = (k: number) => k >= 0 && (this.lang.listenerPrepositions.has(this.tokens[k].lower) || this.lang.agentPrepositions.has(this.tokens[k].lower));
    const k = lastIndexBefore(this.tokens, start, (t) => t.start);
    // "au Figaro" (a contracted article that is the preposition itself), "à La Gazette", "par le Parisien".
    return governs(k) || (k >= 0 && this.lang.articles.has(this.tokens[k].lower) && governs(k - 1));
  }

  /**
   * The latest institution described by its lowercase noun after a determiner between two offsets, outside quotes, as its
   * words ("le parquet de Nantes" -> "parquet de Nantes"), or null.
   */
  private institutionDescribedBetween(from: number, to: number): string | null {
    const tokens = this.tokens;
    const last = lastIndexBefore(tokens, to, (t) => t.start);
    for (let k = last; k > 0 && last - k < MAX_DESCRIPTION_REACH && tokens[k].start > from; k--) {
      const t = tokens[k];
      if (t.kind !== "word" || t.text !== t.lower || this.lang.organisationHeads.get(t.lower) !== "institution") continue;
      if (!this.lang.articles.has(tokens[k - 1].lower) || this.insideQuote(t.start)) continue;
      // "Le syndicat USTKE": the name right after the noun is the institution's.
      const named = tokens[k + 1] ? this.names[lastIndexBefore(this.names, tokens[k + 1].start + 1, (n) => n.start)] : undefined;
      if (named && named.first === k + 1 && !this.isPerson(named)) return this.canonical(named);
      // Its complement: "de Nantes", "du Val-de-Marne", "de la Gironde".
      let end = k + 1;
      if (tokens[end] && this.lang.prepositions.has(tokens[end].lower)) {
        let n = end + 1;
        if (tokens[n] && this.lang.articles.has(tokens[n].lower)) n++;
        if (tokens[n]?.upper && tokens[n].kind === "word") end = n + 1;
      }
      let words = t.text;
      for (let i = k + 1; i < end; i++) words += (tokens[i].start > tokens[i - 1].end ? " " : "") + tokens[i].text;
      return words;
    }
    return null;
  }

  /** A pronoun mention's word, lowercased: a token of its own ("on") or the end of one ("confie-t-on"). */
  private pronounWord(m: Mention): string {
    const k = this.tokenIndexAt(m.start);
    const t = this.tokens[k];
    return t ? t.lower.slice(m.start - t.start, m.end - t.start) : "";
  }

  /** The compatible person named most often before pos (outside quotes); the latest on a tie. */
  private salientPerson(pos: number, gender: Gender): string | null {
    const counts = new Map<string, { n: number; name: NameSpan }>();
    let lo = 0;
    let hi = this.names.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.names[mid].start < pos) lo = mid + 1;
      else hi = mid - 1;
    }
    for (let i = hi; i >= 0 && hi - i < SALIENCE_LOOKBACK; i--) {
      const n = this.names[i];
      if (this.insideQuote(n.start) || !compatible(this.genderOf(n.key), gender) || !this.isPerson(n)) continue;
      const c = counts.get(n.key);
      if (c) c.n++;
      else counts.set(n.key, { n: 1, name: n });
    }
    let best: { n: number; name: NameSpan } | null = null;
    for (const c of counts.values()) if (!best || c.n > best.n) best = c;
    return best ? this.canonical(best.name) : null;
  }

  private findAntecedent(pos: number, gender: Gender): { name: string; at: number } | null {
    // A pronoun in a cue most often continues the last speaker, when that one is recent.
    for (let i = this.history.length - 1; i >= 0; i--) {
      const h = this.history[i];
      if (h.pos >= pos) continue;
      if (!h.person || !compatible(h.gender, gender) || !compatible(this.genderOf(lastWordKey(h.name)), gender)) {
        if (pos - h.pos > SPEAKER_WINDOW) break;
        continue;
      }
      if (pos - h.pos > SPEAKER_WINDOW) {
        // A long quote between the speaker and the pronoun: it goes on while nobody else is named.
        if (pos - h.after <= SPEAKER_RUN && (!this.personBetween(h.after, pos, gender) || this.describedSubjectGoesOn(h.after, pos, gender, h.name))) return { name: h.name, at: h.pos };
        break;
      }
      // "… », a dit X. À gauche, Y n'est guère plus tendre. Il …": a new subject in between wins.
      return this.subjectPersonBetween(h.after, pos, gender) ?? { name: h.name, at: h.pos };
    }
    let personPos = -1;
    let personName: string | null = null;
    // Start below pos and look at a bounded number of persons.
    const hi = this.lastPersonBefore(pos);
    for (let i = hi; i >= 0 && hi - i < MAX_LOOKBACK; i--) {
      if (!compatible(this.genderOf(this.persons[i].key), gender)) continue;
      // "Interrogé par le président de la cour, Christophe Petiteau, il a nié": the agent is not whom "il" stands for.
      if (this.persons[i].agent) continue;
      const holder = this.appositionHolder(i);
      const p = this.matrixSubject(i, gender) ?? (holder && compatible(this.genderOf(holder.key), gender) ? holder : this.persons[i]);
      personPos = p.pos;
      personName = this.canonical(p.name);
      break;
    }
    for (let i = this.history.length - 1; i >= 0 && this.history.length - i < MAX_LOOKBACK; i--) {
      const h = this.history[i];
      if (h.pos >= pos || h.pos <= personPos || !h.person) continue;
      if (!compatible(h.gender, gender) || !compatible(this.genderOf(lastWordKey(h.name)), gender)) continue;
      return { name: h.name, at: h.pos };
    }
    return personName === null ? null : { name: personName, at: personPos };
  }

  /**
   * "Emmanuel Macron et Angela Merkel ont salué … Ils se sont déclarés …": two persons joined as one subject in this
   * sentence or the one before are what a plural pronoun stands for, as one joint speaker.
   */
  private pairNamedBefore(pos: number): string | null {
    const i = this.lastPersonBefore(pos);
    if (i < 1) return null;
    const [a, b] = [this.persons[i - 1], this.persons[i]];
    // "X et Y", "X and Y"; "Maud Petit, ainsi que Laurent Saint-Martin", "X, as well as Y": a conjunction, maybe of several words after a comma.
    let k0 = a.name.last + 1;
    if (this.tokens[k0]?.text === ",") k0++;
    const conjunction = this.conjunctionAt(k0);
    if (conjunction === 0 || (k0 > a.name.last + 1 && conjunction === 1) || !a.subject || b.name.first - (k0 + conjunction) > MAX_TITLE_BETWEEN) return null;
    // "Tomas Varga et la chancelière Ilse Brenner", "Robert Haines and his wife, Carol": the second may have its article
    // and title, and a comma before the name.
    for (let k = k0 + conjunction; k < b.name.first; k++) {
      const t = this.tokens[k];
      if (t.text === "," && k === b.name.first - 1 && k > k0 + conjunction) continue;
      if (t.kind !== "word" || !(this.lang.articles.has(t.lower) || this.lang.descriptionHeads.has(t.lower))) return null;
    }
    if (this.sentencesBetween(b.pos, pos) > 1) return null;
    const members = [this.canonical(a.name), this.canonical(b.name)];
    // Named with the language's plain conjunction ("et", "and") whatever joined them.
    const and = conjunction === 1 ? this.tokens[k0].text : [...this.lang.nameConjunctions].find((c) => !c.includes(" ")) ?? this.tokens[k0].text;
    const joint = `${members[0]} ${and} ${members[1]}`;
    this.pairs.set(joint, members);
    return joint;
  }

  /** How many tokens from k make one of the language's conjunctions between two names ("et", "ainsi que"), else 0. */
  private conjunctionAt(k: number): number {
    let best = 0;
    for (const c of this.lang.nameConjunctions) {
      const words = c.split(" ");
      if (words.length > best && words.every((w, j) => this.tokens[k + j]?.lower === w)) best = words.length;
    }
    return best;
  }

  /** The persons of a joint speaker this resolver built, else undefined. */
  membersOf(speaker: string): readonly string[] | undefined {
    return this.pairs.get(speaker);
  }

  private recentGroupSpeaker(pos: number): string | null {
    for (let i = this.history.length - 1; i >= 0 && this.history.length - i < MAX_LOOKBACK; i--) {
      const h = this.history[i];
      if (h.pos >= pos) continue;
      if (pos - h.pos > SPEAKER_WINDOW) break;
      // "… », a prévenu SUD-Rail. La CGT-Cheminots, de son côté, hésite. « … », ont-ils expliqué": a new subject wins.
      // "… », ont-ils fait valoir. Les socialistes se montrent réservés : ils …": a group that opened a sentence since then
      // is who "ils" stands for, named or not.
      if (!h.person) {
        const group = this.groupSubjectFor(pos, h.after);
        return group !== undefined ? group : this.organisationSubjectBetween(h.after, pos) ?? h.name;
      }
    }
    return null;
  }

  /**
   * The organisation that opens, after an article of the pronoun's gender ("La CFDT" for elle, "Le Medef" for il), this
   * sentence or the one before, when it is the last organisation and no person is named after it outside quotes; else
   * null. Languages whose articles tell no gender (English "the") never give a person's pronoun to an organisation.
   */
  private organisationSubjectFor(pos: number, gender: Gender): string | null {
    if (gender !== "m" && gender !== "f") return null;
    const personAt = this.lastPersonPos(pos);
    for (let i = lastIndexBefore(this.entityMentions, pos, (m) => m.start); i >= 0 && this.entityMentions[i].start > personAt; i--) {
      const m = this.entityMentions[i];
      if (m.entity.type !== "ORGANIZATION" || this.insideQuote(m.start)) continue;
      if (this.sentencesBetween(m.start, pos) > 1) return null;
      const k = this.phraseStartAt(m.start);
      // The article written before the name ("La CFDT"); a name's own capitalised article ("La France insoumise") is not read.
      if (k < 0 || this.tokens[k].start === m.start || this.lang.articleGenders.get(this.tokens[k].lower) !== gender || !this.opensSentence(k)) return null;
      return m.entity.name;
    }
    return null;
  }

  /**
   * "Les parlementaires insoumis comptent sur … « … », ont-ils fait valoir": a plural definite description opening this
   * sentence or the one before, with no person named since (nor before `after`): the organisation its words name
   * (groupOrganisation), null when they name none, undefined when no such description opened a sentence.
   */
  private groupSubjectFor(pos: number, after = -1): string | null | undefined {
    const t = this.tokens;
    const lang = this.lang;
    const plain = (w: Token | undefined) => w !== undefined && w.kind === "word" && w.text === w.lower && !lang.prepositions.has(w.lower) && !lang.articles.has(w.lower);
    const k = this.openingArticleSince(pos, Math.max(after, this.lastPersonPos(pos)), "p");
    // The noun, its adjectives, maybe the verb: groupOrganisation asks these words to name an organisation, and
    // "les enquêteurs ont …" names none.
    let end = k;
    while (k >= 0 && end - k < 3 && plain(t[end + 1])) end++;
    if (end === k) return undefined;
    return this.groupOrganisation({ kind: "description", start: t[k].start, end: t[end].end, gender: "p", head: t[k + 1].lower });
  }

  /** The last speaker before pos (`h`), within SPEAKER_RUN, is a person of a gender compatible with the pronoun's. */
  private personSpokeLast(h: SpeakerEvent | undefined, pos: number, gender: Gender): boolean {
    return h !== undefined && h.person && pos - h.pos <= SPEAKER_RUN && compatible(h.gender, gender) && compatible(this.genderOf(lastWordKey(h.name)), gender);
  }

  /**
   * "La préfecture de police de Paris a mis fin … « … », a-t-elle indiqué": an institution's description opening this
   * sentence or the one before, after an article of the pronoun's gender, its verb after it, with no person named since:
   * the organisation it names inside ("la direction de la SNCF"), else its words ("préfecture de police de Paris").
   */
  private institutionSubjectFor(pos: number, gender: Gender): string | null {
    if (gender !== "m" && gender !== "f") return null;
    const t = this.tokens;
    const k = this.openingArticleSince(pos, this.lastPersonPos(pos), gender);
    const head = t[k + 1];
    if (k < 0 || !head || head.kind !== "word" || head.upper || this.lang.organisationHeads.get(head.lower) !== "institution") return null;
    // The noun and its complements, up to the verb: "préfecture de police de Paris | a mis fin".
    let end = k + 1;
    // (A verb is in lowercase: the "A" of "C et A" is a name's.)
    const verb = (w: Token | undefined) => w !== undefined && w.kind === "word" && w.text === w.lower && (this.lang.auxiliaries.has(w.lower) || this.lang.verbForms.has(w.lower));
    while (end + 1 < t.length && end - k < 7 && t[end + 1].kind === "word" && !verb(t[end + 1])) end++;
    if (!verb(t[end + 1])) return null;
    while (end > k + 1 && (this.lang.prepositions.has(t[end].lower) || this.lang.articles.has(t[end].lower))) end--;
    let words = t[k + 1].text;
    for (let j = k + 2; j <= end; j++) words += (t[j].start > t[j - 1].end ? " " : "") + t[j].text;
    return this.organisationInside({ kind: "description", start: t[k].start, end: t[end].end, gender }) ?? words;
  }

  /** The token index where the noun phrase of a name starting at `start` begins: its article, if one precedes it; -1 when no token starts there. */
  private phraseStartAt(start: number): number {
    const k = this.tokenIndexAt(start);
    if (this.tokens[k]?.start !== start) return -1;
    return this.lang.articles.has(this.tokens[k - 1]?.lower ?? "") ? k - 1 : k;
  }

  /** Does the name at `start` open its sentence, after its article ("La CFDT a …"), or, with `source`, a source's cue ("Selon l'Insee, …")? */
  private opensAsSubjectOrSource(start: number, source: boolean): boolean {
    const k = this.phraseStartAt(start);
    if (k < 0) return false;
    if (this.opensSentence(k)) return true;
    return source && this.lang.prepositionCues.some((cue) => k >= cue.length && this.opensSentence(k - cue.length) && cue.every((w, j) => this.tokens[k - cue.length + j].lower === w));
  }

  /** The offset of the last person named outside quotes before pos, or -1. */
  private lastPersonPos(pos: number): number {
    const hi = this.lastPersonBefore(pos);
    return hi >= 0 ? this.persons[hi].pos : -1;
  }

  /**
   * The token index of the nearest article of `gender` that opens a sentence, outside quotes, after offset `from` and in
   * pos's sentence or the one before; -1 when there is none.
   */
  private openingArticleSince(pos: number, from: number, gender: Gender): number {
    const t = this.tokens;
    for (let k = lastIndexBefore(t, pos, (x) => x.start); k > 0 && t[k].start > from; k--) {
      if (this.sentencesBetween(t[k].start, pos) > 1) return -1;
      if (this.opensSentence(k) && !this.insideQuote(t[k].start) && this.lang.articleGenders.get(t[k].lower) === gender) return k;
    }
    return -1;
  }

  /**
   * "Interrogée, la direction a assuré « … ». « … », a-t-elle ajouté": the last speaker, when an organisation or an
   * institution's description whose article has the pronoun's gender, in this sentence or the one before, with no
   * person named since; else null. `h` is the last speaker before pos.
   */
  private organisationSpeakerFor(h: SpeakerEvent | undefined, pos: number, gender: Gender): string | null {
    if (gender !== "m" && gender !== "f") return null;
    if (!h || h.person || this.sentencesBetween(h.pos, pos) > 1 || this.lastPersonPos(pos) > h.pos) return null;
    let k = this.tokenIndexAt(h.pos);
    if (this.tokens[k]?.start !== h.pos) return null;
    if (!this.lang.articles.has(this.tokens[k].lower)) k--;
    return this.lang.articleGenders.get(this.tokens[k]?.lower ?? "") === gender ? h.name : null;
  }

  /** The last organisation opening a sentence (after a determiner, if any) between two offsets, outside quotes, else null. */
  private organisationSubjectBetween(from: number, to: number): string | null {
    for (let i = lastIndexBefore(this.entityMentions, to, (m) => m.start); i >= 0 && this.entityMentions[i].start > from; i--) {
      const m = this.entityMentions[i];
      if (m.entity.type !== "ORGANIZATION" || this.insideQuote(m.start)) continue;
      const k = this.phraseStartAt(m.start);
      if (k >= 0 && this.opensSentence(k)) return m.entity.name;
    }
    return null;
  }

  private recentSpeaker(pos: number, gender: Gender): string | null {
    for (let i = this.history.length - 1; i >= 0 && this.history.length - i < MAX_LOOKBACK; i--) {
      const h = this.history[i];
      if (h.pos < pos && h.person && compatible(this.genderOf(lastWordKey(h.name)), gender)) return h.name;
    }
    return null;
  }
}

/** Token indices from `from` back, at most `steps` tokens away, a bracketed group of up to 5 tokens skipped whole; stops at an unclosed ")". */
function* backOverBrackets(tokens: Token[], from: number, steps: number): Generator<number> {
  for (let k = from; k >= 0 && from - k <= steps; k--) {
    if (tokens[k].text !== ")") {
      yield k;
      continue;
    }
    const open = openingBracket(tokens, k);
    if (open < 0) return;
    k = open;
  }
}

/** The "(" of the bracket closing at token k, at most 5 tokens back, or -1. */
function openingBracket(tokens: Token[], k: number): number {
  for (let j = k - 1; j >= 0 && k - j <= 5; j--) {
    if (tokens[j].text === "(") return j;
    if (tokens[j].kind === "nl" || tokens[j].text === ")") return -1;
  }
  return -1;
}

/** Index of the last item whose position is before pos, or -1; items are sorted by position. */
function lastIndexBefore<T>(items: readonly T[], pos: number, at: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at(items[mid]) < pos) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}
