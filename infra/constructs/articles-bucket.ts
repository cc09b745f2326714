import { Duration, RemovalPolicy, Stack, Validations } from "aws-cdk-lib";
import * as s3 from "aws-cdk-lib/aws-s3";
import * as s3n from "aws-cdk-lib/aws-s3-notifications";
import type * as sqs from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";

export interface ArticlesBucketProps {
  /** Development stack: both buckets and their objects go with the stack. */
  readonly dev: boolean;
  /** Receives ObjectCreated and ObjectRemoved events for every object. */
  readonly events: sqs.IQueue;
}

/** The articles bucket, its server access logs bucket, and the article events it sends to the queue. */
export class ArticlesBucket extends Construct {
  readonly bucket: s3.Bucket;
  readonly accessLogs: s3.Bucket;

  constructor(scope: Construct, id: string, props: ArticlesBucketProps) {
    super(scope, id);
    // Grant log delivery through a bucket policy: ACLs stay disabled (BucketOwnerEnforced) on both buckets.
    this.node.setContext("@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy", true);
    const lifetime = props.dev
      ? { removalPolicy: RemovalPolicy.DESTROY, autoDeleteObjects: true }
      : { removalPolicy: RemovalPolicy.RETAIN, autoDeleteObjects: false };
    const baseline = {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      ...lifetime,
    };

    this.accessLogs = new s3.Bucket(this, "AccessLogs", {
      ...baseline,
      lifecycleRules: [{ expiration: Duration.days(365) }],
    });

    this.bucket = new s3.Bucket(this, "Bucket", {
      ...baseline,
      versioned: true,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: "articles/",
      // Versioning keeps every overwrite; old versions only matter while their events are in flight.
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }],
    });

    // No filter: S3 suffix filters are case-sensitive and know nothing of content, so `.TXT`, `.xml` or a
    // key with no suffix would never get a status. Ingest reads the format from the bytes; the pipeline
    // writes its own outputs to another bucket (SummaryOverflowBucket).
    const destination = new s3n.SqsDestination(props.events);
    this.bucket.addEventNotification(s3.EventType.OBJECT_CREATED, destination);
    this.bucket.addEventNotification(s3.EventType.OBJECT_REMOVED, destination);
    acknowledgeNotificationsHandler(Stack.of(this));
  }
}

/** The stack-wide singleton Lambda that CDK uses to configure bucket notifications (deploy time only). */
function acknowledgeNotificationsHandler(stack: Stack): void {
  const handler = stack.node.tryFindChild("BucketNotificationsHandler050a0587b7544547bf325f094a3db834");
  if (!handler) return;
  Validations.of(handler).acknowledge({
    id: "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
    reason: "CDK's own bucket-notifications custom resource handler (deploy time only); aws-s3 generates its role with this managed policy for its logs and offers no way to replace it.",
  });
}
