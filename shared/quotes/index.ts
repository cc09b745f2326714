import type { ParsedArticle } from "../article";
import type { Entity, Quote, Segment } from "../summary";
import { creditRange } from "../entities/credits";
import { capitalsMarkNames } from "../lang/article-tables";
import { AttributionFinder, type Attribution, type Mention } from "./attribution";
import { findNameSpans, honorificEnd } from "./name-spans";
import { splitInsertions } from "./insertions";
import { isNotQuote, isUncuedTerm, isUncuedTitle, nameCoverage } from "./not-quotes";
import { isPersonHead, quoteLanguage, type QuoteLanguage } from "./quote-language";
import { findMarkedSpans, type MarkedSpan } from "./quote-marks";
import { SpeakerResolver } from "./speaker-resolution";
import { documentOf } from "../doc/document";
import type { Token } from "../doc/tokenize";
import { candidatesFor, type Candidate as SpeakerCandidate } from "./speaker-model/candidates";
import type { RankerDocument } from "./speaker-model/document";
import { expandAntecedents } from "./speaker-model/antecedents";
import { candidateFeatures } from "./speaker-model/features";
import { cueAntecedentChoices, isCueAntecedentMention, isInstitutionHead } from "./speaker-model/cue-antecedent";
import type { SpeakerRanker } from "./speaker-model/model";
import { rankerFor, spanFilterFor } from "./speaker-model/shipped";
import { DROP, spanFeatures } from "./span-model/span-features";

export type CandidateObserver = (quote: { start: number; end: number }, candidates: SpeakerCandidate[], features: string[][], resolved: (string | null)[]) => void;

export { findMarkedSpans } from "./quote-marks";

interface Candidate extends MarkedSpan {
  /** Attribution given by an insertion inside the marks ("…, estime X. …"). */
  forced?: Attribution;
}

/**
 * Direct quotes with their speakers. Pure and linear in the text length:
 * one pass for the marks, one for tokens and names, and bounded local scans per quote.
 */
