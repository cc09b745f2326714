import { francAll } from "franc-min";
import { data } from "franc-min/data.js";
import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language";

// patches/franc-min+6.2.0.patch builds franc's trigram dictionaries on first use instead of at import.
// These pin what that must not change: the answers, the ranking order, and calls after the first.
describe("language detection with franc's lazily built dictionaries", () => {
  const fr = "Le maire de la ville a annoncé mardi que le chantier du tramway reprendrait au printemps, malgré les critiques des commerçants du centre.";
  const en = "The mayor said on Tuesday that work on the tram line would resume in the spring, despite complaints from shopkeepers in the centre of town.";
  const de = "Der Bürgermeister sagte am Dienstag, dass die Arbeiten an der Straßenbahn im Frühjahr wieder aufgenommen werden, trotz der Kritik der Händler.";

  it("names the language of French, English and German text, on first and later calls alike", () => {
    for (let round = 0; round < 2; round++) {
      expect(detectLanguage(fr)).toBe("fr");
      expect(detectLanguage(en)).toBe("en");
      expect(detectLanguage(de)).toBe("de");
    }
  });

  it("takes English dense with German or Russian names for English, where the trigrams put it a hair behind", () => {
    expect(detectLanguage("Hans Joachim Westphal (1833-1890) was a German psychiatrist from Berlin. He studied medicine in Würzburg under Moritz Heinrich Romberg and Emil Bois-Reymond, then worked at the Charité.")).toBe("en");
    expect(detectLanguage("Oleg Mikhaylovich Gazmanov is a Russian singer .")).toBe("en");
    expect(detectLanguage(de)).toBe("de");
    // A French exchange-rate table: its "A" is "à", no English article.
    expect(detectLanguage("Valeur du franc : Hier Aujourd'hui\nA New-York........ 0 2025 0 2027\nA Genève........ 0 2053 0 2062\nA Barcelone........ 0 2490 0 2434\nA Rome........ 0 9120 0 9040\nA Berlin........ 0 5010 0 5020")).not.toBe("en");
  });

  it("reads on past a first 320 characters that leave two languages a hair apart", () => {
    const shares =
      "Cours du 12 mars. Rio Tinto 1 640 1 652 ; Penarroya 1 240 1 225 ; Tramways Est-Parisien act 64 50 ; Bateaux Parisiens act 291 ; Mines de Boleo 3 200 ; Pao Paulo Rio Grande 5 % 440 ; Suez 4 % 5 600 ; Metropolitano act 617 ; Banco Hispano Colonial 412 ; Ferrocarriles Andaluces 380 ; Madrid-Zaragoza-Alicante 425 ; Naranjos de Valencia 120 ; Cordoba Rosario 90 ;";
    const report =
      " Les valeurs de la Bourse de Paris ont terminé la séance de lundi en légère hausse, portées par les titres des compagnies de chemins de fer et des mines. Les rentes françaises sont restées fermes, tandis que les fonds étrangers reculaient faiblement sur les craintes d'une hausse du loyer de l'argent à Londres.";
    // The table alone is Spanish, a hair ahead of French; with the report after it, the article is French.
    const [first, second] = francAll(shares.slice(0, 320), { only: ["spa", "fra", "por", "ita", "eng", "deu"] });
    expect(first[0]).not.toBe("fra");
    expect(first[1] - second[1]).toBeLessThan(0.03);
    expect(detectLanguage(shares + report)).toBe("fr");
    // A text the short sample already decides is not re-read into another answer.
    expect(detectLanguage(shares.slice(0, 300))).not.toBe("fr");
  });

  it("ranks every language when none is excluded, each once, best first", () => {
    const ranked = francAll(fr);
    expect(ranked[0][0]).toBe("fra");
    expect(ranked.map(([code]) => code).sort()).toEqual(Object.keys(data.Latin).sort());
    expect(new Set(ranked.map(([code]) => code)).size).toBe(ranked.length);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i][1]).toBeLessThanOrEqual(ranked[i - 1][1]);
  });

  it("gives a restricted call the same scores as the unrestricted one", () => {
    const all = new Map(francAll(en));
    const only = francAll(en, { only: ["eng", "fra", "deu"] });
    expect(only.map(([code]) => code)).toEqual(["eng", "fra", "deu"].filter((c) => all.has(c)).sort((a, b) => all.get(b)! - all.get(a)!));
  });
});
