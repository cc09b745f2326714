import { describe, expect, it } from "vitest";
import { extractQuotes } from ".";
import type { Entity } from "../summary";
import { findNameSpans } from "./name-spans";
import { quoteLanguage } from "./quote-language";
import { testArticle } from "./test-article";
import { createDoc } from "../doc/document";

const quotesOf = (text: string, entities: Entity[] = []) => extractQuotes(testArticle(text, "fr"), entities);
const find = (text: string, words: string, entities: Entity[] = []) => {
  const q = quotesOf(text, entities).find((x) => x.text.includes(words));
  if (!q) throw new Error(`no quote with "${words}"`);
  return q;
};

describe("French quotes: marks and spans", () => {
  it("takes the words inside guillemets without the marks nor the non-breaking spaces", () => {
    const text = "Titre\n\nLe maire Paul Durand a déclaré\u00a0: «\u00a0Nous rouvrirons l'école lundi\u202f», avant de partir.";
    const q = find(text, "rouvrirons");
    expect(q.text).toBe("Nous rouvrirons l'école lundi");
    expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it("marks a few quoted words inside a sentence as partial, a whole quoted sentence as not", () => {
    const text = "Titre\n\nLa ministre Claire Martin a salué \"un accord historique\" mardi. \"Nous avons tenu parole\", a-t-elle ajouté.";
    expect(find(text, "accord historique").partial).toBe(true);
    expect(find(text, "tenu parole").partial).toBe(false);
  });

  it("splits a quote interrupted by an inserted cue into two quotes without the inserted words", () => {
    const text = "Titre\n\nLe syndicaliste Marc Petit est amer. « Les salariés ont tout donné, estime Marc Petit. Ils méritent mieux », conclut-il.";
    const qs = quotesOf(text);
    const first = qs.find((q) => q.text.startsWith("Les salariés"));
    const second = qs.find((q) => q.text.startsWith("Ils méritent"));
    expect(first?.text).toBe("Les salariés ont tout donné");
    expect(second?.text).toBe("Ils méritent mieux");
    expect(first?.speaker).toBe("Marc Petit");
    expect(second?.speaker).toBe("Marc Petit");
    expect(qs.some((q) => q.text.includes("estime"))).toBe(false);
  });

  it("gives one quote per paragraph when a quote runs across paragraphs", () => {
    const text = "Titre\n\nLe maire Paul Durand a pris la parole : « La ville va changer.\n\n« Les travaux commencent en mai », a-t-il annoncé.";
    const qs = quotesOf(text);
    expect(qs.map((q) => q.text)).toEqual(["La ville va changer.", "Les travaux commencent en mai"]);
    expect(qs.every((q) => q.speaker === "Paul Durand")).toBe(true);
  });

  it("keeps a nested quote inside its quote", () => {
    const text = "Titre\n\n« Il m'a dit \"tu verras\" et il est parti », a raconté Julie Morel.";
    const qs = quotesOf(text);
    expect(qs).toHaveLength(1);
    expect(qs[0].text).toBe("Il m'a dit \"tu verras\" et il est parti");
    expect(qs[0].speaker).toBe("Julie Morel");
  });
});

describe("French quotes: speakers", () => {
  it("finds the speaker after the quote and folds the honorific form into the fullest name", () => {
    const text = "Titre\n\nLe président Jean Valmont était à Lyon. \"Nous tiendrons\", a déclaré M. Valmont.";
    const q = find(text, "Nous tiendrons");
    expect(q.speaker).toBe("Jean Valmont");
    expect(q.speakerMention?.text).toBe("Valmont");
    expect(q.cue).toBe("a déclaré");
  });

  it("reads rapporter, suggérer, reprocher and se réjouir as cue verbs", () => {
    const text =
      "Port de Brest\n\n« Le trafic a doublé », a déclaré lundi le directeur du port, Alain Kervella. « Les quais sont saturés », rapporte Nadia Tanguy, docker depuis vingt ans. « Il faut un deuxième terminal », suggère l'élu Marc Le Goff. « Personne ne nous a consultés », reproche Hélène Caradec. « Enfin une bonne nouvelle », se réjouit Yves Prigent.";
    const speakers = Object.fromEntries(["saturés", "terminal", "consultés", "bonne nouvelle"].map((w) => [w, find(text, w).speaker]));
    expect(speakers).toEqual({ saturés: "Nadia Tanguy", terminal: "Marc Le Goff", consultés: "Hélène Caradec", "bonne nouvelle": "Yves Prigent" });
  });

  it("finds the speaker before the quote", () => {
    const q = find("Titre\n\nMme Sophie Arnaud a dénoncé \"une décision injuste\" devant la presse.", "injuste");
    expect(q.speaker).toBe("Sophie Arnaud");
    expect(q.speakerMention?.text).toBe("Sophie Arnaud");
  });

  it("resolves an inverted pronoun cue to the most recent person of that gender", () => {
    const text = "Titre\n\nLa députée Anne Leroy a rencontré M. Paul Bernard. « Le dialogue est rompu », a-t-elle regretté.";
    const q = find(text, "dialogue");
    expect(q.speaker).toBe("Anne Leroy");
    expect(q.speakerMention?.text).toBe("elle");
    expect(q.cue).toBe("a-t-elle regretté");
  });

  it("resolves a pronoun subject before the quote (qu'il a qualifié de)", () => {
    const text = "Titre\n\nLe dirigeant Ivan Petrov a vanté ce pays qu'il a qualifié de \"partenaire fiable\".";
    const q = find(text, "partenaire fiable");
    expect(q.speaker).toBe("Ivan Petrov");
    expect(q.speakerMention?.text).toBe("il");
  });

  it("takes the speaker after selon, lui included", () => {
    const text = "Titre\n\nLe juge Marc Aubert a parlé aux jurés. Selon lui, « la preuve manque ».";
    const q = find(text, "preuve manque");
    expect(q.speaker).toBe("Marc Aubert");
    expect(q.cue?.toLowerCase()).toBe("selon");
  });

  it("gives a quote with no cue of its own the speaker of the adjacent quote", () => {
    const text = "Titre\n\n« Je reste », a affirmé Louise Garnier. « Le club compte sur moi. »";
    const q = find(text, "Le club compte");
    expect(q.speaker).toBe("Louise Garnier");
  });

  it("takes the name in an apposition and the antecedent of qui as the subject", () => {
    const text = "Titre\n\nLe porte-parole du parti, Paul Rey, dénonce des \"mesures injustes\". Claire Dumas qui fustige le projet parle de \"recul\".";
    expect(find(text, "mesures injustes").speaker).toBe("Paul Rey");
    expect(find(text, "recul").speaker).toBe("Claire Dumas");
  });

  it("gives a quote opening its sentence the subject of the sentence that introduces it", () => {
    const text = "Titre\n\nLe juge Henri Vidal a lu sa décision mardi. « La loi est claire. »";
    expect(find(text, "La loi est claire").speaker).toBe("Henri Vidal");
  });

  it("links a description to the name it introduced earlier", () => {
    const text = "Titre\n\nLa ministre de la Santé Agnès Morel était à Lille. Le maire Paul Roux l'a reçue. « Nous ouvrirons un centre », a déclaré la ministre.";
    expect(find(text, "ouvrirons").speaker).toBe("Agnès Morel");
  });

  it("prefers a new subject introduced after the last quote for a pronoun", () => {
    const text = "Titre\n\n« Non », a répondu Marc Petit. À gauche, Luc Martin n'est pas plus tendre. Sur Twitter, il dénonce une « faute ».";
    expect(find(text, "faute").speaker).toBe("Luc Martin");
  });

  it("uses the entity stage's canonical name when it has the mention", () => {
    const text = "Titre\n\n« C'est fini », a lancé M. Kerr.";
    const start = text.indexOf("Kerr");
    const entities: Entity[] = [{ name: "Alan Kerr", type: "PERSON", salience: 1, mentions: [{ text: "Kerr", start, end: start + 4 }] }];
    expect(find(text, "C'est fini", entities).speaker).toBe("Alan Kerr");
  });

  it("leaves the speaker null when nobody can be attributed, and never uses a bare pronoun", () => {
    const text = "Titre\n\nSur la place, une banderole réclamait \"plus de justice\" sous la pluie.";
    const q = find(text, "plus de justice");
    expect(q.speaker).toBeNull();
    for (const x of quotesOf("Titre\n\n« On verra », a-t-il dit.")) expect(x.speaker).not.toBe("il");
  });
});

describe("French quotes: what is not a quote", () => {
  it("drops titles of works, nicknames, operations and media names", () => {
    const text = [
      "Titre",
      "",
      "Le film « Les Enfants du Paradis » ressort en salles.",
      "Jean « Johnny » Martin a chanté hier soir.",
      "L'opération « Barkhane » a pris fin, selon « Le Monde ».",
      "Le chanteur, surnommé « le Fou chantant », est revenu.",
    ].join("\n");
    const texts = quotesOf(text).map((q) => q.text);
    expect(texts).not.toContain("Les Enfants du Paradis");
    expect(texts).not.toContain("Johnny");
    expect(texts).not.toContain("Barkhane");
    expect(texts).not.toContain("Le Monde");
    expect(texts).not.toContain("le Fou chantant");
  });

  it("drops a work named in apposition after the marks, and the same title wherever it is quoted, the headline too", () => {
    const text =
      "César : « Anatomie d'une rupture » grand vainqueur\n\nL'actrice Léa Drucker a remporté le prix pour son rôle dans « Anatomie d'une rupture », le film de Claire Morel. « Ce rôle m'a appris à écouter », a-t-elle confié. Vincent Lacoste a été récompensé pour « Les Nuits blanches », son dernier film.";
    const texts = quotesOf(text).map((q) => q.text);
    expect(texts).toEqual(["Ce rôle m'a appris à écouter"]);
  });

  it("keeps a predicate a verb opens after a word that names things (le projet « va vider le centre-ville »)", () => {
    const text = "Titre\n\nPierre Oliver, maire du 2e arrondissement, est inquiet. Selon lui, le projet « va vider le centre-ville ».";
    expect(find(text, "vider le centre-ville").speaker).toBe("Pierre Oliver");
  });

  it("keeps a quote opening its sentence after a word that names works (… un album. « C'est … »)", () => {
    const text = "Titre\n\nLa chanteuse Léa Morin a sorti un album. « C'est un nouveau départ », a-t-elle confié.";
    expect(find(text, "nouveau départ").speaker).toBe("Léa Morin");
  });

  it("does not read a capitalised manner adverb opening a sentence as a name", () => {
    const text = "Unanimement salué pour son travail, Jean Castex a été nommé.";
    expect(findNameSpans(text, createDoc(text, "fr").tokens, quoteLanguage("fr")).map((n) => n.text)).toEqual(["Jean Castex"]);
  });

  it("keeps a single word reporting someone's characterisation", () => {
    const text = "Titre\n\nLe dirigeant Karim Haddad a accusé l'Occident d'\"hypocrisie\" sur ce dossier.";
    const q = find(text, "hypocrisie");
    expect(q.speaker).toBe("Karim Haddad");
  });

  it("drops a scare-quoted term after a determiner in the headline but keeps a headline quote", () => {
    const text = "Le « wokisme » en débat à l'Assemblée\n\nDes députés ont débattu.";
    expect(quotesOf(text)).toHaveLength(0);
    const other = "Jean Moreau : « Nous gagnerons »\n\nLe candidat Jean Moreau y croit.";
    expect(quotesOf(other).map((q) => q.text)).toEqual(["Nous gagnerons"]);
  });
});

describe("French quotes: pronoun and description antecedents", () => {
  it("tells il from elle by the given name", () => {
    const text = "Titre\n\nLe chanteur Marc Dalier et l'humoriste Julie Bastide ont présenté leur clip lundi. « C'est un projet qui nous tient à cœur », a-t-il expliqué.";
    expect(find(text, "tient à cœur").speaker).toBe("Marc Dalier");
  });

  it("does not take the name after « l'affaire » for the person a title describes", () => {
    const text = "Titre\n\nPaul Morel, avocat de la famille dans l'affaire Léa Martin, a parlé lundi. « Nous attendons des réponses », a déclaré l'avocat.";
    expect(find(text, "attendons").speaker).toBe("Paul Morel");
  });

  it("tells a description from another by its adjectives", () => {
    const text = "Titre\n\nEmmanuel Valmont a reçu Angela Kohl lundi. « Notre objectif est la stabilité », a affirmé le président français. La France critique le président turc Kemal Aydin.";
    expect(find(text, "stabilité").speaker).toBe("Emmanuel Valmont");
  });

  it("takes the description a comma separates from the name (Le rappeur, X)", () => {
    const text = "Titre\n\nLe rappeur, Kalo Diaz a dévoilé son clip. Nicolas Berger avait critiqué ses textes. Le rappeur avait qualifié la critique de « ridicule ».";
    expect(find(text, "ridicule").speaker).toBe("Kalo Diaz");
  });

  it("gives a title nobody was introduced with to the person the article is about", () => {
    const text = [
      "Jean Lagarde menacé, selon Jean Lagarde",
      "",
      "Jean Lagarde a porté plainte lundi. Le député Jean Lagarde veut être protégé.",
      "Un militant, Hugo Brun, a été mis en examen. Huit autres suspects ont été arrêtés.",
      "« Personne ne m'a prévenu », a déploré l'ancien candidat à la présidentielle.",
    ].join("\n");
    expect(find(text, "Personne ne m'a").speaker).toBe("Jean Lagarde");
  });

  it("never gives a group's words to one of the persons around", () => {
    const text = "Titre\n\nKim Lopez parcourt le quartier. Les habitants crient : « Nous avons faim ! » « L'année sera dure », avertit Kim Lopez.";
    const group = find(text, "Nous avons faim");
    expect(group.speaker).toBeNull();
    expect(group.speakerMention?.text).toBe("Les habitants");
    expect(find(text, "L'année sera dure").speaker).toBe("Kim Lopez");
  });

  it("lets the last speaker go on across a long quote when nobody else is named", () => {
    const long = "Nous irons jusqu'au bout de cette réforme, parce que le pays en a besoin et que les Français l'attendent depuis des années. ".repeat(4);
    const text = `Titre\n\nPierre Dumas a présenté le plan. « Rien ne nous arrêtera », a déclaré Jean Valmont, parolier pour Pierre Dumas. « ${long}», a-t-il ajouté.`;
    expect(find(text, "jusqu'au bout").speaker).toBe("Jean Valmont");
  });

  it("takes an object the text introduces with a title as a pronoun's antecedent", () => {
    const text = "Titre\n\nPierre Roux a critiqué la décision. Pour trouver un soutien, il faut se tourner vers Manuel Vidal, l'ancien Premier ministre. « Je l'approuve », dit-il.";
    expect(find(text, "Je l'approuve").speaker).toBe("Manuel Vidal");
  });

  it("does not take a title in quote marks for a person", () => {
    const text = "Titre\n\nLouane Emera, l'ancienne candidate de « The Voice », a sorti un album. « C'est un nouveau départ », a-t-elle confié.";
    expect(find(text, "nouveau départ").speaker).toBe("Louane Emera");
  });

  it("gives an institution's words to the organisation named for it, or to the institution", () => {
    const text = "Titre\n\nPaul Durand veut se présenter à Paris, rapporte Le Courrier. Il « aimerait devenir le candidat de la droite », selon le quotidien.";
    const start = text.indexOf("Le Courrier");
    const entities: Entity[] = [{ name: "Le Courrier", type: "ORGANIZATION", salience: 1, mentions: [{ text: "Le Courrier", start, end: start + 11 }] }];
    expect(find(text, "aimerait", entities).speaker).toBe("Le Courrier");
    const council = find("Titre\n\n« Le site fermera en mai », écrit dans un communiqué le conseil départemental.", "site fermera");
    expect(council.speakerMention?.text).toBe("le conseil départemental");
    expect(council.speaker).toBe("conseil départemental");
  });
});

describe("French quotes: cues", () => {
  it("gives a participle after a comma the subject of its sentence, never its object", () => {
    const q = find("Titre\n\nLe député de la Réunion a brandi un gilet jaune, dénonçant des droits « bafoués » sur l'île.", "bafoués");
    expect(q.speakerMention?.text).toBe("Le député de la Réunion");
  });

  it("gives a coordinated verb the subject of its sentence", () => {
    const q = find("Titre\n\nL'ancien ministre assure que c'était une blague et regrette « une tempête dans un verre d'eau ».", "tempête");
    expect(q.speakerMention?.text).toBe("L'ancien ministre");
  });

  it("finds the inverted subject behind an adjunct and the name in apposition to it", () => {
    const text = "Titre\n\n« Nous retirons 90.000 paquets », a indiqué samedi à l'AFP le directeur général de l'entreprise, Christian Morel.";
    expect(find(text, "retirons").speaker).toBe("Christian Morel");
  });

  it("takes an inverted pronoun a few words after the quote (souligne-t-on)", () => {
    const q = find("Titre\n\nLa priorité est de « rouvrir les écoles » avant l'été, souligne-t-on au ministère.", "rouvrir");
    expect(q.speakerMention?.text).toBe("on");
  });

  it("reads a verb form right after a determiner as a noun (un communiqué, l'accusé)", () => {
    expect(find("Titre\n\nLes clients sont priés « de ne pas les consommer », selon un communiqué.", "consommer").speakerMention?.text).toBe("un communiqué");
    expect(find("Titre\n\nL'accusé, qui risque la prison, a dit être là « à la sortie de la mosquée ».", "mosquée").speakerMention?.text).toBe("L'accusé");
  });

  it("reads a multi-word cue starting with a clitic (se souvient)", () => {
    const q = find("Titre\n\n« Il travaille vite », se souvient un ancien collaborateur du ministre.", "travaille vite");
    expect(q.speakerMention?.text).toBe("un ancien collaborateur du ministre");
  });
});
