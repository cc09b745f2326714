import { createHash, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A small in-process SQS that speaks the AWS JSON 1.0 protocol the SDK v3
 * client uses. The npm SQS emulators we found (sqslite, local-aws-sqs) speak
 * only the older Query protocol. Implements what the pipeline relies on:
 * visibility timeouts, receive counts, redrive to a dead-letter queue, long
 * polling, batches and purge.
 */
interface Message {
  id: string;
  body: string;
  md5: string;
  receiveCount: number;
  visibleAt: number;
  receipt?: string;
  sentAt: number;
  firstReceivedAt?: number;
}

interface Queue {
  name: string;
  url: string;
  arn: string;
  attributes: Record<string, string>;
  messages: Message[];
}

class SqsError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

const ACCOUNT = "000000000000";
const REGION = "us-east-1";

export class SqsEmulator {
  private readonly queues = new Map<string, Queue>();
  private server?: Server;
  private baseUrl = "";
  private waiters = new Set<() => void>();

  async start(port = 0): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    for (const wake of this.waiters) wake();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const target = String(req.headers["x-amz-target"] ?? "");
    const action = target.startsWith("AmazonSQS.") ? target.slice("AmazonSQS.".length) : "";
    try {
      const input = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
      const output = await this.dispatch(action, input);
      res.writeHead(200, { "content-type": "application/x-amz-json-1.0" }).end(JSON.stringify(output));
    } catch (e) {
      const err = e instanceof SqsError ? e : new SqsError("InternalError", (e as Error).message, 500);
      res
        .writeHead(err.status, { "content-type": "application/x-amz-json-1.0", "x-amzn-query-error": `AWS.SimpleQueueService.${err.type};Sender` })
        .end(JSON.stringify({ __type: `com.amazonaws.sqs#${err.type}`, message: err.message }));
    }
  }

  private dispatch(action: string, input: any): unknown {
    switch (action) {
      case "CreateQueue":
        return this.createQueue(input.QueueName, input.Attributes ?? {});
      case "GetQueueUrl":
        return { QueueUrl: this.queueByName(input.QueueName).url };
      case "ListQueues":
        return { QueueUrls: [...this.queues.values()].filter((q) => q.name.startsWith(input.QueueNamePrefix ?? "")).map((q) => q.url) };
      case "GetQueueAttributes":
        return { Attributes: this.attributesOf(this.queue(input.QueueUrl)) };
      case "SetQueueAttributes":
        Object.assign(this.queue(input.QueueUrl).attributes, input.Attributes ?? {});
        return {};
      case "SendMessage":
        return this.send(this.queue(input.QueueUrl), input.MessageBody, input.DelaySeconds);
      case "SendMessageBatch": {
        const queue = this.queue(input.QueueUrl);
        return {
          Successful: (input.Entries ?? []).map((e: any) => ({ Id: e.Id, ...this.send(queue, e.MessageBody, e.DelaySeconds) })),
          Failed: [],
        };
      }
      case "ReceiveMessage":
        return this.receive(this.queue(input.QueueUrl), input);
      case "DeleteMessage":
        this.deleteByReceipt(this.queue(input.QueueUrl), input.ReceiptHandle);
        return {};
      case "DeleteMessageBatch": {
        const queue = this.queue(input.QueueUrl);
        for (const e of input.Entries ?? []) this.deleteByReceipt(queue, e.ReceiptHandle);
        return { Successful: (input.Entries ?? []).map((e: any) => ({ Id: e.Id })), Failed: [] };
      }
      case "ChangeMessageVisibility": {
        const message = this.queue(input.QueueUrl).messages.find((m) => m.receipt === input.ReceiptHandle);
        if (!message) throw new SqsError("ReceiptHandleIsInvalid", "receipt handle is invalid or expired");
        message.visibleAt = Date.now() + Number(input.VisibilityTimeout) * 1000;
        return {};
      }
      case "PurgeQueue":
        this.queue(input.QueueUrl).messages = [];
        return {};
      default:
        throw new SqsError("UnsupportedOperation", `${action || "(no action)"} is not supported by the local SQS emulator`);
    }
  }

  private createQueue(name: string, attributes: Record<string, string>) {
    if (!/^[A-Za-z0-9_-]{1,80}$/.test(name ?? "")) throw new SqsError("InvalidParameterValue", "invalid queue name");
    const existing = this.queues.get(name);
    if (existing) return { QueueUrl: existing.url };
    const queue: Queue = {
      name,
      url: `${this.baseUrl}/${ACCOUNT}/${name}`,
      arn: `arn:aws:sqs:${REGION}:${ACCOUNT}:${name}`,
      attributes: { VisibilityTimeout: "30", MaximumMessageSize: "262144", ...attributes },
      messages: [],
    };
    this.queues.set(name, queue);
    return { QueueUrl: queue.url };
  }

  private attributesOf(queue: Queue): Record<string, string> {
    const now = Date.now();
    return {
      ...queue.attributes,
      QueueArn: queue.arn,
      ApproximateNumberOfMessages: String(queue.messages.filter((m) => m.visibleAt <= now).length),
      ApproximateNumberOfMessagesNotVisible: String(queue.messages.filter((m) => m.visibleAt > now).length),
    };
  }

  private send(queue: Queue, body: string, delaySeconds?: number) {
    if (typeof body !== "string" || body.length === 0) throw new SqsError("MissingParameter", "MessageBody is required");
    if (Buffer.byteLength(body) > Number(queue.attributes.MaximumMessageSize)) throw new SqsError("InvalidParameterValue", "message is too long");
    const message: Message = {
      id: randomUUID(),
      body,
      md5: createHash("md5").update(body).digest("hex"),
      receiveCount: 0,
      visibleAt: Date.now() + (delaySeconds ?? 0) * 1000,
      sentAt: Date.now(),
    };
    queue.messages.push(message);
    for (const wake of this.waiters) wake();
    return { MessageId: message.id, MD5OfMessageBody: message.md5 };
  }

  private async receive(queue: Queue, input: any) {
    const max = Math.min(Math.max(Number(input.MaxNumberOfMessages ?? 1), 1), 10);
    const waitUntil = Date.now() + Math.min(Number(input.WaitTimeSeconds ?? 0), 20) * 1000;
    const visibility = Number(input.VisibilityTimeout ?? queue.attributes.VisibilityTimeout) * 1000;
    for (;;) {
      const taken = this.take(queue, max, visibility);
      if (taken.length || Date.now() >= waitUntil || !this.server?.listening) {
        return {
          Messages: taken.map((m) => ({
            MessageId: m.id,
            ReceiptHandle: m.receipt,
            Body: m.body,
            MD5OfBody: m.md5,
            Attributes: {
              ApproximateReceiveCount: String(m.receiveCount),
              SentTimestamp: String(m.sentAt),
              ApproximateFirstReceiveTimestamp: String(m.firstReceivedAt ?? m.sentAt),
            },
          })),
        };
      }
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.waiters.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(wake, Math.min(200, Math.max(waitUntil - Date.now(), 0)));
        this.waiters.add(wake);
      });
    }
  }

  private take(queue: Queue, max: number, visibilityMs: number): Message[] {
    const now = Date.now();
    const redrive = queue.attributes.RedrivePolicy ? JSON.parse(queue.attributes.RedrivePolicy) : undefined;
    const taken: Message[] = [];
    for (const message of [...queue.messages]) {
      if (taken.length >= max) break;
      if (message.visibleAt > now) continue;
      if (redrive && message.receiveCount >= Number(redrive.maxReceiveCount)) {
        // Received maxReceiveCount times without being deleted: to the dead-letter queue.
        queue.messages.splice(queue.messages.indexOf(message), 1);
        const dlq = [...this.queues.values()].find((q) => q.arn === redrive.deadLetterTargetArn);
        if (dlq) dlq.messages.push({ ...message, receiveCount: 0, visibleAt: now, receipt: undefined });
        continue;
      }
      message.receiveCount += 1;
      message.firstReceivedAt ??= now;
      message.visibleAt = now + visibilityMs;
      message.receipt = randomUUID();
      taken.push(message);
    }
    return taken;
  }

  private deleteByReceipt(queue: Queue, receipt: string): void {
    const index = queue.messages.findIndex((m) => m.receipt === receipt);
    if (index >= 0) queue.messages.splice(index, 1);
  }

  private queue(url: string): Queue {
    const name = String(url ?? "").split("/").pop() ?? "";
    return this.queueByName(name);
  }

  private queueByName(name: string): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new SqsError("QueueDoesNotExist", `The specified queue ${name} does not exist.`);
    return queue;
  }
}
