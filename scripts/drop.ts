/** `npm run drop -- FILE…`: uploads files to the bucket of a running `npm start` and waits for their status. */
import { PutObjectCommand } from "@aws-sdk/client-s3";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { resolveTarget } from "../cli/targets";
import { waitForStatus } from "../local/wait-for-status";
import { makeS3Client } from "../shared/aws/clients";

const files = process.argv.slice(2);
if (!files.length) {
  console.error("usage: npm run drop -- FILE…");
  process.exit(2);
}
let target;
try {
  target = await resolveTarget({ local: true });
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
const s3 = makeS3Client(target.clientEnv);
let failed = 0;
for (const file of files) {
  const key = basename(file);
  await s3.send(new PutObjectCommand({ Bucket: target.bucket, Key: key, Body: readFileSync(file) }));
  const status = await waitForStatus(target.queryUrl, key, { timeoutMs: 60_000 });
  if (status.state === "FAILED") failed++;
  console.log(JSON.stringify(status));
}
process.exit(failed ? 1 : 0);
