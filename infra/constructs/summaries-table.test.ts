import * as iam from "aws-cdk-lib/aws-iam";
import { Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { TABLE_SCHEMA } from "../../shared/store/table-schema";
import { logicalIdOf, roleActions, testStack } from "../test-stack";
import { SummariesTable } from "./summaries-table";

function mount(dev = false) {
  const stack = testStack();
  return { stack, construct: new SummariesTable(stack, "Summaries", { dev }) };
}

function build(dev = false) {
  const { stack, construct } = mount(dev);
  return { stack, construct, template: Template.fromStack(stack) };
}

describe("SummariesTable", () => {
  it("takes its keys and indexes from the shared schema, all as strings", () => {
    const table = build().template.toJSON().Resources;
    const props = (Object.values(table)[0] as { Properties: unknown }).Properties as {
      KeySchema: unknown;
      AttributeDefinitions: Array<{ AttributeName: string; AttributeType: string }>;
      GlobalSecondaryIndexes: Array<{ IndexName: string; KeySchema: unknown; Projection: { ProjectionType: string; NonKeyAttributes?: string[] } }>;
    };
    expect(props.KeySchema).toEqual([
      { AttributeName: TABLE_SCHEMA.partitionKey, KeyType: "HASH" },
      { AttributeName: TABLE_SCHEMA.sortKey, KeyType: "RANGE" },
    ]);
    expect(props.AttributeDefinitions.every((a) => a.AttributeType === "S")).toBe(true);
    expect(props.GlobalSecondaryIndexes.map((i) => i.IndexName)).toEqual(TABLE_SCHEMA.indexes.map((i) => i.name));
    for (const [n, schema] of (TABLE_SCHEMA.indexes as ReadonlyArray<{ partitionKey: string; sortKey?: string; nonKeyAttributes?: readonly string[] }>).entries()) {
      const index = props.GlobalSecondaryIndexes[n];
      expect(index.KeySchema).toEqual([
        { AttributeName: schema.partitionKey, KeyType: "HASH" },
        ...(schema.sortKey ? [{ AttributeName: schema.sortKey, KeyType: "RANGE" }] : []),
      ]);
      if (schema.nonKeyAttributes) expect(index.Projection).toEqual({ ProjectionType: "INCLUDE", NonKeyAttributes: [...schema.nonKeyAttributes] });
      else expect(index.Projection).toEqual({ ProjectionType: "ALL" });
    }
  });

  it("is on demand, AWS-encrypted, with point-in-time recovery", () => {
    build().template.hasResourceProperties("AWS::DynamoDB::Table", {
      BillingMode: "PAY_PER_REQUEST",
      SSESpecification: { SSEEnabled: true },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });

  it("is retained by default and destroyed with a dev stack", () => {
    build(false).template.hasResource("AWS::DynamoDB::Table", { DeletionPolicy: "Retain", UpdateReplacePolicy: "Retain" });
    build(true).template.hasResource("AWS::DynamoDB::Table", { DeletionPolicy: "Delete" });
  });

  it("grants ingest item access on the base table only, and the query API reads without Scan", () => {
    const { stack, construct } = mount();
    const writer = new iam.Role(stack, "Writer", { assumedBy: new iam.ServicePrincipal("lambda.amazonaws.com") });
    const reader = new iam.Role(stack, "Reader", { assumedBy: new iam.ServicePrincipal("lambda.amazonaws.com") });
    construct.grantItemReadWrite(writer);
    construct.grantQueryRead(reader);
    const template = Template.fromStack(stack);
    const writes = roleActions(template, logicalIdOf(stack, writer));
    const reads = roleActions(template, logicalIdOf(stack, reader));
    expect(reads).toEqual(["dynamodb:BatchGetItem", "dynamodb:GetItem", "dynamodb:Query"]);
    expect(writes).toEqual(expect.arrayContaining(["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:Query"]));
    for (const actions of [reads, writes]) expect(actions.filter((a) => /Scan|\*|Transact|CreateTable|DeleteTable|UpdateTable/.test(a))).toEqual([]);
  });
});
