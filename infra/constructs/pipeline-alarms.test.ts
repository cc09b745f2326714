import * as lambda from "aws-cdk-lib/aws-lambda";
import * as sqs from "aws-cdk-lib/aws-sqs";
import { Template } from "aws-cdk-lib/assertions";
import { describe, it } from "vitest";
import { logicalIdOf, testStack } from "../test-stack";
import { PipelineAlarms } from "./pipeline-alarms";

function build() {
  const stack = testStack();
  const deadLetterQueue = new sqs.Queue(stack, "Dlq");
  const ingestFunction = new lambda.Function(stack, "Fn", { runtime: lambda.Runtime.NODEJS_24_X, handler: "index.handler", code: lambda.Code.fromInline("exports.handler=()=>{}") });
  new PipelineAlarms(stack, "Alarms", { deadLetterQueue, ingestFunction });
  return { stack, deadLetterQueue, ingestFunction, template: Template.fromStack(stack) };
}

describe("PipelineAlarms", () => {
  it("alarms as soon as one message sits in the dead-letter queue", () => {
    const { stack, deadLetterQueue, template } = build();
    template.hasResourceProperties("AWS::CloudWatch::Alarm", {
      Namespace: "AWS/SQS",
      MetricName: "ApproximateNumberOfMessagesVisible",
      Dimensions: [{ Name: "QueueName", Value: { "Fn::GetAtt": [logicalIdOf(stack, deadLetterQueue), "QueueName"] } }],
      ComparisonOperator: "GreaterThanOrEqualToThreshold",
      Threshold: 1,
      EvaluationPeriods: 1,
    });
  });

  it("alarms on failed ingest invocations", () => {
    const { stack, ingestFunction, template } = build();
    template.hasResourceProperties("AWS::CloudWatch::Alarm", {
      Namespace: "AWS/Lambda",
      MetricName: "Errors",
      Dimensions: [{ Name: "FunctionName", Value: { Ref: logicalIdOf(stack, ingestFunction) } }],
      ComparisonOperator: "GreaterThanOrEqualToThreshold",
      Threshold: 1,
    });
  });
});
