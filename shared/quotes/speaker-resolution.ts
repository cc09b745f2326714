/**
 * Turns a speaker mention (name, pronoun, description) into the canonical name of a person or
 * organisation: the entity stage's name when it knows the mention, else the fullest name in the text
 * with the same last word ("M. Poutine" -> "Vladimir Poutine").
 */
import type { Entity } from "../summary";
import type { Mention } from "./attribution";
import { foldName, type NameSpan } from "./name-spans";
import type { Gender, QuoteLanguage } from "./quote-language";
import type { Token } from "./tokens";

export interface SpeakerEvent {
  pos: number;
  name: string;
  gender: Gender;
  /** Organisations and places speak too, but are never il/elle/he/she. */
  person: boolean;
  /** Where the attributed quote or its cue ends: a person introduced after it takes over. */
  after: number;
}

/** How far back (characters) the last speaker is preferred over a nearer person mention. */
const SPEAKER_WINDOW = 400;
/** Candidates examined per pronoun: keeps resolution linear on pathological input. */
const MAX_LOOKBACK = 60;
const compatible = (a: Gender, b: Gender) => a === "x" || b === "x" || a === b;
const isAllCaps = (s: string) => s.length > 1 && s === s.toUpperCase();

export class SpeakerResolver {
  private readonly byKey = new Map<string, NameSpan[]>();
  private readonly genderByKey = new Map<string, Gender>();
  private readonly honorificKeys = new Set<string>();
  private readonly appositions = new Map<string, Array<{ pos: number; name: NameSpan }>>();
  private readonly entityByOffset = new Map<number, Entity>();
  /** Entity mentions sorted by start, for overlap lookups. */
  private readonly entityMentions: Array<{ start: number; end: number; entity: Entity }> = [];
  private readonly personEntityByKey = new Map<string, Entity>();
  private readonly entityTypeByKey = new Map<string, string>();
  /** Persons that may be pronoun antecedents, in text order. */
  private readonly persons: Array<{ pos: number; key: string; name: NameSpan; subject: boolean }> = [];
  private readonly canonicalCache = new Map<string, string>();
  /** Speakers resolved so far, in text order. */
  readonly history: SpeakerEvent[] = [];

  constructor(
    private readonly names: NameSpan[],
    entities: Entity[],
    private readonly lang: QuoteLanguage,
    tokens: Token[],
    insideQuote: (offset: number) => boolean = () => false,
  ) {
    for (const e of entities) {
      const key = foldName(e.name.split(/\s+/).pop() ?? "");
      if (e.type === "PERSON" && !this.personEntityByKey.has(key)) this.personEntityByKey.set(key, e);
      for (const m of e.mentions) {
        this.entityByOffset.set(m.start, e);
        this.entityMentions.push({ start: m.start, end: m.end, entity: e });
        const mk = foldName(m.text.split(/\s+/).pop() ?? "");
        if (!this.entityTypeByKey.has(mk)) this.entityTypeByKey.set(mk, e.type);
        if (e.type === "PERSON" && !this.personEntityByKey.has(mk)) this.personEntityByKey.set(mk, e);
      }
    }
    this.entityMentions.sort((a, b) => a.start - b.start);
    for (const n of names) {
      let list = this.byKey.get(n.key);
      if (!list) this.byKey.set(n.key, (list = []));
      list.push(n);
      if (n.honorific) this.honorificKeys.add(n.key);
      if (n.gender !== "x" && n.gender !== "p") this.genderByKey.set(n.key, n.gender);
    }
    for (const n of names) if (!n.governed && this.isPerson(n)) this.rememberDescription(n, tokens);
    // Names inside someone's words are what they talk about, not who speaks next.
    for (const n of names) if (!n.governed && !insideQuote(n.start) && this.isPerson(n)) this.persons.push({ pos: n.start, key: n.key, name: n, subject: this.subjectLike(n, tokens) });
  }

  /**
   * "la porte-parole du gouvernement Sibeth Ndiaye" and "Pierre Lescure, président du festival":
   * remember the head noun for a later "la porte-parole", and the gender it tells.
   */
  private rememberDescription(n: NameSpan, tokens: Token[]): void {
    const lang = this.lang;
    let head = "";
    let article = "";
    const before = tokens[n.first - 1];
    // "l'avocat de Nordahl Lelandais": a name governed by a preposition is the complement, not the referent.
    if (before && before.kind === "word" && lang.prepositions.has(before.lower)) return;
    for (let k = n.first - 1; k >= 0 && n.first - k <= 9; k--) {
      const t = tokens[k];
      if (t.kind !== "word") break;
      if (lang.descriptionHeads.has(t.lower)) head = t.lower;
      if (lang.articles.has(t.lower) && head) {
        article = t.lower;
        break;
      }
    }
    if (!head && tokens[n.last + 1]?.text === ",") {
      const t = tokens[n.last + 2];
      if (t && t.kind === "word" && lang.descriptionHeads.has(t.lower)) head = t.lower;
    }
    if (!head) return;
    const list = this.appositions.get(head) ?? [];
    list.push({ pos: n.start, name: n });
    this.appositions.set(head, list);
    const g = lang.descriptionHeads.get(head) !== "x" ? lang.descriptionHeads.get(head) : lang.articleGenders.get(article);
    if ((g === "m" || g === "f") && !this.genderByKey.has(n.key)) this.genderByKey.set(n.key, g);
  }

