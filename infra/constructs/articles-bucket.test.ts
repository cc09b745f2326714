import * as sqs from "aws-cdk-lib/aws-sqs";
import { Match, Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { logicalIdOf, testStack } from "../test-stack";
import { ArticlesBucket } from "./articles-bucket";

function build(dev = false) {
  const stack = testStack();
  const queue = new sqs.Queue(stack, "Events");
  const construct = new ArticlesBucket(stack, "Articles", { dev, events: queue });
  return { stack, queue, construct, template: Template.fromStack(stack) };
}

interface QueueConfiguration {
  Events: string[];
  Filter?: { Key: { FilterRules: Array<{ Name: string; Value: string }> } };
  QueueArn: unknown;
}

function queueConfigurations(template: Template): QueueConfiguration[] {
  const [notifications] = Object.values(template.findResources("Custom::S3BucketNotifications")) as Array<{
    Properties: { NotificationConfiguration: { QueueConfigurations: QueueConfiguration[] } };
  }>;
  return notifications.Properties.NotificationConfiguration.QueueConfigurations;
}

/** Whether S3 would send `event` for `key`, judged from the synthesized filters. */
function notifies(configurations: QueueConfiguration[], event: string, key: string): boolean {
  return configurations.some(
    (c) => c.Events.includes(event) &&
      (c.Filter?.Key.FilterRules ?? []).every((rule) => (rule.Name === "suffix" ? key.endsWith(rule.Value) : rule.Name !== "prefix" || key.startsWith(rule.Value))),
  );
}

describe("ArticlesBucket", () => {
  it("is versioned, S3-encrypted, private and TLS-only", () => {
    const { stack, construct, template } = build();
    template.hasResourceProperties("AWS::S3::Bucket", {
      VersioningConfiguration: { Status: "Enabled" },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
    });
    template.hasResourceProperties("AWS::S3::BucketPolicy", {
      Bucket: { Ref: logicalIdOf(stack, construct.bucket) },
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } })]) },
    });
  });

  it("writes server access logs to a private, TLS-only bucket through a bucket policy (no ACLs)", () => {
    const { stack, construct, template } = build();
    const logs = logicalIdOf(stack, construct.accessLogs);
    template.hasResourceProperties("AWS::S3::Bucket", { LoggingConfiguration: { DestinationBucketName: { Ref: logs } } });
    const logBucket = template.toJSON().Resources[logs].Properties;
    expect(logBucket.AccessControl).toBeUndefined();
    expect(logBucket.PublicAccessBlockConfiguration.BlockPublicPolicy).toBe(true);
    template.hasResourceProperties("AWS::S3::BucketPolicy", {
      Bucket: { Ref: logs },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
          Match.objectLike({ Effect: "Allow", Principal: { Service: "logging.s3.amazonaws.com" }, Action: "s3:PutObject" }),
        ]),
      },
    });
  });

  it("sends creation and removal events to the queue with no filter", () => {
    const { stack, queue, template } = build();
    const configurations = queueConfigurations(template);
    expect(configurations.map((c) => c.Events).sort()).toEqual([["s3:ObjectCreated:*"], ["s3:ObjectRemoved:*"]]);
    for (const c of configurations) {
      expect(c.QueueArn).toEqual({ "Fn::GetAtt": [logicalIdOf(stack, queue), "Arn"] });
      expect(c.Filter).toBeUndefined();
    }
  });

  it("notifies every key, whatever its suffix or case, so every object gets a status", () => {
    const configurations = queueConfigurations(build().template);
    const keys = ["wire/afp 1.txt", "SHOUT.TXT", "feed.xml", "report.docx", "photo.png", "no-suffix", "dir/trailing/", "a/../b.html"];
    for (const event of ["s3:ObjectCreated:*", "s3:ObjectRemoved:*"]) {
      for (const key of keys) expect(notifies(configurations, event, key), `${event} ${key}`).toBe(true);
    }
  });

  it("retains both buckets by default", () => {
    const { template } = build();
    template.resourceCountIs("AWS::S3::Bucket", 2);
    expect(Object.values(template.findResources("AWS::S3::Bucket")).every((b) => b.DeletionPolicy === "Retain")).toBe(true);
    template.resourceCountIs("Custom::S3AutoDeleteObjects", 0);
  });

  it("empties and deletes both buckets with the stack in dev", () => {
    const { template } = build(true);
    expect(Object.values(template.findResources("AWS::S3::Bucket")).every((b) => b.DeletionPolicy === "Delete")).toBe(true);
    template.resourceCountIs("Custom::S3AutoDeleteObjects", 2);
  });
});
