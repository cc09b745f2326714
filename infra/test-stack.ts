import { App, Stack } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

/** Context that skips esbuild in tests: templates are asserted, bundles are checked by `cdk synth`. */
export const NO_BUNDLING = { "aws:cdk:bundling-stacks": [] as string[] };

/**
 * Where test apps synthesise: one folder per test file, removed after its tests (vitest runs this module once
 * per file). Left to itself, CDK makes a folder in the system temp folder for every app and never removes it
 * (about 60 a test run).
 */
const SYNTH_ROOT = mkdtempSync(join(tmpdir(), "news-summary-cdk-test-"));
afterAll(() => rmSync(SYNTH_ROOT, { recursive: true, force: true }));
let synthesised = 0;
export const testOutdir = (): string => join(SYNTH_ROOT, String(synthesised++));

/**
 * An empty stack to mount one construct in. The built-in CloudFormation schema validation
 * (seconds of WebAssembly per process) is left to the whole-stack tests and `cdk synth`.
 */
export function testStack(context: Record<string, unknown> = {}): Stack {
  const app = new App({ context: { ...NO_BUNDLING, ...context }, builtinCloudFormationValidation: false, outdir: testOutdir() });
  return new Stack(app, "Test");
}

/** Every statement of the inline policies attached to the role with this logical id. */
export function roleStatements(template: Template, roleLogicalId: string): Array<{ Action: string | string[]; Resource: unknown; Effect: string }> {
  const policies = Object.values(template.findResources("AWS::IAM::Policy")) as Array<{ Properties: { Roles: Array<{ Ref: string }>; PolicyDocument: { Statement: never[] } } }>;
  return policies.filter((p) => p.Properties.Roles.some((r) => r.Ref === roleLogicalId)).flatMap((p) => p.Properties.PolicyDocument.Statement);
}

/** The sorted set of actions a role is allowed. */
export function roleActions(template: Template, roleLogicalId: string): string[] {
  const actions = roleStatements(template, roleLogicalId)
    .filter((s) => s.Effect === "Allow")
    .flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
  return [...new Set(actions)].sort();
}

export function logicalIdOf(stack: Stack, construct: { node: { defaultChild?: unknown } }): string {
  return stack.getLogicalId(construct.node.defaultChild as Parameters<Stack["getLogicalId"]>[0]);
}
