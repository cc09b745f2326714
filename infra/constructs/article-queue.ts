import { PIPELINE_LIMITS } from "../../shared/pipeline-config";
import { Duration } from "aws-cdk-lib";
import * as sqs from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";

export interface ArticleQueueProps {
  /** The consumer's timeout; the visibility timeout is 6x it, as AWS advises for Lambda event sources. */
  readonly consumerTimeout: Duration;
  /** Receives before a message is parked in the dead-letter queue. */
  readonly maxReceiveCount?: number;
}

/** Buffers S3 article events for the ingest function; poison messages end in a dead-letter queue. */
export class ArticleQueue extends Construct {
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: ArticleQueueProps) {
    super(scope, id);
    this.deadLetterQueue = new sqs.Queue(this, "DeadLetterQueue", {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // The longest SQS allows: time for a person to read the alarm, fix the cause and redrive.
      retentionPeriod: Duration.days(14),
    });
    this.queue = new sqs.Queue(this, "Queue", {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // S3 event records with long keys are large; take the SQS maximum rather than risk a rejected send.
      maxMessageSizeBytes: 262_144,
      visibilityTimeout: Duration.seconds(props.consumerTimeout.toSeconds() * 6),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: props.maxReceiveCount ?? PIPELINE_LIMITS.maxReceiveCount },
    });
  }
}
