import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/**
 * Real articles from ../shared/corpus (never copied into the repo), when the
 * folder is there. Only the sets that are whole articles as users upload
 * them: the token-rebuilt NER sets (one sentence a line) are not typical input.
 */
export const CORPUS_DIR = resolve(import.meta.dirname, "..", "..", "shared", "corpus", "dev");

const TYPICAL_SETS = ["quotes-fr-orangesum-dev.jsonl", "meta-fr-orangesum-dev.jsonl", "quotes-en-polnear-dev.jsonl"];

export interface CorpusArticle {
  set: string;
  name: string;
  body: string;
}

export function corpusArticles(perSet: number): { articles: CorpusArticle[]; skipped?: string } {
  if (!existsSync(CORPUS_DIR)) return { articles: [], skipped: `${CORPUS_DIR} is absent (fresh clone): generated fixtures only` };
  const articles: CorpusArticle[] = [];
  for (const file of TYPICAL_SETS) {
    const path = join(CORPUS_DIR, file);
    if (!existsSync(path)) continue;
    const lines = readFileSync(path, "utf8").split("\n").filter(Boolean).slice(0, perSet);
    for (const line of lines) {
      const record = JSON.parse(line) as { name?: string; text?: string };
      if (typeof record.text === "string" && record.text.length > 0) {
        articles.push({ set: file.replace(/\.jsonl$/, ""), name: record.name ?? "article.txt", body: record.text });
      }
    }
  }
  return articles.length ? { articles } : { articles, skipped: `no usable records in ${CORPUS_DIR}` };
}
