import { Duration } from "aws-cdk-lib";
import * as iam from "aws-cdk-lib/aws-iam";
import { SqsEventSource } from "aws-cdk-lib/aws-lambda-event-sources";
import * as nodejs from "aws-cdk-lib/aws-lambda-nodejs";
import type * as s3 from "aws-cdk-lib/aws-s3";
import type * as sqs from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";
import { PIPELINE_LIMITS, SUMMARIES_PREFIX } from "../../shared/pipeline-config";
import { FunctionRoleAndLogs } from "./function-role-and-logs";
import { nagArn } from "./nag-arn";
import type { SummariesTable } from "./summaries-table";
import { NODE_FUNCTION_DEFAULTS, POWERTOOLS_ENVIRONMENT, handlerEntry } from "./node-function-defaults";

/** The ingest timeout; the queue's visibility timeout is derived from it. */
export const INGEST_TIMEOUT = Duration.seconds(PIPELINE_LIMITS.ingestTimeoutSeconds);

export interface IngestFunctionProps {
  readonly dev: boolean;
  readonly bucket: s3.Bucket;
  /** Where summaries too large for one item go (SummaryOverflowBucket). */
  readonly overflow: s3.Bucket;
  readonly summaries: SummariesTable;
  readonly queue: sqs.IQueue;
  /** Bounds the concurrent invocations the event source starts, so a burst cannot exhaust DynamoDB or account concurrency. */
  readonly maxConcurrency: number;
}

/** Summarizes articles from the queue into the table. May read the articles, write the table and the overflow bucket, nothing more. */
export class IngestFunction extends Construct {
  readonly function: nodejs.NodejsFunction;

  constructor(scope: Construct, id: string, props: IngestFunctionProps) {
    super(scope, id);
    const access = new FunctionRoleAndLogs(this, "Access", { dev: props.dev });
    this.function = new nodejs.NodejsFunction(this, "Function", {
      ...NODE_FUNCTION_DEFAULTS,
      entry: handlerEntry("ingest"),
      description: "news-summary: S3 article events -> summaries in DynamoDB",
      memorySize: 512,
      timeout: INGEST_TIMEOUT,
      role: access.role,
      logGroup: access.logGroup,
      environment: { ...POWERTOOLS_ENVIRONMENT, TABLE_NAME: props.summaries.table.tableName,
        BUCKET_NAME: props.bucket.bucketName,
        SUMMARIES_BUCKET_NAME: props.overflow.bucketName,
      },
    });

    // Read any article version named by an event.
    this.function.addToRolePolicy(
      new iam.PolicyStatement({ actions: ["s3:GetObject", "s3:GetObjectVersion"], resources: [props.bucket.arnForObjects("*")] }),
    );
    // Without ListBucket, S3 answers 403 for a key deleted before it is read, and the record would retry to the DLQ instead of ending as "not found".
    this.function.addToRolePolicy(new iam.PolicyStatement({ actions: ["s3:ListBucket"], resources: [props.bucket.bucketArn] }));
    // Oversized summaries: written on ingest, deleted with their article, in a bucket that sends no events.
    this.function.addToRolePolicy(
      new iam.PolicyStatement({ actions: ["s3:PutObject", "s3:DeleteObject"], resources: [props.overflow.arnForObjects(`${SUMMARIES_PREFIX}*`)] }),
    );
    // Read too: idempotency and event ordering read the status item before writing.
    props.summaries.grantItemReadWrite(this.function);

    this.function.addEventSource(
      new SqsEventSource(props.queue, {
        batchSize: PIPELINE_LIMITS.ingestBatchSize,
        maxBatchingWindow: Duration.seconds(1),
        reportBatchItemFailures: true,
        maxConcurrency: props.maxConcurrency,
      }),
    );

    const bucket = props.bucket.node.defaultChild as s3.CfnBucket;
    access.acknowledgeWildcard(
      nagArn(bucket, "/*"),
      "Object keys are user-chosen article names: ingest must GetObject/GetObjectVersion any key the bucket notifies about (read-only).",
    );
    access.acknowledgeWildcard(
      nagArn(props.overflow.node.defaultChild as s3.CfnBucket, `/${SUMMARIES_PREFIX}*`),
      "Put/Delete limited to the summaries/ prefix, where ingest stores summaries too large for a DynamoDB item.",
    );
  }
}