  /** Followed by a verb, a clitic or an apposition: "Jean-Luc Mélenchon n'est", "Smith, 45, said". */
  private subjectLike(n: NameSpan, tokens: Token[]): boolean {
    const next = tokens[n.last + 1];
    if (!next) return false;
    if (next.kind === "punct") return next.text === "," || next.text === "(";
    if (next.kind !== "word" || next.upper) return false;
    return !this.lang.prepositions.has(next.lower) && !this.lang.articles.has(next.lower);
  }

  /** The entity stage's entity whose mention overlaps the name (a PERSON preferred), if any. */
  private entityFor(n: NameSpan): Entity | null {
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

  isPerson(n: NameSpan): boolean {
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

  /** The fullest name for a name mention. */
  canonical(n: NameSpan): string {
    const overlapping = this.entityFor(n);
    const e = (overlapping?.type === "PERSON" ? overlapping : null) ?? this.entityByOffset.get(n.start) ?? this.personEntityByKey.get(n.key);
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
    const key = foldName(name.split(/\s+/).pop() ?? "");
    if ((gender === "m" || gender === "f") && !this.genderByKey.has(key)) this.genderByKey.set(key, gender);
  }

  resolve(m: Mention): string | null {
    if (m.kind === "name" && m.name) {
      const name = this.canonical(m.name);
      if (m.gender === "m" || m.gender === "f") if (!this.genderByKey.has(m.name.key)) this.genderByKey.set(m.name.key, m.gender);
      return name;
    }
    if (m.kind === "pronoun") return m.gender === "p" ? this.recentSpeaker(m.start, "x") : this.antecedent(m.start, m.gender);
    if (m.kind === "description") {
      const list = m.head ? this.appositions.get(m.head.split(" ")[0]) : undefined;
      if (list) {
        // The nearest introduction before the description, else the first after it.
        let pick = list[0];
        for (const a of list) if (a.pos < m.start) pick = a;
        if (compatible(this.genderOf(pick.name.key), m.gender)) return this.canonical(pick.name);
      }
      return this.antecedent(m.start, m.gender) ?? this.recentSpeaker(m.start, m.gender);
    }
    return null;
  }

  /** The last person in subject position (a verb, clitic or apposition follows it) between two offsets. */
  private subjectPersonBetween(from: number, to: number, gender: Gender): string | null {
    for (let i = this.persons.length - 1; i >= 0; i--) {
      const p = this.persons[i];
      if (p.pos >= to) continue;
      if (p.pos <= from) break;
      if (!p.subject || !compatible(this.genderOf(p.key), gender)) continue;
      return this.canonical(p.name);
    }
    return null;
  }

  /** The most recent compatible person before pos: a person name, or an earlier speaker. */
  antecedent(pos: number, gender: Gender): string | null {
    // A pronoun in a cue most often continues the last speaker, when that one is recent.
    for (let i = this.history.length - 1; i >= 0; i--) {
      const h = this.history[i];
      if (h.pos >= pos) continue;
      if (pos - h.pos > SPEAKER_WINDOW) break;
      if (h.person && compatible(h.gender, gender) && compatible(this.genderOf(foldName(h.name.split(/\s+/).pop() ?? "")), gender)) {
        // "… », a dit X. À gauche, Y n'est guère plus tendre. Il …": a new subject in between wins.
        const newer = this.subjectPersonBetween(h.after, pos, gender);
        return newer ?? h.name;
      }
    }
    let personPos = -1;
    let personName: string | null = null;
    // Persons are in text order: start below pos and look at a bounded number of them.
    let hi = this.persons.length - 1;
    let lo = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.persons[mid].pos < pos) lo = mid + 1;
      else hi = mid - 1;
    }
    for (let i = hi; i >= 0 && hi - i < MAX_LOOKBACK; i--) {
      const p = this.persons[i];
      if (!compatible(this.genderOf(p.key), gender)) continue;
      personPos = p.pos;
      personName = this.canonical(p.name);
      break;
    }
    for (let i = this.history.length - 1; i >= 0 && this.history.length - i < MAX_LOOKBACK; i--) {
      const h = this.history[i];
      if (h.pos >= pos || h.pos <= personPos || !h.person) continue;
      if (!compatible(h.gender, gender) || !compatible(this.genderOf(foldName(h.name.split(/\s+/).pop() ?? "")), gender)) continue;
      return h.name;
    }
    return personName;
  }

  private recentSpeaker(pos: number, gender: Gender): string | null {
    for (let i = this.history.length - 1; i >= 0 && this.history.length - i < MAX_LOOKBACK; i--) {
      const h = this.history[i];
      if (h.pos < pos && h.person && compatible(this.genderOf(foldName(h.name.split(/\s+/).pop() ?? "")), gender)) return h.name;
    }
    return null;
  }
}
