import { Duration } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { logicalIdOf, testStack } from "../test-stack";
import { ArticleQueue } from "./article-queue";

function build() {
  const stack = testStack();
  const construct = new ArticleQueue(stack, "Q", { consumerTimeout: Duration.seconds(60) });
  return { stack, construct, template: Template.fromStack(stack) };
}

describe("ArticleQueue", () => {
  it("holds 64 KB+ messages, hides them 6x the consumer timeout and parks poison messages after 3-5 receives", () => {
    const { stack, construct, template } = build();
    const queue = template.toJSON().Resources[logicalIdOf(stack, construct.queue)].Properties;
    expect(queue.MaximumMessageSize).toBeGreaterThanOrEqual(65_536);
    expect(queue.VisibilityTimeout).toBe(360);
    expect(queue.RedrivePolicy.maxReceiveCount).toBeGreaterThanOrEqual(3);
    expect(queue.RedrivePolicy.maxReceiveCount).toBeLessThanOrEqual(5);
    expect(queue.RedrivePolicy.deadLetterTargetArn).toEqual({ "Fn::GetAtt": [logicalIdOf(stack, construct.deadLetterQueue), "Arn"] });
  });

  it("derives the visibility timeout from the consumer timeout", () => {
    const stack = testStack();
    new ArticleQueue(stack, "Q", { consumerTimeout: Duration.seconds(15) });
    Template.fromStack(stack).hasResourceProperties("AWS::SQS::Queue", { VisibilityTimeout: 90 });
  });

  it("keeps dead letters the 14 days SQS allows", () => {
    const { stack, construct, template } = build();
    expect(template.toJSON().Resources[logicalIdOf(stack, construct.deadLetterQueue)].Properties.MessageRetentionPeriod).toBe(14 * 24 * 3600);
  });

  it("encrypts both queues and denies non-TLS access to each", () => {
    const { stack, construct, template } = build();
    template.resourcePropertiesCountIs("AWS::SQS::Queue", { SqsManagedSseEnabled: true }, 2);
    for (const queue of [construct.queue, construct.deadLetterQueue]) {
      template.hasResourceProperties("AWS::SQS::QueuePolicy", {
        Queues: [{ Ref: logicalIdOf(stack, queue) }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
          ]),
        },
      });
    }
  });
});
