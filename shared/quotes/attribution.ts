/**
 * Finds the cue and the speaker mention of each quote from the words around it:
 * inverted cues after the quote ("», a-t-il ajouté", "said Smith"), a subject and verb
 * before it ("M. Tokaïev a loué"), selon/according to, then adjacent quotes.
 */
import type { Gender, QuoteLanguage } from "./quote-language";
import { honorificEnd, type NameSpan } from "./name-spans";
import type { Doc } from "../doc/document";
import type { Token } from "../doc/tokenize";

export type MentionKind = "name" | "pronoun" | "description";

export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  /** The name span, for kind "name". */
  name?: NameSpan;
  gender: Gender;
  /** Head noun and adjectives of a description, lowercased with accents kept ("président russe"). */
  head?: string;
  /** A description opened by an indefinite article ("une enquêtrice", "a spokesman"). */
  indefinite?: boolean;
  /** A people's name standing for one person ("a reconnu le Français", "l'Argentin"): its head is that word. */
  demonym?: boolean;
}

export interface Attribution {
  mention: Mention | null;
  cue: { start: number; end: number } | null;
  /** How it was found: own sentence, or borrowed from a neighbour (then resolution reuses the neighbour's speaker). */
  source: "after" | "before" | "preposition" | "subject" | "neighbour" | "sameSentence" | "ranked" | "none";
  /** The speaker the ranker chose with the mention (a pronoun's or description's antecedent). */
  speaker?: string;
  /** That speaker is an organisation: later pronouns never stand for it as for a person. */
  organisation?: boolean;
}

export interface QuoteToken {
  openTok: number;
  closeTok: number;
}

const RELATIVES = new Set(["qui", "who", "that", "which", "dont", "où", "que", "whose", "whom"]);
const CLITICS = new Set(["ne", "n'", "lui", "leur", "y", "en", "se", "s'", "l'", "les", "le", "la", "nous", "vous", "me", "m'", "not", "also", "then", "later", "has", "had", "have", "would", "will", "did", "does", "was", "is", "once", "again", "just"]);
const ATTACHED_RE = /^(.+?)(?:-t)?-(il|elle|ils|elles|on)$/;
/** One word of two to six capitals ("UFC", "CGT"). */
const isAcronym = (name: NameSpan) => name.first === name.last && /^\p{Lu}{2,6}$/u.test(name.text);

/** Dashes that close a dateline ("(AFP) -", "(Reuters) —"). */
const DASHES = new Set(["-", "–", "—"]);

export class AttributionFinder {
  private readonly nameByFirst = new Map<number, NameSpan>();
  private readonly nameByLast = new Map<number, NameSpan>();

  private readonly tokens: Token[];

  constructor(
    private readonly doc: Doc,
    private readonly names: NameSpan[],
    private readonly lang: QuoteLanguage,
    /** For each token, the index of the quote it lies in, or -1. */
    private readonly insideQuote: Int32Array,
    private readonly quotes: QuoteToken[],
    /** Token index where each name span starts, honorific included. */
    nameStarts: number[],
    private readonly isPerson: (n: NameSpan) => boolean,
    /** The entity stage named it (here or under the same surname elsewhere), whatever the type. */
    private readonly isNamedEntity: (n: NameSpan) => boolean,
    /** The entity stage's multi-word mentions: last token -> first token. */
    private readonly entityByLast: ReadonlyMap<number, number> = new Map(),
    /** The last tokens of those mentions that name an organisation. */
    private readonly organisationEnds: ReadonlySet<number> = new Set(),
  ) {
    this.tokens = doc.tokens;
    names.forEach((n, i) => {
      this.nameByFirst.set(nameStarts[i], n);
      this.nameByFirst.set(n.first, n);
      this.nameByLast.set(n.last, n);
    });
  }

  /** The Doc's sentence split: a line break, or the terminal mark that closes a sentence. */
  isSentenceEnd(k: number): boolean {
    return this.doc.isSentenceEnd(k);
  }

  /** Tokens of the sentence before quote q (other quotes skipped), in text order. */
  beforeContext(q: number, limit = 60): number[] {
    const out: number[] = [];
    let k = this.quotes[q].openTok - 1;
    while (k >= 0 && out.length < limit) {
      const inside = this.insideQuote[k];
      if (inside >= 0) {
        if (this.endsSentence(inside)) break; // the previous quote closed its own sentence
        out.push(-1 - inside); // a placeholder for another quote
        k = this.quotes[inside].openTok - 1;
        continue;
      }
      if (this.tokens[k].kind === "nl" || this.isSentenceEnd(k)) break;
      out.push(k);
      k--;
    }
    return out.reverse();
  }

  /** « … criminelle. » Le vice-président …: the quote's own full stop ends the sentence. */
  private endsSentence(q: number): boolean {
    const close = this.quotes[q].closeTok;
    // The Doc's split decides, past the closing mark: "… ! » « Next quote" and "… . » Le …" end there.
    return close > 0 && this.doc.isSentenceEnd(close - 1);
  }

  /** Tokens after quote q up to its sentence end or the next quote. */
  afterContext(q: number, limit = 40): number[] {
    const out: number[] = [];
    // After a quote that closed its own sentence only a short "Smith said." can still attribute it.
    if (this.endsSentence(q)) limit = Math.min(limit, 5);
    for (let k = this.quotes[q].closeTok + 1; k < this.tokens.length && out.length < limit; k++) {
      if (this.insideQuote[k] >= 0 || this.tokens[k].kind === "nl") break;
      if (this.isSentenceEnd(k)) break;
      out.push(k);
    }
    return out;
  }

  /** The next quote when it follows in the same sentence ("« A », son vrai nom, « B », a dit X"), else -1. */
  nextQuoteInSentence(q: number): number {
    if (this.endsSentence(q)) return -1;
    for (let k = this.quotes[q].closeTok + 1, n = 0; k < this.tokens.length && n < 40; k++, n++) {
      if (this.insideQuote[k] >= 0) return this.insideQuote[k];
      if (this.tokens[k].kind === "nl" || this.isSentenceEnd(k)) return -1;
    }
    return -1;
  }

  /**
   * Is the comma or colon at token k, just before quote q, the end of a cue: a cue verb right before it
   * (He says, “…”), or an earlier quote of the same sentence with its cue (“A,” he said, “b …”)?
   */
  introducedByCue(q: number, k: number): boolean {
    const prev = this.tok(k - 1);
    if (prev && prev.kind === "word" && (this.lang.verbForms.has(prev.lower) || this.verbAt([k - 1], 0) === 0)) return true;
    return this.beforeContext(q, 20).some((t) => t < 0);
  }

  find(q: number): Attribution {
    const before = this.beforeContext(q);
    const after = this.afterContext(q);
    const afterCue = this.afterCue(after, this.endsSentence(q)) ?? this.colonLead(q, after);
    if (afterCue) return afterCue;
    const agent = this.passiveAgent(before, after);
    if (agent) return agent;
    // "Selon Le Monde, Brigitte Macron aurait affirmé à ses conseillers : « … »": a cue and its colon right before the
    // quote name who speaks; "selon" names where the words were reported.
    const colon = this.tok(before[before.length - 1])?.text === ":";
    const introduced = colon ? this.beforeCue(before) : undefined;
    const m = introduced?.mention;
    // Only a speaker: a name, a pronoun, a person's description ("le maire aurait déclaré :"), not the cue's object
    // ("a demandé une confirmation :", "ont publié un article intitulé :").
    if (introduced && m && (m.kind !== "description" || this.hasSpeakerHead(m))) return introduced;
    return (
      this.prepositionCue(before, false) ??
      this.prepositionCue(after, true) ??
      (introduced === undefined ? this.beforeCue(before) : introduced) ??
      this.subjectBefore(before) ??
      this.describedSubject(before) ?? { mention: null, cue: null, source: "none" }
    );
  }

  /** The sentence before a quote whose own sentence is empty and whose previous sentence ends with a colon. */
  colonIntroduction(q: number): Attribution | null {
    const open = this.quotes[q].openTok;
    let k = open - 1;
    while (k >= 0 && this.tokens[k].kind === "nl") k--;
    if (k < 0 || this.tokens[k].text !== ":" || this.insideQuote[k] >= 0) return null;
    const ctx: number[] = [];
    for (let j = k - 1; j >= 0 && ctx.length < 60; j--) {
      if (this.insideQuote[j] >= 0 || this.tokens[j].kind === "nl" || this.isSentenceEnd(j)) break;
      ctx.push(j);
    }
    ctx.reverse();
    return this.prepositionCue(ctx, false) ?? this.beforeCue(ctx) ?? this.subjectBefore(ctx);
  }

  /**
   * A quote opening its sentence with no cue of its own, after a sentence of the writer's (no quote in it)
   * whose subject acts: "Pierre Lescure a rendu hommage au chanteur. « Christophe est parti. »"
   */
  introducingSentence(q: number): Attribution | null {
    let k = this.quotes[q].openTok - 1;
    if (k < 0 || !(this.tokens[k].kind === "nl" || this.isSentenceEnd(k))) return null;
    while (k >= 0 && this.tokens[k].kind === "nl") k--;
    if (k < 0 || this.insideQuote[k] >= 0 || this.tokens[k].text === ":") return null;
    const ctx: number[] = [];
    for (let j = k - 1; j >= 0 && ctx.length < 60; j--) {
      if (this.insideQuote[j] >= 0) return null;
      if (this.tokens[j].kind === "nl" || this.isSentenceEnd(j)) break;
      ctx.push(j);
    }
    ctx.reverse();
    const a = this.beforeCue(ctx) ?? this.subjectBefore(ctx);
    return a && a.mention && a.mention.kind === "name" ? { ...a, cue: null, source: "neighbour" } : null;
  }

