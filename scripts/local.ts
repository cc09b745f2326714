/**
 * `npm start`: the whole pipeline on this machine, no AWS account needed.
 * Starts the emulators (in memory), ingests samples/ and whatever is already
 * in .local/inbox/, prints the endpoints, and watches .local/inbox/ for more.
 * If an emulator dies, it stops with exit code 1 and says which: it never
 * keeps running half dead.
 */
import { PutObjectCommand } from "@aws-sdk/client-s3";
import { mkdirSync, readdirSync, readFileSync, statSync, watch, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { LOCAL_CREDENTIALS, startLocalStack } from "../local/local-stack";
import { waitForStatus } from "../local/wait-for-status";

const root = resolve(import.meta.dirname, "..");
const inbox = join(root, ".local", "inbox");
const base = Number(process.env.NEWS_SUMMARY_PORT_BASE ?? 4560);

function die(message: string): never {
  console.error(`\nnpm start: ${message}\nThe local stack is stopped (exit code 1). Run \`npm start\` again; see "Troubleshooting" in README.md.`);
  process.exit(1);
}

// One process holds every emulator: an error nothing caught means a part is in an unknown state.
process.on("uncaughtException", (e) => die(`unexpected error, ${e.stack ?? e.message}`));
process.on("unhandledRejection", (e) => die(`unexpected error, ${(e as Error)?.stack ?? String(e)}`));

let stack: Awaited<ReturnType<typeof startLocalStack>>;
try {
  stack = await startLocalStack({
    ports: { s3sqs: base + 1, dynamodb: base + 2, query: base + 4 },
    logLevel: (process.env.LOG_LEVEL as never) ?? "WARN",
    onEmulatorDead: (name, reason) => die(`the ${name} emulator stopped answering (${reason}).`),
  });
} catch (e) {
  const error = e as NodeJS.ErrnoException;
  if (error.code === "EADDRINUSE") die(`a port from ${base + 1} to ${base + 4} is taken (another npm start?). Stop it, or set NEWS_SUMMARY_PORT_BASE to another number.`);
  die(`could not start the local stack: ${error.message}`);
}

mkdirSync(inbox, { recursive: true });
writeFileSync(
  join(root, ".local", "endpoints.json"),
  JSON.stringify(
    {
      s3: stack.env.s3Endpoint,
      dynamodb: stack.env.dynamodbEndpoint,
      sqs: stack.env.sqsEndpoint,
      bucket: stack.bucket,
      summariesBucket: stack.overflowBucket,
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

console.log(`S3 and SQS endpoint: ${stack.env.s3Endpoint}`);
console.log(`Bucket: ${stack.bucket}`);
console.log(`Query URL: ${stack.queryUrl}`);
console.log(`Viewer: ${stack.queryUrl}/view`);
console.log(`Credentials: ${LOCAL_CREDENTIALS.accessKeyId} ${LOCAL_CREDENTIALS.secretAccessKey}`);
console.log("Data: in memory, gone when npm start stops; files in .local/inbox/ are ingested again at each start.");

async function drop(path: string): Promise<void> {
  const key = basename(path);
  await stack.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: readFileSync(path) }));
  const status = await waitForStatus(stack.queryUrl, key, { timeoutMs: 60_000 });
  const detail = status.state === "FAILED" ? ` ${status.reason?.code}: ${status.reason?.message}` : ` id=${status.id}`;
  console.log(`  ${key}: ${status.state}${detail}`);
}

const files = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((f) => f.isFile() && !f.name.startsWith(".")).map((f) => join(dir, f.name));
const samples = files(join(root, "samples"));
const waiting = files(inbox);
console.log(`Ingesting ${samples.length} sample articles from samples/${waiting.length ? ` and ${waiting.length} files from .local/inbox/` : ""} …`);
await Promise.all([...samples, ...waiting].map(drop));
console.log("Ready");
console.log(`
Try:
  curl '${stack.queryUrl}/status?key=${basename(samples[0] ?? "x.txt")}'
  curl '${stack.queryUrl}/articles?month=2025-03'
Drop more articles (any name; the format is read from the content):
  cp my-article.txt .local/inbox/                         (watched folder)
  npm run drop -- my-article.txt
  AWS_ACCESS_KEY_ID=${LOCAL_CREDENTIALS.accessKeyId} AWS_SECRET_ACCESS_KEY=${LOCAL_CREDENTIALS.secretAccessKey} aws --endpoint-url ${stack.env.s3Endpoint} s3 cp my-article.txt s3://${stack.bucket}/
Press Ctrl+C to stop.`);

const seen = new Map<string, number>();
watch(inbox, (_event, name) => {
  if (!name || name.startsWith(".")) return;
  const path = join(inbox, name);
  let mtime: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return;
    mtime = stat.mtimeMs;
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
