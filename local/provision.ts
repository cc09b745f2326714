import { CreateTableCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { CreateBucketCommand, type S3Client } from "@aws-sdk/client-s3";
import { CreateQueueCommand, GetQueueAttributesCommand, type SQSClient } from "@aws-sdk/client-sqs";
import { PIPELINE_LIMITS } from "../shared/pipeline-config";
import { TABLE_SCHEMA } from "../shared/store/table-schema";

/** Creates the buckets (articles, then summary overflow), the table (from the same TABLE_SCHEMA the CDK stack uses) and the queues with their redrive policy. */
export async function provision(
  clients: { s3: S3Client; dynamodb: DynamoDBClient; sqs: SQSClient },
  names: { buckets: string[]; table: string; queue: string },
  visibilityTimeoutSeconds: number,
): Promise<{ queueUrl: string; queueArn: string; deadLetterQueueUrl: string }> {
  for (const bucket of names.buckets) await clients.s3.send(new CreateBucketCommand({ Bucket: bucket })).catch(ignoreAlreadyExists);
  await createTable(clients.dynamodb, names.table);
  const dlq = await clients.sqs.send(new CreateQueueCommand({ QueueName: `${names.queue}-dlq` }));
  const dlqArn = await queueArn(clients.sqs, dlq.QueueUrl!);
  const queue = await clients.sqs.send(
    new CreateQueueCommand({
      QueueName: names.queue,
      Attributes: {
        VisibilityTimeout: String(visibilityTimeoutSeconds),
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: PIPELINE_LIMITS.maxReceiveCount }),
      },
    }),
  );
  return { queueUrl: queue.QueueUrl!, queueArn: await queueArn(clients.sqs, queue.QueueUrl!), deadLetterQueueUrl: dlq.QueueUrl! };
}

async function queueArn(sqs: SQSClient, url: string): Promise<string> {
  return (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ["QueueArn"] }))).Attributes!.QueueArn!;
}

/** The summaries table, from TABLE_SCHEMA (what the CDK stack declares); an existing one is kept. */
export async function createTable(dynamodb: DynamoDBClient, table: string): Promise<void> {
  const keys = [TABLE_SCHEMA.partitionKey, TABLE_SCHEMA.sortKey, ...TABLE_SCHEMA.indexes.flatMap((i) => [i.partitionKey, i.sortKey])];
  await dynamodb
    .send(
      new CreateTableCommand({
        TableName: table,
        BillingMode: "PAY_PER_REQUEST",
        AttributeDefinitions: keys.map((name) => ({ AttributeName: name, AttributeType: "S" })),
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

function ignoreAlreadyExists(e: { name?: string }): void {
  if (!["ResourceInUseException", "BucketAlreadyOwnedByYou", "BucketAlreadyExists"].includes(e.name ?? "")) throw e;
}
