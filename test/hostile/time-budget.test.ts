import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { FRENCH_HEADLINE, articleHtml, htmlPage } from "./catalogue";

/**
 * Inputs that could run away (super-linear parsing) are summarised in a
 * worker thread with a time budget, so an overrun fails the test instead of
 * freezing the suite. The budget is a fraction of the ingest Lambda's 60 s
 * timeout, generous for a loaded 2-core machine.
 */
const BUDGET_MS = 15_000;
const WORKER_URL = new URL("./summarize-worker.ts", import.meta.url).href;

type Result = { ms: number; headline?: string | null; words?: number; code?: string } | { overrun: true };

function summarizeWithin(name: string, body: string, budgetMs: number): Promise<Result> {
  return new Promise((resolve, reject) => {
    // The worker loads TypeScript through tsx's loader, registered inside it.
    const script = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL)}); })`;
    const worker = new Worker(script, { eval: true, workerData: { name, body } });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ overrun: true });
    }, budgetMs);
    worker.once("message", (m) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(m as Result);
    });
    worker.once("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

describe(`runaway-prone inputs finish within ${BUDGET_MS / 1000} s`, () => {
  const cases = [
    { name: "nested-5000-divs.html", body: htmlPage(FRENCH_HEADLINE, `${"<div>".repeat(5000)}${articleHtml}${"</div>".repeat(5000)}`) },
    { name: "nested-5000-inline.html", body: htmlPage(FRENCH_HEADLINE, `${articleHtml}<p>${"<span><b>".repeat(2500)}fin${"</b></span>".repeat(2500)}</p>`) },
    { name: "nested-5000-unclosed.html", body: htmlPage(FRENCH_HEADLINE, `${"<div><section>".repeat(2500)}${articleHtml}`) },
  ];
  for (const c of cases) {
    it(`${c.name}: summarised with its headline`, async () => {
      const result = await summarizeWithin(c.name, c.body, BUDGET_MS);
      expect("overrun" in result, `${c.name} still running after ${BUDGET_MS} ms`).toBe(false);
      expect(result).toMatchObject({ headline: FRENCH_HEADLINE });
    }, BUDGET_MS + 10_000);
  }
});
