import { type Acknowledgment, Validations } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import * as s3 from "aws-cdk-lib/aws-s3";
import { AwsSolutionsChecks } from "cdk-nag";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApp } from "./news-summary-app";
import { NO_BUNDLING, testOutdir } from "./test-stack";

const VARIANTS = [
  { name: "default (retained, IAM URL)", context: {} },
  { name: "dev + publicQuery", context: { dev: "true", publicQuery: "true" } },
];

type Finding = { rule: string; path: string };

function findings(report: ReturnType<AwsSolutionsChecks["validateScope"]>): Finding[] {
  return report.violations.flatMap((v) => v.violatingResources.map((r) => ({ rule: v.ruleName, path: r.constructPath ?? "?" })));
}

// Whole-app synths are CPU-bound; allow for a busy 2-core machine.
describe("cdk-nag AwsSolutions", { timeout: 180_000 }, () => {
  afterEach(() => vi.restoreAllMocks());

  for (const { name, context } of VARIANTS) {
    it(`leaves no unacknowledged finding: ${name}`, () => {
      const { app } = createApp({ context: { ...NO_BUNDLING, ...context }, outdir: testOutdir() });
      // The app registers the pack as a validation plugin: synth throws on any finding.
      expect(() => app.synth()).not.toThrow();
      expect(findings(new AwsSolutionsChecks().validateScope(app))).toEqual([]);
    });

    it(`acknowledges exactly the findings that occur, each with its own reason: ${name}`, () => {
      // Record acknowledgements instead of applying them, to see every raw finding.
      const acknowledged: Array<Acknowledgment & { path: string }> = [];
      vi.spyOn(Validations.prototype, "acknowledge").mockImplementation(function (this: Validations, ...rules: Acknowledgment[]) {
        const path = (this as unknown as { scope: { node: { path: string } } }).scope.node.path;
        for (const rule of rules) acknowledged.push({ ...rule, path });
      });
      const { app } = createApp({ context: { ...NO_BUNDLING, ...context }, outdir: testOutdir() });
      const raw = findings(new AwsSolutionsChecks().validateScope(app));

      const covers = (a: { id: string; path: string }, f: Finding) => a.id === f.rule && (f.path === a.path || f.path.startsWith(`${a.path}/`));
      expect(raw.filter((f) => !acknowledged.some((a) => covers(a, f)))).toEqual([]);
      expect(acknowledged.filter((a) => !raw.some((f) => covers(a, f))).map((a) => `${a.path} ${a.id}`)).toEqual([]);
      // No blanket acknowledgement: IAM findings are acknowledged per exact resource or policy.
      expect(acknowledged.filter((a) => /^AwsSolutions-IAM[45]$/.test(a.id))).toEqual([]);
      for (const a of acknowledged) expect(a.reason.length, a.id).toBeGreaterThan(40);
      expect(new Set(acknowledged.map((a) => a.reason)).size).toBe(acknowledged.length);
    });
  }

  it("records each acknowledgement and its reason in the template Metadata", () => {
    const { stack } = createApp({ context: NO_BUNDLING, outdir: testOutdir() });
    const resources = Object.values(Template.fromStack(stack).toJSON().Resources) as Array<{ Metadata?: { cdk_nag?: { rules_to_suppress: Array<{ id: string; reason: string }> } } }>;
    const recorded = resources.flatMap((r) => r.Metadata?.cdk_nag?.rules_to_suppress ?? []);
    expect(recorded.map((r) => r.id)).toContain("AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]");
    expect(recorded.filter((r) => r.id.startsWith("AwsSolutions-IAM5[Resource::")).length).toBeGreaterThan(0);
    expect(recorded.every((r) => r.reason.length > 40)).toBe(true);
  });

  it("fails synth on a non-compliant resource (the pack is really wired into the app)", () => {
    const { app, stack } = createApp({ context: NO_BUNDLING, outdir: testOutdir() });
    new s3.Bucket(stack, "CarelessBucket");
    expect(() => app.synth()).toThrow(/AwsSolutions-S10/);
  });
});
