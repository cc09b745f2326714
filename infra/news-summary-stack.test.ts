import { Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { createApp } from "./news-summary-app";
import { NO_BUNDLING, testOutdir } from "./test-stack";

function synth(context: Record<string, unknown> = {}) {
  const { stack } = createApp({ context: { ...NO_BUNDLING, ...context }, outdir: testOutdir() });
  return Template.fromStack(stack);
}

describe("NewsSummaryStack", { timeout: 180_000 }, () => {
  const template = synth();
  const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: Record<string, never>; DeletionPolicy?: string }>;
  const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);

  it("exports what the CLI reads, under fixed output keys", () => {
    expect(Object.keys(template.toJSON().Outputs).sort()).toEqual(["BucketName", "DeadLetterQueueUrl", "QueryUrl", "QueueUrl", "SummariesBucketName", "TableName"]);
    const outputs = template.toJSON().Outputs;
    expect(resources[outputs.BucketName.Value.Ref].Type).toBe("AWS::S3::Bucket");
    expect(resources[outputs.TableName.Value.Ref].Type).toBe("AWS::DynamoDB::Table");
    expect(resources[outputs.QueueUrl.Value.Ref].Type).toBe("AWS::SQS::Queue");
    expect(resources[outputs.DeadLetterQueueUrl.Value.Ref].Type).toBe("AWS::SQS::Queue");
    expect(outputs.QueryUrl.Value["Fn::GetAtt"][1]).toBe("FunctionUrl");
  });

  it("sends bucket events to the queue the ingest function consumes, which parks failures in the alarmed DLQ", () => {
    const outputs = template.toJSON().Outputs;
    const [, notifications] = ofType("Custom::S3BucketNotifications")[0];
    const targets = new Set((notifications.Properties.NotificationConfiguration as { QueueConfigurations: Array<{ QueueArn: { "Fn::GetAtt": string[] } }> }).QueueConfigurations.map((c) => c.QueueArn["Fn::GetAtt"][0]));
    expect([...targets]).toEqual([outputs.QueueUrl.Value.Ref]);
    const [, mapping] = ofType("AWS::Lambda::EventSourceMapping")[0];
    expect((mapping.Properties.EventSourceArn as { "Fn::GetAtt": string[] })["Fn::GetAtt"][0]).toBe(outputs.QueueUrl.Value.Ref);
    template.hasResourceProperties("AWS::CloudWatch::Alarm", { Dimensions: [{ Name: "QueueName", Value: { "Fn::GetAtt": [outputs.DeadLetterQueueUrl.Value.Ref, "QueueName"] } }] });
  });

  it("gives messages at least 6x the ingest timeout before redelivery", () => {
    const outputs = template.toJSON().Outputs;
    const [, mapping] = ofType("AWS::Lambda::EventSourceMapping")[0];
    const ingest = resources[(mapping.Properties.FunctionName as { Ref: string }).Ref];
    const queue = resources[outputs.QueueUrl.Value.Ref];
    expect(queue.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * (ingest.Properties.Timeout as number));
  });

  it("defaults to retained data, an IAM-protected URL and ingest concurrency 10", () => {
    expect(ofType("AWS::DynamoDB::Table").every(([, r]) => r.DeletionPolicy === "Retain")).toBe(true);
    expect(ofType("AWS::S3::Bucket").every(([, r]) => r.DeletionPolicy === "Retain")).toBe(true);
    template.hasResourceProperties("AWS::Lambda::Url", { AuthType: "AWS_IAM" });
    template.hasResourceProperties("AWS::Lambda::EventSourceMapping", { ScalingConfig: { MaximumConcurrency: 10 } });
  });

  it("follows the typed context: dev destroys data, publicQuery opens the URL, ingestMaxConcurrency bounds ingest", () => {
    const dev = synth({ dev: "true", publicQuery: "true", ingestMaxConcurrency: "40" });
    const devResources = Object.values(dev.toJSON().Resources) as Array<{ Type: string; DeletionPolicy?: string }>;
    for (const type of ["AWS::DynamoDB::Table", "AWS::S3::Bucket", "AWS::Logs::LogGroup"]) {
      expect(devResources.filter((r) => r.Type === type).every((r) => r.DeletionPolicy === "Delete"), type).toBe(true);
    }
    dev.hasResourceProperties("AWS::Lambda::Url", { AuthType: "NONE" });
    dev.hasResourceProperties("AWS::Lambda::EventSourceMapping", { ScalingConfig: { MaximumConcurrency: 40 } });
  });

  it("refuses a mistyped context value", () => {
    expect(() => synth({ publicQuery: "yes" })).toThrow(/publicQuery/);
  });
});
