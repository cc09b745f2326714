/** `npm run drop -- FILE…`: uploads files to the bucket of a running `npm start` and waits for their status. */
import { PutObjectCommand } from "@aws-sdk/client-s3";
import { existsSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { makeS3Client } from "../shared/aws/clients";
import { waitForStatus } from "../local/wait-for-status";

const endpointsFile = join(resolve(import.meta.dirname, ".."), ".local", "endpoints.json");
if (!existsSync(endpointsFile)) {
  console.error("No local stack found: run `npm start` in another terminal first.");
  process.exit(2);
}
const files = process.argv.slice(2);
if (!files.length) {
  console.error("usage: npm run drop -- FILE…");
  process.exit(2);
}
const endpoints = JSON.parse(readFileSync(endpointsFile, "utf8"));
const s3 = makeS3Client({ region: "us-east-1", s3Endpoint: endpoints.s3, credentials: endpoints.credentials });
let failed = 0;
for (const file of files) {
  const key = basename(file);
  await s3.send(new PutObjectCommand({ Bucket: endpoints.bucket, Key: key, Body: readFileSync(file) }));
  const status = await waitForStatus(endpoints.queryUrl, key, { timeoutMs: 60_000 });
  if (status.state === "FAILED") failed++;
  console.log(JSON.stringify(status));
}
process.exit(failed ? 1 : 0);
