import { Logger } from "@aws-lambda-powertools/logger";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { clientEnvFromProcess, makeDynamoDbClient, makeS3Client } from "../shared/aws/clients";
import { handleQuery } from "../shared/query/query-api";
import { DynamoDbSummaryStore } from "../shared/store/dynamodb-summary-store";
import { S3BlobStore } from "../shared/store/s3-blob-store";

/** Function URL -> the read-only query API. */
const logger = new Logger();
const env = clientEnvFromProcess();
const bucket = process.env.BUCKET_NAME ?? "";
const store = new DynamoDbSummaryStore({
  tableName: process.env.TABLE_NAME ?? "",
  client: makeDynamoDbClient(env),
  overflow: new S3BlobStore(makeS3Client(env), process.env.SUMMARIES_BUCKET_NAME ?? ""),
});

export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
  const request = { method: event.requestContext?.http?.method ?? "GET", path: event.rawPath ?? "/", query: event.queryStringParameters ?? {} };
  try {
    const response = await handleQuery(request, store, bucket);
    logger.info("query", { path: request.path, status: response.status });
    if (response.headers) return { statusCode: response.status, headers: response.headers, body: String(response.body) };
    return { statusCode: response.status, headers: { "content-type": "application/json" }, body: JSON.stringify(response.body) };
  } catch (e) {
    logger.error("query failed", { path: request.path, error: (e as Error).name, message: (e as Error).message });
    return { statusCode: 500, headers: { "content-type": "application/json" }, body: JSON.stringify({ error: "internal error; see the function logs" }) };
  }
};
