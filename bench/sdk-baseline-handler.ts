/**
 * The cold-start baseline that isolates our own cost: a handler that loads the
 * same AWS SDK clients as the ingest function, built by the same factories,
 * and does the least I/O any ingest must do (read the object, write one item).
 * Ingest's cold start against this one is what our code and data add.
 */
import { GetObjectCommand } from "@aws-sdk/client-s3";
import { PutItemCommand } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { clientEnvFromProcess, makeDynamoDbClient, makeS3Client } from "../shared/aws/clients";

const env = clientEnvFromProcess();
const s3 = makeS3Client(env);
const dynamodb = makeDynamoDbClient(env);
// Constructed like the store's, so the baseline loads lib-dynamodb too.
DynamoDBDocumentClient.from(dynamodb);

export async function handler(event: { Records: { body: string }[] }): Promise<{ batchItemFailures: never[] }> {
  for (const record of event.Records) {
    const s3Event = JSON.parse(record.body) as { Records: { s3: { bucket: { name: string }; object: { key: string } } }[] };
    for (const r of s3Event.Records) {
      const key = decodeURIComponent(r.s3.object.key.replace(/\+/g, " "));
      const object = await s3.send(new GetObjectCommand({ Bucket: r.s3.bucket.name, Key: key }));
      await object.Body!.transformToByteArray();
      await dynamodb.send(new PutItemCommand({ TableName: process.env.TABLE_NAME, Item: { pk: { S: "BENCH#baseline" }, sk: { S: key } } }));
    }
  }
  return { batchItemFailures: [] };
}
