import { HttpResponse } from "@smithy/protocol-http";
import { Readable } from "node:stream";

/**
 * Fault injection for AWS SDK v3 clients, at the HTTP level: a middleware
 * placed just inside the SDK's deserializer answers chosen requests with the
 * raw responses the real services send when throttling or failing (or
 * raises the error the Node HTTP handler raises on a timeout). The SDK's own
 * error parsing and retry strategy (backoff, jitter, retry quota) then run
 * exactly as they would against AWS.
 */
export type FaultKind = "throttle" | "server-error" | "timeout" | "crash";
export type Service = "s3" | "dynamodb";

export interface RequestInfo {
  service: Service;
  /** e.g. "GetObjectCommand", "PutItemCommand". */
  command: string;
  input: Record<string, any>;
  /** 1-based SDK attempt, from the amz-sdk-request header the retry middleware sets. */
  attempt: number;
  /** Same for every attempt of one logical request (amz-sdk-invocation-id). */
  invocation: string;
}

export interface FaultRule {
  /** For the report of what was injected. */
  name: string;
  kind: FaultKind;
  when: (request: RequestInfo) => boolean;
}

interface MiddlewareClient {
  middlewareStack: { addRelativeTo: (middleware: any, options: any) => void };
}

export class FaultInjector {
  private rules: FaultRule[] = [];
  /** Faults injected, by rule name. */
  readonly injected = new Map<string, number>();
  /** Requests seen (faulted or not), by service and command. */
  readonly requests = new Map<string, number>();
  /** Called with every request before faults are considered (e.g. to change the world mid-request). */
  onRequest?: (request: RequestInfo) => Promise<void> | void;
  /** Called after a request that was not faulted got its response (before the body is read). */
  afterResponse?: (request: RequestInfo) => Promise<void> | void;

  /** Time a "timeout" fault waits before failing, as a socket timeout would. */
  constructor(private readonly timeoutMs = 50) {}

  add(rule: FaultRule): this {
    this.rules.push(rule);
    return this;
  }

  clear(): void {
    this.rules = [];
  }

  count(name: string): number {
    return this.injected.get(name) ?? 0;
  }

  attach(client: MiddlewareClient, service: Service): void {
    const middleware = (next: (args: any) => Promise<any>, context: { commandName?: string }) => async (args: any) => {
      const header = String(args.request?.headers?.["amz-sdk-request"] ?? "attempt=1");
      const request: RequestInfo = {
        service,
        command: context.commandName ?? "unknown",
        input: args.input ?? {},
        attempt: Number(/attempt=(\d+)/.exec(header)?.[1] ?? 1),
        invocation: String(args.request?.headers?.["amz-sdk-invocation-id"] ?? ""),
      };
      const seen = `${service}:${request.command}`;
      this.requests.set(seen, (this.requests.get(seen) ?? 0) + 1);
      await this.onRequest?.(request);
      const rule = this.rules.find((r) => r.when(request));
      if (!rule) {
        const result = await next(args);
        await this.afterResponse?.(request);
        return result;
      }
      this.injected.set(rule.name, this.count(rule.name) + 1);
      if (rule.kind === "crash") {
        // The process died here: nothing retries, nothing after this point is written.
        throw Object.assign(new Error("process killed (simulated)"), { name: "ProcessKilled", $retryable: undefined });
      }
      if (rule.kind === "timeout") {
        await new Promise((r) => setTimeout(r, this.timeoutMs));
        // What @smithy/node-http-handler raises when requestTimeout/socket timeout expires.
        throw Object.assign(new Error(`Connection timed out after ${this.timeoutMs} ms`), { name: "TimeoutError", code: "ETIMEDOUT" });
      }
      return { response: fakeResponse(service, rule.kind) };
    };
    // "after" the deserializer = nearer the network: our fake response is parsed like a real one.
    client.middlewareStack.addRelativeTo(middleware, { relation: "after", toMiddleware: "deserializerMiddleware", name: "faultInjector", override: true });
  }
}

function fakeResponse(service: Service, kind: "throttle" | "server-error"): HttpResponse {
  const requestId = Math.random().toString(16).slice(2);
  if (service === "dynamodb") {
    const [statusCode, type, message] =
      kind === "throttle"
        ? [400, "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException", "The level of configured provisioned throughput for the table was exceeded."]
        : [500, "com.amazonaws.dynamodb.v20120810#InternalServerError", "Internal server error"];
    return new HttpResponse({
      statusCode,
      headers: { "content-type": "application/x-amz-json-1.0", "x-amzn-requestid": requestId },
      body: Readable.from([Buffer.from(JSON.stringify({ __type: type, message }))]),
    });
  }
  const [statusCode, code, message] = kind === "throttle" ? [503, "SlowDown", "Please reduce your request rate."] : [500, "InternalError", "We encountered an internal error. Please try again."];
  return new HttpResponse({
    statusCode,
    headers: { "content-type": "application/xml", "x-amz-request-id": requestId },
    body: Readable.from([Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message><RequestId>${requestId}</RequestId></Error>`)]),
  });
}

/** The article partition a DynamoDB request touches, from its (marshalled) key or item. */
export function partitionOf(input: Record<string, any>): string | undefined {
  const key = input.Key ?? input.Item;
  const pk = key?.pk;
  if (typeof pk === "string") return pk;
  if (pk && typeof pk.S === "string") return pk.S;
  const values = input.ExpressionAttributeValues?.[":pk"];
  return typeof values === "string" ? values : values?.S;
}

export const isWrite = (command: string) => ["PutItemCommand", "UpdateItemCommand", "DeleteItemCommand"].includes(command);

/** Picks about 1 in `n` logical requests, by invocation id: every attempt of a request gets the same answer. */
export function oneIn(n: number, request: RequestInfo): boolean {
  let h = 2166136261;
  for (let i = 0; i < request.invocation.length; i++) h = Math.imul(h ^ request.invocation.charCodeAt(i), 16777619) >>> 0;
  return h % n === 0;
}
