import { CloudFormationClient, DescribeStacksCommand } from "@aws-sdk/client-cloudformation";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { ClientEnv } from "../shared/aws/clients";

/** Where a command acts: the `npm start` stack on this machine, or a deployed CloudFormation stack. */
export interface Target {
  kind: "local" | "aws";
  bucket: string;
  /** Where summaries too large for one DynamoDB item are stored. */
  summariesBucket: string;
  table: string;
  queueUrl: string;
  deadLetterQueueUrl: string;
  queryUrl: string;
  clientEnv: ClientEnv;
}

export const DEFAULT_STACK_NAME = "NewsSummary";
/**
 * The folder holding package.json: `..` from cli/ under tsx, `../..` from the dist/cli/ bundles.
 * Looked up at each call, not at module load: the CLI's startup snapshot evaluates modules at install time.
 */
function projectRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, "package.json"))) return dir;
  return process.cwd();
}

export async function resolveTarget(options: { local?: boolean; stack?: string }): Promise<Target> {
  const endpointsFile = join(projectRoot(import.meta.dirname), ".local", "endpoints.json");
  if (options.local || (!options.stack && existsSync(endpointsFile) && !process.env.NEWS_SUMMARY_STACK)) {
    if (!existsSync(endpointsFile)) throw new Error("No local stack found: run `npm start` first, or pass --stack NAME for a deployed one.");
    const e = JSON.parse(readFileSync(endpointsFile, "utf8"));
    return {
      kind: "local",
      bucket: e.bucket,
      summariesBucket: e.summariesBucket,
      table: e.table,
      queueUrl: e.queueUrl,
      deadLetterQueueUrl: e.deadLetterQueueUrl,
      queryUrl: e.queryUrl,
      clientEnv: { region: "us-east-1", s3Endpoint: e.s3, dynamodbEndpoint: e.dynamodb, sqsEndpoint: e.sqs, credentials: e.credentials },
    };
  }
  const stackName = options.stack ?? process.env.NEWS_SUMMARY_STACK ?? DEFAULT_STACK_NAME;
  const cfn = new CloudFormationClient({});
  const out = await cfn.send(new DescribeStacksCommand({ StackName: stackName }));
  const outputs = Object.fromEntries((out.Stacks?.[0]?.Outputs ?? []).map((o) => [o.OutputKey, o.OutputValue]));
  for (const name of ["BucketName", "SummariesBucketName", "TableName", "QueueUrl", "DeadLetterQueueUrl", "QueryUrl"]) {
    if (!outputs[name]) throw new Error(`stack ${stackName} has no output ${name}: was it deployed from this version?`);
  }
  return {
    kind: "aws",
    bucket: outputs.BucketName!,
    summariesBucket: outputs.SummariesBucketName!,
    table: outputs.TableName!,
    queueUrl: outputs.QueueUrl!,
    deadLetterQueueUrl: outputs.DeadLetterQueueUrl!,
    queryUrl: outputs.QueryUrl!.replace(/\/$/, ""),
    clientEnv: {},
  };
}
