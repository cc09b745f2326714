/**
 * `npm start`: the whole pipeline on this machine, no AWS account needed.
 * Starts the emulators, ingests samples/, prints the endpoints, and watches
 * .local/inbox/ for more files. Data persists in .local/data unless --memory.
 */
import { PutObjectCommand } from "@aws-sdk/client-s3";
import { mkdirSync, readdirSync, readFileSync, statSync, watch, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { isArticleKey } from "../shared/pipeline-config";
import { startLocalStack, LOCAL_CREDENTIALS } from "../local/local-stack";
import { waitForStatus } from "../local/wait-for-status";

const args = new Set(process.argv.slice(2));
const root = resolve(import.meta.dirname, "..");
const memory = args.has("--memory");
const inbox = join(root, ".local", "inbox");
const base = Number(process.env.NEWS_SUMMARY_PORT_BASE ?? 4560);

const stack = await startLocalStack({
  ...(memory ? {} : { dataDir: join(root, ".local", "data") }),
  ports: { s3: base + 1, dynamodb: base + 2, sqs: base + 3, query: base + 4 },
  logLevel: (process.env.LOG_LEVEL as never) ?? "WARN",
});
mkdirSync(inbox, { recursive: true });
writeFileSync(
  join(root, ".local", "endpoints.json"),
  JSON.stringify(
    {
      s3: stack.env.s3Endpoint,
      dynamodb: stack.env.dynamodbEndpoint,
      sqs: stack.env.sqsEndpoint,
      bucket: stack.bucket,
      table: stack.table,
      queueUrl: stack.queueUrl,
      deadLetterQueueUrl: stack.deadLetterQueueUrl,
      queryUrl: stack.queryUrl,
      credentials: LOCAL_CREDENTIALS,
    },
    null,
    2,
  ),
);

console.log(`S3 endpoint: ${stack.env.s3Endpoint}`);
console.log(`Bucket: ${stack.bucket}`);
console.log(`Query URL: ${stack.queryUrl}`);
console.log(`Credentials: ${LOCAL_CREDENTIALS.accessKeyId} ${LOCAL_CREDENTIALS.secretAccessKey}`);
console.log(`Data: ${memory ? "in memory (discarded on exit)" : join(root, ".local", "data")}`);

async function drop(path: string): Promise<void> {
  const key = basename(path);
  await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: readFileSync(path) }));
  const status = await waitForStatus(stack.queryUrl, key, { timeoutMs: 60_000 });
  const detail = status.state === "FAILED" ? ` ${status.reason?.code}: ${status.reason?.message}` : ` id=${status.id}`;
  console.log(`  ${key}: ${status.state}${detail}`);
}

const samplesDir = join(root, "samples");
const samples = readdirSync(samplesDir).filter(isArticleKey).map((f) => join(samplesDir, f));
console.log(`Ingesting ${samples.length} sample articles from samples/ …`);
await Promise.all(samples.map(drop));
console.log("Ready");
console.log(`
Try:
  curl '${stack.queryUrl}/status?key=${basename(samples[0] ?? "x.txt")}'
  curl '${stack.queryUrl}/articles?month=2025-03'
Drop more articles (.txt .html .htm .md .json):
  cp my-article.txt .local/inbox/                         (watched folder)
  npm run drop -- my-article.txt
  AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER aws --endpoint-url ${stack.env.s3Endpoint} s3 cp my-article.txt s3://${stack.bucket}/
Press Ctrl+C to stop.`);

const seen = new Map<string, number>();
watch(inbox, (_event, name) => {
  if (!name || !isArticleKey(name)) return;
  const path = join(inbox, name);
  let mtime: number;
  try {
    mtime = statSync(path).mtimeMs;
  } catch {
    return;
  }
  if (seen.get(name) === mtime) return;
  seen.set(name, mtime);
  // Let the writer finish before reading.
  setTimeout(() => void drop(path).catch((e) => console.error(`  ${name}: ${(e as Error).message}`)), 200);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void stack.stop().then(() => process.exit(0));
  });
}
