/**
 * Screenshots of the viewer for the README, from our own articles only
 * (samples/ and test/fixtures/viewer/; never the corpus): starts the local
 * stack in memory, drops them, and photographs the pages with Debian's chromium.
 *
 *   npx tsx scripts/viewer-screenshots.ts     # writes docs/viewer-list.png, viewer-article.png, viewer-entity.png
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { startLocalStack } from "../local/local-stack";
import { waitForStatus } from "../local/wait-for-status";
import { launchChromium } from "../test/support/chromium";
import { putObject } from "../test/support/pipeline-helpers";

const root = resolve(import.meta.dirname, "..");
const files = [
  ...readdirSync(join(root, "samples")).map((f) => join(root, "samples", f)),
  ...readdirSync(join(root, "test", "fixtures", "viewer")).map((f) => join(root, "test", "fixtures", "viewer", f)),
];
const stack = await startLocalStack({});
const browser = await launchChromium();
try {
  const statuses = await Promise.all(
    files.map(async (file) => {
      await putObject(stack, basename(file), readFileSync(file));
      return waitForStatus(stack.queryUrl, basename(file));
    }),
  );
  const article = statuses.find((s) => s.key === "fr-ministre-londres.txt")!;
  const page = await browser.context.newPage();
  const shots: [string, string, number][] = [
    ["/view", "viewer-list.png", 720],
    [`/view/articles/${article.id}`, "viewer-article.png", 1000],
    ["/view/entities/Marchetti", "viewer-entity.png", 820],
  ];
  for (const [path, file, height] of shots) {
    await page.setViewportSize({ width: 1280, height });
    await page.goto(`${stack.queryUrl}${path}`);
    await page.screenshot({ path: join(root, "docs", file) });
    console.log(`docs/${file} <- ${path}`);
  }
} finally {
  await browser.close();
  await stack.stop();
}
