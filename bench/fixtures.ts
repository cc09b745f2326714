/**
 * Bench articles written by the bench itself: wire-style dispatches in French
 * and English, as plain text and as HTML pages, with names, titles, quotes in
 * « » and " ", dates, a dateline and photo captions. Deterministic (seeded),
 * so every run measures the same text.
 */

import { seededRandom } from "../test/support/article-text";

export interface BenchArticle {
  name: string;
  body: string;
  language: "fr" | "en";
  format: "text" | "html";
}

type Pick = <T>(items: readonly T[]) => T;

interface Cast {
  people: { first: string; last: string; role: string }[];
  places: string[];
  orgs: string[];
  topics: string[];
}

const FR: Cast = {
  people: [
    { first: "Élisabeth", last: "Marchand", role: "la ministre de la Transition écologique" },
    { first: "Jean-Baptiste", last: "Lemoine", role: "le maire de la ville" },
    { first: "Karim", last: "Benali", role: "le porte-parole du syndicat" },
    { first: "Sophie", last: "Duval-Roche", role: "la directrice générale de l'agence" },
    { first: "Olivier", last: "Texier", role: "le président de la région" },
    { first: "Amélie", last: "Nguyen", role: "la procureure de la République" },
    { first: "François", last: "Garnier", role: "le secrétaire d'État chargé des Transports" },
    { first: "Mathilde", last: "Kerboul", role: "l'économiste en chef de la banque" },
  ],
  places: ["Brest", "Lyon", "Marseille", "Toulouse", "Lille", "Bordeaux", "Strasbourg", "Rennes", "Nantes", "Bruxelles", "Genève", "Dakar"],
  orgs: ["la SNCF", "l'Insee", "Météo-France", "la Banque de France", "l'Union européenne", "la CGT", "le Conseil d'État", "l'Agence française de développement"],
  topics: ["le port", "la réforme des retraites", "le budget régional", "la sécheresse", "le chantier du tramway", "les prix de l'énergie"],
};

const EN: Cast = {
  people: [
    { first: "Margaret", last: "Okafor", role: "the transport secretary" },
    { first: "David", last: "Lindqvist", role: "the mayor" },
    { first: "Priya", last: "Raman", role: "the union's chief negotiator" },
    { first: "Thomas", last: "McAllister", role: "the central bank governor" },
    { first: "Helen", last: "Brooks-Whitfield", role: "the company's chief executive" },
    { first: "Samuel", last: "Adeyemi", role: "the foreign minister" },
    { first: "Laura", last: "Castellano", role: "the state prosecutor" },
    { first: "James", last: "O'Neill", role: "a senior economist at the fund" },
  ],
  places: ["London", "Manchester", "Nairobi", "Chicago", "Sydney", "Toronto", "Dublin", "Singapore", "Cape Town", "Boston", "Geneva", "Lagos"],
  orgs: ["the World Bank", "the European Commission", "the Federal Reserve", "Network Rail", "the United Nations", "the National Health Service", "Reuters", "the Supreme Court"],
  topics: ["the harbour expansion", "the pension reform", "the city budget", "the drought", "the tram project", "energy prices"],
};

const FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];
const EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

const EN_WOMEN = new Set(["Margaret", "Priya", "Helen", "Laura"]);

