import { RemovalPolicy } from "aws-cdk-lib";
import * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as iam from "aws-cdk-lib/aws-iam";
import { Construct } from "constructs";
import { TABLE_SCHEMA } from "../../shared/store/table-schema";

export interface SummariesTableProps {
  /** Development stack: the table goes with the stack instead of being retained. */
  readonly dev: boolean;
}

interface IndexSchema {
  readonly name: string;
  readonly partitionKey: string;
  readonly sortKey?: string;
  readonly nonKeyAttributes?: readonly string[];
}

/** The summaries table, built from the one schema the store code and the local emulator also use. */
export class SummariesTable extends Construct {
  readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string, props: SummariesTableProps) {
    super(scope, id);
    const string = dynamodb.AttributeType.STRING;
    this.table = new dynamodb.Table(this, "Table", {
      partitionKey: { name: TABLE_SCHEMA.partitionKey, type: string },
      sortKey: { name: TABLE_SCHEMA.sortKey, type: string },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // Summaries are derived data but slow to rebuild for a large archive: keep them unless this is a dev stack.
      removalPolicy: props.dev ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    });
    for (const index of TABLE_SCHEMA.indexes as readonly IndexSchema[]) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: string },
        ...(index.sortKey ? { sortKey: { name: index.sortKey, type: string } } : {}),
        // The schema decides: a listed projection keeps index pages small, otherwise project everything.
        ...(index.nonKeyAttributes
          ? { projectionType: dynamodb.ProjectionType.INCLUDE, nonKeyAttributes: [...index.nonKeyAttributes] }
          : { projectionType: dynamodb.ProjectionType.ALL }),
      });
    }
  }

  /**
   * Item reads and writes on the base table, for ingest: no Scan, no index access (ingest only
   * queries an article's own partition), no stream or table management actions.
   */
  grantItemReadWrite(grantee: iam.IGrantable): iam.Grant {
    return iam.Grant.addToPrincipal({
      grantee,
      actions: ["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem"],
      resourceArns: [this.table.tableArn],
    });
  }

  /** Key lookups and queries on the table and its indexes, for the query API. Scan is left out on purpose: no request can turn into one. */
  grantQueryRead(grantee: iam.IGrantable): iam.Grant {
    return iam.Grant.addToPrincipal({
      grantee,
      actions: ["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query"],
      resourceArns: [this.table.tableArn, `${this.table.tableArn}/index/*`],
    });
  }
}