  /** The name span starting at token k (honorific included), if any: a candidate speaker for the ranker. */
  nameStartingAt(k: number): NameSpan | undefined {
    return this.nameByFirst.get(k);
  }

  /** "la Lyonnaise", "la Dijonnaise": one word with a town's people's ending (demonymEndings), which the entity stage may type a body. */
  private townsPeople(name: NameSpan): boolean {
    const w = this.tokens[name.first].lower;
    // The entity stage's mention is this word alone ("le Palais royal" is a place), after an article that is no
    // preposition's ("du Parisien" is the paper).
    const article = this.tok(name.first - 1);
    if (name.first !== name.last || !article || this.lang.prepositions.has(article.lower)) return false;
    for (let k = name.last + 1; k <= name.last + 4; k++) if (this.entityByLast.get(k) === name.first) return false;
    return this.lang.demonymEndings.some((e) => w.length > e.length + 2 && w.endsWith(e));
  }

  /** "L'UFC", "la CGT": an acronym after an article the language reads as a body's (bodyAcronymArticles), never a people's name. */
  private bodyAcronym(name: NameSpan): boolean {
    return isAcronym(name) && this.lang.bodyAcronymArticles.has(this.tok(name.first - 1)?.lower.replace(/’/g, "'") ?? "");
  }

