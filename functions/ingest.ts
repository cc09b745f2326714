import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { clientEnvFromProcess, makeDynamoDbClient, makeS3Client } from "../shared/aws/clients";
import { makeIngestHandler } from "../shared/ingest/ingest-handler";
import { S3ObjectSource } from "../shared/ingest/s3-object-source";
import { DynamoDbSummaryStore } from "../shared/store/dynamodb-summary-store";
import { S3BlobStore } from "../shared/store/s3-blob-store";

/** S3 -> SQS -> here. Wiring only; the work is in shared/ingest. */
const env = clientEnvFromProcess();
const s3 = makeS3Client(env);

export const handler = makeIngestHandler({
  logger: new Logger(),
  metrics: new Metrics(),
  objects: new S3ObjectSource(s3),
  store: new DynamoDbSummaryStore({
    tableName: requiredEnv("TABLE_NAME"),
    client: makeDynamoDbClient(env),
    overflow: new S3BlobStore(s3, requiredEnv("SUMMARIES_BUCKET_NAME")),
  }),
});

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}
