import dynalite from "dynalite";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import S3rver from "s3rver";
import { makeDynamoDbClient, makeS3Client } from "../shared/aws/clients";
import { makeSqsClient } from "../shared/aws/sqs-client";
import { startPipelineRuntime, type RuntimeOptions, type Stack } from "./pipeline-runtime";
import { provision } from "./provision";
import { forwardS3Events } from "./s3-event-forwarder";
import { SqsEmulator } from "./sqs-emulator";

export type { Stack as LocalStack } from "./pipeline-runtime";

/** s3rver accepts only these. */
export const LOCAL_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

export interface LocalStackOptions extends RuntimeOptions {
  /** Folder for S3 objects and DynamoDB data; a temporary one (deleted on stop) when absent. */
  dataDir?: string;
  bucket?: string;
  table?: string;
  /** Visibility timeout of the local queue: short, so retries show up in seconds. */
  visibilityTimeoutSeconds?: number;
  /** Fixed ports (0 or absent: any free port). */
  ports?: { s3?: number; dynamodb?: number; sqs?: number; query?: number };
}

/**
 * The whole pipeline on one machine with embedded emulators: s3rver (S3),
 * dynalite (DynamoDB) and an SQS emulator, spoken to over HTTP by the real
 * SDK clients, with bucket events forwarded to the queue as S3 would.
 */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<Stack> {
  const bucket = options.bucket ?? "news-articles";
  const table = options.table ?? "news-summaries";
  const temporary = !options.dataDir;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "news-summary-"));
  mkdirSync(join(dataDir, "s3"), { recursive: true });
  mkdirSync(join(dataDir, "dynamodb"), { recursive: true });
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    if (temporary) rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const dynamo = dynalite({ path: join(dataDir, "dynamodb"), createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
    await listen(dynamo, options.ports?.dynamodb ?? 0);
    stops.push(() => close(dynamo));

    const s3rver = new S3rver({ port: options.ports?.s3 ?? 0, address: "127.0.0.1", directory: join(dataDir, "s3"), silent: true, configureBuckets: [{ name: bucket }] });
    const s3Address = await s3rver.run();
    stops.push(() => s3rver.close());

    const sqsEmulator = new SqsEmulator();
    const sqsEndpoint = await sqsEmulator.start(options.ports?.sqs ?? 0);
    stops.push(() => sqsEmulator.stop());

    const env = {
      region: "us-east-1",
      s3Endpoint: `http://127.0.0.1:${s3Address.port}`,
      dynamodbEndpoint: `http://127.0.0.1:${(dynamo.address() as AddressInfo).port}`,
      sqsEndpoint,
      credentials: LOCAL_CREDENTIALS,
    };
    const control = { s3: makeS3Client(env), dynamodb: makeDynamoDbClient(env), sqs: makeSqsClient(env) };
    const queues = await provision(control, { bucket, table, queue: "news-articles" }, options.visibilityTimeoutSeconds ?? 5);

    const stopForwarding = forwardS3Events(s3rver, control.sqs, queues.queueUrl);
    stops.push(async () => stopForwarding());

    const runtime = await startPipelineRuntime(env, { bucket, table, queueUrl: queues.queueUrl }, { ...options, queryPort: options.ports?.query }, stops);
    return { backend: "emulators", bucket, table, queueUrl: queues.queueUrl, deadLetterQueueUrl: queues.deadLetterQueueUrl, env, ...runtime, stop: stopAll };
  } catch (e) {
    await stopAll();
    throw e;
  }
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