export function extractQuotes(article: ParsedArticle, allEntities: Entity[], options: QuoteOptions = {}): Quote[] {
  const text = article.text;
  if (!text) return [];
  const code = languageOf(article);
  const lang = quoteLanguage(code);
  const marked = findMarkedSpans(text, lang.unopenedContinuations);
  if (marked.length === 0) return [];

  // The article's one token stream and sentence split, shared with the entity stage.
  const doc = documentOf(article);
  const tokens = doc.tokens;
  // A photo credit names who took the picture, and a dateline where the story was filed, not anyone
  // in the story: no speaker, no antecedent ("MOSCOU (AFP) - Le Kremlin a rejeté… la jugeant « irréaliste »").
  const outsideStory = outsideStoryTest(text, article.segments);
  // In German every noun has a capital, so capitalised words are no names to attribute to ("Die Anwohner").
  const names = capitalsMarkNames(article.language) ? findNameSpans(text, tokens, lang).filter((n) => !outsideStory(n.start)) : [];
  const entities = withoutOutsideStory(allEntities, outsideStory);
  const headlineEnd = headlineEndOf(article);

  // Recognised names, to tell a quoted name (« le Rassemblement national ») from quoted words.
  const entityNames = lang.spanRules.quotedNames ? entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start) : [];
  const kept: Candidate[] = [];
  /** Spans in marks that name a work, a medium or a nickname: the names in them are not speakers. */
  const titles: MarkedSpan[] = [];
  for (const s of marked.flatMap((m) => splitInsertions(text, m, lang))) {
    const inner = text.slice(s.start, s.end);
    // Context stays on the quote's own line: a heading above says nothing about it.
    const before = text.slice(Math.max(0, s.open - 40), s.open);
    const after = text.slice(s.close, s.close + 40);
    const ctx = { inner, before: before.slice(before.lastIndexOf("\n") + 1), after: after.split("\n")[0], inHeadline: s.start < headlineEnd };
    // A span that is mostly one recognised name (a party, a network, a person's nickname) names, it does not report.
    if (isNotQuote(ctx, lang) || (lang.spanRules.quotedNames && inner.length <= 60 && nameCoverage(s.start, s.end, entityNames) >= NAME_SHARE)) {
      titles.push(s);
      continue;
    }
    kept.push(s);
  }
  // The same words that name a work or a name somewhere in the article name it everywhere (a headline's « X » too).
  // Compacted in place, one pass: splicing each one out was quadratic on thousands of the same quoted words.
  if (titles.length > 0 && kept.length > 0) {
    const named = new Set(titles.map((t) => text.slice(t.start, t.end)));
    let w = 0;
    for (const s of kept) {
      if (named.has(text.slice(s.start, s.end))) titles.push(s);
      else kept[w++] = s;
    }
    kept.length = w;
  }
  if (kept.length === 0) return [];
  titles.sort((a, b) => a.start - b.start);
  const inTitle = (n: { start: number; end: number }) => {
    // The last title starting at or before the name (titles do not nest once dropped).
    let lo = 0;
    let hi = titles.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (titles[mid].start <= n.start) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi >= 0 && n.end <= titles[hi].end;
  };

  const tokenIndex = (offset: number) => doc.tokenAt(offset);
  const insideQuote = new Int32Array(tokens.length).fill(-1);
  const quoteTokens = kept.map((s, q) => {
    const openTok = tokenIndex(s.open);
    const closeTok = tokenIndex(Math.max(s.open, s.close - 1));
    for (let k = openTok; k <= closeTok; k++) insideQuote[k] = q;
    return { openTok, closeTok };
  });
  const nameStarts = names.map((n) => {
    let k = n.first;
    // Walk back over the honorifics so "M. Poutine" is found from "M.".
    for (let b = n.first - 1; b >= Math.max(0, n.first - 4); b--) {
      if (honorificEnd(tokens, b, lang) === k) k = b;
      else if (tokens[b].text !== ".") break;
    }
    return k;
  });
  // Sentence ends outside quotes, counted once so that "how many sentences back" is a subtraction.
  let sentenceNo: Int32Array | null = null;
  const sentencesBetween = (from: number, to: number) => {
    if (!sentenceNo) {
      sentenceNo = new Int32Array(tokens.length);
      for (let k = 0, n = 0, ended = true; k < tokens.length; k++) {
        sentenceNo[k] = n;
        if (insideQuote[k] >= 0 || !finder.isSentenceEnd(k)) ended = false;
        else if (!ended) {
          // "…. \n\n": a full stop and the line breaks after it end one sentence.
          n++;
          ended = true;
        }
      }
    }
    return sentenceNo[tokenIndex(to)] - sentenceNo[tokenIndex(from)];
  };
  const resolver = new SpeakerResolver(names, entities, lang, tokens, (offset) => insideQuote[tokenIndex(offset)] >= 0, inTitle, sentencesBetween, headlineEnd);
  // Multi-word entity mentions by their last token ("Droit au logement"), for subjects whose name has lowercase words.
  const entityByLast = new Map<number, number>();
  // Their organisations' ("l'association d'usagers Fnaut"), whose closing name speaks for them, unlike a street's.
  const organisationEnds = new Set<number>();
  for (const e of entities) {
    for (const m of e.mentions) {
      const first = tokenIndex(m.start);
      const last = tokenIndex(Math.max(m.start, m.end - 1));
      if (last > first && tokens[first]?.start === m.start && tokens[last]?.end === m.end) {
        entityByLast.set(last, first);
        if (e.type === "ORGANIZATION") organisationEnds.add(last);
      }
    }
  }
  const finder = new AttributionFinder(doc, names, lang, insideQuote, quoteTokens, nameStarts, (n) => resolver.isPerson(n), (n) => resolver.isNamedEntity(n), entityByLast, organisationEnds);

  // Pass 1: each quote's own attribution; a quote with none borrows from the next quote of its sentence.
  const attributions = kept.map((s, q) => {
    const a = s.forced ?? finder.find(q);
    return a.mention || a.source === "sameSentence" ? a : (finder.colonIntroduction(q) ?? finder.introducingSentence(q) ?? a);
  });
  for (let q = kept.length - 2; q >= 0; q--) {
    if (attributions[q].mention || attributions[q].source === "sameSentence") continue;
    if (finder.nextQuoteInSentence(q) === q + 1 && attributions[q + 1].mention) attributions[q] = { ...attributions[q + 1] };
  }

  // Names later in the cue's own sentence are its complements ("a dit le musicien, parolier pour X"), not new subjects.
  const clauseEnd = (offset: number) => {
    let k = tokenIndex(Math.max(0, offset - 1));
    for (let n = 0; n < 40 && k + 1 < tokens.length && insideQuote[k + 1] < 0 && !finder.isSentenceEnd(k); n++) k++;
    return Math.max(offset, tokens[k].end);
  };

  // The learned ranker re-chooses each quote's speaker mention among the candidates around it.
  const ranker = options.ranker === undefined ? rankerFor(code) : options.ranker;
  const partials = kept.map((s, q) => isPartial(text, s, tokens, q, quoteTokens[q].openTok, finder));
  const mentionCache = new Map<number, Mention | null>();
  const rankerDoc: RankerDocument | null =
    ranker || options.observe
      ? {
          lang: code,
          tokens,
          quotes: kept.map((s, q) => ({ ...quoteTokens[q], start: s.start, end: s.end, partial: partials[q] })),
          insideQuote: (k) => insideQuote[k],
          tokenAt: tokenIndex,
          mentionAt: (k) => {
            // Neighbouring quotes share most of their window: read each token's mention once.
            let m = mentionCache.get(k);
            if (m === undefined) {
              const n = finder.nameStartingAt(k);
              mentionCache.set(k, (m = n ? (finder.closesEntityName(n) ? null : finder.nameMention(n)) : finder.mentionAt(k)));
            }
            return m;
          },
          isCueVerb: (k) => finder.isCueVerb(k),
          isSentenceEnd: (k) => finder.isSentenceEnd(k),
          sentencesBetween,
          entityType: (start, end) => resolver.entityTypeAt(start, end),
          nameGender: (m) => (m.name ? resolver.genderOf(m.name.key) : m.gender),
          isPreposition: (w) => lang.prepositions.has(w),
          isArticle: (w) => lang.articles.has(w),
          endsPrepositionCue: (w) => lang.prepositionCueEnds.has(w),
          isListenerPreposition: (w) => lang.listenerPrepositions.has(w),
          isSpeakerHead: (w) => lang.descriptionHeads.has(w) || lang.organisationHeads.has(w),
          organisationKindOf: (m) => resolver.kindOf(m),
          isAuxiliaryOrAdverb: (w) => lang.auxiliaries.has(w) || lang.adverbs.has(w),
          isPersonHead: (w) => isPersonHead(w, lang),
          headlineEnd,
        }
      : null;
  let previousMention: Mention | null = null;
  /** Quotes each person has spoken so far, for the cue antecedent ranker. */
  const spoken = new Map<string, number>();

  // Pass 2, in text order: resolve, with the last speaker going on where nothing else attributes a quote.
  const out: Quote[] = [];
  let previous: { quote: Quote; closeTok: number } | null = null;
  const lines = new LineIndex(text);
  for (let q = 0; q < kept.length; q++) {
    const s = kept[q];
    if (rankerDoc && !kept[q].forced) attributions[q] = rankAttribution(rankerDoc, q, attributions[q], previousMention, previous ? { speaker: previous.quote.speaker, breaks: breaksBetween(tokens, previous.closeTok, quoteTokens[q].openTok) } : null, resolver, ranker ?? null, options.observe, spoken);
    const attribution = attributions[q];
    let speaker: string | null = null;
    const demonym = attribution.mention ? finder.demonymDescription(attribution.mention) : null;
    let mention: Mention | null = demonym ?? attribution.mention;
    let cue = attribution.cue ? text.slice(attribution.cue.start, attribution.cue.end) : null;
    if (mention) {
      speaker = (demonym ? null : attribution.speaker) ?? resolver.resolve(mention) ?? institutionName(text, { ...mention, end: finder.reportedEnd(mention) }, resolver.kindOf(mention), lang);
    } else if (previous && (previous.quote.speaker || previous.quote.speakerMention) && (attribution.source === "sameSentence" || breaksBetween(tokens, previous.closeTok, quoteTokens[q].openTok) <= 2)) {
      // No cue in its own sentence: the convention is that the last speaker goes on.
      speaker = previous.quote.speaker;
      const pm = previous.quote.speakerMention;
      mention = pm ? { kind: "name", start: pm.start, end: pm.end, gender: "x" } : null;
      if (attribution.source !== "sameSentence") cue = null;
    }
    // Only a pronoun tells the speaker's gender for sure; a description's article may belong to something else.
    // A heading's quote names its topic as often as its speaker: it does not carry on to later pronouns.
    const heading = attribution.source === "subject" && isHeadingLine(text, s.start, lines);
    // A plural mention ("les députés insoumis", "ils") is a group that spoke, which a later "ils" may continue.
    if (speaker && mention && !heading) {
      const person = mention.gender !== "p" && !attribution.organisation && !isInstitutionHead(resolver.kindOf(mention)) && (mention.kind !== "name" || !mention.name || resolver.isPerson(mention.name));
      resolver.record(mention.start, speaker, mention.kind === "pronoun" ? mention.gender : "x", person, clauseEnd(Math.max(s.end, mention.end)));
    }
    const members = speaker ? resolver.membersOf(speaker) : undefined;
    const quote: Quote = {
      text: text.slice(s.start, s.end),
      start: s.start,
      end: s.end,
      partial: partials[q],
      speaker,
      ...(members ? { speakers: [...members] } : {}),
      speakerMention: mention ? reportedMention(text, resolver.widenToEntities(mention.start, finder.reportedEnd(mention), speaker)) : null,
      cue,
    };
    out.push(quote);
    if (speaker) spoken.set(speaker, (spoken.get(speaker) ?? 0) + 1);
    previous = { quote, closeTok: quoteTokens[q].closeTok };
    previousMention = mention;
  }
  // « A », a déclaré la porte-parole, « B », a expliqué Sibeth Ndiaye: a description nobody was
  // introduced for is the person the same sentence names next.
  for (let q = kept.length - 2; q >= 0; q--) {
    if (out[q].speaker || attributions[q].mention?.kind !== "description" || !out[q + 1].speaker) continue;
    if (finder.nextQuoteInSentence(q) === q + 1) out[q].speaker = out[q + 1].speaker;
  }
  // Multi-paragraph quotes: earlier paragraphs take the speaker named after the last one.
  for (let q = kept.length - 2; q >= 0; q--) {
    if (kept[q].continues && out[q + 1].speaker && !out[q].speaker) {
      out[q].speaker = out[q + 1].speaker;
      out[q].speakerMention = out[q + 1].speakerMention;
      out[q].cue = out[q + 1].cue;
    }
  }
  // Fragments too short or with no cue to report them go last, after they helped attribute their neighbours.
  // A capitalised fragment no cue introduces is a title or a name, a term after a determiner no cue reports is the
  // writer's (not-quotes.ts).
  const occurrences = termCounter(text);
  const uncuedTitle = out.map((q, i) => lang.spanRules.uncuedTitles && isUncuedTitle(text, q, kept[i].open, kept[i].close, attributions[i].cue));
  // As above for names and works: words read as a title somewhere are that title everywhere ("Cinéma : « La Maison du
  // lac » triomphe" in the headline, « La Maison du lac » uncued in the story).
  const uncuedTitles = new Set(out.filter((_, i) => uncuedTitle[i]).map((q) => q.text));
  const reported = out.filter(
    (q, i) =>
      (!q.partial || reportedFragment(q, lang)) &&
      !uncuedTitle[i] &&
      !uncuedTitles.has(q.text) &&
      !(lang.spanRules.uncuedTerms && isUncuedTerm(text, q, kept[i].open, q.start < headlineEnd, lang, occurrences)),
  );
  // The learned filter drops spans the language's annotators would not count as quotes (scare quotes, titles, slogans).
  const spans = options.spanFilter === undefined ? spanFilterFor(code) : options.spanFilter;
  if (!spans && !options.observeSpan) return reported;
  const byStart = new Map(kept.map((s) => [s.start, s]));
  return reported.filter((q) => {
    // A cued fragment stays whatever the filter says unless fragments.filterCued (quotes-grammar.json) lets the filter
    // judge it; a long one (keepCuedWords) is an attributed statement users search for, and stays (README, Partial quotes).
    if (q.partial && q.cue !== null && (!lang.fragments.filterCued || wordCount(q.text) >= (lang.fragments.keepCuedWords ?? Infinity))) return true;
    const s = byStart.get(q.start)!;
    const features = spanFeatures(text, q, s.open, s.close, q.start < headlineEnd);
    options.observeSpan?.(q, features);
    return !spans || spans.score(features) > spans.score(DROP);
  });
}

