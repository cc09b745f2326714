import { PutBucketNotificationConfigurationCommand } from "@aws-sdk/client-s3";
import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { makeDynamoDbClient, makeS3Client } from "../shared/aws/clients";
import { makeSqsClient } from "../shared/aws/sqs-client";
import { startPipelineRuntime, type RuntimeOptions, type Stack } from "./pipeline-runtime";
import { provision } from "./provision";

/** True when Python moto's server is on this machine. */
export function motoAvailable(): boolean {
  return spawnSync("moto_server", ["--help"], { stdio: "ignore" }).status === 0;
}

/**
 * The same pipeline over moto_server, a third-party AWS implementation:
 * here S3 itself sends the bucket notifications to SQS, as in AWS.
 */
export async function startMotoStack(options: RuntimeOptions & { visibilityTimeoutSeconds?: number } = {}): Promise<Stack> {
  const port = await freePort();
  const server = spawn("moto_server", ["-H", "127.0.0.1", "-p", String(port)], { stdio: "ignore" });
  const stops: (() => Promise<void>)[] = [
    async () => {
      server.kill("SIGTERM");
    },
  ];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  };
  try {
    const endpoint = `http://127.0.0.1:${port}`;
    await waitForHttp(`${endpoint}/moto-api/`, 20_000);
    const env = { region: "us-east-1", s3Endpoint: endpoint, dynamodbEndpoint: endpoint, sqsEndpoint: endpoint, credentials: { accessKeyId: "testing", secretAccessKey: "testing" } };
    const control = { s3: makeS3Client(env), dynamodb: makeDynamoDbClient(env), sqs: makeSqsClient(env) };
    const bucket = "news-articles";
    const overflowBucket = `${bucket}-summaries`;
    const table = "news-summaries";
    const queues = await provision(control, { buckets: [bucket, overflowBucket], table, queue: "news-articles" }, options.visibilityTimeoutSeconds ?? 5);
    // Unversioned: moto sends no event when a versioned bucket gets a delete marker (AWS does).
    // No filter, as in the CDK stack: every object gets a status, and the format is read from content.
    await control.s3.send(
      new PutBucketNotificationConfigurationCommand({
        Bucket: bucket,
        NotificationConfiguration: {
          QueueConfigurations: [{ QueueArn: queues.queueArn, Events: ["s3:ObjectCreated:*", "s3:ObjectRemoved:*"] }],
        },
      }),
    );
    const runtime = await startPipelineRuntime(env, { bucket, overflowBucket, table, queueUrl: queues.queueUrl }, options, stops);
    return { backend: "moto", bucket, overflowBucket, table, queueUrl: queues.queueUrl, deadLetterQueueUrl: queues.deadLetterQueueUrl, env, ...runtime, stop: stopAll };
  } catch (e) {
    await stopAll();
    throw e;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`moto_server did not start within ${timeoutMs} ms`);
}
