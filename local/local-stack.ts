import { CreateTableCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { CreateBucketCommand, type S3Client } from "@aws-sdk/client-s3";
import { CreateQueueCommand, GetQueueAttributesCommand, type SQSClient } from "@aws-sdk/client-sqs";
import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import dynalite from "dynalite";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import S3rver from "s3rver";
import { makeDynamoDbClient, makeS3Client, makeSqsClient, type ClientEnv } from "../shared/aws/clients";
import { makeIngestHandler } from "../shared/ingest/ingest-handler";
import { S3ObjectSource } from "../shared/ingest/s3-object-source";
import { PIPELINE_LIMITS } from "../shared/pipeline-config";
import { DynamoDbSummaryStore } from "../shared/store/dynamodb-summary-store";
import { S3BlobStore } from "../shared/store/s3-blob-store";
import { TABLE_SCHEMA } from "../shared/store/table-schema";
import { EventSourcePoller } from "./event-source-poller";
import { forwardS3Events } from "./s3-event-forwarder";
import { SqsEmulator } from "./sqs-emulator";
import { startQueryServer } from "./query-server";

// This machine class runs Node 20; the SDK's upgrade notice would bury the lines scripts read.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

export const LOCAL_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

export interface LocalStackOptions {
  /** Folder for S3 objects and DynamoDB data; a temporary one (deleted on stop) when absent. */
  dataDir?: string;
  bucket?: string;
  table?: string;
  /** Visibility timeout of the local queue: short, so retries show up in seconds. */
  visibilityTimeoutSeconds?: number;
  /** Parallel ingest invocations, like the Lambda's maxConcurrency. */
  concurrency?: number;
  logLevel?: "DEBUG" | "INFO" | "WARN" | "ERROR" | "SILENT";
  /** Fixed ports (0 or absent: any free port). */
  ports?: { s3?: number; dynamodb?: number; sqs?: number; query?: number };
  /** Wrap the clients the pipeline uses (fault injection in tests). */
  instrument?: (clients: { s3: S3Client; dynamodb: DynamoDBClient }) => void;
}

export interface LocalStack {
  bucket: string;
  table: string;
  queueUrl: string;
  deadLetterQueueUrl: string;
  queryUrl: string;
  env: Required<Pick<ClientEnv, "region" | "s3Endpoint" | "dynamodbEndpoint" | "sqsEndpoint" | "credentials">>;
  s3: S3Client;
  dynamodb: DynamoDBClient;
  sqs: SQSClient;
  store: DynamoDbSummaryStore;
  poller: EventSourcePoller;
  stop(): Promise<void>;
}

/**
 * The whole pipeline on one machine: s3rver (S3), dynalite (DynamoDB) and an
 * SQS emulator, all spoken to over HTTP by the real SDK clients; bucket
 * events forwarded to the queue as S3 would; a poller invoking the same
 * ingest handler the Lambda runs; the query API on 127.0.0.1.
 */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const bucket = options.bucket ?? "news-articles";
  const table = options.table ?? "news-summaries";
  const temporary = !options.dataDir;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "news-summary-"));
  mkdirSync(join(dataDir, "s3"), { recursive: true });
  mkdirSync(join(dataDir, "dynamodb"), { recursive: true });
  const stops: (() => Promise<void>)[] = [];

  try {
    const dynamo = dynalite({ path: join(dataDir, "dynamodb"), createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
    await listen(dynamo, options.ports?.dynamodb ?? 0);
    stops.push(() => close(dynamo));

    const s3rver = new S3rver({ port: options.ports?.s3 ?? 0, address: "127.0.0.1", directory: join(dataDir, "s3"), silent: true, configureBuckets: [{ name: bucket }] });
    const s3Address = (await s3rver.run()) as AddressInfo | { port: number };
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
    const s3 = makeS3Client(env);
    const dynamodb = makeDynamoDbClient(env);
    const sqs = makeSqsClient(env);
    // Clients used by the control plane here are kept apart from the ones the pipeline uses, so faults injected there stay there.
    const pipelineS3 = makeS3Client(env);
    const pipelineDynamo = makeDynamoDbClient(env);
    options.instrument?.({ s3: pipelineS3, dynamodb: pipelineDynamo });

    await s3.send(new CreateBucketCommand({ Bucket: bucket })).catch(ignoreAlreadyExists);
    await createTable(dynamodb, table);
    const { deadLetterQueueUrl, queueUrl } = await createQueues(sqs, options.visibilityTimeoutSeconds ?? 5);

    const stopForwarding = forwardS3Events(s3rver, sqs, queueUrl);
    stops.push(async () => stopForwarding());

    const store = new DynamoDbSummaryStore({ tableName: table, client: pipelineDynamo, overflow: new S3BlobStore(pipelineS3, bucket) });
    process.env.POWERTOOLS_METRICS_DISABLED ??= "true";
    const logger = new Logger({ serviceName: "news-summary-local", logLevel: options.logLevel ?? "WARN" });
    const handler = makeIngestHandler({ logger, metrics: new Metrics({ namespace: "NewsSummary", serviceName: "news-summary-local" }), store, objects: new S3ObjectSource(pipelineS3) });
    const poller = new EventSourcePoller(sqs, queueUrl, handler, { concurrency: options.concurrency ?? 2, batchSize: PIPELINE_LIMITS.ingestBatchSize });
    poller.start();
    stops.push(() => poller.stop());

    const queryStore = new DynamoDbSummaryStore({ tableName: table, client: dynamodb, overflow: new S3BlobStore(s3, bucket) });
    const queryServer = await startQueryServer(queryStore, bucket, options.ports?.query ?? 0);
    stops.push(() => new Promise<void>((resolve) => queryServer.server.close(() => resolve())));

    return {
      bucket,
      table,
      queueUrl,
      deadLetterQueueUrl,
      queryUrl: queryServer.url,
      env,
      s3,
      dynamodb,
      sqs,
      store: queryStore,
      poller,
      async stop() {
        for (const stop of stops.reverse()) await stop().catch(() => undefined);
        if (temporary) rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    throw e;
  }
}

async function createTable(dynamodb: DynamoDBClient, table: string): Promise<void> {
  const index = TABLE_SCHEMA.indexes[0];
  await dynamodb
    .send(
      new CreateTableCommand({
        TableName: table,
        BillingMode: "PAY_PER_REQUEST",
        AttributeDefinitions: [TABLE_SCHEMA.partitionKey, TABLE_SCHEMA.sortKey, index.partitionKey, index.sortKey].map((name) => ({
          AttributeName: name,
          AttributeType: "S",
        })),
        KeySchema: [
          { AttributeName: TABLE_SCHEMA.partitionKey, KeyType: "HASH" },
          { AttributeName: TABLE_SCHEMA.sortKey, KeyType: "RANGE" },
        ],
        GlobalSecondaryIndexes: TABLE_SCHEMA.indexes.map((gsi) => ({
          IndexName: gsi.name,
          KeySchema: [
            { AttributeName: gsi.partitionKey, KeyType: "HASH" },
            { AttributeName: gsi.sortKey, KeyType: "RANGE" },
          ],
          Projection: { ProjectionType: "INCLUDE", NonKeyAttributes: [...gsi.nonKeyAttributes] },
        })),
      }),
    )
    .catch(ignoreAlreadyExists);
}

async function createQueues(sqs: SQSClient, visibilityTimeoutSeconds: number) {
  const dlq = await sqs.send(new CreateQueueCommand({ QueueName: "news-articles-dlq" }));
  const dlqArn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: dlq.QueueUrl, AttributeNames: ["QueueArn"] }))).Attributes!.QueueArn;
  const queue = await sqs.send(
    new CreateQueueCommand({
      QueueName: "news-articles",
      Attributes: {
        VisibilityTimeout: String(visibilityTimeoutSeconds),
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: PIPELINE_LIMITS.maxReceiveCount }),
      },
    }),
  );
  return { queueUrl: queue.QueueUrl!, deadLetterQueueUrl: dlq.QueueUrl! };
}

function ignoreAlreadyExists(e: { name?: string }): void {
  if (!["ResourceInUseException", "BucketAlreadyOwnedByYou", "BucketAlreadyExists"].includes(e.name ?? "")) throw e;
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
