import type { SQSRecord } from "aws-lambda";
import { PIPELINE_LIMITS } from "../pipeline-config";
import { processChange, type ChangeOutcome, type ProcessDeps } from "./process-change";
import { parseS3Notification } from "./s3-notification";

/**
 * Handles one SQS record: every S3 change in its notification, in order.
 * Throws when any change must be retried, so the batch utility reports the
 * record as failed and only it returns to the queue.
 */
export async function processSqsRecord(record: SQSRecord, deps: Omit<ProcessDeps, "finalAttempt">): Promise<ChangeOutcome[]> {
  const receives = Number(record.attributes?.ApproximateReceiveCount ?? "1");
  const finalAttempt = receives >= PIPELINE_LIMITS.maxReceiveCount;
  const outcomes: ChangeOutcome[] = [];
  for (const change of parseS3Notification(record.body)) {
    outcomes.push(await processChange(change, { ...deps, finalAttempt }));
  }
  return outcomes;
}
