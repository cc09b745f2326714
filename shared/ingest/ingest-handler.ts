import { BatchProcessor, EventType, processPartialResponse } from "@aws-lambda-powertools/batch";
import type { Logger } from "@aws-lambda-powertools/logger";
import { MetricUnit, type Metrics } from "@aws-lambda-powertools/metrics";
import type { SQSBatchResponse, SQSEvent, SQSRecord } from "aws-lambda";
import { processSqsRecord } from "./ingest-batch";
import type { ProcessDeps } from "./process-change";

export interface IngestHandlerDeps extends Omit<ProcessDeps, "finalAttempt"> {
  logger: Logger;
  metrics: Metrics;
}

/**
 * The SQS batch handler: each record is processed on its own and reported
 * as a partial batch failure, so one bad record never holds up the others.
 * Shared by the Lambda (functions/ingest.ts) and the local runner.
 */
export function makeIngestHandler(deps: IngestHandlerDeps) {
  const { logger, metrics } = deps;

  async function recordHandler(record: SQSRecord): Promise<void> {
    try {
      for (const result of await processSqsRecord(record, deps)) {
        // Ids, codes and sizes only: article text never reaches the logs.
        logger.info("change applied", { messageId: record.messageId, ...result });
        if (result.outcome === "processed") {
          metrics.addMetric("ArticlesProcessed", MetricUnit.Count, 1);
          metrics.addMetric("ProcessingMilliseconds", MetricUnit.Milliseconds, result.ms);
          if (result.stories) {
            metrics.addMetric("StoriesProcessed", MetricUnit.Count, result.stories.processed);
            metrics.addMetric("StoriesFailed", MetricUnit.Count, result.stories.failed);
          }
        } else if (result.outcome === "failed") {
          metrics.addMetric("ArticlesFailed", MetricUnit.Count, 1);
        }
      }
    } catch (e) {
      logger.warn("record will be retried", { messageId: record.messageId, error: (e as Error).name, detail: (e as Error).message });
      throw e;
    }
  }

  return async (event: SQSEvent, context?: { awsRequestId?: string }): Promise<SQSBatchResponse> => {
    if (context?.awsRequestId) logger.addContext(context as never);
    // A processor per invocation: it holds the batch's records and failures, and the
    // local runner invokes this handler concurrently in one process (Lambda never does).
    const processor = new BatchProcessor(EventType.SQS);
    try {
      return await processPartialResponse(event, recordHandler, processor, { throwOnFullBatchFailure: false });
    } finally {
      if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    }
  };
}
