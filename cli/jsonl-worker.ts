/**
 * A worker thread of `summarize --jsonl` (cli/jsonl-pool.ts): summarizes the
 * batches of lines it is sent, in order, with the same code as the main thread.
 * It loads the models with a few short articles before it says it is ready, so
 * it is never handed a batch it would be slow on.
 */
import { parentPort, workerData } from "node:worker_threads";
import { summarize } from "../shared/summarize";
import { summarizeLine } from "./summarize-line";
import { WARM_UP_ARTICLES } from "./warm-up-articles";
import type { WorkerBatch, WorkerReply } from "./jsonl-pool";

const port = parentPort;
if (!port) throw new Error("jsonl-worker runs only as a worker thread");
const { withText } = workerData as { withText: boolean };
for (const article of WARM_UP_ARTICLES) summarize({ id: article.name, name: article.name, body: article.body });
port.postMessage({ ready: true } satisfies WorkerReply);
port.on("message", (batch: WorkerBatch) => {
  port.postMessage({ results: batch.map(({ line, lineNo }) => summarizeLine(line, lineNo, withText)) } satisfies WorkerReply);
});