export interface QuoteOptions {
  /** The speaker ranker; undefined: the shipped one for the language; null: the rules alone. */
  ranker?: SpeakerRanker | null;
  /** Called with each quote's candidates and their features (to train the ranker). */
  observe?: CandidateObserver;
  /** The learned span filter; undefined: the shipped one for the language (if any); null: none. */
  spanFilter?: SpeakerRanker | null;
  /** Called with each reported span and its features (to train the span filter). */
  observeSpan?: (quote: Quote, features: string[]) => void;
}

/**
 * A quote's attribution as the ranker chooses it among the candidate mentions around it. The rules'
 * pick is one candidate; the previous quote's mention is another (chosen, the last speaker goes on).
 */
function rankAttribution(doc: RankerDocument, q: number, rule: Attribution, previousMention: Mention | null, previous: { speaker: string | null; breaks: number } | null, resolver: SpeakerResolver, ranker: SpeakerRanker | null, observe: CandidateObserver | undefined, spoken: ReadonlyMap<string, number>): Attribution {
  // A mention a cue or selon/according to reports ("said Smith", "a-t-il ajouté", "selon X") is almost never
  // changed by the ranker (under 1% of them on PolNeAR dev and OrangeSum train): ranking them costs more than it corrects.
  // Only the person its pronoun or description stands for is re-chosen (speaker-model/cue-antecedent.ts).
  if (rule.mention && (rule.source === "after" || rule.source === "before" || rule.source === "preposition")) {
    const m = rule.mention;
    let chosen = rule;
    const orgHead = doc.organisationKindOf(m);
    // Those around someone ("son entourage") name no one: nothing to re-choose.
    if ((ranker || observe) && isCueAntecedentMention(m) && orgHead !== "circle") {
      const ruleName = resolver.peek(m);
      // "a déclaré le directeur": one person's description never stands for an organisation, a hard constraint at
      // decoding. Training still sees the organisations, as negatives that shape the weights of the other descriptions.
      const personOnly = !observe && m.gender !== "p" && m.head !== undefined && doc.isPersonHead(m.head.split(" ")[0]);
      const choices = cueAntecedentChoices(resolver, m, { ruleName, previousSpeaker: previous?.speaker ?? null, breaks: Math.min(previous?.breaks ?? 3, 3), spoken }, orgHead, personOnly, !observe);
      if (observe) {
        const tok = doc.tokenAt(m.start);
        const cands = choices.names.map((n, i): SpeakerCandidate => ({ mention: m, tok, lastTok: tok, rule: i === choices.rule, previous: false, alternative: n ?? undefined }));
        observe(doc.quotes[q], cands, choices.features, choices.names);
      }
      // Someone brought in unnamed ("Un voisin … a raconté le retraité") is nobody the article names, and "son adversaire"
      // is the other of two: hard constraints.
      const fixed = (ruleName === null && resolver.standsForUnnamed(m)) || resolver.fixesReferent(m, ruleName);
      const best = ranker && !fixed ? ranker.best(choices.features, choices.rule) : choices.rule;
      if (best !== choices.rule) chosen = { ...rule, speaker: choices.names[best] ?? undefined, organisation: choices.organisation[best] };
      // The rules' resolution, already read: pass 2 does not resolve the description a second time.
      else if (ruleName !== null) chosen = { ...rule, speaker: ruleName };
    }
    if (!observe) return chosen;
  }
  const candidates = candidatesFor(doc, q, rule.mention, previous ? previousMention : null);
  if (candidates.length === 0) return rule;
  // Descriptions other than the rules' pick and the nearest one each side are not resolved: resolving a
  // description scans the article's persons, and those far ones almost never win.
  const nearestDescription = new Set<number>();
  for (const side of [-1, 1]) {
    let best = -1;
    candidates.forEach((c, i) => {
      if (c.mention.kind !== "description" || (c.mention.start < doc.quotes[q].start ? -1 : 1) !== side) return;
      if (best < 0 || Math.abs(c.mention.start - doc.quotes[q].start) < Math.abs(candidates[best].mention.start - doc.quotes[q].start)) best = i;
    });
    if (best >= 0) nearestDescription.add(best);
  }
  const resolved = candidates.map((c, i) =>
    c.previous && !c.rule ? previous?.speaker ?? null : c.mention.kind === "description" && !c.rule && !nearestDescription.has(i) ? null : resolver.peek(c.mention),
  );
  const features = candidateFeatures(doc, q, candidates, { ruleSource: rule.mention ? rule.source : `${rule.source}-none`, previousSpeaker: previous?.speaker ?? null, breaksSincePrevious: Math.min(previous?.breaks ?? 3, 3) }, resolved);
  expandAntecedents(candidates, resolved, features, resolver, previous?.speaker ?? null);
  observe?.(doc.quotes[q], candidates, features, resolved);
  if (!ranker) return rule;
  const best = ranker.best(features, candidates.findIndex((c) => c.rule && !c.alternative));
  const c = candidates[best];
  if (c.alternative) return { mention: c.mention, cue: rule.cue, source: "ranked", speaker: c.alternative };
  if (c.rule) return rule;
  // The last speaker goes on: pass 2 takes the previous quote's speaker.
  if (c.previous) return { mention: null, cue: rule.cue, source: "sameSentence" };
  return { mention: c.mention, cue: rule.cue, source: "ranked" };
}

