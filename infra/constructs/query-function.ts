import { Duration } from "aws-cdk-lib";
import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as iam from "aws-cdk-lib/aws-iam";
import * as lambda from "aws-cdk-lib/aws-lambda";
import * as nodejs from "aws-cdk-lib/aws-lambda-nodejs";
import type * as s3 from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";
import { SUMMARIES_PREFIX } from "../../shared/pipeline-config";
import { FunctionRoleAndLogs } from "./function-role-and-logs";
import { nagArn } from "./nag-arn";
import type { SummariesTable } from "./summaries-table";
import { NODE_FUNCTION_DEFAULTS, POWERTOOLS_ENVIRONMENT, handlerEntry } from "./node-function-defaults";

export interface QueryFunctionProps {
  readonly dev: boolean;
  readonly bucket: s3.Bucket;
  /** Where summaries too large for one item are (SummaryOverflowBucket). */
  readonly overflow: s3.Bucket;
  readonly summaries: SummariesTable;
  /**
   * Serve the Function URL without authentication (authType NONE). Off by default: callers sign
   * requests with SigV4 (AWS_IAM). Turning it on is an explicit opt-in (`-c publicQuery=true`).
   */
  readonly publicAccess: boolean;
}

/** The read-only JSON query API behind a Function URL. */
export class QueryFunction extends Construct {
  readonly function: nodejs.NodejsFunction;
  readonly url: lambda.FunctionUrl;

  constructor(scope: Construct, id: string, props: QueryFunctionProps) {
    super(scope, id);
    const access = new FunctionRoleAndLogs(this, "Access", { dev: props.dev });
    this.function = new nodejs.NodejsFunction(this, "Function", {
      ...NODE_FUNCTION_DEFAULTS,
      entry: handlerEntry("query"),
      description: "news-summary: read-only query API",
      memorySize: 256,
      timeout: Duration.seconds(10),
      role: access.role,
      logGroup: access.logGroup,
      environment: {
        ...POWERTOOLS_ENVIRONMENT,
        TABLE_NAME: props.summaries.table.tableName,
        BUCKET_NAME: props.bucket.bucketName,
        SUMMARIES_BUCKET_NAME: props.overflow.bucketName,
      },
    });

    props.summaries.grantQueryRead(this.function);
    // Summaries too large for an item live in the overflow bucket; the articles themselves stay out of reach.
    this.function.addToRolePolicy(
      new iam.PolicyStatement({ actions: ["s3:GetObject"], resources: [props.overflow.arnForObjects(`${SUMMARIES_PREFIX}*`)] }),
    );

    this.url = this.function.addFunctionUrl({
      authType: props.publicAccess ? lambda.FunctionUrlAuthType.NONE : lambda.FunctionUrlAuthType.AWS_IAM,
    });

    const overflow = props.overflow.node.defaultChild as s3.CfnBucket;
    const table = props.summaries.table.node.defaultChild as dynamodb.CfnTable;
    access.acknowledgeWildcard(
      nagArn(overflow, `/${SUMMARIES_PREFIX}*`),
      "GetObject limited to the overflow bucket's summaries/ prefix, to return summaries stored outside DynamoDB because of their size.",
    );
    access.acknowledgeWildcard(nagArn(table, "/index/*"), "Read-only GetItem/Query on this table's own GSIs (index/*): the listings by month, entity and speaker query gsi1.");
  }
}
