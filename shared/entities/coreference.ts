/**
 * Folds mentions into entities, one per referent: surnames and partial names
 * into the fullest person name, acronyms into the name they abbreviate, and
 * repeated strings into one type (the majority). The canonical name is the
 * fullest form; salience ranks entities by mentions, headline, lead and quotes.
 */
import type { Entity, EntityType, Span } from "../summary";
import { foldAccents } from "./features";
import { withoutLineBreakHyphens } from "../doc/tokenize";

export interface Mention {
  start: number;
  end: number;
  type: Exclude<EntityType, "MISC">;
  /** The mention as written. */
  text: string;
  /** The canonical form of this mention's text ("Stanislav Filippov" for a credit in capitals). */
  name: string;
  /** Where the mention sits, for salience. */
  weight: number;
  inHeadline: boolean;
  inLead: boolean;
  quoted: boolean;
  /** Set for credit mentions and acronym definitions: the type is not voted on. */
  fixedType?: boolean;
  /** Folded lowercase name and its words, filled in by buildEntities. */
  key?: string;
  words?: string[];
}

export interface CoreferenceTables {
  /** Lowercase words skipped when building acronyms ("de", "of", "the"). */
  acronymStopWords: ReadonlySet<string>;
  /** Lowercase articles a name may be written with or without ("La France insoumise", "France insoumise"). */
  leadingArticles?: readonly string[];
  /** Lowercase prepositions that open a complement inside a name ("of", "to", "du"): what follows is not the name's head. */
  complementWords?: ReadonlySet<string>;
  /** Known place names and first names, to let a mistyped surname ("Trudeau" as a place) join its person. */
  isPlace?: (name: string) => boolean;
  isFirstName?: (word: string) => boolean;
  /** Lowercase company forms ("inc", "sa"): "Salesforce", whatever its type, is the "Salesforce Inc" of the article. */
  companySuffixes?: ReadonlySet<string>;
}

const key = (s: string) => {
  const lower = s.toLowerCase().replace(/’/g, "'");
  return /^[\x00-\x7f]*$/.test(lower) ? lower : foldAccents(lower);
};

interface Cluster {
  type: Mention["type"];
  name: string;
  words: string[];
  mentions: Mention[];
}

