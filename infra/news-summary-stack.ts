import { CfnOutput, Stack, type StackProps } from "aws-cdk-lib";
import type { Construct } from "constructs";
import { ArticleQueue } from "./constructs/article-queue";
import { ArticlesBucket } from "./constructs/articles-bucket";
import { INGEST_TIMEOUT, IngestFunction } from "./constructs/ingest-function";
import { PipelineAlarms } from "./constructs/pipeline-alarms";
import { QueryFunction } from "./constructs/query-function";
import { SummariesTable } from "./constructs/summaries-table";
import { SummaryOverflowBucket } from "./constructs/summary-overflow-bucket";
import { readStackContext } from "./context";

/** The stack name the CLI looks up outputs under, unless told otherwise. */
export const STACK_NAME = "NewsSummary";

/** S3 -> SQS -> ingest Lambda -> DynamoDB -> query Function URL. */
export class NewsSummaryStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    const context = readStackContext(this);

    const queue = new ArticleQueue(this, "ArticleQueue", { consumerTimeout: INGEST_TIMEOUT });
    const articles = new ArticlesBucket(this, "Articles", { dev: context.dev, events: queue.queue });
    const overflow = new SummaryOverflowBucket(this, "SummaryOverflow", { dev: context.dev, accessLogs: articles.accessLogs });
    const summaries = new SummariesTable(this, "Summaries", { dev: context.dev });
    const ingest = new IngestFunction(this, "Ingest", {
      dev: context.dev,
      bucket: articles.bucket,
      overflow: overflow.bucket,
      summaries,
      queue: queue.queue,
      maxConcurrency: context.ingestMaxConcurrency,
    });
    const query = new QueryFunction(this, "Query", {
      dev: context.dev,
      bucket: articles.bucket,
      overflow: overflow.bucket,
      summaries,
      publicAccess: context.publicQuery,
    });
    new PipelineAlarms(this, "Alarms", { deadLetterQueue: queue.deadLetterQueue, ingestFunction: ingest.function });

    // Output keys are read by the CLI (query, redrive, reindex): keep the names.
    new CfnOutput(this, "BucketName", { value: articles.bucket.bucketName, description: "Drop articles here" });
    new CfnOutput(this, "SummariesBucketName", { value: overflow.bucket.bucketName, description: "Summaries too large for one DynamoDB item" });
    new CfnOutput(this, "QueryUrl", { value: query.url.url, description: "Query API Function URL" });
    new CfnOutput(this, "TableName", { value: summaries.table.tableName });
    new CfnOutput(this, "QueueUrl", { value: queue.queue.queueUrl });
    new CfnOutput(this, "DeadLetterQueueUrl", { value: queue.deadLetterQueue.queueUrl });
  }
}
