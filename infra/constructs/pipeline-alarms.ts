import { Duration } from "aws-cdk-lib";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import type * as lambda from "aws-cdk-lib/aws-lambda";
import type * as sqs from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";

export interface PipelineAlarmsProps {
  readonly deadLetterQueue: sqs.IQueue;
  readonly ingestFunction: lambda.IFunction;
}

/**
 * Alarms that mean "an article did not make it". They carry no actions: attach an SNS topic
 * or a chatbot per account (`alarm.addAlarmAction`).
 */
export class PipelineAlarms extends Construct {
  readonly deadLetters: cloudwatch.Alarm;
  readonly ingestErrors: cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: PipelineAlarmsProps) {
    super(scope, id);
    // One parked message is one article nobody will see until someone redrives it.
    this.deadLetters = props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: "Maximum" }).createAlarm(this, "DeadLetters", {
      alarmDescription: "Article events in the dead-letter queue: fix the cause, then run `news-summary redrive`.",
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    // Per-record failures are reported as batch item failures, so an invocation error means the whole handler failed.
    this.ingestErrors = props.ingestFunction.metricErrors({ period: Duration.minutes(5), statistic: "Sum" }).createAlarm(this, "IngestErrors", {
      alarmDescription: "The ingest function failed whole invocations (crash or timeout); see its log group.",
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
  }
}
