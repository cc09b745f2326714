import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { S3Client } from "@aws-sdk/client-s3";
import type { SQSClient } from "@aws-sdk/client-sqs";
import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { makeDynamoDbClient, makeS3Client, type ClientEnv } from "../shared/aws/clients";
import { makeSqsClient } from "../shared/aws/sqs-client";
import { makeIngestHandler } from "../shared/ingest/ingest-handler";
import { S3ObjectSource } from "../shared/ingest/s3-object-source";
import { PIPELINE_LIMITS } from "../shared/pipeline-config";
import { DynamoDbSummaryStore } from "../shared/store/dynamodb-summary-store";
import { S3BlobStore } from "../shared/store/s3-blob-store";
import { EventSourcePoller } from "./event-source-poller";
import { startQueryServer } from "./query-server";

// This machine class runs Node 20; the SDK's upgrade notice would bury the lines scripts read.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

export interface RuntimeOptions {
  /** Parallel ingest invocations, like the Lambda's maxConcurrency. */
  concurrency?: number;
  logLevel?: "DEBUG" | "INFO" | "WARN" | "ERROR" | "SILENT";
  queryPort?: number;
  /** Wrap the clients the pipeline uses (fault injection in tests). */
  instrument?: (clients: { s3: S3Client; dynamodb: DynamoDBClient }) => void;
}

export interface Stack {
  backend: "emulators" | "moto";
  bucket: string;
  /** Where summaries too large for one item go: a bucket of their own, so they never trigger ingest. */
  overflowBucket: string;
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
 * What runs on top of any AWS-compatible backend: the ingest handler the
 * Lambda runs, fed by a poller that plays the SQS event source mapping, and
 * the query API on 127.0.0.1.
 */
export async function startPipelineRuntime(
  env: Stack["env"],
  resources: { bucket: string; overflowBucket: string; table: string; queueUrl: string },
  options: RuntimeOptions,
  stops: (() => Promise<void>)[],
) {
  const s3 = makeS3Client(env);
  const dynamodb = makeDynamoDbClient(env);
  const sqs = makeSqsClient(env);
  // The pipeline gets clients of its own, so faults injected into them stay out of the control plane.
  const pipelineS3 = makeS3Client(env);
  const pipelineDynamo = makeDynamoDbClient(env);
  options.instrument?.({ s3: pipelineS3, dynamodb: pipelineDynamo });

  process.env.POWERTOOLS_METRICS_DISABLED ??= "true";
  const handler = makeIngestHandler({
    logger: new Logger({ serviceName: "news-summary-local", logLevel: options.logLevel ?? "WARN" }),
    metrics: new Metrics({ namespace: "NewsSummary", serviceName: "news-summary-local" }),
    store: new DynamoDbSummaryStore({ tableName: resources.table, client: pipelineDynamo, overflow: new S3BlobStore(pipelineS3, resources.overflowBucket) }),
    objects: new S3ObjectSource(pipelineS3),
  });
  const poller = new EventSourcePoller(sqs, resources.queueUrl, handler, { concurrency: options.concurrency ?? 2, batchSize: PIPELINE_LIMITS.ingestBatchSize });
  poller.start();
  stops.push(() => poller.stop());

  const store = new DynamoDbSummaryStore({ tableName: resources.table, client: dynamodb, overflow: new S3BlobStore(s3, resources.overflowBucket) });
  const queryServer = await startQueryServer(store, resources.bucket, options.queryPort ?? 0);
  stops.push(() => new Promise<void>((resolve) => queryServer.server.close(() => resolve())));
  return { s3, dynamodb, sqs, store, poller, queryUrl: queryServer.url };
}
