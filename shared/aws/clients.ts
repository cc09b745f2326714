import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { S3Client } from "@aws-sdk/client-s3";

/**
 * AWS clients configured from the environment. AWS_ENDPOINT_URL_<SERVICE>
 * points them at local emulators; against an emulator S3 uses path-style
 * URLs and only sends checksums when required (s3rver stores aws-chunked
 * bodies corrupted).
 */
export interface ClientEnv {
  region?: string;
  s3Endpoint?: string;
  dynamodbEndpoint?: string;
  sqsEndpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

export function clientEnvFromProcess(env: NodeJS.ProcessEnv = process.env): ClientEnv {
  return {
    region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? "us-east-1",
    s3Endpoint: env.AWS_ENDPOINT_URL_S3 ?? env.AWS_ENDPOINT_URL,
    dynamodbEndpoint: env.AWS_ENDPOINT_URL_DYNAMODB ?? env.AWS_ENDPOINT_URL,
    sqsEndpoint: env.AWS_ENDPOINT_URL_SQS ?? env.AWS_ENDPOINT_URL,
  };
}

/** Retries transient errors (throttling, 5xx, timeouts) with exponential backoff and full jitter. */
const RETRY = { maxAttempts: 5 } as const;

/** What every client shares: region, retries, and credentials when given. */
export function baseConfig(env: ClientEnv) {
  return { region: env.region, ...RETRY, ...(env.credentials ? { credentials: env.credentials } : {}) };
}

export function makeS3Client(env: ClientEnv): S3Client {
  return new S3Client({
    ...baseConfig(env),
    ...(env.s3Endpoint
      ? { endpoint: env.s3Endpoint, forcePathStyle: true, requestChecksumCalculation: "WHEN_REQUIRED", responseChecksumValidation: "WHEN_REQUIRED" }
      : {}),
  });
}

export function makeDynamoDbClient(env: ClientEnv): DynamoDBClient {
  return new DynamoDBClient({
    ...baseConfig(env),
    ...(env.dynamodbEndpoint ? { endpoint: env.dynamodbEndpoint } : {}),
  });
}