/**
 * Counts a lowercase fragment in the article, stopping at 2. At most TERM_LOOKUPS lookups per article (then 0):
 * each is a scan of the text, and only uncued short fragments after a determiner ask.
 */
function termCounter(text: string): (needle: string) => number {
  let lower: string | null = null;
  let lookups = 0;
  return (needle) => {
    if (++lookups > TERM_LOOKUPS || needle.length < 3) return 0;
    lower ??= text.toLowerCase();
    const first = lower.indexOf(needle);
    return first < 0 ? 0 : lower.indexOf(needle, first + needle.length) < 0 ? 1 : 2;
  };
}
const TERM_LOOKUPS = 50;

/** A quote is a name when a recognised name covers at least this share of its characters. */
const NAME_SHARE = 0.6;

const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * A partial quote is kept when it has at least the language's number of words and, where the language
 * asks for one, a cue: "called the plan 'a disaster'" is a writer's borrowed phrase more than a report.
 */
function reportedFragment(q: Quote, lang: QuoteLanguage): boolean {
  const words = wordCount(q.text);
  return words >= lang.fragments.minWords && (!lang.fragments.needCue || q.cue !== null);
}

/** The speaker's mention as a quote reports it (its end is AttributionFinder.reportedEnd, widened to the entities it overlaps). */
function reportedMention(text: string, span: { start: number; end: number }): { text: string; start: number; end: number } {
  return { text: text.slice(span.start, span.end), start: span.start, end: span.end };
}

