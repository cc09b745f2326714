/**
 * The seed article's "done when" list (issue 3), checked against its
 * entity-level gold file. Shared by `npm run eval` and shared/article/seed.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ArticleSummary } from "../shared/summary";
import { CORPUS_DIR } from "./corpus";
import { headlineMatches } from "./metrics";

export const SEED_DIR = join(CORPUS_DIR, "seed");

export interface SeedGold {
  file: string;
  language: string;
  headline: string;
  published: { date: string };
  segments: {
    bodyParagraphs: number;
    headings: string[];
    captions: { startsWith: string; credit: string }[];
    lead: string;
  };
}

export interface Check {
  name: string;
  pass: boolean;
  detail: string;
}

export function seedAvailable(): boolean {
  return existsSync(SEED_DIR) && readdirGold().length > 0;
}

function readdirGold(): string[] {
  try {
    return readdirSync(SEED_DIR).filter((f) => f.endsWith(".gold.json"));
  } catch {
    return [];
  }
}

export function loadSeed(): { gold: SeedGold; body: Uint8Array } {
  const goldFile = readdirGold()[0];
  const gold = JSON.parse(readFileSync(join(SEED_DIR, goldFile), "utf8")) as SeedGold;
  return { gold, body: readFileSync(join(SEED_DIR, gold.file)) };
}

export function seedChecks(summary: ArticleSummary, gold: SeedGold, text: string): Check[] {
  const checks: Check[] = [];
  const add = (name: string, pass: boolean, detail: string) => checks.push({ name, pass, detail });
  add("headline exact", headlineMatches(summary.headline, gold.headline), `got ${JSON.stringify(summary.headline)}`);
  add(`published ${gold.published.date}`, summary.published?.date === gold.published.date, `got ${JSON.stringify(summary.published)}`);
  add(`language ${gold.language}`, summary.language === gold.language, `got ${summary.language}`);
  const captions = summary.segments.filter((s) => s.kind === "caption");
  const captionsOk =
    captions.length === gold.segments.captions.length &&
    gold.segments.captions.every((g, i) => captions[i]?.text.startsWith(g.startsWith) && captions[i]?.credit === g.credit);
  add(`${gold.segments.captions.length} captions with their credits`, captionsOk, `got ${captions.map((c) => JSON.stringify(c.credit ?? null)).join(", ")}`);
  const headings = summary.segments.filter((s) => s.kind === "heading").map((s) => s.text);
  add(`headings ${gold.segments.headings.join(", ")}`, JSON.stringify(headings) === JSON.stringify(gold.segments.headings), `got ${JSON.stringify(headings)}`);
  const paragraphs = summary.segments.filter((s) => s.kind === "paragraph").length;
  add(`${gold.segments.bodyParagraphs} body paragraphs`, paragraphs === gold.segments.bodyParagraphs, `got ${paragraphs}`);
  add(`lead starts "${gold.segments.lead}"`, summary.lead?.startsWith(gold.segments.lead) ?? false, `got ${JSON.stringify(summary.lead?.slice(0, 60))}`);
  const cutAtM = summary.segments.flatMap((s) => s.sentences).filter((s) => /(^|\s)M\.$/u.test(text.slice(s.start, s.end).trimEnd()));
  add('no sentence cut at "M."', cutAtM.length === 0, `${cutAtM.length} cut`);
  return checks;
}
