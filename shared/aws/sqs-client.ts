import { SQSClient } from "@aws-sdk/client-sqs";
import { type ClientEnv, baseConfig } from "./clients";

/**
 * The SQS client, in its own file: only the CLI and the local stack use it, and
 * an import of the SDK package stays in a Lambda bundle (and its cold start) even unused.
 */
export function makeSqsClient(env: ClientEnv): SQSClient {
  return new SQSClient({
    ...baseConfig(env),
    ...(env.sqsEndpoint ? { endpoint: env.sqsEndpoint } : {}),
  });
}
