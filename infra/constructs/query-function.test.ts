import * as s3 from "aws-cdk-lib/aws-s3";
import { Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { logicalIdOf, roleActions, roleStatements, testStack } from "../test-stack";
import { QueryFunction } from "./query-function";
import { SummariesTable } from "./summaries-table";

function build(publicAccess = false) {
  const stack = testStack();
  const bucket = new s3.Bucket(stack, "Articles");
  const overflow = new s3.Bucket(stack, "Overflow");
  const summaries = new SummariesTable(stack, "Summaries", { dev: false });
  const construct = new QueryFunction(stack, "Query", { dev: false, bucket, overflow, summaries, publicAccess });
  const template = Template.fromStack(stack);
  const fn = template.toJSON().Resources[logicalIdOf(stack, construct.function)];
  const role = (fn.Properties.Role as { "Fn::GetAtt": [string, string] })["Fn::GetAtt"][0];
  return { stack, bucket, overflow, summaries, construct, template, fn, role };
}

describe("QueryFunction", () => {
  it("runs the query handler on Node 24 arm64 with 256 MB and 10 s", () => {
    const { stack, bucket, overflow, summaries, fn } = build();
    expect(fn.Properties).toMatchObject({ Runtime: "nodejs24.x", Architectures: ["arm64"], MemorySize: 256, Timeout: 10, Handler: "index.handler" });
    expect(fn.Properties.Environment.Variables).toMatchObject({ TABLE_NAME: { Ref: logicalIdOf(stack, summaries.table) }, BUCKET_NAME: { Ref: logicalIdOf(stack, bucket) },
      SUMMARIES_BUCKET_NAME: { Ref: logicalIdOf(stack, overflow) },
    });
  });

  it("requires SigV4 (AWS_IAM) on its Function URL by default", () => {
    const { template } = build();
    template.hasResourceProperties("AWS::Lambda::Url", { AuthType: "AWS_IAM" });
    template.resourcePropertiesCountIs("AWS::Lambda::Permission", { Principal: "*" }, 0);
  });

  it("serves the URL publicly only when asked to", () => {
    const { template } = build(true);
    template.hasResourceProperties("AWS::Lambda::Url", { AuthType: "NONE" });
    template.hasResourceProperties("AWS::Lambda::Permission", { Action: "lambda:InvokeFunctionUrl", Principal: "*", FunctionUrlAuthType: "NONE" });
  });

  it("may only read: table items and indexes (no Scan), the overflow bucket's summaries/ objects, its own logs", () => {
    const { stack, overflow, role, template } = build();
    expect(roleActions(template, role)).toEqual(["dynamodb:BatchGetItem", "dynamodb:GetItem", "dynamodb:Query", "logs:CreateLogStream", "logs:PutLogEvents", "s3:GetObject"]);
    const s3Reads = roleStatements(template, role).filter((s) => [s.Action].flat().includes("s3:GetObject"));
    expect(s3Reads.map((s) => s.Resource)).toEqual([{ "Fn::Join": ["", [{ "Fn::GetAtt": [logicalIdOf(stack, overflow), "Arn"] }, "/summaries/*"]] }]);
    expect(template.toJSON().Resources[role].Properties.ManagedPolicyArns).toBeUndefined();
  });
});