/** French roles carry their gender in the article; English first names do here. */
function honorific(roleOrFirst: string, language: "fr" | "en"): string {
  if (language === "fr") return /^(la |l'économiste)/.test(roleOrFirst) ? "Mme" : "M.";
  return EN_WOMEN.has(roleOrFirst) ? "Ms." : "Mr.";
}

function frParagraph(pick: Pick, rnd: () => number): string {
  const p = pick(FR.people);
  const q = pick(FR.people);
  const n = 2 + Math.floor(rnd() * 97);
  const day = pick(FR_DAYS);
  const date = `${1 + Math.floor(rnd() * 28)} ${pick(FR_MONTHS)} ${2020 + Math.floor(rnd() * 6)}`;
  const forms = [
    () => `« Nous ne laisserons pas ${pick(FR.topics)} à l'abandon, c'est une question de responsabilité », a déclaré ${day} ${p.first} ${p.last}, ${p.role}, lors d'un déplacement à ${pick(FR.places)}.`,
    () => `Selon ${pick(FR.orgs)}, le chiffre a progressé de ${n} % depuis le ${date}. ${q.first} ${q.last} a jugé cette hausse « préoccupante mais pas surprenante ».`,
    () => `${p.role[0].toUpperCase()}${p.role.slice(1)}, ${p.first} ${p.last}, a rappelé que « les engagements pris à ${pick(FR.places)} seront tenus ». « Il n'y a aucune raison de douter », a-t-${p.role.startsWith("la") ? "elle" : "il"} ajouté.`,
    () => `Les représentants de ${pick(FR.orgs)} et de ${pick(FR.orgs)} doivent se retrouver le ${date} à ${pick(FR.places)} pour examiner ${pick(FR.topics)}, d'après un communiqué publié ${day}.`,
    () => `${honorific(q.role, "fr")} ${q.last} estime pour sa part que ${pick(FR.topics)} « mérite mieux qu'une polémique ». ${honorific(p.role, "fr")} ${p.last} n'a pas souhaité répondre aux questions de l'AFP.`,
    () => `Le projet, estimé à ${n} millions d'euros, prévoit ${2 + (n % 9)} phases de travaux entre ${pick(FR.places)} et ${pick(FR.places)}. ${pick(FR.orgs).replace(/^./, (c) => c.toUpperCase())} assure que le calendrier sera respecté.`,
    () => `"C'est un tournant", a résumé ${p.first} ${p.last}, tandis que plusieurs élus de ${pick(FR.places)} dénonçaient une « décision prise dans l'urgence ».`,
  ];
  return pick(forms)();
}

function enParagraph(pick: Pick, rnd: () => number): string {
  const p = pick(EN.people);
  const q = pick(EN.people);
  const n = 2 + Math.floor(rnd() * 97);
  const day = pick(EN_DAYS);
  const date = `${pick(EN_MONTHS)} ${1 + Math.floor(rnd() * 28)}, ${2020 + Math.floor(rnd() * 6)}`;
  const forms = [
    () => `"We will not walk away from ${pick(EN.topics)}, this is about responsibility," ${p.first} ${p.last}, ${p.role}, said on ${day} during a visit to ${pick(EN.places)}.`,
    () => `According to ${pick(EN.orgs)}, the figure has risen by ${n} percent since ${date}. ${q.first} ${q.last} called the increase "worrying but not surprising".`,
    () => `${p.last} told reporters in ${pick(EN.places)} that the plan was "on track". "There is no reason to doubt it," ${p.role.includes("minister") || p.role.includes("secretary") ? "the minister" : p.first} added.`,
    () => `Officials from ${pick(EN.orgs)} and ${pick(EN.orgs)} are due to meet in ${pick(EN.places)} on ${date} to review ${pick(EN.topics)}, a statement released on ${day} said.`,
    () => `${honorific(q.first, "en")} ${q.last} said separately that the debate over ${pick(EN.topics)} "deserves better than a shouting match". ${honorific(p.first, "en")} ${p.last} declined to comment when contacted by Reuters.`,
    () => `The project, estimated at $${n} million, involves ${2 + (n % 9)} phases of construction between ${pick(EN.places)} and ${pick(EN.places)}. ${pick(EN.orgs).replace(/^./, (c) => c.toUpperCase())} said the timetable would hold.`,
    () => `“It is a turning point,” said ${p.first} ${p.last}, while several lawmakers from ${pick(EN.places)} criticised what they called “a decision made in a hurry”.`,
  ];
  return pick(forms)();
}

function headlineOf(language: "fr" | "en", pick: Pick): string {
  const cast = language === "fr" ? FR : EN;
  const person = pick(cast.people);
  return language === "fr"
    ? `${pick(cast.places)} : ${person.first} ${person.last} promet d'accélérer ${pick(cast.topics)}`
    : `${pick(cast.places)}: ${person.first} ${person.last} vows to speed up ${pick(cast.topics)}`;
}

function captionOf(language: "fr" | "en", pick: Pick): string {
  const cast = language === "fr" ? FR : EN;
  const person = pick(cast.people);
  return language === "fr"
    ? `${person.first} ${person.last} à ${pick(cast.places)}, le 12 ${pick(FR_MONTHS)} 2025 (AFP / Marc Fontaine)`
    : `${person.first} ${person.last} in ${pick(cast.places)} on ${pick(EN_MONTHS)} 12, 2025 (Reuters/Anna Keller)`;
}

/** Paragraphs of one article until it reaches about `targetBytes` of UTF-8. */
function paragraphsFor(language: "fr" | "en", targetBytes: number, rnd: () => number): string[] {
  const pick: Pick = (items) => items[Math.floor(rnd() * items.length)];
  const out: string[] = [];
  let bytes = 0;
  // At least two paragraphs, so even the smallest article has a lead and a body.
  while (bytes < targetBytes || out.length < 2) {
    const paragraph = language === "fr" ? frParagraph(pick, rnd) : enParagraph(pick, rnd);
    out.push(paragraph);
    bytes += Buffer.byteLength(paragraph) + 2;
  }
  return out;
}

export function plainTextArticle(language: "fr" | "en", targetBytes: number, seed: number): string {
  const rnd = seededRandom(seed);
  const pick: Pick = (items) => items[Math.floor(rnd() * items.length)];
  const cast = language === "fr" ? FR : EN;
  const headline = headlineOf(language, pick);
  const dateline = language === "fr" ? `${pick(cast.places).toUpperCase()}, 14 mars 2025 (AFP) -` : `${pick(cast.places).toUpperCase()}, March 14, 2025 (Reuters) -`;
  const body = paragraphsFor(language, Math.max(0, targetBytes - 300), rnd);
  body[0] = `${dateline} ${body[0]}`;
  const caption = `${language === "fr" ? "Photo" : "Photo"} : ${captionOf(language, pick)}`;
  return [headline, "", ...body.flatMap((p, i) => (i === 2 ? [caption, "", p, ""] : [p, ""])), language === "fr" ? "afp/mf" : "reuters/ak"].join("\n");
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function htmlArticle(language: "fr" | "en", targetBytes: number, seed: number): string {
  const rnd = seededRandom(seed);
  const pick: Pick = (items) => items[Math.floor(rnd() * items.length)];
  const headline = headlineOf(language, pick);
  // Page chrome (navigation, footer) is part of a typical page; the text budget leaves room for it.
  const body = paragraphsFor(language, Math.max(0, targetBytes - 1400), rnd);
  const nav = ["Accueil", "Politique", "Économie", "Monde", "Sport", "Culture"].map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`).join("");
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(headline)}</title>
<meta property="article:published_time" content="2025-03-14T09:30:00+01:00">
<meta name="description" content="${escapeHtml(body[0].slice(0, 150))}"></head>
<body><header><nav><ul>${nav}</ul></nav></header>
<main><article><h1>${escapeHtml(headline)}</h1>
<p class="byline">${language === "fr" ? "Par" : "By"} Claire Moreau, <time datetime="2025-03-14">14/03/2025</time></p>
${body.map((p, i) => (i === 2 ? `<figure><img src="/photo.jpg" alt=""><figcaption>${escapeHtml(captionOf(language, pick))}</figcaption></figure>\n<p>${escapeHtml(p)}</p>` : `<p>${escapeHtml(p)}</p>`)).join("\n")}
</article></main>
<aside><h2>${language === "fr" ? "À lire aussi" : "Read more"}</h2><ul><li><a href="/a">${escapeHtml(headlineOf(language, pick))}</a></li></ul></aside>
<footer><p>© 2025 Exemple Presse. Tous droits réservés.</p></footer></body></html>
`;
}

/** The typical mix: French and English, text and HTML, ~5 KB each. */
export function typicalArticles(count: number, bytes = 5 * 1024): BenchArticle[] {
  const out: BenchArticle[] = [];
  for (let i = 0; i < count; i++) {
    const language = i % 2 === 0 ? "fr" : "en";
    const format = i % 4 < 2 ? "text" : "html";
    const body = format === "text" ? plainTextArticle(language, bytes, 1000 + i) : htmlArticle(language, bytes, 1000 + i);
    out.push({ name: `bench-${language}-${i}.${format === "text" ? "txt" : "html"}`, body, language, format });
  }
  return out;
}

/**
 * Inputs that break super-linear code: all made of the same few characters,
 * so any regex that can backtrack or loop that rescans from each position shows up.
 */
export function pathologicalInputs(bytes: number): { label: string; name: string; body: string }[] {
  const repeat = (unit: string) => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit))).slice(0, bytes);
  return [
    { label: "unbalanced « marks", name: "marks-guillemets.txt", body: `Titre\n\n${repeat("« a ")}` },
    { label: "unbalanced \" marks", name: "marks-straight.txt", body: `Title\n\n${repeat('"a ')}` },
    { label: "nested quote marks", name: "marks-nested.txt", body: `Title\n\n${repeat("« “ ‘ \" ")}` },
    { label: "capitalised words", name: "capitals.txt", body: `Title\n\n${repeat("Jean Pierre Marie De La Fontaine Du Bois ")}` },
    { label: "punctuation run", name: "punctuation.txt", body: `Title\n\n${repeat(".,;:!?-")}` },
    { label: "one long line, no spaces", name: "no-spaces.txt", body: `Title\n\n${repeat("abcdefghij")}` },
    { label: "many short lines", name: "short-lines.txt", body: `Title\n\n${repeat("A.\n")}` },
    { label: "many paragraphs", name: "paragraphs.txt", body: `Title\n\n${repeat("Le maire a parlé.\n\n")}` },
    { label: "deep HTML nesting", name: "nesting.html", body: `<html><body>${"<div>".repeat(Math.floor(bytes / 11))}x${"</div>".repeat(Math.floor(bytes / 11))}</body></html>`.slice(0, Math.max(bytes, 64)) },
  ];
}
