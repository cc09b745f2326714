import { CloudFormationClient, DescribeStacksCommand } from "@aws-sdk/client-cloudformation";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ClientEnv } from "../shared/aws/clients";

/** Where a command acts: the `npm start` stack on this machine, or a deployed CloudFormation stack. */
export interface Target {
  kind: "local" | "aws";
  bucket: string;
  table: string;
  queueUrl: string;
  deadLetterQueueUrl: string;
  queryUrl: string;
  clientEnv: ClientEnv;
}

export const DEFAULT_STACK_NAME = "NewsSummary";
const endpointsFile = join(resolve(import.meta.dirname, ".."), ".local", "endpoints.json");

export async function resolveTarget(options: { local?: boolean; stack?: string }): Promise<Target> {
  if (options.local || (!options.stack && existsSync(endpointsFile) && !process.env.NEWS_SUMMARY_STACK)) {
    if (!existsSync(endpointsFile)) throw new Error("No local stack found: run `npm start` first, or pass --stack NAME for a deployed one.");
    const e = JSON.parse(readFileSync(endpointsFile, "utf8"));
    return {
      kind: "local",
      bucket: e.bucket,
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
  for (const name of ["BucketName", "TableName", "QueueUrl", "DeadLetterQueueUrl", "QueryUrl"]) {
    if (!outputs[name]) throw new Error(`stack ${stackName} has no output ${name}: was it deployed from this version?`);
  }
  return {
    kind: "aws",
    bucket: outputs.BucketName!,
    table: outputs.TableName!,
    queueUrl: outputs.QueueUrl!,
    deadLetterQueueUrl: outputs.DeadLetterQueueUrl!,
    queryUrl: outputs.QueryUrl!.replace(/\/$/, ""),
    clientEnv: {},
  };
}