  /**
   * "a déclaré l'Argentin", "prévient le Bruxellois": one capitalised word right after an article, which no entity
   * names and no person bears, is a demonym or a nickname standing for someone, so the description it heads; null
   * for any other mention. A hard constraint on the chosen speaker: rules and ranker read such words as names.
   */
  demonymDescription(m: Mention): Mention | null {
    const name = m.kind === "name" ? m.name : undefined;
    if (!name || name.first !== name.last || !name.governed || name.honorific) return null;
    const article = this.tokens[name.first - 1];
    if (!article || article.kind !== "word" || article.upper || !this.lang.articles.has(article.lower)) return null;
    if ((this.isNamedEntity(name) && !this.townsPeople(name)) || this.isPerson(name) || this.bodyAcronym(name)) return null;
    // One person only: "les Bleus", "the Democrats" are a group, reported under their name.
    const gender = this.lang.articleGenders.get(article.lower) ?? "x";
    const head = this.tokens[name.first].lower;
    // ("l'Irlandais": an elided article is a singular's.)
    const elided = /['’]$/.test(article.text);
    if (gender === "p" || (gender === "x" && !elided && this.lang.pluralEndings.some((e) => head.endsWith(e)))) return null;
    return { kind: "description", start: article.start, end: name.end, gender, head, indefinite: this.lang.indefiniteArticles.has(article.lower), demonym: true };
  }

  /** A pronoun or description opening at token k, read up to the next quote or line: a candidate speaker. */
  mentionAt(k: number): Mention | null {
    const t = this.tokens[k];
    // Only these open a mention: a capital, a determiner, a pronoun, a description head, a verb with its pronoun.
    if (t.kind !== "word" || !(t.upper || this.lang.articles.has(t.lower) || this.lang.subjectPronouns.has(t.lower) || this.lang.objectPronouns.has(t.lower) || this.lang.descriptionHeads.has(t.lower) || t.lower.includes("-"))) return null;
    const ctx: number[] = [];
    for (let j = k; j < this.tokens.length && ctx.length < 12; j++) {
      if (this.insideQuote[j] >= 0 || this.tokens[j].kind === "nl") break;
      ctx.push(j);
    }
    return this.attachedPronoun(k) ?? this.nounPhraseForward(ctx, 0, true);
  }

  /** Is token k a cue verb form (one word, or the last word of a cue phrase)? */
  isCueVerb(k: number): boolean {
    const t = this.tokens[k];
    if (!t || t.kind !== "word") return false;
    if (this.lang.verbForms.has(t.lower)) return true;
    // Only a word that ends a cue phrase or carries a pronoun needs the full check (called per candidate word: no array otherwise).
    if (!this.lang.phrasesByLast.has(t.lower) && !t.lower.includes("-")) return false;
    return this.verbAt([k - 2, k - 1, k].filter((x) => x >= 0), Math.min(k, 2)) >= 0;
  }

  private tok(k: number): Token | undefined {
    return k >= 0 ? this.tokens[k] : undefined;
  }

  /**
   * Where a description's reported text ends: "les parlementaires insoumis dans un communiqué" is read up
   * to the verb form, so a preposition or article left at its end opens the next phrase and is not shown.
   * (The ranker's features keep the extent they were learned on.)
   */
  reportedEnd(m: Mention): number {
    if (m.kind !== "description") return m.end;
    let k = this.doc.tokenAt(m.end - 1);
    // "le chef de l'État dans son allocution", "le quadragénaire mercredi lors d'une conférence": a time or an
    // adjunct after the description's noun is no part of it.
    const first = this.doc.tokenAt(m.start);
    for (let j = first + 2; j <= k; j++) {
      const t = this.tokens[j];
      if (t.kind !== "word") continue;
      // One word ("devant", "lundi") or two ("en conférence", "in a"; "à l'issue" is three tokens, its article joined).
      const next = this.tokens[j + 1];
      const two = next?.kind === "word" ? `${t.lower} ${next.lower}` : "";
      const three = two && this.tokens[j + 2]?.kind === "word" && next.lower.endsWith("'") ? `${t.lower} ${next.lower}${this.tokens[j + 2].lower}` : "";
      if (this.lang.adjunctOpeners.has(t.lower) || (two && this.lang.adjunctOpeners.has(two)) || (three && this.lang.adjunctOpeners.has(three)) || this.listenerOpens(first, j) || this.gerundAt(j)) {
        k = j - 1;
        break;
      }
    }
    while (k > 0 && this.tokens[k].start > m.start && this.tokens[k].kind === "word" && (this.lang.prepositions.has(this.tokens[k].lower) || this.lang.articles.has(this.tokens[k].lower))) k--;
    return Math.min(m.end, this.tokens[k].end);
  }

  /**
   * "le quadragénaire aux enquêteurs", "la ministre à ses proches", "sa mère à la radio": a listener preposition at token
   * j before a possessive, a person's noun or a medium's opens who was spoken to, no part of the description
   * ("l'ancien candidat à la présidentielle", "le ministre délégué aux Transports" keep their complement, and so does a
   * complement's complement: "le comité de soutien au maire").
   */
  private listenerOpens(first: number, j: number): boolean {
    if (!this.lang.listenerPrepositions.has(this.tokens[j].lower)) return false;
    for (let i = first + 1; i < j; i++) if (this.lang.prepositions.has(this.tokens[i].lower)) return false;
    let k = j + 1;
    const det = this.tok(k);
    if (det?.kind === "word" && this.lang.possessives.has(det.lower)) return true;
    if (det?.kind === "word" && this.lang.articles.has(det.lower)) k++;
    const w = this.tok(k);
    if (w === undefined || w.kind !== "word" || w.upper) return false;
    const ending = this.lang.pluralEndings.find((e) => w.lower.endsWith(e));
    return [w.lower, ending ? w.lower.slice(0, -ending.length) : w.lower].some((n) => this.lang.descriptionHeads.has(n) || this.lang.organisationHeads.get(n) === "medium");
  }

  /** "en lisant l'arrêt": a gerund opening at token j (its marker, then a word with the gerund's ending). */
  private gerundAt(j: number): boolean {
    const g = this.lang.gerund;
    const next = this.tok(j + 1);
    return g !== null && this.tokens[j].lower === g.marker && next !== undefined && next.kind === "word" && !next.upper && next.lower.length > g.suffix.length + 2 && next.lower.endsWith(g.suffix);
  }

  /** A listener preposition right before token k, an article between allowed ("au Parisien", "à l'AFP", "to the Times"). */
  private listenerRightBefore(k: number): boolean {
    let p = this.tok(k - 1);
    if (p && p.kind === "word" && this.lang.articles.has(p.lower) && !this.lang.listenerPrepositions.has(p.lower)) p = this.tok(k - 2);
    return p !== undefined && p.kind === "word" && this.lang.listenerPrepositions.has(p.lower);
  }

  /** Is the token a cue verb form (or ends a multi-word cue)? Returns the index of the cue's first token, or -1. */
  private verbAt(ctx: number[], i: number): number {
    const t = this.tok(ctx[i]);
    if (!t || t.kind !== "word") return -1;
    if (this.lang.verbForms.has(t.lower)) return i;
    const att = ATTACHED_RE.exec(t.lower);
    if (att && this.lang.attachedPronouns.size && (this.lang.verbForms.has(att[1]) || this.lang.auxiliaries.has(att[1]))) return i;
    for (const phrase of this.lang.phrasesByLast.get(t.lower) ?? []) {
      if (i - phrase.length + 1 < 0) continue;
      let ok = true;
      for (let p = 0; p < phrase.length && ok; p++) ok = this.tok(ctx[i - phrase.length + 1 + p])?.lower === phrase[p];
      if (ok) return i - phrase.length + 1;
    }
    return -1;
  }

  /** "a-t-il ajouté", "ajoute-t-elle": the pronoun inside the token, as a mention. */
  private attachedPronoun(k: number): Mention | null {
    const t = this.tokens[k];
    const m = ATTACHED_RE.exec(t.lower);
    if (!m || !this.lang.attachedPronouns.has(m[2])) return null;
    const end = t.end;
    const start = end - m[2].length;
    return { kind: "pronoun", start, end, gender: this.lang.subjectPronouns.get(m[2]) ?? "x" };
  }

  /**
   * Cue right after the quote: inverted ("a déclaré M. Poutine", "said Smith", "a-t-il dit") or not ("Smith said").
   * `closed`: the quote's own full stop ended its sentence ("« … fini. » Le quotidien précise que …").
   */
  private afterCue(after: number[], closed = false): Attribution | null {
    let i = 0;
    while (i < after.length && this.tokens[after[i]].kind === "punct" && [",", "—", "–", "-", ")"].includes(this.tokens[after[i]].text)) i++;
    if (i >= after.length) return null;
    const fr = this.lang.attachedPronouns.size > 0;
    // Verb group first: optional auxiliary and adverbs, then the verb.
    const vStart = i;
    let j = i;
    let attached: Mention | null = null;
    let sawAux = false;
    while (j < after.length && j - vStart < 4) {
      const t = this.tokens[after[j]];
      if (t.kind !== "word" || t.upper) break;
      attached = attached ?? this.attachedPronoun(after[j]);
      const base = ATTACHED_RE.exec(t.lower)?.[1] ?? t.lower;
      if (this.lang.auxiliaries.has(base) || this.lang.auxiliaries.has(t.lower)) {
        sawAux = true;
        j++;
        continue;
      }
      // "« … », a de son côté estimé X": an adverbial phrase inside the verb group.
      const phraseEnd = this.adverbPhraseFrom(after, j);
      if (phraseEnd >= 0 && phraseEnd + 1 < after.length) {
        j = phraseEnd + 1;
        continue;
      }
      // An article opens the subject ("…," the union president, X, said), never a verb group, whatever the adverb list says.
      if (((this.lang.adverbs.has(t.lower) && !this.lang.articles.has(t.lower)) || CLITICS.has(t.lower)) && j + 1 < after.length && !this.lang.verbForms.has(t.lower) && this.phraseFrom(after, j) < 0) {
        j++;
        continue;
      }
      break;
    }
    if (fr && sawAux) {
      for (let x = j; x < after.length && x - j < 5; x++) {
        const w = this.tokens[after[x]];
        if (w.kind !== "word" || w.upper) break;
        if (this.lang.verbForms.has(w.lower) || /(?:é|i|u|is|it)$/.test(w.lower)) {
          j = x;
          break;
        }
      }
    }
    const vt = this.tok(after[j]);
    const phraseEnd = this.phraseFrom(after, j);
    const isVerb =
      vt !== undefined &&
      vt.kind === "word" &&
      !vt.upper &&
      (phraseEnd >= 0 || this.lang.verbForms.has(vt.lower) || this.attachedPronoun(after[j]) !== null || (fr && (sawAux || attached !== null) && !this.lang.articles.has(vt.lower)));
    // "« … », en citant X" / ", assurant …": a participle's subject is the main clause's, not the next name.
    if (isVerb && phraseEnd < 0 && /(?:ant|ing)$/.test(vt.lower) && this.attachedPronoun(after[j]) === null) return null;
    if (isVerb) {
      const verbEnd = phraseEnd >= 0 ? phraseEnd : j;
      attached = attached ?? this.attachedPronoun(after[verbEnd]);
      const cue = { start: this.tokens[after[vStart]].start, end: this.tokens[after[verbEnd]].end };
      if (attached) return { mention: attached, cue, source: "after" };
      const np = this.nounPhraseForward(after, verbEnd + 1, false, false, true) ?? this.subjectAfterAdjunct(after, verbEnd + 1);
      if (np) return { mention: this.appositionName(after, np) ?? np, cue, source: "after" };
      return null;
    }
    // Subject first: "Smith said", "he added", "Rep. Gwen Moore (D-Wis.) said", "Mr. King, 82, told me",
    // also after a few words of the writer's ("'' of the plan, Mr. Holtz-Eakin said").
    if (j !== vStart) return null;
    // "― Krystal Correa": a dash and a name closing the line.
    const first = this.tokens[after[0]];
    if (first.kind === "punct" && "―—–-".includes(first.text) && after.length >= 2) {
      const name = this.nameByFirst.get(after[1]);
      if (name && (after.length === 2 || this.tokens[after[after.length - 1]].end <= name.end + 1)) return { mention: this.nameMention(name), cue: null, source: "after" };
    }
    // "Leonard E. Burman, director of … University, said": a name and its apposition may be long.
    const opener = this.nameByFirst.get(after[i]);
    const reach = opener && this.tokens[opener.last + 1]?.text === "," ? 40 : 16;
    for (let v = i; v < after.length && v - i < reach; v++) {
      const t = this.tokens[after[v]];
      if (t.kind === "punct" && (t.text === ";" || t.text === ":")) break;
      // "« … » sur ce boulevard, où les riverains réclament des ralentisseurs": a clause about a place or a time.
      if (t.kind === "word" && this.lang.adverbialRelatives.has(t.lower)) return null;
      // "Le Monde salue « … », quand Libération regrette « … »": another clause, with its own subject and quote.
      if (v === i && t.kind === "word" && this.lang.clauseSubordinators.has(t.lower)) return null;
      // "« … » des plus grandes fortunes, une piste que le gouvernement dit étudier": the verb after "que" has its own
      // object; only "c'est ce que X a dit" reports the quote.
      // Right after the quote ("« savait parfaitement » que la porte était condamnée"), "que" goes on with the quoted clause.
      if (t.kind === "word" && this.lang.objectRelatives.has(t.lower) && (v === i || this.tokens[after[v - 1]].lower !== "ce")) return null;
      const pe = this.phraseFrom(after, v);
      const own = t.kind === "word" && !t.upper && v > i && this.tokens[after[v - 1]].text === "," ? this.attachedPronoun(after[v]) : null;
      // "… avant la fin de l'année, souligne-t-on": the inverted pronoun names the speaker.
      if (own && this.verbAt(after, v) === v) return { mention: own, cue: { start: t.start, end: t.end }, source: "after" };
      if (t.kind !== "word" || t.upper || (pe < 0 && !this.lang.verbForms.has(t.lower))) continue;
      if (/(?:ant|ing)$/.test(t.lower)) continue;
      // "at the state university": after a determiner a verb form is a noun.
      if (v > i && this.lang.articles.has(this.tokens[after[v - 1]].lower)) continue;
      let s = v;
      for (;;) {
        const phraseStart = this.adverbPhraseBefore(after, s);
        if (phraseStart > i) s = phraseStart;
        else if (s > i && this.tokens[after[s - 1]].kind === "word" && !this.tokens[after[s - 1]].upper && (this.lang.auxiliaries.has(this.tokens[after[s - 1]].lower) || this.lang.adverbs.has(this.tokens[after[s - 1]].lower))) s--;
        else break;
      }
      // "« … » des immeubles signalés": a participle with no auxiliary qualifies a noun; it reports nothing.
      if (s === v && pe < 0 && this.isParticiple(t.lower)) continue;
      // "« … fini. » Le quotidien précise que …": after a closed quote, a cue with its own complement reports something else.
      if (closed && this.lang.complementizers.has(this.tok(after[pe >= 0 ? pe : v] + 1)?.lower ?? "")) return null;
      const np = s > i ? this.nounPhraseBackward(after, s - 1) : null;
      const cue = { start: this.tokens[after[s]].start, end: this.tokens[after[pe >= 0 ? pe : v]].end };
      // "« … » du Premier ministre, ce que Matignon dément": who denies the words did not say them.
      if (np && this.lang.denialForms.has(t.lower) && this.objectRelativeBefore(after, i, s)) return null;
      if (np) return { mention: np, cue, source: "after" };
      // "…, the group said" failed; an inverted subject after a later verb: "…, said the senator".
      const inv = this.nounPhraseForward(after, (pe >= 0 ? pe : v) + 1, false, false, true);
      if (inv && s > i && this.tokens[after[s - 1]].text === ",") return { mention: inv, cue, source: "after" };
      return null;
    }
    return null;
  }

  /**
   * "« Je n'ai plus de vie » : la mère de Lola a livré lundi un témoignage", "« Nous ne lâcherons rien » : la CGT a appelé …":
   * a quote that opens its sentence, a colon, then the clause's subject (a person, a speaker's or body's noun, an
   * organisation the entity stage named) and its verb, whatever the verb: the subject said the words.
   */
  private colonLead(q: number, after: number[]): Attribution | null {
    if (after.length < 3 || after[0] < 0 || this.tokens[after[0]].text !== ":") return null;
    // Words said, not a topic's name ("« Gilets jaunes » : Emmanuel Macron est un …"): three words or more.
    let words = 0;
    for (let k = this.quotes[q].openTok + 1; k < this.quotes[q].closeTok && words < 3; k++) if (this.tokens[k].kind === "word") words++;
    if (words < 3) return null;
    // Opening its sentence, or the story after its dateline ("Paris, 7 déc 2026 (AFP) - « … » : …").
    const prev = this.quotes[q].openTok - 1;
    if (prev >= 0 && this.tokens[prev].kind !== "nl" && !this.isSentenceEnd(prev) && !this.closesDateline(prev)) return null;
    const rest = after.slice(1);
    const np = this.nounPhraseForward(rest, 0);
    if (!np || np.kind === "pronoun") return null;
    const body = np.kind === "name" && np.name !== undefined && this.isNamedEntity(np.name) && !this.closesEntityName(np.name);
    if (!this.isSpeakerLike(np) && !body && !this.hasSpeakerOrBodyHead(np)) return null;
    let e = rest.findIndex((k) => k < 0 || this.tokens[k].start >= np.end);
    if (e < 0 || rest[e] < 0) return null;
    // "la mère de Lola, tuée en octobre 2022 à Paris, a livré": past an apposition between commas.
    if (this.tokens[rest[e]].text === ",") {
      e = this.pastCommaPhrase(rest, e, 15);
      if (e < 0) return null;
    }
    const verb = this.tok(rest[e]);
    if (!verb || verb.kind !== "word" || verb.upper || this.lang.articles.has(verb.lower) || (this.lang.prepositions.has(verb.lower) && !this.lang.auxiliaries.has(verb.lower))) return null;
    // The verb group is the cue ("a livré", "appelle"), whether or not the lexicon lists it.
    const participle = this.tok(rest[e + 1]);
    const end = this.lang.auxiliaries.has(verb.lower) && participle?.kind === "word" && !participle.upper ? participle.end : verb.end;
    return { mention: np, cue: { start: verb.start, end }, source: "after" };
  }

  /** Does an object relative ("que" of "ce que") stand between ctx indexes from and to? */
  private objectRelativeBefore(ctx: number[], from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.lang.objectRelatives.has(this.tokens[ctx[k]].lower)) return true;
    return false;
  }

