import { parseArgs } from "node:util";
import { makeDynamoDbClient, makeS3Client } from "../shared/aws/clients";
import { makeSqsClient } from "../shared/aws/sqs-client";
import { DynamoDbSummaryStore } from "../shared/store/dynamodb-summary-store";
import { S3BlobStore } from "../shared/store/s3-blob-store";
import { redrive, reindex } from "./queue-commands";
import { signedGet } from "./signed-fetch";
import { summarizeFiles, summarizeJsonLines } from "./summarize-command";
import { resolveTarget, type Target } from "./targets";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

const USAGE = `news-summary — summaries of news articles

  news-summary summarize FILE… [--with-text]        summary JSON (JSON Lines for several files)
  news-summary summarize --jsonl [--with-text]      {"id","name","text"} lines on stdin -> summaries
  news-summary query article ID                     GET /articles/{id}
  news-summary query month YYYY-MM [--lang fr] [--limit N] [--cursor C]
  news-summary query entity NAME [--limit N] [--cursor C]
  news-summary query quotes SPEAKER [--limit N] [--cursor C]
  news-summary query status KEY
  news-summary redrive                              dead-letter queue -> ingest queue
  news-summary reindex [--outdated]                 re-enqueue every article (or only older pipelineVersion)

Target: the running \`npm start\` stack by default when there is one (--local forces it);
otherwise, or with --stack NAME, a deployed CloudFormation stack (default name NewsSummary),
using your usual AWS credentials; query requests are SigV4-signed for the Function URL.`;

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      "with-text": { type: "boolean" },
      jsonl: { type: "boolean" },
      local: { type: "boolean" },
      stack: { type: "string" },
      lang: { type: "string" },
      limit: { type: "string" },
      cursor: { type: "string" },
      outdated: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, ...rest] = positionals;
  const write = (line: string) => process.stdout.write(`${line}\n`);
  if (values.help || !command) {
    write(USAGE);
    return command || values.help ? 0 : 2;
  }
  if (command === "summarize") {
    const withText = Boolean(values["with-text"]);
    if (values.jsonl) return (await summarizeJsonLines(process.stdin, withText, write)) ? 1 : 0;
    if (!rest.length) throw new UsageError("summarize needs FILE… or --jsonl");
    return summarizeFiles(rest, withText, write) ? 1 : 0;
  }
  const target = await resolveTarget({ local: values.local, stack: values.stack });
  if (command === "query") {
    const response = await query(target, queryPath(rest, values));
    write(JSON.stringify(response.body, null, 2));
    return response.status === 200 ? 0 : 1;
  }
  const sqs = makeSqsClient(target.clientEnv);
  if (command === "redrive") {
    const moved = await redrive(sqs, target.deadLetterQueueUrl, target.queueUrl);
    write(`moved ${moved} message(s) from the dead-letter queue back to the ingest queue`);
    return 0;
  }
  if (command === "reindex") {
    const s3 = makeS3Client(target.clientEnv);
    const store = new DynamoDbSummaryStore({ tableName: target.table, client: makeDynamoDbClient(target.clientEnv), overflow: new S3BlobStore(s3, target.bucket) });
    const result = await reindex({ s3, sqs, store, bucket: target.bucket, queueUrl: target.queueUrl }, { outdated: values.outdated });
    write(`scanned ${result.scanned} article object(s), enqueued ${result.enqueued} for reprocessing`);
    return 0;
  }
  throw new UsageError(`unknown command ${command}`);
}

export class UsageError extends Error {}

function queryPath(rest: string[], values: { lang?: string; limit?: string; cursor?: string }): string {
  const [what, arg] = rest;
  const params = new URLSearchParams();
  if (values.limit) params.set("limit", values.limit);
  if (values.cursor) params.set("cursor", values.cursor);
  if (!arg) throw new UsageError(`query ${what ?? ""} needs an argument`);
  switch (what) {
    case "article":
      return `/articles/${encodeURIComponent(arg)}`;
    case "month":
      params.set("month", arg);
      if (values.lang) params.set("lang", values.lang);
      return `/articles?${params}`;
    case "entity":
      return `/entities/${encodeURIComponent(arg)}/articles?${params}`;
    case "quotes":
      params.set("speaker", arg);
      return `/quotes?${params}`;
    case "status":
      return `/status?${new URLSearchParams({ key: arg })}`;
    default:
      throw new UsageError(`query what? article, month, entity, quotes or status`);
  }
}

async function query(target: Target, path: string): Promise<{ status: number; body: unknown }> {
  const url = `${target.queryUrl}${path}`;
  const response = target.kind === "aws" ? await signedGet(url) : await fetch(url);
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) };
  } catch {
    return { status: response.status, body: { error: text } };
  }
}
