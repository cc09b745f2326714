import { describe, expect, it } from "vitest";
import { summarize } from "../summarize";
import { unwrapHardWrappedLines } from "./hard-wraps";

/** Greedy wrapping at `width` columns, as `fold -s` or a mail client does it. */
function wrap(paragraph: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join("\n");
}

const HEADLINE = "Le port de Brest rouvre après trois semaines de grève";
const PARAGRAPHS = [
  "BREST, 3 mars (Dépêche) - Les dockers du port de Brest ont voté mardi la fin d'une grève de trois semaines, après que l'exploitant a porté sa proposition de hausse des salaires à 7 %, a indiqué le syndicat.",
  "« C'est une victoire pour nos adhérents et pour tous les salariés du port », a déclaré Martine Kerhervé, secrétaire générale du syndicat des dockers. « La direction a enfin écouté. »",
  "La société Brest Terminaux, qui exploite le port, s'est félicitée du vote. « Nous sommes heureux que l'activité normale puisse reprendre », a affirmé son directeur, Yann Le Goff, dans un communiqué.",
];
const article = (width: number | null) => [HEADLINE, ...PARAGRAPHS.map((p) => (width ? wrap(p, width) : p))].join("\n\n") + "\n";

describe("hard-wrapped plain text", () => {
  it("joins the lines of wrapped paragraphs, one space for each line break, so every offset still points into the file", () => {
    const wrapped = article(72);
    expect(wrapped.split("\n").length).toBeGreaterThan(PARAGRAPHS.length + 3);
    const unwrapped = unwrapHardWrappedLines(wrapped);
    expect(unwrapped).toHaveLength(wrapped.length);
    // The headline block and the blank lines stay; inside paragraphs no line break is left.
    expect(unwrapped).toBe(article(null));
    for (let i = 0; i < wrapped.length; i++) if (wrapped[i] !== unwrapped[i]) expect([wrapped[i], unwrapped[i]]).toEqual(["\n", " "]);
  });

  it("finds the same quotes, speakers and entities in a wrapped dispatch as in the same one unwrapped", () => {
    const flat = summarize({ id: "a", name: "brest.txt", body: article(null) });
    for (const width of [60, 72, 80]) {
      const s = summarize({ id: "a", name: "brest.txt", body: article(width) });
      expect(s.quotes.map((q) => [q.text, q.speaker])).toEqual(flat.quotes.map((q) => [q.text, q.speaker]));
      expect(s.entities.map((e) => [e.name, e.type])).toEqual(flat.entities.map((e) => [e.name, e.type]));
    }
    expect(flat.quotes.map((q) => q.speaker)).toEqual(["Martine Kerhervé", "Martine Kerhervé", "Yann Le Goff"]);
  });

  it("joins Windows line breaks too, two spaces for \\r\\n", () => {
    const crlf = article(72).replace(/\n/g, "\r\n");
    const unwrapped = unwrapHardWrappedLines(crlf);
    expect(unwrapped).toHaveLength(crlf.length);
    expect(unwrapped.trimEnd().split("\r\n\r\n").map((b) => b.includes("\r\n"))).toEqual([false, false, false, false]);
  });

  it("leaves alone a text with one paragraph per line and no blank line", () => {
    const text = [HEADLINE, ...PARAGRAPHS].join("\n");
    expect(unwrapHardWrappedLines(text)).toBe(text);
  });

  it("leaves alone lists, short lines and sentences set one per line", () => {
    const text = [
      HEADLINE,
      "- une hausse des salaires de 7 % sur deux ans pour tous\n- une prime de fin de grève de 300 euros par salarié\n- le paiement de la moitié des jours de grève",
      "Port de Brest\n1, quai de la Douane\n29200 Brest",
      "Rendre aux dockers leur place dans le port (ce qu'ils font)\nÊtre le syndicat qui parle fort\nGarder la tête froide.",
    ].join("\n\n");
    expect(unwrapHardWrappedLines(text)).toBe(text);
  });

  it("leaves alone paragraphs of long lines, which a single line break separates", () => {
    const text = [HEADLINE, `${PARAGRAPHS[0]}\n${PARAGRAPHS[1]}`, PARAGRAPHS[2]].join("\n\n");
    expect(unwrapHardWrappedLines(text)).toBe(text);
  });
});
