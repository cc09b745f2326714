import { DeleteMessageBatchCommand, ReceiveMessageCommand, type SQSClient } from "@aws-sdk/client-sqs";
import type { SQSBatchResponse, SQSEvent } from "aws-lambda";

type Handler = (event: SQSEvent) => Promise<SQSBatchResponse>;

/**
 * Plays the Lambda SQS event source mapping locally: long-polls the queue,
 * invokes the handler with a batch, deletes the records that did not fail
 * (reportBatchItemFailures) and leaves the rest to reappear after their
 * visibility timeout.
 */
export class EventSourcePoller {
  private running = false;
  private loops: Promise<void>[] = [];
  private inFlight = 0;
  invocations = 0;

  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
    private readonly handler: Handler,
    private readonly options: { concurrency: number; batchSize: number },
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loops = Array.from({ length: this.options.concurrency }, () => this.loop());
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  get busy(): boolean {
    return this.inFlight > 0;
  }

  private async loop(): Promise<void> {
    while (this.running) {
      try {
        const out = await this.sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: this.queueUrl,
            MaxNumberOfMessages: this.options.batchSize,
            WaitTimeSeconds: 1,
            MessageSystemAttributeNames: ["All"],
          }),
        );
        const messages = out.Messages ?? [];
        if (!messages.length) continue;
        this.inFlight++;
        try {
          const event: SQSEvent = {
            Records: messages.map((m) => ({
              messageId: m.MessageId!,
              receiptHandle: m.ReceiptHandle!,
              body: m.Body!,
              attributes: (m.Attributes ?? {}) as never,
              messageAttributes: {},
              md5OfBody: m.MD5OfBody ?? "",
              eventSource: "aws:sqs",
              eventSourceARN: this.queueUrl,
              awsRegion: "us-east-1",
            })),
          };
          this.invocations++;
          let failed: Set<string>;
          try {
            const response = await this.handler(event);
            failed = new Set(response.batchItemFailures.map((f) => f.itemIdentifier));
          } catch {
            failed = new Set(messages.map((m) => m.MessageId!));
          }
          const done = messages.filter((m) => !failed.has(m.MessageId!));
          if (done.length) {
            await this.sqs.send(
              new DeleteMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: done.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })) }),
            );
          }
        } finally {
          this.inFlight--;
        }
      } catch (e) {
        if (this.running) await new Promise((r) => setTimeout(r, 200));
      }
    }
  }
}
