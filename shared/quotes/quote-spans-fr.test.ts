import { describe, expect, it } from "vitest";
import { extractQuotes } from ".";
import { testArticle } from "./test-article";
import type { Entity } from "../summary";

// Articles written for these tests, one kind of span each (annotation guidelines: /work/shared/corpus/README.md).
const quotesOf = (text: string) => extractQuotes(testArticle(text, "fr"), []);
const texts = (text: string) => quotesOf(text).map((q) => q.text);

describe("French quote spans: paragraphs and inserted cues", () => {
  it("gives one quote per paragraph when the next paragraph does not reopen the quote", () => {
    const text = "Titre\n\nL'ancien maire Paul Durand s'est confié au journal. \"Ces années ont été dures.\n\nJe n'en pouvais plus\", affirme-t-il.";
    const qs = quotesOf(text);
    expect(qs.map((q) => q.text)).toEqual(["Ces années ont été dures.", "Je n'en pouvais plus"]);
    expect(qs.every((q) => q.speaker === "Paul Durand")).toBe(true);
  });

  it("does not run an unclosed quote into a paragraph that opens its own quote", () => {
    const text = "Titre\n\nLa maire Anne Roux a parlé. \"Nous verrons bien\n\nElle a ensuite évoqué \"un budget serré\" pour 2025.";
    expect(texts(text)).toEqual(["un budget serré"]);
  });

  it("in English, keeps the convention that each paragraph reopens the quote", () => {
    const text = "Title\n\nMayor Paul Grant spoke on Monday. \"Those years were hard.\n\nI could not go on,\" he said.";
    expect(extractQuotes(testArticle(text, "en"), []).some((q) => q.text.startsWith("Those years"))).toBe(false);
  });

  it("cuts an inserted cue at the end of a paragraph the quote runs on from", () => {
    const text = "Titre\n\n\"En ouvrant mon courrier, j'ai eu un choc, a raconté Luc Morin à la radio.\n\nIl y avait une facture énorme.\" Il a porté plainte.";
    expect(texts(text)).toEqual(["En ouvrant mon courrier, j'ai eu un choc", "Il y avait une facture énorme."]);
  });

  it("finds an inserted cue behind a comma clause of the quote and behind its own complement", () => {
    const text =
      "Titre\n\nLa militante Julie Morel ne regrette rien. \"Dans une guerre, il y a des victimes, dit-elle encore. Le bilan est lourd.\"\n\n" +
      "\"On a voulu nous diaboliser, explique-t-elle, selon la radio. Vous feriez pareil.\"";
    expect(texts(text)).toEqual(["Dans une guerre, il y a des victimes", "Le bilan est lourd.", "On a voulu nous diaboliser", "Vous feriez pareil."]);
  });
});

describe("French quote spans: titles and names are not quotes", () => {
  it("drops the title of a work after a preposition, and a title given with its translation", () => {
    const text =
      "Titre\n\nLe romancier Paul Lenoir a déjà collaboré pour \"Le dernier été\" avec son ami. " +
      "Son nouveau livre, \"The Long Night\" (\"la longue nuit\"), sort en mai. \"C'est mon meilleur roman\", a-t-il assuré.";
    expect(texts(text)).toEqual(["C'est mon meilleur roman"]);
  });

  it("drops an offence's legal name, and keeps the words said around it", () => {
    const text =
      "Incendie\n\nLe parquet a ouvert une enquête pour « blessures involontaires ». Le locataire a été placé en garde à vue pour « mise en danger de la vie d'autrui », puis mis en examen du chef d'« homicide involontaire ». " +
      "« Aucune piste n'est écartée », a indiqué le procureur, qui a requis « la plus grande prudence ».";
    expect(texts(text)).toEqual(["Aucune piste n'est écartée", "la plus grande prudence"]);
  });

  it("keeps a capitalised fragment its cue introduces", () => {
    const text = "Titre\n\nDevant la foule, le candidat Marc Petit a lancé \"On ne lâchera rien\" avant de partir.";
    expect(texts(text)).toEqual(["On ne lâchera rien"]);
  });

  it("drops a span that is a recognised name, and keeps a quote that names one", () => {
    const text = "Titre\n\nLe conseil a validé le nouveau nom du parti, \"le Mouvement commun\". \"Le Mouvement commun est prêt\", a dit son chef Paul Lenoir.";
    const start = text.indexOf("Mouvement commun");
    const second = text.indexOf("Mouvement commun", start + 1);
    const entities: Entity[] = [
      { name: "Mouvement commun", type: "ORGANIZATION", salience: 1, mentions: [{ text: "Mouvement commun", start, end: start + 16 }, { text: "Mouvement commun", start: second, end: second + 16 }] },
    ];
    expect(extractQuotes(testArticle(text, "fr"), entities).map((q) => q.text)).toEqual(["Le Mouvement commun est prêt"]);
  });

  it("keeps a one-word characterisation after a cue", () => {
    const text = "Titre\n\nLa députée Anne Roux a dénoncé l'\"hypocrisie\" du gouvernement et ses \"mensonges\".";
    expect(texts(text)).toEqual(["hypocrisie", "mensonges"]);
  });
});