/** "le conseil départemental" with no organisation named for it: the institution speaks under that name. */
function institutionName(text: string, m: Mention, kind: string | undefined, lang: QuoteLanguage): string | null {
  if (kind !== "institution") return null;
  const words = text.slice(m.start, m.end).split(/\s+/);
  const first = words[0].toLowerCase().replace(/’/g, "'");
  if (lang.articles.has(first)) words.shift();
  else if (/^[ld]'/.test(first)) words[0] = words[0].slice(2);
  return words.join(" ") || null;
}

/** A short line without a final full stop: a headline or subheading. */
function isHeadingLine(text: string, offset: number, lines: LineIndex): boolean {
  let [start, end] = lines.lineAround(offset);
  // Trim by index and check the length before slicing: called once per quote, so
  // anything proportional to the line's length would make long lines quadratic.
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end - start < 80 && !/[.!?…]["»”’]?$/.test(text.slice(start, end));
}

/** Line boundaries found once per article, looked up by binary search. */
class LineIndex {
  private breaks?: number[];
  constructor(private readonly text: string) {}

  lineAround(offset: number): [number, number] {
    if (!this.breaks) {
      this.breaks = [];
      for (let i = this.text.indexOf("\n"); i >= 0; i = this.text.indexOf("\n", i + 1)) this.breaks.push(i);
    }
    const breaks = this.breaks;
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return [lo > 0 ? breaks[lo - 1] + 1 : 0, lo < breaks.length ? breaks[lo] : this.text.length];
  }
}

function breaksBetween(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from + 1; k < to && n < 3; k++) if (tokens[k].kind === "nl" && tokens[k - 1].kind !== "nl") n++;
  return n;
}

/** A few quoted words inside a sentence of the writer's, as opposed to whole quoted sentences. */
function isPartial(text: string, s: MarkedSpan, _tokens: Token[], q: number, openTok: number, finder: AttributionFinder): boolean {
  let k = openTok - 1;
  while (k >= 0 && /^\s*$/.test(text.slice(_tokens[k].end, _tokens[k + 1]?.start ?? _tokens[k].end)) && _tokens[k].kind === "punct" && !/[:,.!?]/.test(_tokens[k].text)) k--;
  // A lowercase start is a fragment, except the rest of a sentence after its inserted cue
  // (“A,” he said, “b …”) or a statement its cue introduces (He says, “that’s how …”).
  if (/^\p{Ll}/u.test(text.slice(s.start, s.start + 1))) return !(k >= 0 && /[:,]/.test(_tokens[k].text) && finder.introducedByCue(q, k));
  if (s.continues) return false;
  // A capitalised start counts as a full quote when it opens the sentence or follows a colon or comma.
  if (k < 0 || _tokens[k].kind === "nl" || /[:,]/.test(_tokens[k].text) || finder.isSentenceEnd(k)) return false;
  const words = text.slice(s.start, s.end).split(/\s+/).length;
  return words <= 4 && !/[.!?]$/.test(text.slice(s.start, s.end));
}

function headlineEndOf(article: ParsedArticle): number {
  const h = article.segments.find((g) => g.kind === "headline");
  if (h) return h.end;
  const nl = article.text.indexOf("\n");
  return nl < 0 ? 0 : nl;
}

const FR_HINTS = /\b(?:le|la|les|des|est|une|dans|pour|qui|avec|sur|pas|été|au|du)\b/g;
const EN_HINTS = /\b(?:the|and|of|is|was|that|with|for|said|he|she|has|have|are|on)\b/g;

function languageOf(article: ParsedArticle): string {
  if (article.language === "fr" || article.language === "en") return article.language;
  if (article.language && article.language !== "und") return article.language;
  const sample = article.text.slice(0, 3000).toLowerCase();
  const fr = sample.match(FR_HINTS)?.length ?? 0;
  const en = sample.match(EN_HINTS)?.length ?? 0;
  return fr > en ? "fr" : "en";
}

export type { QuoteLanguage };

/** Is an offset inside the credit of a caption ("(Photo Ouest Actu / Marc Ollivier)") or inside a dateline? */
function outsideStoryTest(text: string, segments: readonly Segment[]): (offset: number) => boolean {
  const ranges: { start: number; end: number }[] = [];
  for (const g of segments) {
    const range = g.kind === "dateline" ? g : g.kind === "caption" ? creditRange(text, g) : null;
    if (range) ranges.push(range);
  }
  if (ranges.length === 0) return () => false;
  return (offset) => ranges.some((r) => offset >= r.start && offset < r.end);
}

/** The entities with their credit and dateline mentions removed, and those named only there left out. */
function withoutOutsideStory(entities: Entity[], outsideStory: (offset: number) => boolean): Entity[] {
  if (!entities.some((e) => e.mentions.some((m) => outsideStory(m.start)))) return entities;
  return entities.flatMap((e) => {
    const mentions = e.mentions.filter((m) => !outsideStory(m.start));
    return mentions.length === 0 ? [] : [mentions.length === e.mentions.length ? e : { ...e, mentions }];
  });
}
