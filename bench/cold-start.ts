import { PutObjectCommand } from "@aws-sdk/client-s3";
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { LocalStack } from "../local/local-stack";
import { LOCAL_CREDENTIALS } from "../local/local-stack";
import { encodeS3Key } from "../shared/ingest/s3-notification";
import { OUT_DIR, REPO_ROOT, type Bundles } from "./bundles";
import { typicalArticles } from "./fixtures";
import { figure, type Figure } from "./stats";

const RUNNER = join(REPO_ROOT, "bench", "lambda-runner.cjs");

interface RunnerReport {
  loaded: { sinceStartMs: number; loadMs: number; cpuMs: number };
  invocations: { wallMs: number; cpuMs: number; sinceStartMs: number; failures: number; statusCode?: number }[];
  maxRssBytes: number;
  fatal?: string;
}

interface RunOutcome {
  report?: RunnerReport;
  /** From spawn to exit, seen by the parent. */
  processMs: number;
  stdoutBytes: number;
  error?: string;
}

export interface ColdStartCase {
  bundleBytes: number;
  /** Process start to first response, inside the child: what a cold invocation waits for, without process exit. */
  firstResponseMs: Figure;
  /** CPU time of the whole child up to the first response. */
  firstResponseCpuMs: Figure;
  /** require() of the bundle alone. */
  loadMs: Figure;
  errors: string[];
}

export interface ColdStartResult {
  empty: ColdStartCase;
  /** SDK clients plus one GetObject and one PutItem: ingest against it is what our code and data cost. */
  sdkBaseline: ColdStartCase & { ratio: number };
  /** ingest's first response over the SDK baseline's. */
  ingestOverSdk: number;
  ingest: ColdStartCase & { ratio: number; cpuRatio: number };
  query: ColdStartCase & { ratio: number; cpuRatio: number };
  warmIngest: {
    articles: number;
    batchSize: number;
    /** Per article, over warm batches of 10: wall includes the emulators' I/O latency. */
    msPerArticle: Figure;
    cpuMsPerArticle: Figure;
    peakRssBytes: number;
    /** Log bytes the handler wrote per article (CloudWatch Logs ingests them). */
    logBytesPerArticle: number;
    failures: number;
  };
}

/** The environment the Lambda would have, pointed at the local emulators. */
function lambdaEnv(stack: LocalStack): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    TABLE_NAME: stack.table,
    BUCKET_NAME: stack.bucket,
    // Summaries too large for one item spill to S3 (functions/ingest.ts requires it); the bench bucket serves.
    SUMMARIES_BUCKET_NAME: stack.bucket,
    AWS_ENDPOINT_URL_S3: stack.env.s3Endpoint,
    AWS_ENDPOINT_URL_DYNAMODB: stack.env.dynamodbEndpoint,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_REGION: "us-east-1",
    POWERTOOLS_SERVICE_NAME: "news-summary",
    POWERTOOLS_METRICS_NAMESPACE: "NewsSummary",
    LOG_LEVEL: "INFO",
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
  };
}

function runLambda(bundle: string, events: unknown[], env: NodeJS.ProcessEnv, name: string, timeoutMs = 60_000): Promise<RunOutcome> {
  const eventsFile = join(OUT_DIR, `events-${name}.json`);
  writeFileSync(eventsFile, JSON.stringify(events));
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [RUNNER, bundle, eventsFile], { env, stdio: ["ignore", "pipe", "pipe", "pipe"] });
    let stdoutBytes = 0;
    let report = "";
    let stderr = "";
    child.stdout!.on("data", (chunk: Buffer) => (stdoutBytes += chunk.byteLength));
    child.stderr!.on("data", (chunk: Buffer) => {
      if (stderr.length < 2000) stderr += chunk.toString();
    });
    (child.stdio[3] as NodeJS.ReadableStream).on("data", (chunk: Buffer) => (report += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      const processMs = performance.now() - started;
      try {
        const parsed = JSON.parse(report) as RunnerReport;
        if (parsed.fatal) return resolve({ processMs, stdoutBytes, error: parsed.fatal });
        resolve({ report: parsed, processMs, stdoutBytes });
      } catch {
        resolve({ processMs, stdoutBytes, error: `exit ${code}: ${stderr.slice(0, 300) || "no report"}` });
      }
    });
  });
}

let sequence = BigInt(Date.now()) * 1_000_000n;

/** An SQS event carrying S3 ObjectCreated notifications, as the event source mapping delivers it. */
function sqsEvent(bucket: string, objects: { key: string; size: number }[]) {
  return {
    Records: objects.map((o, i) => {
      sequence += 1n;
      const body = JSON.stringify({
        Records: [
          {
            eventVersion: "2.1",
            eventSource: "aws:s3",
            awsRegion: "us-east-1",
            eventName: "ObjectCreated:Put",
            s3: { bucket: { name: bucket, arn: `arn:aws:s3:::${bucket}` }, object: { key: encodeS3Key(o.key), size: o.size, sequencer: sequence.toString(16).toUpperCase() } },
          },
        ],
      });
      return {
        messageId: `bench-${sequence}-${i}`,
        receiptHandle: "bench",
        body,
        attributes: { ApproximateReceiveCount: "1", SentTimestamp: String(Date.now()), SenderId: "bench", ApproximateFirstReceiveTimestamp: String(Date.now()) },
        messageAttributes: {},
        md5OfBody: "",
        eventSource: "aws:sqs",
        eventSourceARN: "arn:aws:sqs:us-east-1:000000000000:news-articles",
        awsRegion: "us-east-1",
      };
    }),
  };
}

