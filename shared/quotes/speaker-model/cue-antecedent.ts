/**
 * Who a cue's own description stands for ("a estimé l'avocate", "said the minister"): the rules find
 * that mention reliably, but resolve it to the wrong person in articles where several people take
 * turns. Here the ranker re-chooses only the person or organisation, among the ones named before the
 * mention (and the first named just after it), with features of its own ("ca:" names, trained on the
 * same quotes as the speaker ranker and stored in the same weight table). The mention stays the rules'.
 * Pronouns keep the rules' antecedent: re-choosing it was tried and lost (docs/accuracy.md).
 */
import type { Mention } from "../attribution";
import { introducedAs, type AntecedentCandidate } from "../speaker-resolution";
import { name } from "./feature-names";

/** Persons considered per mention (the rules' own choice is added when it is not among them). */
const PER_MENTION = 4;

export interface CueAntecedentSource {
  antecedentCandidates(pos: number, limit: number): AntecedentCandidate[];
  organisationCandidates(pos: number, limit: number, head: string | null): Array<{ name: string; sentences: number; headIn: boolean }>;
  officeOf(m: Mention): string | null;
  adjectiveHolder(m: Mention): string | null;
}

/** Organisations considered per mention. */
const ORGANISATIONS = 2;

export interface CueAntecedentContext {
  /** The person the rules resolve the mention to (null: unresolved). */
  ruleName: string | null;
  /** The previous quote's speaker and the paragraph breaks since its quote (capped at 3). */
  previousSpeaker: string | null;
  breaks: number;
  /** Quotes each person has spoken so far in the article. */
  spoken: ReadonlyMap<string, number>;
}

export interface CueAntecedentChoices {
  names: (string | null)[];
  features: string[][];
  /** Which names are organisations (the rest are persons, or the rules' own choice). */
  organisation: boolean[];
  /** Index of the rules' choice. */
  rule: number;
}

const countBucket = (n: number) => (n <= 0 ? "0" : n <= 1 ? "1" : n <= 3 ? "3" : "4+");
const gender = (g: string) => (g === "m" || g === "f" ? g : "x");

/** Only a definite description is re-chosen: an indefinite one ("un proche") brings in someone new. */
export function isCueAntecedentMention(m: Mention): boolean {
  return m.kind === "description" && !m.indefinite;
}

/** A medium's or an institution's head noun ("quotidien", "conseil", "institution"): its description is never one person. */
export function isInstitutionHead(organisationHeadKind: string | undefined): boolean {
  return organisationHeadKind === "medium" || organisationHeadKind === "institution" || organisationHeadKind === "generic";
}

/**
 * `personOnly`: the mention's head names one person ("le directeur"), so no organisation is offered.
 * `deciding` (not training) applies the hard constraints: a listed office ("le chef du gouvernement") is not offered a
 * person the article introduced with other nouns only ("le président du groupe LR, Laurent Wauquiez": that person holds
 * another office), a description whose adjective introduced one person is offered that person alone, and a description
 * is not offered a person of the other gender ("la fleuriste", a man).
 */
export function cueAntecedentChoices(source: CueAntecedentSource, m: Mention, ctx: CueAntecedentContext, organisationHead?: string, personOnly = false, deciding = false): CueAntecedentChoices {
  const k = m.kind;
  const head = m.head?.split(" ")[0];
  const office = source.officeOf(m);
  const mg = gender(m.gender);
  const names: (string | null)[] = [];
  const features: string[][] = [];
  const organisation: boolean[] = [];
  let rule = -1;
  // A group or an institution's description ("le quotidien", "le conseil départemental") is never one person.
  const institution = isInstitutionHead(organisationHead);
  const persons = m.gender === "p" || institution ? [] : source.antecedentCandidates(m.start, PER_MENTION);
  // "le ministre mauritanien" after "son homologue mauritanien, X": the adjective names X; no one else is offered.
  const qualified = deciding ? source.adjectiveHolder(m) : null;
  const holdsAnother = (a: AntecedentCandidate) => (deciding && office !== null && a.heads.size > 0 && !introducedAs(a, head, office)) || (qualified !== null && a.name !== qualified);
  persons.forEach((a, rank) => {
    if (holdsAnother(a)) return;
    const ag = gender(a.gender);
    const g = mg === "x" || ag === "x" ? "unk" : mg === ag ? "agree" : "clash";
    // Training still sees the clash, as a feature.
    if (g === "clash" && deciding && a.name !== ctx.ruleName) return;
    const r = Math.min(rank, 3);
    const f = [name("ca:rk", k, r), name("ca:cnt", k, countBucket(a.count)), name("ca:g", k, g), name("ca:s", k, a.sentences), name("ca:spoke", k, countBucket(ctx.spoken.get(a.name) ?? 0))];
    if (a.subject) f.push(name("ca:subj", k, r));
    if (a.after) f.push(name("ca:after", k));
    if (a.top) f.push(name("ca:top", k));
    if (ctx.previousSpeaker === a.name) f.push(name("ca:prev", k, ctx.breaks), name("ca:prevrk", k, r));
    if (introducedAs(a, head, office)) f.push(name("ca:head", k));
    else if (k === "description" && a.heads.size > 0) f.push("ca:otherhead");
    if (a.name === ctx.ruleName) {
      rule = names.length;
      f.push(name("ca:rule", k), name("ca:rulerk", k, r));
    }
    names.push(a.name);
    features.push(f);
    organisation.push(false);
  });
  // An organisation speaks as an institution's description or a group ("les magistrats").
  (personOnly ? [] : source.organisationCandidates(m.start, ORGANISATIONS, head ?? null)).forEach((o, rank) => {
    const kg = organisationHead ? name("i", organisationHead) : m.gender === "p" ? "grp" : "sg";
    const f = [name("ca:org", k, kg), name("ca:ork", kg, rank), name("ca:os", kg, o.sentences), name("ca:ospoke", k, countBucket(ctx.spoken.get(o.name) ?? 0))];
    if (o.headIn) f.push("ca:ohead");
    if (ctx.previousSpeaker === o.name) f.push(name("ca:oprev", k, ctx.breaks));
    if (o.name === ctx.ruleName) {
      if (names.includes(o.name)) return;
      rule = names.length;
      f.push(name("ca:rule", k), name("ca:ruleorg", k));
    } else if (names.includes(o.name)) return;
    names.push(o.name);
    features.push(f);
    organisation.push(true);
  });
  if (rule < 0) {
    // The rules' choice is always a candidate, even when it is no person named nearby (or none at all).
    rule = names.length;
    names.push(ctx.ruleName);
    features.push([name("ca:rule", k), name("ca:unlisted", k, ctx.ruleName ? "" : "null")]);
    organisation.push(false);
  }
  return { names, features, organisation, rule };
}