  /**
   * The inverted subject behind an adjunct: "écrit dans un communiqué le conseil départemental",
   * "a indiqué samedi à l'AFP le directeur général, Christian Delavaux". The adjunct opens with a
   * preposition or a day word, and the subject starts at the first determiner or name that does not
   * follow a preposition or a determiner.
   */
  private subjectAfterAdjunct(after: number[], from: number): Mention | null {
    const opener = this.tok(after[from]);
    if (!opener || opener.kind !== "word" || !(this.lang.prepositions.has(opener.lower) || this.lang.adverbs.has(opener.lower))) return null;
    for (let k = from + 1; k < after.length && k - from < 8; k++) {
      const t = this.tokens[after[k]];
      if (t.kind !== "word") return null;
      const prev = this.tokens[after[k - 1]];
      if (this.lang.prepositions.has(prev.lower) || this.lang.articles.has(prev.lower)) continue;
      if (!(this.lang.articles.has(t.lower) || this.nameByFirst.has(after[k]))) continue;
      const np = this.nounPhraseForward(after, k);
      if (!np || np.kind === "pronoun") return null;
      // "le directeur général de l'entreprise, Christian Delavaux": the name in apposition.
      if (np.kind === "description") {
        let e = k;
        while (e < after.length && this.tokens[after[e]].end <= np.end) e++;
        const name = this.tokens[after[e]]?.text === "," ? this.nameByFirst.get(after[e + 1]) : undefined;
        if (name && this.isPerson(name) && (e + 1 + (name.last - name.first) >= after.length - 1)) return this.nameMention(name);
      }
      return np;
    }
    return null;
  }

  /** "a demandé la présidente de séance, Danielle X": the person's name in apposition right after an inverted description. */
  private appositionName(ctx: number[], np: Mention): Mention | null {
    if (np.kind !== "description") return null;
    let e = 0;
    while (e < ctx.length && (this.tok(ctx[e])?.end ?? Infinity) <= np.end) e++;
    if (this.tok(ctx[e])?.text !== ",") return null;
    // "l'un des auteurs, le député Jean-François X": a title may stand between the comma and the name;
    // "raconte un témoin, Karim Benali": after someone new, only the name itself.
    for (let k = e + 1; k < ctx.length && k - e <= (np.indefinite ? 1 : 4); k++) {
      const name = this.nameByFirst.get(ctx[k]);
      if (name) return !name.governed && this.isPerson(name) ? this.nameMention(name) : null;
      const t = this.tok(ctx[k]);
      if (!t || t.kind !== "word" || t.upper || (k === e + 1 && !this.lang.articles.has(t.lower)) || this.lang.prepositions.has(t.lower) || this.lang.verbForms.has(t.lower)) return null;
    }
    return null;
  }

  /** Whether the tokens from ctx index i spell `phrase` (lowercase), with no quote in between. */
  private spells(ctx: number[], i: number, phrase: readonly string[]): boolean {
    for (let p = 0; p < phrase.length; p++) if (!(ctx[i + p] >= 0) || this.tok(ctx[i + p])?.lower !== phrase[p]) return false;
    return true;
  }

  /** The index of the last token of an adverbial phrase ("de son côté", "for his part") opening at ctx index i, else -1. */
  private adverbPhraseFrom(ctx: number[], i: number): number {
    for (const phrase of this.lang.adverbPhrases) if (this.spells(ctx, i, phrase)) return i + phrase.length - 1;
    return -1;
  }

  /**
   * Where an adverbial phrase ending right before ctx index s starts, else -1. Between commas ("X, for his part, said")
   * it needs no reading of its own: the subject's search skips it as an apposition.
   */
  private adverbPhraseBefore(ctx: number[], s: number): number {
    for (const phrase of this.lang.adverbPhrases) if (s - phrase.length >= 0 && this.spells(ctx, s - phrase.length, phrase)) return s - phrase.length;
    return -1;
  }

  /** Whether the token before ctx index v is a determiner that cannot be an object pronoun ("un", "son", "the"; not "le", "l'"). */
  private afterDeterminer(ctx: number[], v: number): boolean {
    const prev = v > 0 && ctx[v - 1] >= 0 ? this.tok(ctx[v - 1]) : undefined;
    // "les deux invités", "the 12 nominees": after a number, even "les" is an article (no object pronoun stands there).
    if (prev?.kind === "word" && (this.lang.numberWords.has(prev.lower) || /^\d+$/.test(prev.text))) {
      const det = v > 1 && ctx[v - 2] >= 0 ? this.tok(ctx[v - 2]) : undefined;
      return det !== undefined && det.kind === "word" && this.lang.articles.has(det.lower);
    }
    return prev !== undefined && prev.kind === "word" && this.lang.articles.has(prev.lower) && !CLITICS.has(prev.lower);
  }

  /** A cue verb's past participle by its ending ("signalé", "signalées"), which needs an auxiliary to report. */
  private isParticiple(lower: string): boolean {
    return this.lang.participleEndings.some((e) => lower.endsWith(e));
  }

  /** A multi-word cue starting at ctx[i]: index of its last token, or -1. */
  private phraseFrom(ctx: number[], i: number): number {
    const first = this.tok(ctx[i]);
    if (!first) return -1;
    for (const phrase of this.lang.phrasesByFirst.get(first.lower) ?? []) {
      let ok = true;
      for (let p = 1; p < phrase.length && ok; p++) ok = this.tok(ctx[i + p])?.lower === phrase[p];
      if (ok) return i + phrase.length - 1;
    }
    return -1;
  }

  /**
   * "Une enveloppe jugée « dérisoire » par la CGT", "un texte qualifié de « … » par le ministre": a cue's participle right
   * before the quote, its agent right after it, is who judged. Not a reflexive's ("s'est déclarée « choquée » par son
   * sort"), and only an agent that can speak.
   */
  private passiveAgent(before: number[], after: number[]): Attribution | null {
    if (this.lang.participleEndings.length === 0 || after.length < 2) return null;
    let v = before.length - 1;
    if (v >= 0 && this.lang.passiveLinks.has(this.tokens[before[v]]?.lower ?? "")) v--;
    const participle = v >= 0 ? this.tokens[before[v]] : undefined;
    if (!participle || participle.kind !== "word" || !this.lang.verbForms.has(participle.lower) || !this.isParticiple(participle.lower)) return null;
    // "se déclarer", "s'est déclarée": a reflexive clitic right before the participle, or before its auxiliary.
    const prev = v > 0 ? this.tokens[before[v - 1]] : undefined;
    if (prev && this.lang.preverbalClitics.has(prev.lower)) return null;
    if (prev && this.lang.auxiliaries.has(prev.lower) && v > 1 && this.lang.preverbalClitics.has(this.tokens[before[v - 2]]?.lower ?? "")) return null;
    const by = this.tokens[after[0]];
    if (by.kind !== "word" || !this.lang.agentPrepositions.has(by.lower)) return null;
    const np = this.nounPhraseForward(after, 1, true);
    // A name, or a person's or an organisation's noun ("par l'opposition", "par le syndicat"), not a cause ("par son sort").
    if (!np || !(np.kind === "name" || this.hasSpeakerOrBodyHead(np))) return null;
    return { mention: this.appositionName(after, np) ?? np, cue: { start: participle.start, end: by.end }, source: "preposition" };
  }

  /** selon X, d'après X, according to X, pour X (sentence-initial). */
  private prepositionCue(ctx: number[], isAfter: boolean): Attribution | null {
    return this.prepositionPass(ctx, isAfter, false) ?? this.prepositionPass(ctx, isAfter, true);
  }

  /** selon/d'après first; "Pour X," only when no other cue is there ("Pour les Réunionnais, c'est selon lui …"). */
  private prepositionPass(ctx: number[], isAfter: boolean, pour: boolean): Attribution | null {
    for (let i = 0; i < ctx.length; i++) {
      const t = this.tok(ctx[i]);
      if (!t || t.kind !== "word") continue;
      for (const phrase of this.lang.prepositionCues) {
        if (phrase[0] !== t.lower) continue;
        let ok = true;
        for (let p = 1; p < phrase.length && ok; p++) ok = this.tok(ctx[i + p])?.lower === phrase[p];
        if (!ok) continue;
        // "pour" is a cue only opening the sentence, before a comma-closed phrase ("Pour le ministre, ...").
        if (phrase.length === 1 && phrase[0] === "pour" && (!pour || isAfter || i !== 0)) continue;
        if (pour !== (phrase.length === 1 && phrase[0] === "pour")) continue;
        const at = i + phrase.length;
        const np = this.nounPhraseForward(ctx, at, true);
        if (np) return { mention: this.appositionName(ctx, np) ?? np, cue: { start: t.start, end: this.tokens[ctx[at - 1]].end }, source: "preposition" };
      }
    }
    return null;
  }

  /**
   * "Farouk said Cairo welcomed the deal but would « … »": a cue whose subject stands right after an
   * earlier cue verb (and "that") is reported speech; the quote is the outer speaker's.
   */
  private outerSpeaker(ctx: number[], inner: Mention): Attribution | null {
    let j = ctx.findIndex((k) => k >= 0 && this.tokens[k].start === inner.start);
    if (j <= 0) return null;
    j--;
    if (ctx[j] >= 0 && (this.tokens[ctx[j]].lower === "that" || this.tokens[ctx[j]].lower === "que" || this.tokens[ctx[j]].lower === "qu'")) j--;
    if (j < 0 || ctx[j] < 0) return null;
    const v = this.verbAt(ctx, j);
    if (v < 0) return null;
    const s = this.cueStart(ctx, v);
    const outer = this.nounPhraseBackward(ctx, s - 1);
    return outer ? { mention: outer, cue: { start: this.tokens[ctx[s]].start, end: this.tokens[ctx[j]].end }, source: "before" } : null;
  }

