import * as s3 from "aws-cdk-lib/aws-s3";
import { Match, Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { logicalIdOf, testStack } from "../test-stack";
import { SummaryOverflowBucket } from "./summary-overflow-bucket";

function build(dev = false) {
  const stack = testStack();
  const accessLogs = new s3.Bucket(stack, "Logs");
  const construct = new SummaryOverflowBucket(stack, "Overflow", { dev, accessLogs });
  return { stack, accessLogs, construct, template: Template.fromStack(stack) };
}

describe("SummaryOverflowBucket", () => {
  it("is S3-encrypted, private, TLS-only and logs to the given bucket", () => {
    const { stack, accessLogs, construct, template } = build();
    const own = template.toJSON().Resources[logicalIdOf(stack, construct.bucket)].Properties;
    expect(own.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe("AES256");
    expect(own.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
    expect(own.LoggingConfiguration.DestinationBucketName).toEqual({ Ref: logicalIdOf(stack, accessLogs) });
    template.hasResourceProperties("AWS::S3::BucketPolicy", {
      Bucket: { Ref: logicalIdOf(stack, construct.bucket) },
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } })]) },
    });
  });

  it("sends no notifications, so nothing written there can trigger ingest", () => {
    build().template.resourceCountIs("Custom::S3BucketNotifications", 0);
  });

  it("is retained by default and deleted with a dev stack", () => {
    const retained = build().template.toJSON().Resources;
    const kept = Object.values(retained as Record<string, { Type: string; DeletionPolicy?: string }>).filter((r) => r.Type === "AWS::S3::Bucket");
    expect(kept.every((b) => b.DeletionPolicy === "Retain")).toBe(true);
    const { template } = build(true);
    template.resourceCountIs("Custom::S3AutoDeleteObjects", 1);
  });
});