/** Initials of the capitalised or content words: "Organisation de coopération économique" -> "OCE". */
export function acronymOf(name: string, stop: ReadonlySet<string>): string {
  let out = "";
  for (const w of name.split(/[\s-]+/)) {
    const bare = w.replace(/^(?:l|d)['’]/i, "");
    if (!bare || stop.has(w.toLowerCase())) continue;
    out += foldAccents(bare[0]).toUpperCase();
  }
  return out;
}

/** "La France insoumise" -> "LFI": the acronym that also spells a leading article acronymOf skips, else "". */
export function acronymWithArticle(name: string, stop: ReadonlySet<string>, acronym = acronymOf(name, stop)): string {
  const first = name.split(/\s/, 1)[0];
  return stop.has(first.toLowerCase()) ? first[0] + acronym : "";
}

const isAcronym = (s: string) => /^\p{Lu}[\p{Lu}\d&]{1,7}$/u.test(s);

export function buildEntities(mentions: Mention[], tables: CoreferenceTables): Entity[] {
  for (const m of mentions) {
    // "Cuil\u00adlandre" (a soft hyphen) and "Poin¬caré" (OCR) are named as the words they are.
    m.name = withoutLineBreakHyphens(m.name);
    m.key = key(m.name);
    m.words = m.key.split(/\s+/).filter(Boolean);
  }
  voteTypes(mentions);
  // Longest names first, so that they found the clusters the short forms join.
  const order = [...mentions].sort((a, b) => b.words!.length - a.words!.length || b.name.length - a.name.length || a.start - b.start);
  const clusters: Cluster[] = [];
  const index = new ClusterIndex(tables);
  const byKey = new Map<string, Cluster>();
  for (const m of order) {
    const k = `${m.type}|${m.key}`;
    let c = byKey.get(k) ?? withArticle(m, byKey, tables) ?? findHost(m, index, tables);
    if (!c) {
      c = { type: m.type, name: m.name, words: m.words!, mentions: [] };
      clusters.push(c);
      index.add(c);
    }
    byKey.set(k, c);
    c.mentions.push(m);
  }
  return rank(clusters);
}

/** The same name written with a leading article, already a cluster of the same type ("France insoumise" after "La France insoumise"). */
function withArticle(m: Mention, byKey: ReadonlyMap<string, Cluster>, tables: CoreferenceTables): Cluster | undefined {
  for (const a of tables.leadingArticles ?? []) {
    const c = byKey.get(`${m.type}|${a} ${m.key}`);
    if (c) return c;
  }
  return undefined;
}

/**
 * Where a short form may find its host without scanning every cluster (quadratic in an article
 * naming thousands of people): person clusters by each of their words, in creation order, and the
 * first multi-word organisation or place cluster by acronym.
 */
class ClusterIndex {
  readonly personsByWord = new Map<string, Cluster[]>();
  /** Multi-word organisation clusters by each of their words. */
  readonly organisationsByWord = new Map<string, Cluster[]>();
  readonly byAcronym = new Map<string, Cluster>();
  /** Organisations whose last word is a company form, by the words before it ("salesforce" for "Salesforce Inc"). */
  readonly companiesByStem = new Map<string, Cluster>();
  constructor(private readonly tables: CoreferenceTables) {}

  add(c: Cluster): void {
    if (c.type === "PERSON") {
      for (const w of new Set(c.words)) push(this.personsByWord, w, c);
    } else if (c.words.length > 1) {
      const acronym = acronymOf(c.name, this.tables.acronymStopWords);
      if (!this.byAcronym.has(acronym)) this.byAcronym.set(acronym, c);
      // "La France insoumise" is also "LFI": its article may be spelled in the acronym.
      const withArticle = acronymWithArticle(c.name, this.tables.acronymStopWords, acronym);
      if (withArticle && !this.byAcronym.has(withArticle)) this.byAcronym.set(withArticle, c);
      if (c.type !== "ORGANIZATION") return;
      for (const w of new Set(c.words)) push(this.organisationsByWord, w, c);
      const stem = c.words.slice(0, -1).join(" ");
      if (this.tables.companySuffixes?.has(c.words[c.words.length - 1].replace(/\.$/, "")) && !this.companiesByStem.has(stem)) this.companiesByStem.set(stem, c);
    }
  }
}

function push(map: Map<string, Cluster[]>, key: string, c: Cluster): void {
  const list = map.get(key);
  if (list) list.push(c);
  else map.set(key, [c]);
}

/**
 * Is `short` the start of `long` ("Samsung", "Assemblée" of "Assemblée nationale"), or its last word after
 * a modifier ("Senate" of "U.S. Senate", "Monde" of "Le Monde")? Not a complement inside it: "Parliament" is
 * not "Voice to Parliament", "Bank of China" not "Agricultural Bank of China".
 */
function isShortForm(short: string[], long: string[], complementWords: ReadonlySet<string>): boolean {
  let j = 0;
  while (j < short.length && long[j] === short[j]) j++;
  if (j === short.length) return true;
  return short.length === 1 && long[long.length - 1] === short[0] && !complementWords.has(long[long.length - 2]);
}
const NO_WORDS: ReadonlySet<string> = new Set();
/** Organisations looked at per short form. */
const MAX_HOSTS_SCANNED = 64;

/** Mentions with the same text get the type most of them have. */
function voteTypes(mentions: Mention[]): void {
  const votes = new Map<string, Map<string, number>>();
  for (const m of mentions) {
    const k = m.key!;
    let v = votes.get(k);
    if (!v) votes.set(k, (v = new Map()));
    // A headline's mention counts half: read without a sentence around it ("Sète : un dauphin …" looks like a person), it
    // gives way to the body's reading of the same string ("à Sète"), and still breaks no tie among body mentions.
    v.set(m.type, (v.get(m.type) ?? 0) + (m.fixedType ? 100 : m.inHeadline ? 0.5 : 1));
  }
  for (const m of mentions) {
    const v = votes.get(m.key!)!;
    if (v.size < 2) continue;
    // A tie goes to the type voted first (the earliest mention): one string, one type in the whole article.
    let best: Mention["type"] | undefined;
    for (const [t, n] of v) if (best === undefined || n > (v.get(best) ?? 0)) best = t as Mention["type"];
    m.type = best!;
  }
}

function findHost(m: Mention, index: ClusterIndex, tables: CoreferenceTables): Cluster | undefined {
  const words = m.words!;
  // A person's surname or partial name: its words end the fuller name, or are a subsequence of it.
  // Either way the fuller name holds the short form's last word.
  let best: Cluster | undefined;
  for (const c of index.personsByWord.get(words[words.length - 1]) ?? []) {
    if (c.words.length <= words.length) continue;
    if ((m.type === "PERSON" || surnameOfKnownPerson(m, c, tables)) && isSubsequence(words, c.words)) {
      if (!best || c.mentions.length > best.mentions.length) best = c;
    }
  }
  if (best) return best;
  // "Salesforce's rival" tagged a person, after "Salesforce Inc": a company's name without its legal form is the company.
  // One lookup: a scan of the organisations sharing its first word grew with the article.
  if (!m.fixedType) {
    const company = index.companiesByStem.get(words.join(" "));
    if (company) return company;
  }
  // An acronym of an organisation or place named in full in the same article ("Insee", "Unesco": one capital).
  if (isAcronym(m.name)) return index.byAcronym.get(m.name);
  if (m.words!.length === 1 && /^\p{Lu}\p{Ll}{2,6}$/u.test(m.name)) {
    const host = index.byAcronym.get(m.name.toUpperCase());
    if (host) return host;
  }
  // An organisation's short form, "the Senate" after "the U.S. Senate", "l'Assemblée" after "l'Assemblée nationale",
  // of exactly one organisation of the article (two Unions: neither).
  if (m.type === "ORGANIZATION") {
    let host: Cluster | undefined;
    // Bounded: an article naming thousands of organisations that share a word stays linear.
    const hosts = index.organisationsByWord.get(words[0]) ?? [];
    for (let i = 0; i < hosts.length && i < MAX_HOSTS_SCANNED; i++) {
      const c = hosts[i];
      if (c.words.length <= words.length || !isShortForm(words, c.words, tables.complementWords ?? NO_WORDS)) continue;
      if (host && host !== c) return undefined;
      host = c;
    }
    return host;
  }
  return undefined;
}

/** A one-word mention typed otherwise, when it is not a known place and the person's first name is a known first name. */
function surnameOfKnownPerson(m: Mention, c: Cluster, tables: CoreferenceTables): boolean {
  if (m.fixedType || m.words!.length !== 1 || !tables.isPlace || !tables.isFirstName) return false;
  if (m.words![0] !== c.words[c.words.length - 1] || tables.isPlace(m.name)) return false;
  return tables.isFirstName(c.name.split(/\s+/)[0]);
}

function isSubsequence(short: string[], long: string[]): boolean {
  // The last word must match the last word (surnames), or the short form is a run of the long one.
  if (short[short.length - 1] !== long[long.length - 1] && !long.join(" ").includes(short.join(" "))) return false;
  let j = 0;
  for (const w of long) if (j < short.length && w === short[j]) j++;
  return j === short.length;
}

function rank(clusters: Cluster[]): Entity[] {
  const scored = clusters.map((c) => {
    c.mentions.sort((a, b) => a.start - b.start);
    let score = 0;
    let headline = false;
    let lead = false;
    let quoted = false;
    for (const m of c.mentions) {
      score += m.weight;
      headline ||= m.inHeadline;
      lead ||= m.inLead;
      quoted ||= m.quoted;
    }
    score = Math.log2(1 + score) + (headline ? 3 : 0) + (lead ? 1.5 : 0) + (quoted ? 1 : 0);
    return { c, score, name: canonicalName(c) };
  });
  const max = Math.max(1e-9, ...scored.map((s) => s.score));
  return scored
    .sort((a, b) => b.score - a.score || a.c.mentions[0].start - b.c.mentions[0].start)
    .map(({ c, score, name }) => ({
      name,
      type: c.type,
      salience: Math.round((score / max) * 1000) / 1000,
      mentions: c.mentions.map((m): Span => ({ text: m.text, start: m.start, end: m.end })),
    }));
}

/**
 * The fullest form (most words); among forms as full, the one the other mentions spell alike
 * ("Mélenchon" five times backs "Jean-Luc Mélenchon" over a one-off "Jean-Luc Melenchon"),
 * then the one with more accented letters (feeds strip accents; nobody adds wrong ones), then the
 * longer, then the first.
 */
/** Combining marks once decomposed: how many accents a spelling carries. */
const accented = (name: string) => name.normalize("NFD").length - foldAccents(name).length;

/** Written in capitals, two letters or more: "JAPAN", "AL-AIN". */
export const inCapitals = (name: string) => name.length > 1 && name === name.toUpperCase() && name !== name.toLowerCase();

function canonicalName(c: Cluster): string {
  // Each mention's words once: every candidate form is checked against all of them.
  const mentionWords = c.mentions.map((m) => m.name.split(/\s+/));
  const most = mentionWords.reduce((n, w) => Math.max(n, w.length), 0);
  const forms = [...new Set(c.mentions.filter((_, i) => mentionWords[i].length === most).map((m) => m.name))];
  if (forms.length === 1) return forms[0];
  const support = (form: string) => {
    const own = new Set(form.split(/\s+/));
    let n = 0;
    for (const w of mentionWords) if (w.every((x) => own.has(x))) n++;
    return n;
  };
  let best = forms[0];
  let bestSupport = support(best);
  for (const form of forms.slice(1)) {
    const s = support(form);
    // "JAPAN" in a headline in capitals, "Japan" in the story: the story's spelling, then the accented one, then the longest.
    const byCase = Number(inCapitals(best)) - Number(inCapitals(form));
    const byAccents = accented(form) - accented(best);
    if (s > bestSupport || (s === bestSupport && (byCase > 0 || (byCase === 0 && (byAccents > 0 || (byAccents === 0 && form.length > best.length)))))) {
      best = form;
      bestSupport = s;
    }
  }
  return best;
}