function queryEvent(path: string) {
  return {
    version: "2.0",
    routeKey: "$default",
    rawPath: path,
    rawQueryString: "",
    headers: {},
    requestContext: { http: { method: "GET", path, protocol: "HTTP/1.1", sourceIp: "127.0.0.1", userAgent: "bench" }, requestId: "bench", timeEpoch: Date.now() },
    isBase64Encoded: false,
  };
}

async function putArticles(stack: LocalStack, prefix: string, count: number) {
  const articles = typicalArticles(count);
  const out: { key: string; size: number }[] = [];
  for (let i = 0; i < articles.length; i++) {
    const key = `${prefix}-${i}-${articles[i].name}`;
    const body = Buffer.from(articles[i].body);
    await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: body }));
    out.push({ key, size: body.byteLength });
  }
  return out;
}

function summarise(bundleBytes: number, outcomes: RunOutcome[]): ColdStartCase {
  const ok = outcomes.filter((o) => o.report && o.report.invocations.length > 0);
  return {
    bundleBytes,
    firstResponseMs: figure(ok.map((o) => o.report!.invocations[0].sinceStartMs)),
    firstResponseCpuMs: figure(ok.map((o) => o.report!.loaded.cpuMs + o.report!.invocations[0].cpuMs)),
    loadMs: figure(ok.map((o) => o.report!.loaded.loadMs)),
    errors: outcomes.filter((o) => o.error).map((o) => o.error!),
  };
}

/**
 * Cold starts of each bundle against the empty handler, runs interleaved so
 * machine load affects all three alike; then one process handling warm
 * batches of 10, for the per-article Lambda duration the cost model uses.
 * The stack's own poller must be stopped: these events are delivered by hand.
 */
export async function measureColdStarts(stack: LocalStack, bundles: Bundles, options: { runs: number; warmBatches: number; queryPath: string }): Promise<ColdStartResult> {
  const env = lambdaEnv(stack);
  const runs = { empty: [] as RunOutcome[], sdk: [] as RunOutcome[], ingest: [] as RunOutcome[], query: [] as RunOutcome[] };
  const coldObjects = await putArticles(stack, "bench/cold", options.runs);
  for (let r = 0; r < options.runs; r++) {
    runs.empty.push(await runLambda(bundles.empty.file, [{}], env, "empty"));
    runs.sdk.push(await runLambda(bundles.sdkBaseline.file, [sqsEvent(stack.bucket, [coldObjects[r]])], env, "sdk-baseline"));
    runs.ingest.push(await runLambda(bundles.ingest.file, [sqsEvent(stack.bucket, [coldObjects[r]])], env, "ingest"));
    runs.query.push(await runLambda(bundles.query.file, [queryEvent(options.queryPath)], env, "query"));
  }
  const ingestFailures = runs.ingest.flatMap((o) => o.report?.invocations.filter((i) => i.failures > 0) ?? []).length;
  const queryErrors = runs.query.flatMap((o) => o.report?.invocations.filter((i) => i.statusCode !== 200) ?? []).length;

  const batchSize = 10;
  const warmObjects = await putArticles(stack, "bench/warm", 1 + options.warmBatches * batchSize);
  const events = [sqsEvent(stack.bucket, [warmObjects[0]])];
  for (let b = 0; b < options.warmBatches; b++) events.push(sqsEvent(stack.bucket, warmObjects.slice(1 + b * batchSize, 1 + (b + 1) * batchSize)));
  const warm = await runLambda(bundles.ingest.file, events, env, "ingest-warm", 180_000);
  const warmBatches = warm.report?.invocations.slice(1) ?? [];

  const empty = summarise(bundles.empty.bytes, runs.empty);
  const sdkBaseline = summarise(bundles.sdkBaseline.bytes, runs.sdk);
  const ingest = summarise(bundles.ingest.bytes, runs.ingest);
  const query = summarise(bundles.query.bytes, runs.query);
  if (ingestFailures) ingest.errors.push(`${ingestFailures} first event(s) reported batch item failures`);
  if (queryErrors) query.errors.push(`${queryErrors} first request(s) did not answer 200`);
  if (warm.error) ingest.errors.push(`warm run: ${warm.error}`);
  return {
    empty,
    sdkBaseline: { ...sdkBaseline, ratio: sdkBaseline.firstResponseMs.median / empty.firstResponseMs.median },
    ingestOverSdk: ingest.firstResponseMs.median / sdkBaseline.firstResponseMs.median,
    ingest: { ...ingest, ratio: ingest.firstResponseMs.median / empty.firstResponseMs.median, cpuRatio: ingest.firstResponseCpuMs.median / empty.firstResponseCpuMs.median },
    query: { ...query, ratio: query.firstResponseMs.median / empty.firstResponseMs.median, cpuRatio: query.firstResponseCpuMs.median / empty.firstResponseCpuMs.median },
    warmIngest: {
      articles: warmBatches.length * batchSize,
      batchSize,
      msPerArticle: figure(warmBatches.map((i) => i.wallMs / batchSize)),
      cpuMsPerArticle: figure(warmBatches.map((i) => i.cpuMs / batchSize)),
      peakRssBytes: warm.report?.maxRssBytes ?? NaN,
      logBytesPerArticle: warm.stdoutBytes / Math.max(1, 1 + warmBatches.length * batchSize),
      failures: warmBatches.reduce((n, i) => n + i.failures, 0),
    },
  };
}

