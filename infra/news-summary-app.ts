import { App, type AppProps, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import { NewsSummaryStack, STACK_NAME } from "./news-summary-stack";

/** The app with its one stack and the cdk-nag AwsSolutions pack: any unacknowledged finding fails synth. */
export function createApp(props?: AppProps): { app: App; stack: NewsSummaryStack } {
  const app = new App(props);
  const stack = new NewsSummaryStack(app, STACK_NAME, {
    description: "news-summary: S3 -> SQS -> Lambda -> DynamoDB pipeline and query API",
    // Environment-agnostic unless the CLI profile provides one.
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  });
  // The acknowledgements and their reasons are also written into the template's Metadata, for auditors.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { writeSuppressionsToCloudFormation: true }));
  return { app, stack };
}
