import dynalite from "dynalite";
import { startFauxqs } from "fauxqs";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { makeDynamoDbClient, makeS3Client } from "../shared/aws/clients";
import { makeSqsClient } from "../shared/aws/sqs-client";
import { watchEmulators } from "./emulator-watchdog";
import { emulatorProbes, LOCAL_CREDENTIALS } from "./local-stack";

/** Real emulators on loopback, probed through the real SDK clients; one of them is then stopped. */
async function startEmulators() {
  const fauxqs = await startFauxqs({ port: 0, logger: false, host: "127.0.0.1" });
  const dynamo = dynalite({ createTableMs: 0 });
  await new Promise<void>((resolve) => dynamo.listen(0, "127.0.0.1", resolve));
  const endpoints = { s3sqs: `http://127.0.0.1:${fauxqs.port}`, dynamodb: `http://127.0.0.1:${(dynamo.address() as AddressInfo).port}` };
  // One attempt per check: the SDK's own retries would only slow the verdict down.
  const env = { region: "us-east-1", s3Endpoint: endpoints.s3sqs, sqsEndpoint: endpoints.s3sqs, dynamodbEndpoint: endpoints.dynamodb, credentials: LOCAL_CREDENTIALS };
  const clients = { s3: makeS3Client(env), sqs: makeSqsClient(env), dynamodb: makeDynamoDbClient(env) };
  for (const client of Object.values(clients)) client.config.maxAttempts = async () => 1;
  const probes = emulatorProbes(clients, endpoints);
  const stop = async () => {
    await fauxqs.stop().catch(() => undefined);
    await new Promise((resolve) => dynamo.close(resolve));
  };
  return { fauxqs, dynamo, probes, stop };
}

function deadWithin(probes: Parameters<typeof watchEmulators>[0], ms: number): Promise<{ name: string; reason: string } | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      stopWatching();
      resolve(null);
    }, ms);
    const stopWatching = watchEmulators(
      probes,
      (name, reason) => {
        clearTimeout(timer);
        resolve({ name, reason });
      },
      { intervalMs: 100, failures: 2, timeoutMs: 1_000 },
    );
  });
}

describe("emulator watchdog", () => {
  it("stays quiet while every emulator answers", async () => {
    const emulators = await startEmulators();
    try {
      expect(await deadWithin(emulators.probes, 1_000)).toBeNull();
    } finally {
      await emulators.stop();
    }
  });

  it("names DynamoDB when dynalite stops answering", async () => {
    const emulators = await startEmulators();
    try {
      emulators.dynamo.close();
      emulators.dynamo.closeAllConnections();
      const dead = await deadWithin(emulators.probes, 10_000);
      expect(dead?.name).toMatch(/^dynalite DynamoDB \(http:\/\/127\.0\.0\.1:\d+\)$/);
      expect(dead?.reason.length).toBeGreaterThan(0);
    } finally {
      await emulators.stop();
    }
  });

  it("names fauxqs when the S3 and SQS emulator stops", async () => {
    const emulators = await startEmulators();
    try {
      await emulators.fauxqs.stop();
      const dead = await deadWithin(emulators.probes, 10_000);
      expect(dead?.name).toMatch(/^fauxqs (S3|SQS) /);
    } finally {
      await emulators.stop();
    }
  });
});
