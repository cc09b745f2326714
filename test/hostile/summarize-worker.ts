import { parentPort, workerData } from "node:worker_threads";
import { isExtractionError } from "../../shared/errors";
import { summarize } from "../../shared/summarize";

/** Runs one summarize() off the test's thread, so a runaway input can be stopped. */
const { name, body } = workerData as { name: string; body: string | Uint8Array };
const started = performance.now();
try {
  const summary = summarize({ id: "budget", name, body });
  parentPort!.postMessage({ ms: performance.now() - started, headline: summary.headline, words: summary.stats.words });
} catch (e) {
  if (!isExtractionError(e)) throw e;
  parentPort!.postMessage({ ms: performance.now() - started, code: e.code });
}
