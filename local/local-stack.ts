import { type DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { ListBucketsCommand, type S3Client } from "@aws-sdk/client-s3";
import { ListQueuesCommand, type SQSClient } from "@aws-sdk/client-sqs";
import dynalite from "dynalite";
import { startFauxqs } from "fauxqs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { makeDynamoDbClient, makeS3Client } from "../shared/aws/clients";
import { makeSqsClient } from "../shared/aws/sqs-client";
import { type EmulatorProbe, watchEmulators } from "./emulator-watchdog";
import { startPipelineRuntime, type RuntimeOptions, type Stack } from "./pipeline-runtime";
import { provision } from "./provision";
import { forwardS3Events } from "./s3-event-forwarder";

export type { Stack as LocalStack } from "./pipeline-runtime";

/** The emulators accept any credentials; the SDK needs some to sign with. */
export const LOCAL_CREDENTIALS = { accessKeyId: "local", secretAccessKey: "local" };

export interface LocalStackOptions extends RuntimeOptions {
  bucket?: string;
  table?: string;
  /** Visibility timeout of the local queue: short, so retries show up in seconds. */
  visibilityTimeoutSeconds?: number;
  /** Fixed ports (0 or absent: any free port). fauxqs serves S3 and SQS on one port. */
  ports?: { s3sqs?: number; dynamodb?: number; query?: number };
  /**
   * Called once when an emulator stops answering (see emulator-watchdog). `npm start`
   * exits non-zero on it; absent, nothing watches.
   */
  onEmulatorDead?: (name: string, reason: string) => void;
}

/**
 * The whole pipeline on one machine with embedded emulators, all in memory:
 * fauxqs (S3 and SQS) and dynalite (DynamoDB), spoken to over HTTP by the real
 * SDK clients, with bucket events forwarded to the queue as S3 would.
 *
 * In memory, because fauxqs keeps objects in a map: any legal key works
 * (1,024 bytes, 300-byte segments, `..`), where a file-backed emulator fails
 * on the file system's 255-byte names.
 */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<Stack> {
  const bucket = options.bucket ?? "news-articles";
  const overflowBucket = `${bucket}-summaries`;
  const table = options.table ?? "news-summaries";
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  };

  try {
    const dynamo = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
    await listen(dynamo, options.ports?.dynamodb ?? 0);
    stops.push(() => close(dynamo));

    // A large spy buffer: the forwarder drains it at each S3 write, and SQS traffic fills it in between.
    const fauxqs = await startFauxqs({ port: options.ports?.s3sqs ?? 0, logger: false, host: "127.0.0.1", messageSpies: { bufferSize: 100_000 } });
    stops.push(() => fauxqs.stop());

    const fauxqsEndpoint = `http://127.0.0.1:${fauxqs.port}`;
    const env = {
      region: "us-east-1",
      s3Endpoint: fauxqsEndpoint,
      dynamodbEndpoint: `http://127.0.0.1:${(dynamo.address() as AddressInfo).port}`,
      sqsEndpoint: fauxqsEndpoint,
      credentials: LOCAL_CREDENTIALS,
    };
    const control = { s3: makeS3Client(env), dynamodb: makeDynamoDbClient(env), sqs: makeSqsClient(env) };
    const queues = await provision(control, { buckets: [bucket, overflowBucket], table, queue: "news-articles" }, options.visibilityTimeoutSeconds ?? 5);

    const stopForwarding = forwardS3Events(fauxqs.spy, control.sqs, bucket, queues.queueUrl, (e) => console.error(e.message));
    stops.push(async () => stopForwarding());

    const runtime = await startPipelineRuntime(env, { bucket, overflowBucket, table, queueUrl: queues.queueUrl }, { ...options, queryPort: options.ports?.query }, stops);

    if (options.onEmulatorDead) {
      const stopWatching = watchEmulators(emulatorProbes(control, { s3sqs: fauxqsEndpoint, dynamodb: env.dynamodbEndpoint }), options.onEmulatorDead);
      stops.push(async () => stopWatching());
    }
    return { backend: "emulators", bucket, overflowBucket, table, queueUrl: queues.queueUrl, deadLetterQueueUrl: queues.deadLetterQueueUrl, env, ...runtime, stop: stopAll };
  } catch (e) {
    await stopAll();
    throw e;
  }
}

/** One cheap request per emulator, through the same SDK clients the pipeline uses. */
export function emulatorProbes(clients: { s3: S3Client; sqs: SQSClient; dynamodb: DynamoDBClient }, endpoints: { s3sqs: string; dynamodb: string }): EmulatorProbe[] {
  return [
    { name: `fauxqs S3 (${endpoints.s3sqs})`, check: () => clients.s3.send(new ListBucketsCommand({})) },
    { name: `fauxqs SQS (${endpoints.s3sqs})`, check: () => clients.sqs.send(new ListQueuesCommand({})) },
    { name: `dynalite DynamoDB (${endpoints.dynamodb})`, check: () => clients.dynamodb.send(new ListTablesCommand({})) },
  ];
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
