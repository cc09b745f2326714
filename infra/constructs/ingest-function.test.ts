import * as s3 from "aws-cdk-lib/aws-s3";
import * as sqs from "aws-cdk-lib/aws-sqs";
import { Match, Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { logicalIdOf, roleActions, roleStatements, testStack } from "../test-stack";
import { IngestFunction } from "./ingest-function";
import { SummariesTable } from "./summaries-table";

function build(maxConcurrency = 10) {
  const stack = testStack();
  const bucket = new s3.Bucket(stack, "Articles");
  const overflow = new s3.Bucket(stack, "Overflow");
  const summaries = new SummariesTable(stack, "Summaries", { dev: false });
  const queue = new sqs.Queue(stack, "Events");
  const construct = new IngestFunction(stack, "Ingest", { dev: false, bucket, overflow, summaries, queue, maxConcurrency });
  const template = Template.fromStack(stack);
  const fn = template.toJSON().Resources[logicalIdOf(stack, construct.function)];
  const role = (fn.Properties.Role as { "Fn::GetAtt": [string, string] })["Fn::GetAtt"][0];
  return { stack, bucket, overflow, summaries, queue, construct, template, fn, role };
}

describe("IngestFunction", () => {
  it("runs the ingest handler on Node 24 arm64 with 512 MB and 60 s", () => {
    const { fn } = build();
    expect(fn.Properties).toMatchObject({ Runtime: "nodejs24.x", Architectures: ["arm64"], MemorySize: 512, Timeout: 60, Handler: "index.handler" });
  });

  it("gets the table, buckets and Powertools settings from its environment", () => {
    const { stack, bucket, overflow, summaries, fn } = build();
    expect(fn.Properties.Environment.Variables).toMatchObject({
      TABLE_NAME: { Ref: logicalIdOf(stack, summaries.table) },
      BUCKET_NAME: { Ref: logicalIdOf(stack, bucket) },
      SUMMARIES_BUCKET_NAME: { Ref: logicalIdOf(stack, overflow) },
      POWERTOOLS_SERVICE_NAME: "news-summary",
      POWERTOOLS_METRICS_NAMESPACE: "NewsSummary",
      LOG_LEVEL: expect.any(String),
    });
  });

  it("consumes the queue in batches that report item failures, with bounded concurrency", () => {
    const { stack, queue, template } = build(17);
    template.hasResourceProperties("AWS::Lambda::EventSourceMapping", {
      EventSourceArn: { "Fn::GetAtt": [logicalIdOf(stack, queue), "Arn"] },
      BatchSize: 10,
      MaximumBatchingWindowInSeconds: 1,
      FunctionResponseTypes: ["ReportBatchItemFailures"],
      ScalingConfig: { MaximumConcurrency: 17 },
    });
  });

  it("may read articles, write the table and its summaries/ objects, consume the queue, and write its own logs: nothing else", () => {
    const { role, template } = build();
    expect(roleActions(template, role)).toEqual(
      [
        "dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:DeleteItem", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:UpdateItem",
        "logs:CreateLogStream", "logs:PutLogEvents",
        "s3:DeleteObject", "s3:GetObject", "s3:GetObjectVersion", "s3:ListBucket", "s3:PutObject",
        "sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ReceiveMessage",
      ].sort(),
    );
    expect(template.toJSON().Resources[role].Properties.ManagedPolicyArns).toBeUndefined();
  });

  it("writes to S3 only under summaries/ of the overflow bucket and never touches the table's indexes", () => {
    const { stack, overflow, summaries, role, template } = build();
    const statements = roleStatements(template, role);
    const writes = statements.filter((s) => [s.Action].flat().some((a) => a === "s3:PutObject" || a === "s3:DeleteObject"));
    expect(writes.map((s) => s.Resource)).toEqual([{ "Fn::Join": ["", [{ "Fn::GetAtt": [logicalIdOf(stack, overflow), "Arn"] }, "/summaries/*"]] }]);
    const dynamo = statements.filter((s) => [s.Action].flat().some((a) => a.startsWith("dynamodb:")));
    expect(dynamo.flatMap((s) => [s.Resource].flat())).toEqual([{ "Fn::GetAtt": [logicalIdOf(stack, summaries.table), "Arn"] }]);
  });

  it("logs to its own log group with a retention", () => {
    const { fn, template } = build();
    const logGroup = fn.Properties.LoggingConfig.LogGroup.Ref as string;
    expect(template.toJSON().Resources[logGroup].Properties.RetentionInDays).toBeGreaterThan(0);
    template.hasResourceProperties("AWS::IAM::Policy", {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Resource: { "Fn::GetAtt": [logGroup, "Arn"] } })]) },
    });
  });
});