  /** Where the cue verb at ctx index `v` starts, with its auxiliaries and adverbs ("a aussi déclaré", "has also said"). */
  private cueStart(ctx: number[], v: number): number {
    let s = v;
    while (s > 0 && ctx[s - 1] >= 0) {
      const phraseStart = this.adverbPhraseBefore(ctx, s);
      if (phraseStart >= 0) {
        s = phraseStart;
        continue;
      }
      const t = this.tokens[ctx[s - 1]];
      if (t.kind !== "word" || t.upper || !(this.lang.auxiliaries.has(t.lower) || this.lang.adverbs.has(t.lower) || ATTACHED_RE.test(t.lower) || this.stressesSubject(ctx, s - 1) || this.mannerAdverbAfterAuxiliary(ctx, s - 1))) break;
      s--;
    }
    return s;
  }

  /**
   * "a longuement évoqué": a word with the language's adverb ending right after an auxiliary. Only there: "le gouvernement
   * a déclaré" ends the same way.
   */
  private mannerAdverbAfterAuxiliary(ctx: number[], i: number): boolean {
    const ending = this.lang.adverbEnding;
    const t = this.tokens[ctx[i]];
    const before = i > 0 && ctx[i - 1] >= 0 ? this.tokens[ctx[i - 1]] : undefined;
    return ending !== null && t.lower.length >= ending.minLength && t.lower.endsWith(ending.suffix) && before?.kind === "word" && this.lang.auxiliaries.has(before.lower);
  }

  /** "la mairie a elle rapporté": a stressed pronoun between an auxiliary and its participle repeats the subject, it is not one. */
  private stressesSubject(ctx: number[], i: number): boolean {
    const before = i > 0 && ctx[i - 1] >= 0 ? this.tokens[ctx[i - 1]] : undefined;
    return this.lang.stressedPronouns.has(this.tokens[ctx[i]].lower) && before !== undefined && before.kind === "word" && this.lang.auxiliaries.has(before.lower);
  }

  /** Nearest cue verb before the quote and its subject. */
  private beforeCue(ctx: number[]): Attribution | null {
    /** A participle after a comma whose main verb is no cue: "Le député a brandi un gilet, dénonçant « … »". */
    let participleCue: { start: number; end: number } | null = null;
    for (let i = ctx.length - 1; i >= 0; i--) {
      if (ctx[i] < 0) continue;
      const v = this.verbAt(ctx, i);
      if (v < 0) continue;
      // "a salué dans un communiqué « … »": after a determiner that is no object pronoun, a verb form is a noun.
      if (this.afterDeterminer(ctx, v)) continue;
      const attached = this.attachedPronoun(ctx[v]) ?? (v > 0 && ctx[v - 1] >= 0 ? this.attachedPronoun(ctx[v - 1]) : null);
      const s = this.cueStart(ctx, v);
      const cue = { start: this.tokens[ctx[s]].start, end: this.tokens[ctx[i]].end };
      if (attached) return { mention: attached, cue, source: "before" };
      const t0 = this.tokens[ctx[i]];
      const participle = /(?:ant|ing)$/.test(t0.lower);
      // "« A », rappelle X, en louant « B »": a participle after an earlier quote of the sentence shares its speaker.
      if (participle && ctx.slice(0, s).some((k) => k < 0)) return { mention: null, cue, source: "sameSentence" };
      const beforeVerb = s > 0 ? ctx[s - 1] : -2;
      if (participle) {
        // A participle's subject is its main clause's: "X, assurant « … »" takes the name before the comma;
        // "la ministre a fustigé …, indiquant « … »" looks on for the main verb; never the participle's object
        // ("dénonçant des droits « bafoués »").
        if (beforeVerb >= 0 && this.tokens[beforeVerb].text === ",") {
          const name = s > 1 && ctx[s - 2] >= 0 ? this.nameByLast.get(ctx[s - 2]) : undefined;
          if (name && !name.governed && this.isPerson(name) && !this.inGovernedDescription(name)) return { mention: this.nameMention(name), cue, source: "before" };
          participleCue = participleCue ?? cue;
          continue;
        }
        const subject = this.nounPhraseBackward(ctx, s - 1);
        if (subject) return { mention: subject, cue, source: "before" };
        continue;
      }
      // "X assure que c'était une blague et regrette « … »": a coordinated verb shares the sentence's subject.
      if (beforeVerb >= 0 && this.lang.clauseCoordinators.has(this.tokens[beforeVerb].lower)) {
        const subject = this.sentenceSubject(ctx);
        if (subject) return { mention: subject, cue, source: "before" };
        continue;
      }
      // Inverted subject right after a quote or comma: "« A » à l'époque, rappelle Xavier Bertrand : « B »".
      if (!participle && (beforeVerb < 0 || this.tokens[beforeVerb].text === ",")) {
        // "Le ministre, Julien Morel, a appelé les deux parties « … »": the comma closes the subject's apposition, and
        // what follows the verb is its object.
        // "La CFE-CGC, premier syndicat du groupe, a réclamé l'ouverture « immédiate »": an organisation the entity stage named too.
        const apposed = beforeVerb >= 0 ? this.nounPhraseBackward(ctx, s - 1) : null;
        const body = apposed?.kind === "name" && apposed.name !== undefined && this.isNamedEntity(apposed.name);
        if (apposed && (this.isSpeakerLike(apposed) || body)) return { mention: apposed, cue, source: "before" };
        const inv = this.invertedBefore(ctx, i + 1);
        if (inv) return { mention: inv, cue, source: "before" };
      }
      // Inverted before the quote: "said Smith: ..." / "a déclaré M. X : ..."
      const np = this.nounPhraseBackward(ctx, s - 1) ?? this.invertedBefore(ctx, i + 1);
      if (np) return this.outerSpeaker(ctx, np) ?? { mention: np, cue, source: "before" };
      const t = this.tokens[ctx[i]];
      // A participle or gerund borrows the subject of its main clause: keep looking further back.
      if (/(ant|ing)$/.test(t.lower) || (s > 0 && ctx[s - 1] >= 0 && this.tokens[ctx[s - 1]].text === ",")) continue;
      return null;
    }
    const subject = participleCue ? this.sentenceSubject(ctx) : null;
    return subject && participleCue ? { mention: subject, cue: participleCue, source: "before" } : null;
  }

