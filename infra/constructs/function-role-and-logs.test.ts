import { Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { logicalIdOf, roleStatements, testStack } from "../test-stack";
import { FunctionRoleAndLogs } from "./function-role-and-logs";

function build(dev: boolean) {
  const stack = testStack();
  const construct = new FunctionRoleAndLogs(stack, "Access", { dev });
  return { stack, construct, template: Template.fromStack(stack) };
}

describe("FunctionRoleAndLogs", () => {
  it("lets the Lambda role write to its own log group only, without a managed policy", () => {
    const { stack, construct, template } = build(false);
    const role = logicalIdOf(stack, construct.role);
    expect(template.toJSON().Resources[role].Properties.ManagedPolicyArns).toBeUndefined();
    template.hasResourceProperties("AWS::IAM::Role", { AssumeRolePolicyDocument: { Statement: [{ Principal: { Service: "lambda.amazonaws.com" } }] } });
    expect(roleStatements(template, role)).toEqual([
      { Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Effect: "Allow", Resource: { "Fn::GetAtt": [logicalIdOf(stack, construct.logGroup), "Arn"] } },
    ]);
  });

  it("keeps logs a month, and keeps the group after the stack unless dev", () => {
    build(false).template.hasResource("AWS::Logs::LogGroup", { Properties: { RetentionInDays: 30 }, DeletionPolicy: "Retain" });
    build(true).template.hasResource("AWS::Logs::LogGroup", { DeletionPolicy: "Delete" });
  });
});
