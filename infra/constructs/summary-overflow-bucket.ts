import { RemovalPolicy } from "aws-cdk-lib";
import * as s3 from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";

export interface SummaryOverflowBucketProps {
  /** Development stack: the bucket and its objects go with the stack. */
  readonly dev: boolean;
  /** Where its server access logs go (the articles' log bucket). */
  readonly accessLogs: s3.IBucket;
}

/**
 * Summaries too large for one DynamoDB item. A bucket of its own, with no
 * notifications: whatever the pipeline writes here can never trigger ingest,
 * while every object in the articles bucket is an article.
 */
export class SummaryOverflowBucket extends Construct {
  readonly bucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: SummaryOverflowBucketProps) {
    super(scope, id);
    this.bucket = new s3.Bucket(this, "Bucket", {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: "summaries/",
      ...(props.dev ? { removalPolicy: RemovalPolicy.DESTROY, autoDeleteObjects: true } : { removalPolicy: RemovalPolicy.RETAIN, autoDeleteObjects: false }),
    });
  }
}
