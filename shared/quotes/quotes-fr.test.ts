import { describe, expect, it } from "vitest";
import { extractQuotes } from ".";
import type { Entity } from "../summary";
import { testArticle } from "./test-article";

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
