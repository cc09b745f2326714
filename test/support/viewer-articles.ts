import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { LocalStack } from "../../local/local-stack";
import { waitForStatus } from "../../local/wait-for-status";
import type { ArticleStatus } from "../../shared/store/article-status";
import { putObject } from "./pipeline-helpers";

/** Articles the search and viewer suites drop: ours (always), and the seed AFP dispatch when ../shared is there. */

const fixtures = resolve(import.meta.dirname, "../fixtures/viewer");
export const SEED_FILE = resolve(import.meta.dirname, "../../../shared/corpus/seed/000_561364bb66d845b6.txt");
export const seedMissing = existsSync(SEED_FILE) ? undefined : `the seed article is not at ${SEED_FILE} (../shared is absent)`;

export const OWN_ARTICLES = {
  london: "viewer/fr-ministre-londres.txt",
  geneva: "viewer/en-geneva-marchetti.txt",
  hostile: "viewer/en-hostile-council.txt",
} as const;
export const FAILING_KEY = "viewer/empty.txt";
export const SEED_KEY = "viewer/seed-afp.txt";

/** Drops our articles (and an empty one, which fails), waits until each has a final status. */
export async function dropOwnArticles(stack: LocalStack): Promise<Record<keyof typeof OWN_ARTICLES | "failed", ArticleStatus>> {
  const entries = Object.entries(OWN_ARTICLES) as [keyof typeof OWN_ARTICLES, string][];
  await Promise.all(entries.map(([, key]) => putObject(stack, key, readFileSync(join(fixtures, key.slice("viewer/".length))))));
  await putObject(stack, FAILING_KEY, "");
  const statuses = Object.fromEntries(await Promise.all(entries.map(async ([name, key]) => [name, await waitForStatus(stack.queryUrl, key)])));
  return { ...statuses, failed: await waitForStatus(stack.queryUrl, FAILING_KEY) };
}

/** Only call when seedMissing is undefined. */
export async function dropSeed(stack: LocalStack): Promise<ArticleStatus> {
  await putObject(stack, SEED_KEY, readFileSync(SEED_FILE));
  return waitForStatus(stack.queryUrl, SEED_KEY);
}
