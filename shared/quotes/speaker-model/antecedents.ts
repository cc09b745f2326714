/**
 * Coreference inside the ranker: a pronoun or a description becomes one candidate per person it may
 * stand for (the persons named before it, latest first, and the first named just after it), so the
 * mention and its antecedent are chosen together. Features: recency rank, how often the person is
 * named, gender agreement, whether the article introduced the person with the description's head
 * noun ("Anne Martin, l'avocate" … "l'avocate"), subject position, sentences between, cataphora,
 * and whether the person spoke the previous quote.
 */
import type { Mention } from "../attribution";
import { introducedAs, type AntecedentCandidate } from "../speaker-resolution";
import type { Candidate } from "./candidates";
import { name } from "./feature-names";

/** Persons considered per pronoun or description. */
const PER_MENTION = 3;

export interface AntecedentSource {
  antecedentCandidates(pos: number, limit: number): AntecedentCandidate[];
  officeOf(m: Mention): string | null;
  /** A description whose words fix whom it stands for ("son adversaire": the other of two): a hard constraint, no alternatives. */
  fixesReferent(m: Mention, ruleName: string | null): boolean;
}

const countBucket = (n: number) => (n <= 1 ? "1" : n <= 2 ? "2" : n <= 4 ? "4" : "5+");

function antecedentFeatures(a: AntecedentCandidate, rank: number, m: Mention, previousSpeaker: string | null, office: string | null): string[] {
  const k = m.kind;
  const mg = m.gender === "m" || m.gender === "f" ? m.gender : "x";
  const ag = a.gender === "m" || a.gender === "f" ? a.gender : "x";
  const g = mg === "x" || ag === "x" ? "unk" : mg === ag ? "agree" : "clash";
  const f = [name("a:rk", k, Math.min(rank, 4)), name("a:cnt", k, countBucket(a.count)), name("a:g", k, ":", g), name("a:s", k, a.sentences)];
  if (a.subject) f.push(name("a:subj", k));
  if (a.after) f.push(name("a:after", k));
  if (a.top) f.push(name("a:top", k));
  if (previousSpeaker && a.name === previousSpeaker) f.push(name("a:prev", k));
  const head = m.head?.split(" ")[0];
  if (introducedAs(a, head, office)) f.push(name("a:head", k));
  else if (k === "description" && a.heads.size > 0) f.push("a:otherhead");
  return f;
}

/**
 * Adds, for each pronoun or definite singular description, one candidate per other person it may
 * stand for; the base candidate gets the features of the person it already resolves to.
 */
export function expandAntecedents(
  cands: Candidate[],
  resolved: (string | null)[],
  features: string[][],
  source: AntecedentSource,
  previousSpeaker: string | null,
): void {
  const n = cands.length;
  // Only the rules' pick and the nearest pronoun or description on each side get alternatives: the rest rarely win.
  let nearestBefore = -1;
  let nearestAfter = -1;
  for (let i = 0; i < n; i++) {
    const kind = cands[i].mention.kind;
    if (kind === "name") continue;
    if (nearestBefore < 0 && features[i].includes(name("kr:", "b", 0, kind))) nearestBefore = i;
    if (nearestAfter < 0 && features[i].includes(name("kr:", "a", 0, kind))) nearestAfter = i;
  }
  for (let i = 0; i < n; i++) {
    const c = cands[i];
    const m = c.mention;
    if (m.kind === "name" || (c.previous && !c.rule) || m.indefinite || m.gender === "p") continue;
    if (!c.rule && i !== nearestBefore && i !== nearestAfter) continue;
    if (source.fixesReferent(m, resolved[i] ?? null)) continue;
    const alts = source.antecedentCandidates(m.start, PER_MENTION);
    const office = source.officeOf(m);
    alts.forEach((a, rank) => {
      const af = antecedentFeatures(a, rank, m, previousSpeaker, office);
      if (a.name === resolved[i]) {
        features[i].push(...af);
        return;
      }
      cands.push({ ...c, alternative: a.name });
      resolved.push(a.name);
      features.push([...features[i].filter((x) => !x.startsWith("unres:") && x !== "same" && !x.startsWith("same:")), "alt", name("alt:", m.kind), ...af, ...(previousSpeaker === a.name ? ["same"] : [])]);
    });
  }
}
