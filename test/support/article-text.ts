/**
 * Generated news-style articles in French and English for load and hostile
 * tests: our own templates and word lists, deterministic from a seed, every
 * article distinct. Not real news.
 */

/** mulberry32: tiny, fast, deterministic. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: () => number, list: readonly T[]): T => list[Math.floor(rng() * list.length)];

const FR = {
  people: ["Claire Dubois", "Marc Lefèvre", "Élodie Garnier", "Thomas Moreau", "Inès Benali", "Hélène Rousseau", "Julien Marchand", "Sophie Perrin"],
  roles: ["la ministre de l'Économie", "le maire de la ville", "la présidente du syndicat", "le directeur de l'hôpital", "le porte-parole du gouvernement"],
  places: ["Lyon", "Marseille", "Bordeaux", "Lille", "Nantes", "Strasbourg", "Rennes", "Grenoble", "Toulouse"],
  topics: ["la réforme des retraites", "le prix de l'énergie", "la rénovation des écoles", "le réseau de tramway", "la sécheresse estivale", "la fermeture d'une usine"],
  verbs: ["a annoncé", "a confirmé", "a précisé", "a reconnu", "a démenti"],
  cues: ["a déclaré", "a affirmé", "a expliqué", "a souligné"],
  days: ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
  fillers: [
    "Les discussions doivent reprendre la semaine prochaine, selon plusieurs sources proches du dossier.",
    "Les syndicats ont appelé à une nouvelle journée de mobilisation dans toute la région.",
    "Le budget prévu pour ce projet dépasse désormais les prévisions initiales de près de vingt pour cent.",
    "Plusieurs élus de l'opposition ont dénoncé un manque de concertation avec les habitants.",
    "Une réunion publique est prévue à la mairie pour présenter le calendrier des travaux.",
  ],
};

const EN = {
  people: ["Laura Bennett", "James Whitaker", "Priya Raman", "Daniel Okafor", "Emily Hart", "Samuel Price", "Grace Liu", "Oliver Grant"],
  roles: ["the finance minister", "the city mayor", "the union leader", "the hospital director", "a government spokesman"],
  places: ["Manchester", "Leeds", "Bristol", "Glasgow", "Cardiff", "Boston", "Denver", "Toronto"],
  topics: ["the pension reform", "energy prices", "the school repair programme", "the new tram line", "the summer drought", "the closure of a steel plant"],
  verbs: ["announced", "confirmed", "said", "acknowledged", "denied"],
  cues: ["said", "told reporters", "added", "insisted"],
  days: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
  fillers: [
    "Talks are expected to resume next week, according to several people familiar with the matter.",
    "Unions have called for another day of protests across the region.",
    "The cost of the project has risen by almost a fifth since the first estimate.",
    "Opposition councillors accused the authorities of failing to consult residents.",
    "A public meeting will be held at the town hall to present the timetable.",
  ],
};

export type Language = "fr" | "en";

/** A short article (about 1 KB): a headline line, then paragraphs separated by blank lines. */
export function generatedArticle(n: number, language: Language): { headline: string; text: string } {
  const rng = seededRandom(n * 7919 + (language === "fr" ? 1 : 2));
  const w = language === "fr" ? FR : EN;
  const person = pick(rng, w.people);
  const place = pick(rng, w.places);
  const topic = pick(rng, w.topics);
  const day = pick(rng, w.days);
  const amount = 10 + Math.floor(rng() * 900);
  const fillers = [...w.fillers].sort(() => rng() - 0.5).slice(0, 3);
  if (language === "fr") {
    const headline = `${place} : ${person} relance le débat sur ${topic} (dossier ${n})`;
    const text = [
      headline,
      `${person}, ${pick(rng, w.roles)}, ${pick(rng, w.verbs)} ${day} à ${place} un plan de ${amount} millions d'euros consacré à ${topic}. Il s'agit du dossier numéro ${n}.`,
      `« Nous ne pouvons plus attendre, chaque mois compte », ${pick(rng, w.cues)} ${person} devant la presse.`,
      ...fillers,
    ].join("\n\n");
    return { headline, text: `${text}\n` };
  }
  const headline = `${person} revives the debate on ${topic} in ${place} (file ${n})`;
  const text = [
    headline,
    `${person}, ${pick(rng, w.roles)}, ${pick(rng, w.verbs)} on ${day} in ${place} a plan worth ${amount} million pounds for ${topic}. This is file number ${n}.`,
    `"We cannot wait any longer, every month counts," ${person} ${pick(rng, w.cues)}.`,
    ...fillers,
  ].join("\n\n");
  return { headline, text: `${text}\n` };
}

/** n words of running prose, for sizing pathological inputs. */
export function proseWords(count: number, language: Language, seed = 1): string[] {
  const rng = seededRandom(seed);
  const vocabulary = (language === "fr" ? [...FR.fillers, ...FR.topics] : [...EN.fillers, ...EN.topics]).join(" ").split(/\s+/);
  return Array.from({ length: count }, () => pick(rng, vocabulary));
}