  /**
   * The subject opening the sentence of ctx, when ctx starts the sentence: a person's name, a pronoun or a
   * description directly followed by a lowercase word (its verb): "Le député de La Réunion a brandi …".
   */
  private sentenceSubject(ctx: number[]): Mention | null {
    if (ctx.length === 0 || ctx[0] < 0 || !this.startsSentence(ctx)) return null;
    const from = this.pastDateline(ctx);
    const np = this.nounPhraseForward(ctx, from);
    // A person, or a body the entity stage named opening the sentence ("La CGT a quitté la table, dénonçant des propositions
    // « … »", not "Interrogé par l'AFP, …"); never a possessor ("The Pentagon's recent top adviser went further, arguing …").
    const opening = np?.kind === "name" && np.name !== undefined && (np.name.first === ctx[from] || (np.name.first === ctx[from + 1] && this.isOpeningArticle(this.tok(ctx[from]))));
    if (!np || (np.kind === "name" && np.name && !this.isPerson(np.name) && !(opening && this.isNamedEntity(np.name) && !this.closesEntityName(np.name)))) return null;
    if (np.kind === "name" && np.name && /^['’]s$/.test(this.tok(np.name.last + 1)?.text ?? "")) return null;
    return this.verbFollows(ctx, np.end) ? np : null;
  }

  /** "la victoire de son rival Andrés Quispe": a name whose description a preposition governs is a complement too. */
  private inGovernedDescription(name: NameSpan): boolean {
    let k = name.first - 1;
    if (!this.lang.descriptionHeads.has(this.tokens[k]?.lower ?? "")) return false;
    for (let steps = 0; k >= 0 && steps < 5; k--, steps++) {
      const t = this.tokens[k];
      if (t.kind !== "word" || t.upper || this.lang.verbForms.has(t.lower)) return false;
      if (this.lang.prepositions.has(t.lower)) return true;
    }
    return false;
  }

  /** Whether token k is the dash that closes a dateline ("PARIS, 7 déc 2026 (AFP) -"). */
  private closesDateline(k: number): boolean {
    return k > 0 && DASHES.has(this.tokens[k].text) && this.tokens[k - 1].text === ")";
  }

  /** The index in ctx right after a dateline opening it ("LIMA, 8 juin 2026 (AFP) -"), else 0. */
  private pastDateline(ctx: number[]): number {
    for (let i = 1; i < ctx.length && i < 16 && ctx[i] >= 0; i++) {
      if (this.closesDateline(ctx[i])) return i + 1;
      if (this.isSentenceEnd(ctx[i])) break;
    }
    return 0;
  }

  /** Whether ctx (its first index a token) opens its sentence: the text's start, a sentence end or a quote before it. */
  private startsSentence(ctx: number[]): boolean {
    const before = ctx[0] - 1;
    return before < 0 || this.insideQuote[before] >= 0 || this.isSentenceEnd(before);
  }

  /**
   * Whether a lowercase word (a verb) follows the phrase ending at offset `end` in ctx, past a relative clause between
   * commas ("Le distributeur Gaumont, qui visait 500.000 entrées, parle d'un « … »").
   */
  private verbFollows(ctx: number[], end: number): boolean {
    let e = 0;
    while (e < ctx.length && ctx[e] >= 0 && this.tokens[ctx[e]].end <= end) e++;
    if (e + 1 < ctx.length && ctx[e] >= 0 && ctx[e + 1] >= 0 && this.tokens[ctx[e]].text === "," && RELATIVES.has(this.tokens[ctx[e + 1]].lower)) {
      const past = this.pastCommaPhrase(ctx, e, 20);
      if (past >= 0) e = past;
    }
    const next = e < ctx.length && ctx[e] >= 0 ? this.tokens[ctx[e]] : undefined;
    return next !== undefined && next.kind === "word" && !next.upper;
  }

  /**
   * The index right after the comma that closes the phrase opened by the comma at ctx[e] (at most `limit` tokens on), or -1
   * when no comma closes it before another quote or the end of ctx.
   */
  private pastCommaPhrase(ctx: number[], e: number, limit: number): number {
    let c = e + 1;
    while (c < ctx.length && c - e < limit && ctx[c] >= 0 && this.tokens[ctx[c]].text !== ",") c++;
    return c < ctx.length && ctx[c] >= 0 && this.tokens[ctx[c]].text === "," ? c + 1 : -1;
  }

  /**
   * "Le distributeur Gaumont parle d'un « … »": an organisation's noun after the sentence's opening article, and the name
   * of an organisation the entity stage found, subject of the sentence's verb: the organisation's name.
   */
  private namedBodySubject(ctx: number[]): Mention | null {
    if (ctx.length < 4 || ctx[0] < 0 || ctx[1] < 0 || ctx[2] < 0 || !this.startsSentence(ctx)) return null;
    const article = this.tokens[ctx[0]];
    const noun = this.tokens[ctx[1]];
    if (!this.isOpeningArticle(article) || this.lang.possessives.has(article.lower) || noun.kind !== "word" || noun.upper || this.lang.organisationHeads.get(noun.lower) !== "institution") return null;
    const name = this.nameByFirst.get(ctx[2]);
    if (!name || name.first !== ctx[2] || this.isPerson(name) || !this.isNamedEntity(name)) return null;
    return this.verbFollows(ctx, name.end) ? this.nameMention(name) : null;
  }

  private invertedBefore(ctx: number[], i: number): Mention | null {
    // "dénonce au contraire « … »": an adverbial phrase, no subject.
    if (this.adverbPhraseFrom(ctx, i) >= 0) return null;
    const np = this.nounPhraseForward(ctx, i);
    if (!np || np.kind === "pronoun") return null;
    // An inverted subject ends at the quote or a mark ("said Smith:"); one followed by a word is the
    // reported clause's own subject ("said the accord was « … »").
    const after = ctx.findIndex((k) => k < 0 || this.tokens[k].start >= np.end);
    if (after >= 0 && ctx[after] >= 0 && this.tokens[ctx[after]].kind === "word") return null;
    // One that ends on a preposition is the verb's object and the preposition the quote's: "X, maire de Brest,
    // a appelé les deux parties à « … »", "urged both sides to « … »".
    const last = after > 0 ? ctx[after - 1] : after < 0 ? ctx[ctx.length - 1] : -1;
    if (last >= 0 && this.tokens[last].kind === "word" && this.lang.prepositions.has(this.tokens[last].lower)) return null;
    return np;
  }

  /** Nearest subject-like mention before the quote when no cue verb is known ("Mélenchon pas « … »"). */
  private subjectBefore(ctx: number[]): Attribution | null {
    for (let i = ctx.length - 1; i >= 0; i--) {
      const k = ctx[i];
      if (k < 0) continue;
      const t = this.tokens[k];
      const name = this.nameByLast.get(k);
      if (name && !name.governed && this.isPerson(name)) return { mention: this.nameMention(name), cue: null, source: "subject" };
      // "La France a « salué » la décision": a country or a body, opening the clause with its article, and the quote its
      // verb's (only an auxiliary or an adverb between them).
      if (name && ctx.length - 1 - i <= 2 && ctx.slice(i + 1).every((x) => x >= 0 && this.tokens[x].kind === "word" && !this.tokens[x].upper) && this.articleOpensSubject(name)) return { mention: this.nameMention(name), cue: null, source: "subject" };
      if (t.kind === "word" && this.lang.subjectPronouns.has(t.lower)) {
        const g = this.lang.subjectPronouns.get(t.lower)!;
        if (g === "x" && this.lang.code === "en") continue; // I, you: the speaker is the quoted person's interlocutor
        return { mention: { kind: "pronoun", start: t.start, end: t.end, gender: g }, cue: null, source: "subject" };
      }
    }
    return null;
  }

  /**
   * "Le parquet de Paris a ouvert une enquête pour « … »", "Le ministre a évoqué une « situation grave »": with no cue, the
   * description opening the quote's sentence with an article, headed by a person's or an organisation's noun, is whose
   * words they are.
   */
  private describedSubject(ctx: number[]): Attribution | null {
    const body = this.namedBodySubject(ctx);
    if (body) return { mention: body, cue: null, source: "subject" };
    const np = this.sentenceSubject(ctx);
    // One person or body: a group ("Les juges de Nanterre", "les pompiers") is left to the rules for groups.
    if (!np || np.kind !== "description" || np.head === undefined || np.gender === "p") return null;
    // The head right after the sentence's opening article: not "Les propos du Premier ministre", "Si le président …".
    const article = this.tokens[ctx[0]];
    const head = np.head.split(" ")[0];
    // Not a possessive's: "Sa femme est plus mesurée : « … »" is someone's relative, whom no rule names.
    if (!this.isOpeningArticle(article) || this.lang.possessives.has(article.lower) || this.tok(ctx[1])?.lower !== head) return null;
    return this.hasSpeakerOrBodyHead(np) ? { mention: np, cue: null, source: "subject" } : null;
  }

  /**
   * The first token of the entity stage's mention ending at token k when it reaches further back than the name ending
   * there: "L'Union des étudiants juifs de France (UEJF) a salué", not "France".
   */
  private longerEntityEndingAt(k: number): number | undefined {
    const first = this.entityByLast.get(k);
    const name = this.nameByLast.get(k);
    return first !== undefined && (!name || first < name.first) ? first : undefined;
  }

  /**
   * Whether ctx[from] up to the name is an article and the words of a description ("l'ancienne coureuse"): no verb, no
   * relative, nothing capitalised, a few words.
   */
  private describesName(ctx: number[], from: number, name: NameSpan): boolean {
    const first = this.tok(ctx[from]);
    if (!this.isOpeningArticle(first) || name.first - ctx[from] > 5) return false;
    for (let k = ctx[from] + 1; k < name.first; k++) {
      // "le Pr Christophe Delacourt": the name starts at its honorific.
      if (this.nameByFirst.get(k) === name) return true;
      const w = this.tokens[k];
      if (w.kind !== "word" || w.upper || this.lang.verbForms.has(w.lower) || RELATIVES.has(w.lower) || this.lang.prepositions.has(w.lower)) return false;
    }
    return true;
  }

  /**
   * "la rue Erlanger", "le ministère du Logement": a name closing the entity stage's mention of a place or a body that
   * opens with a common noun is that noun's complement, never a speaker on its own.
   */
  closesEntityName(name: NameSpan): boolean {
    const first = this.longerEntityEndingAt(name.last);
    // ("l'association d'usagers Fnaut a réclamé": an organisation's closing name speaks for it.)
    return first !== undefined && !this.tokens[first].upper && !this.isPerson(name) && !this.organisationEnds.has(name.last);
  }

  nameMention(name: NameSpan): Mention {
    return { kind: "name", start: name.start, end: name.end, name, gender: name.gender };
  }

  /** A speaker noun phrase starting at ctx[i]: pronoun, name (honorific allowed), or description. */
  /**
   * "said Green Party councillor Carla Denyer", "said Republican Sen. Ted Cruz": a name that is no person's, then a title
   * (a description's head or an honorific), then a person's name. The person speaks; the first name only qualifies them.
   * Before a lowercase head the first name may be a person's too ("said Trump aide Hope Hicks") or one the tagger took
   * for a person's ("said Pontypridd resident Sian Evans").
   */
  private partyBeforeTitle(ctx: number[], i: number, name: NameSpan): Mention | null {
    const j = i + name.last - name.first + 1;
    const title = this.tok(ctx[j]);
    if (!title || title.kind !== "word") return null;
    let after: number;
    if (!title.upper && this.lang.descriptionHeads.has(title.lower)) after = j + 1;
    else if (this.isPerson(name)) return null;
    else {
      // "said Republican Sen. Ted Cruz": the title is an honorific, whose full stop may be a token of its own.
      const end = honorificEnd(this.tokens, ctx[j], this.lang);
      if (end < 0) return null;
      after = j + (end - ctx[j]);
    }
    const person = ctx[after] >= 0 ? this.nameByFirst.get(ctx[after]) : undefined;
    return person && this.isPerson(person) ? this.nameMention(person) : null;
  }

  /** Is ctx[j] a lowercase description head ("spokesperson", "porte-parole")? */
  private headRightAfter(ctx: number[], j: number): boolean {
    const t = this.tok(ctx[j]);
    return t !== undefined && ctx[j] >= 0 && t.kind === "word" && !t.upper && this.lang.descriptionHeads.has(t.lower);
  }

  /** `inverted`: the phrase is a cue's inverted subject ("a déclaré le patron …"), where "au Parisien" after it is the one spoken to. */
  private nounPhraseForward(ctx: number[], i: number, objectPronoun = false, descriptionOnly = false, inverted = false): Mention | null {
    const t = this.tok(ctx[i]);
    if (!t || ctx[i] < 0) return null;
    if (t.kind === "word") {
      const pron = (objectPronoun ? this.lang.objectPronouns.get(t.lower) : undefined) ?? this.lang.subjectPronouns.get(t.lower);
      if (pron !== undefined && !(this.lang.code === "en" && pron === "x")) return { kind: "pronoun", start: t.start, end: t.end, gender: pron };
    }
    // "a déclaré au quotidien sportif le coureur", "a confié à la presse le ministre": the one spoken to comes first;
    // the subject is the phrase its next article opens (the listener's own article skipped).
    if (inverted && t.kind === "word" && this.lang.listenerPrepositions.has(t.lower)) {
      for (let j = i + 2; j < ctx.length && j - i < 6 && ctx[j] >= 0 && this.tokens[ctx[j]].kind === "word"; j++) {
        if (this.isOpeningArticle(this.tokens[ctx[j]])) return this.nounPhraseForward(ctx, j, objectPronoun, descriptionOnly, true);
      }
    }
    const direct = this.nameByFirst.get(ctx[i]);
    if (direct) return this.partyBeforeTitle(ctx, i, direct) ?? this.nameMention(direct);
    // Description, possibly followed by the name it introduces ("le président ouzbek Chavkat Mirzioïev").
    let headGender: Gender = "x";
    let head = "";
    let lastK = -1;
    let afterPrep = false;
    /** The description's last token before a listener preposition ("au", "to"), or -1. */
    let listenerEnd = -1;
    for (let j = i; j < ctx.length && j - i < 10; j++) {
      const k = ctx[j];
      if (k < 0) break;
      const w = this.tokens[k];
      if (w.kind !== "word") {
        if (w.text === "-" || w.text === "'" || w.text === "’") continue;
        break;
      }
      if (j > i && (RELATIVES.has(w.lower) || this.lang.preverbalClitics.has(w.lower))) break;
      // Right after a determiner a verb form is a noun: "un communiqué", "l'accusé".
      const noun = j === i + 1 && this.lang.articles.has(this.tokens[ctx[i]].lower);
      if (j > i && !noun && (this.lang.verbForms.has(w.lower) || this.lang.auxiliaries.has(w.lower)) && !this.lang.descriptionHeads.has(w.lower)) break;
      const name = this.nameByFirst.get(k);
      // "a déclaré l'un des responsables de la Société royale de médecine, Gert van Dijk.": the person in apposition.
      if (name && afterPrep && !this.isPerson(name)) {
        const apposed = this.apposedPersonAfter(ctx, j, name);
        if (apposed) return apposed;
      }
      // "l'élue PS", "le maire LR de Nice": after a person's description head, a name that is not a person's is its modifier.
      // "a Meta spokesperson", "a Trump aide": right after the article and before a lowercase head, any name is one too.
      const modifier =
        name !== undefined &&
        ((head !== "" && !this.lang.organisationHeads.has(head.split(" ")[0]) && !this.isPerson(name)) || (j === i + 1 && this.lang.articles.has(this.tokens[ctx[i]].lower) && this.headRightAfter(ctx, j + name.last - name.first + 1)));
      if (name && !modifier && (!afterPrep || !name.governed) && !(descriptionOnly && j === i)) {
        if (head && afterPrep) {
          // "explique la comédienne au journaliste Pierre Lemaire": a name with its own head after a listener preposition is the listener.
          if (listenerEnd >= 0 && this.lang.descriptionHeads.has(this.tokens[k - 1].lower)) {
            lastK = listenerEnd;
            break;
          }
          const apposed = this.apposedPersonAfter(ctx, j, name);
          if (apposed) return apposed;
        }
        return { ...this.nameMention(name), gender: name.gender !== "x" ? name.gender : headGender };
      }
      if (modifier) {
        // "a déclaré le patron de l'entreprise au Parisien": a name right after a listener preposition is the one spoken to.
        if (inverted && listenerEnd >= 0 && this.listenerRightBefore(k)) {
          lastK = listenerEnd;
          break;
        }
        j += name.last - name.first;
        lastK = name.last;
        afterPrep = true;
        continue;
      }
      if (this.lang.prepositions.has(w.lower)) afterPrep = true;
      if (head && listenerEnd < 0 && this.lang.listenerPrepositions.has(w.lower)) listenerEnd = lastK;
      if (!head && this.lang.descriptionHeads.has(w.lower)) {
        head = w.lower;
        headGender = this.lang.descriptionHeads.get(w.lower)!;
      } else if (head && !afterPrep && !w.upper && head.split(" ").length < 3) head += " " + w.lower;
      lastK = k;
    }
    const first = this.tokens[ctx[i]];
    // Any determiner + noun can speak ("son garde du corps", "des témoins", "un communiqué").
    if (!head && lastK >= 0 && first.kind === "word" && this.lang.articles.has(first.lower)) {
      // "un des manifestants", "une des voisines": one of a group, named by the group's noun.
      let n = 1;
      if (this.lang.indefiniteArticles.has(first.lower) && this.lang.prepositions.has(this.tok(ctx[i + 1])?.lower ?? "") && ctx[i + 2] <= lastK) n = 2;
      const noun = this.tok(ctx[i + n]);
      if (noun && noun.kind === "word" && !noun.upper && !this.lang.prepositions.has(noun.lower) && !this.lang.auxiliaries.has(noun.lower)) head = noun.lower;
      // "le nouveau groupe", "la petite entreprise": an adjective before an organisation's noun, which is the head.
      const after = head ? this.tok(ctx[i + n + 1]) : undefined;
      if (after && ctx[i + n + 1] <= lastK && after.kind === "word" && !after.upper && this.lang.organisationHeads.has(after.lower) && !this.lang.organisationHeads.has(head)) head = after.lower;
    }
    if (!head || lastK < 0) return null;
    if (headGender === "x") headGender = this.lang.articleGenders.get(first.lower) ?? "x";
    if (!(first.kind === "word" && (this.lang.articles.has(first.lower) || this.lang.descriptionHeads.has(first.lower) || first.upper))) return null;
    return { kind: "description", start: first.start, end: this.tokens[lastK].end, gender: headGender, head, indefinite: this.lang.indefiniteArticles.has(first.lower) };
  }

  /**
   * "l'avocat de la famille Berlaud, Yanis Belkacem.": after the complement's name at ctx[j], a person's name in apposition
   * closing the clause ("Pour le président des Républicains Christian Jacob, Jean Castex représente" goes on), or null.
   */
  private apposedPersonAfter(ctx: number[], j: number, name: NameSpan): Mention | null {
    let after = j + name.last - name.first + 1;
    // The complement may go on in lowercase words ("de la Société royale de médecine néerlandaise, Gert van Dijk").
    for (let n = 0; n < 6; n++, after++) {
      const w = ctx[after] >= 0 ? this.tok(ctx[after]) : undefined;
      if (!w || w.kind !== "word" || w.upper || this.lang.verbForms.has(w.lower)) break;
    }
    const apposed = this.tok(ctx[after])?.text === "," ? this.nameByFirst.get(ctx[after + 1]) : undefined;
    const next = apposed ? this.tok(ctx[after + 2 + apposed.last - apposed.first]) : undefined;
    return apposed && !apposed.governed && this.isPerson(apposed) && (!next || next.text === "." || next.text === ",") ? this.nameMention(apposed) : null;
  }

  /** A subject noun phrase ending at ctx[i] (appositions between commas skipped). */
  private nounPhraseBackward(ctx: number[], i: number): Mention | null {
    while (i >= 0 && ctx[i] >= 0 && this.tokens[ctx[i]].kind === "word" && CLITICS.has(this.tokens[ctx[i]].lower) && !this.lang.subjectPronouns.has(this.tokens[ctx[i]].lower)) i--;
    if (i < 0 || ctx[i] < 0) return null;
    let t = this.tokens[ctx[i]];
    // "… sur le secteur et se dit prête à « … »": a coordinated verb's subject is its first verb's, never the words before "et".
    if (t.kind === "word" && this.lang.clauseCoordinators.has(t.lower)) return null;
    if (t.text === ",") {
      // Skip an apposition: "M. Raïssi, qui avait déjà abordé ce sujet, a indiqué".
      let j = i - 1;
      while (j >= 0 && i - j < 25 && ctx[j] >= 0 && this.tokens[ctx[j]].text !== ",") j--;
      if (j < 0 || ctx[j] < 0 || this.tokens[ctx[j]].text !== ",") return null;
      // "Le vice-président du parti, Nicolas Bay, dénonce": the apposition is the name itself.
      const inner = this.nameByLast.get(ctx[i - 1]);
      if (inner && i - 1 > j && (ctx[j + 1] === inner.first || this.nameByFirst.get(ctx[j + 1]) === inner)) return this.nameMention(inner);
      // "Sa compagne, l'ancienne coureuse Marion Rousse, a salué": a description and a person's name, the name is the subject.
      if (inner && this.isPerson(inner) && this.describesName(ctx, j + 1, inner)) return this.nameMention(inner);
      i = j - 1;
      if (i < 0 || ctx[i] < 0) return null;
      t = this.tokens[ctx[i]];
    }
    if (t.text === ")") {
      let j = i - 1;
      while (j >= 0 && i - j < 12 && ctx[j] >= 0 && this.tokens[ctx[j]].text !== "(") j--;
      if (j <= 0 || ctx[j] < 0) return null;
      // "La direction générale de l'aviation civile (DGAC) juge": an organisation whose name has lowercase words,
      // and its acronym in brackets; the acronym is the name the subject goes by.
      const acronym = this.nameByFirst.get(ctx[j + 1]);
      const entityFirst = ctx[j - 1] >= 0 ? this.longerEntityEndingAt(ctx[j - 1]) : undefined;
      if (acronym && acronym.last === ctx[i - 1] && entityFirst !== undefined && this.opensClause(entityFirst)) return this.nameMention(acronym);
      i = j - 1;
      t = this.tokens[ctx[i]];
    }
    if (t.kind !== "word") return null;
    // "Mr. Morgan of the Sierra Club said": the person before "of" and an organisation.
    const org = this.nameByLast.get(ctx[i]);
    if (org && org.governed) {
      let j = i - (org.last - org.first) - 1;
      while (j >= 0 && ctx[j] >= 0 && this.lang.articles.has(this.tokens[ctx[j]].lower)) j--;
      const of = j >= 1 && ctx[j] >= 0 ? this.tokens[ctx[j]] : undefined;
      const person = of && (of.lower === "of" || of.lower === "de" || of.lower === "du") && ctx[j - 1] >= 0 ? this.nameByLast.get(ctx[j - 1]) : undefined;
      if (person && !person.governed && this.isPerson(person)) return this.nameMention(person);
    }
    // "Marine Le Pen qui fustige": the relative pronoun's antecedent is the subject.
    if ((t.lower === "qui" || t.lower === "who") && i > 0 && ctx[i - 1] >= 0) {
      const name = this.nameByLast.get(ctx[i - 1]);
      if (name) return this.nameMention(name);
      return null;
    }
    const pron = this.lang.subjectPronouns.get(t.lower);
    if (pron !== undefined) return pron === "x" && this.lang.code === "en" ? null : { kind: "pronoun", start: t.start, end: t.end, gender: pron };
    // "L'association Droit au logement a salué": an entity's name with lowercase words is the subject, from its first name word.
    const entityFirst = this.longerEntityEndingAt(ctx[i]);
    if (entityFirst !== undefined) {
      const at = i - (ctx[i] - entityFirst);
      const entityName = at >= 0 && ctx[at] === entityFirst ? this.nameByFirst.get(entityFirst) : undefined;
      if (entityName && !entityName.governed) return this.nameMention(entityName);
    }
    const lastName = this.nameByLast.get(ctx[i]);
    const name = lastName && !this.closesEntityName(lastName) ? lastName : undefined;
    // "Le président du groupe PS a dénoncé": a one-word organisation or place right after a person's or a body's noun
    // qualifies it; the subject is the description read below.
    const qualifier = name !== undefined && name.first === name.last && !this.isPerson(name) && this.isNamedEntity(name) && this.qualifiesNoun(name.first);
    if (name && !qualifier && (!name.governed || this.articleOpensSubject(name))) {
      // "le président russe Vladimir Poutine": the description gives the gender.
      return { ...this.nameMention(name), gender: name.gender !== "x" ? name.gender : this.descriptionGenderBefore(name.first) };
    }
    // Description: back to the farthest determiner whose noun is a known head ("Le leader de La France
    // insoumise"), else the nearest determiner ("une interview à 20 Minutes la présidente du RN" keeps "la présidente …").
    let found: Mention | null = null;
    let nearest: Mention | null = null;
    // The farthest description, and whether the walk reached the clause's start with it, after a complement's preposition.
    // (Stricter than opensClause, which also admits a comma, "et" or "que" before the phrase: with it, "…, l'association
    // des maires d'Ile-de-France" and "les signataires de la tribune" took other speakers.)
    let farthest: Mention | null = null;
    /** "La FDSEA de la Drôme dénonce": a body's name after the clause's opening article, with its complement. */
    let body: Mention | null = null;
    let complement = false;
    let opensClause = false;
    for (let j = i; j >= 0 && i - j < 10; j--) {
      if (ctx[j] < 0) {
        opensClause = true;
        break;
      }
      const w = this.tokens[ctx[j]];
      if (w.kind !== "word") {
        if (w.text === "(" || w.text === ")" || w.text === "-") continue;
        opensClause = w.kind === "nl" || /^[.!?:;«»"“”]$/.test(w.text);
        break;
      }
      if (j === 0) opensClause = true;
      if (j < i && (this.lang.verbForms.has(w.lower) || RELATIVES.has(w.lower))) break;
      if (nearest && this.lang.officeComplements.has(w.lower)) complement = true;
      // "au"/"aux" (à + the article) open an indirect object, never a subject: "L'association Droit au logement a salué".
      if (this.lang.articles.has(w.lower) && !this.lang.listenerPrepositions.has(w.lower)) {
        const m = this.nounPhraseForward(ctx, j, false, true);
        // (Opening its clause: after a quote, only one that closed its sentence — '“No comment,” the Herald reported' reports.)
        const opening = (j === 0 || ctx[j - 1] < 0 || this.tokens[ctx[j - 1]].kind !== "word") && this.opensClause(ctx[j]);
        if (opening && m?.kind === "name" && m.name && (this.isNamedEntity(m.name) || this.bodyAcronym(m.name)) && !this.isPerson(m.name) && !this.closesEntityName(m.name)) body = m;
        if (m && m.kind === "description") {
          const known = this.lang.descriptionHeads.has(this.tokens[ctx[j + 1]]?.lower ?? "");
          const spanned = { ...m, end: Math.max(m.end, t.end) };
          if (known) found = spanned;
          else if (!nearest) {
            nearest = spanned;
            // "du personnel": the article is a complement's preposition too.
            if (this.lang.officeComplements.has(w.lower)) complement = true;
          }
          farthest = spanned;
        }
      }
    }
    // "Les syndicats de l'entreprise ont dénoncé", "Les représentants du personnel ont dénoncé": opening the clause, a noun
    // with its complement is the subject, not the complement's noun.
    if (!found && farthest && farthest !== nearest && complement && opensClause) return farthest;
    found = found ?? nearest;
    return found ?? (opensClause ? body : null);
  }

  /**
   * Whether the name at token k qualifies the noun before it: one person's noun ("le député LR"), or a body's noun that
   * is itself a complement ("le président du groupe PS"). "Le groupe PS a dénoncé" names the group, and "les députés
   * LREM" stand for their party: there the name speaks.
   */
  private qualifiesNoun(k: number): boolean {
    const noun = this.tokens[k - 1];
    if (!noun || noun.kind !== "word" || noun.upper || noun.end !== this.tokens[k].start - 1) return false;
    const gender = this.lang.descriptionHeads.get(noun.lower);
    if (gender !== undefined) return gender !== "p";
    const before = this.tokens[k - 2];
    return this.lang.organisationHeads.has(noun.lower) && before !== undefined && this.lang.officeComplements.has(before.lower);
  }

  /**
   * "La CGT dénonce", "L'Élysée a répondu", "the Pentagon said": an organisation's name after an article that nothing
   * governs is the subject before its verb, unlike "le président de la SNCF" or "au Parisien".
   */
  private articleOpensSubject(name: NameSpan): boolean {
    const article = this.tok(name.first - 1);
    // "her Twitter account posted": after a possessive the name qualifies the subject's noun.
    if (!this.isOpeningArticle(article) || this.lang.possessives.has(article!.lower)) return false;
    // Only an organisation: "l'Insoumis", "the German" stand for a person, and are descriptions (demonymDescription).
    // An acronym is a body's even when the entity stage missed it ("L'UFC évoque « … »").
    return (this.isNamedEntity(name) || this.bodyAcronym(name)) && !this.isPerson(name) && this.opensClause(name.first - 1);
  }

  /**
   * Does the phrase starting at token k (its article included) open its clause: a sentence start, a comma or colon
   * that follows no quote ("« … », the Post reported": a medium reporting someone's words), "et", "que"?
   */
  private opensClause(k: number): boolean {
    // An entity may start after its article ("La [direction générale …]"): the article is the phrase's.
    const first = this.tok(k);
    if (first?.kind === "word" && !this.lang.articles.has(first.lower) && this.isOpeningArticle(this.tok(k - 1))) k--;
    const b = k - 1;
    const before = this.tok(b);
    if (!before || before.kind === "nl") return true;
    // After a quote, only when the quote closed its sentence: "“No comment,” the Miami Herald reported" reports.
    if (this.insideQuote[b] >= 0) return this.isSentenceEnd(b) || (b > 0 && this.isSentenceEnd(b - 1));
    if (this.isSentenceEnd(b)) return true;
    // "PARIS, 7 décembre 2026 (AFP) - Les États-Unis ont appelé": the dash closing a dateline.
    if (this.closesDateline(b)) return true;
    if (before.kind !== "word") return (before.text === "," || before.text === ";" || before.text === ":") && b > 0 && this.insideQuote[b - 1] < 0;
    return this.lang.clauseCoordinators.has(before.lower) || this.lang.complementizers.has(before.lower);
  }

  /** A person's name, or a description headed by a speaker's noun ("le ministre"): what may be a cue's subject on its own. */
  private isSpeakerLike(m: Mention): boolean {
    return m.kind === "name" ? m.name !== undefined && this.isPerson(m.name) : this.hasSpeakerHead(m);
  }

  /** A description whose head noun names a speaker ("le maire", "the spokeswoman"), not a thing ("une confirmation"). */
  private hasSpeakerHead(m: Mention): boolean {
    return m.kind === "description" && m.head !== undefined && this.lang.descriptionHeads.has(m.head.split(" ")[0]);
  }

  /** A description headed by a speaker's noun ("le ministre") or an organisation's ("l'opposition", "le parquet"). */
  private hasSpeakerOrBodyHead(m: Mention): boolean {
    return this.hasSpeakerHead(m) || (m.kind === "description" && m.head !== undefined && this.lang.organisationHeads.has(m.head.split(" ")[0]));
  }

  /** An article that may open a clause's subject: "la", "l'", "the", not "au"/"to" (a listener's). */
  private isOpeningArticle(t: Token | undefined): boolean {
    return t !== undefined && t.kind === "word" && this.lang.articles.has(t.lower) && !this.lang.listenerPrepositions.has(t.lower);
  }

  /** Gender of a description right before a name (la ministre X), or x. */
  private descriptionGenderBefore(first: number): Gender {
    for (let k = first - 1; k >= 0 && first - k < 4; k--) {
      const w = this.tokens[k];
      if (w.kind !== "word") break;
      const g = this.lang.descriptionHeads.get(w.lower);
      if (g) return g;
    }
    return "x";
  }
}
