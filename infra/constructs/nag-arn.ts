import { type CfnElement, Stack } from "aws-cdk-lib";

/** The form cdk-nag gives a resource ARN built from `element`'s Arn attribute: `<LogicalId.Arn>suffix`. */
export function nagArn(element: CfnElement, suffix: string): string {
  return `<${Stack.of(element).getLogicalId(element)}.Arn>${suffix}`;
}