describe("French quote spans: scare-quoted terms", () => {
  it("drops a term after a determiner that no cue reports and the article uses twice", () => {
    const text =
      "Titre\n\nLa manifestation des \"bonnets verts\" a réuni 300 personnes samedi. Les bonnets verts reviendront lundi. " +
      "\"Nous ne lâcherons rien\", a déclaré leur porte-parole Julie Morel.";
    expect(texts(text)).toEqual(["Nous ne lâcherons rien"]);
  });

  it("keeps a one-word characterisation after a possessive, even when the article repeats the word", () => {
    const text = "Titre\n\nLe président Paul Lenoir a incriminé ses voisins pour leur \"hypocrisie\" sur la crise. Cette hypocrisie lui pèse.";
    expect(texts(text)).toEqual(["hypocrisie"]);
  });

  it("in a headline, drops a lone term after a determiner but keeps one a cue reports", () => {
    expect(texts("La fin du \"télétravail\" dans les ministères\n\nLe gouvernement change de cap.")).toEqual([]);
    expect(texts("Anne Roux dénonce les \"mensonges\" du gouvernement\n\nLa députée était à Lyon.")).toEqual(["mensonges"]);
  });

  it("keeps a word after a reflexive form of dire: s'est dite « bouleversée »", () => {
    const text = "Titre\n\nLa chancelière Angela Roth s'est dite \"bouleversée\" par la nouvelle. Le village dit \"Les Granges\" est en deuil.";
    expect(texts(text)).toEqual(["bouleversée"]);
  });

  it("drops a headline's « title » that the story names uncued with the same words", () => {
    const text =
      "Cinéma : \"La Maison du lac\" triomphe au box-office\n\nLe film de Claire Denis \"La Maison du lac\" a attiré 800 000 spectateurs. \"Je suis heureuse\", a réagi la réalisatrice.";
    expect(texts(text)).toEqual(["Je suis heureuse"]);
  });

  it("keeps the words after a compound tense of dire: a dit « suivre la situation »", () => {
    const text = "Titre\n\nLe ministre Paul Roche a dit \"suivre la situation de très près\". Son adjoint, Marc Lenoir dit \"le Sage\", se tait.";
    expect(texts(text)).toEqual(["suivre la situation de très près"]);
  });

  it("keeps a quote shouted in capitals as a subheading", () => {
    const text = "Titre\n\nLe député Paul Lenoir a pris la parole.\n\n\"NOUS NE CÉDERONS PAS DANS CE DOSSIER\"\n\nLa séance a repris à 15 heures.";
    expect(texts(text)).toEqual(["NOUS NE CÉDERONS PAS DANS CE DOSSIER"]);
  });
});

describe("French quote spans: naming words and translated names", () => {
  it("keeps a call after appelé: a appelé « à … » is not a name", () => {
    const text = "Titre\n\nLe sénateur Paul Lenoir a appelé \"à garder son calme\" dimanche. Son chien, appelé \"Rex\", le suit partout.";
    expect(texts(text)).toEqual(["à garder son calme"]);
  });

  it("drops a name's translation in parentheses, with its article", () => {
    const text = "Titre\n\nIl serait membre de la brigade \"Al-Nour\" (la \"brigade de la lumière\"), selon les enquêteurs.";
    expect(texts(text)).toEqual([]);
  });

  it("drops a term after a determiner of quantity that the article uses again", () => {
    const text = "Titre\n\nCertains \"bonnets verts\" ont défilé à Lyon. Plusieurs \"bonnets verts\" ont été interpellés.";
    expect(texts(text)).toEqual([]);
  });
});

describe("French quote spans: 'appelé' calls on or names", () => {
  it("keeps 'a appelé « tous les députés … » à voter' (the verb after avoir) and drops 'un parti appelé « … »' (a name)", () => {
    const text = "Titre\n\nLa présidente du groupe, Mathilde Roux, a appelé « tous les députés attachés au Parlement » à voter la motion. Un parti appelé « Renouveau » est né.";
    expect(texts(text)).toEqual(["tous les députés attachés au Parlement"]);
  });
});
