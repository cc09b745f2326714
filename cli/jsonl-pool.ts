import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { LineResult } from "./summarize-line";

/** Lines sent to a worker in one message, with their line numbers for error messages. */
export type WorkerBatch = { line: string; lineNo: number }[];
export type WorkerReply = { ready: true } | { results: LineResult[] };

/**
 * Worker threads for `summarize --jsonl` on machines with more than one core.
 * Each lane holds at most two batches, so it has the next one queued when it
 * finishes one, without waiting for the main thread; the caller keeps output in input order
 * and summarizes on its own thread whenever no lane is free, so a lane that is
 * still loading its models, or one that died, never holds the stream up.
 */
export class JsonlPool {
  private readonly lanes: WorkerLane[];

  constructor(workerFile: string, size: number, withText: boolean) {
    this.lanes = Array.from({ length: size }, () => new WorkerLane(workerFile, withText));
  }

  /** A lane ready for a batch now, if any. */
  free(): WorkerLane | undefined {
    return this.lanes.find((lane) => lane.free);
  }

  async close(): Promise<void> {
    await Promise.all(this.lanes.map((lane) => lane.close()));
  }
}

/** Batches a lane holds at once: the one it works on and the next. */
const LANE_DEPTH = 2;

class WorkerLane {
  private readonly worker: Worker;
  private ready = false;
  private dead = false;
  /** Sent and not answered yet, oldest first: a worker answers in order. */
  private readonly running: { done: (results: LineResult[]) => void; fail: (error: Error) => void }[] = [];

  constructor(file: string, withText: boolean) {
    this.worker = new Worker(file, { workerData: { withText } });
    this.worker.on("message", (reply: WorkerReply) => {
      if ("ready" in reply) this.ready = true;
      else this.running.shift()?.done(reply.results);
    });
    this.worker.on("error", (error) => this.die(error));
    this.worker.on("exit", (code) => this.die(new Error(`worker exited with code ${code}`)));
  }

  get free(): boolean {
    return this.ready && !this.dead && this.running.length < LANE_DEPTH;
  }

  run(batch: WorkerBatch): Promise<LineResult[]> {
    return new Promise((done, fail) => {
      this.running.push({ done, fail });
      this.worker.postMessage(batch);
    });
  }

  async close(): Promise<void> {
    this.dead = true;
    await this.worker.terminate();
  }

  private die(error: Error): void {
    if (this.dead) return;
    this.dead = true;
    for (const batch of this.running.splice(0)) batch.fail(error);
  }
}

/**
 * How many worker threads to start: one per core beyond the main thread's,
 * at most 3 (each loads its own models: 3 added 32 MB of peak RSS on 200
 * articles), or NEWS_SUMMARY_WORKERS;
 * none when the worker's file is missing (running from the TypeScript sources).
 */
export function workerCount(workerFile: string | undefined, env: NodeJS.ProcessEnv = process.env): number {
  if (!workerFile || !existsSync(workerFile)) return 0;
  const asked = env.NEWS_SUMMARY_WORKERS;
  if (asked !== undefined && asked !== "") {
    const n = Number(asked);
    if (!Number.isInteger(n) || n < 0) throw new Error(`NEWS_SUMMARY_WORKERS must be a whole number, not ${JSON.stringify(asked)}`);
    return n;
  }
  return Math.min(availableParallelism() - 1, 3);
}
