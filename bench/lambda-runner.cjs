// Plays a Lambda cold start in a fresh `node` process: load a bundle, run its
// handler on each event of a JSON file in turn, and report on fd 3:
// time from process start to loaded, and wall/CPU time of each invocation.
// Plain CommonJS so nothing (no tsx loader) runs before the bundle does.
"use strict";
const { writeSync, readFileSync } = require("node:fs");

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function main() {
  const [bundle, eventsFile] = process.argv.slice(2);
  const events = JSON.parse(readFileSync(eventsFile, "utf8"));
  const loadStart = performance.now();
  const { handler } = require(bundle);
  const loaded = { sinceStartMs: performance.now(), loadMs: performance.now() - loadStart, cpuMs: cpuMs() };
  const invocations = [];
  for (const event of events) {
    const wall = performance.now();
    const cpu = cpuMs();
    const response = await handler(event, { awsRequestId: `bench-${invocations.length}`, functionName: "bench" });
    invocations.push({ wallMs: performance.now() - wall, cpuMs: cpuMs() - cpu, sinceStartMs: performance.now(), failures: response?.batchItemFailures?.length ?? 0, statusCode: response?.statusCode });
  }
  writeSync(3, JSON.stringify({ loaded, invocations, maxRssBytes: process.resourceUsage().maxRSS * 1024 }) + "\n");
}

main().then(
  () => process.exit(0),
  (e) => {
    writeSync(3, JSON.stringify({ fatal: `${e.name}: ${e.message}` }) + "\n");
    process.exit(1);
  },
);
