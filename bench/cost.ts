/**
 * The AWS cost of ingesting 1,000 and 1,000,000 articles of 5 KB, computed
 * from bench/results.json (measured durations, counted calls, item sizes)
 * and AWS's public us-east-1 unit prices.
 *
 *   npx tsx bench/cost.ts [results.json] [--write]   (--write regenerates docs/cost.md)
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { BenchResults } from "./results";

/** Unit prices, us-east-1, on-demand, first tier; where each was read and when. */
export const PRICES = {
  checked: "2026-11-23",
  lambdaArmGbSecond: { usd: 0.0000133334, source: "https://aws.amazon.com/lambda/pricing/ (Arm, first 7.5 billion GB-s/month; figure as quoted for US East (N. Virginia) in https://cloudchipr.com/blog/aws-lambda-pricing)" },
  lambdaRequest: { usd: 0.2 / 1e6, source: "https://aws.amazon.com/lambda/pricing/ ($0.20 per 1M requests)" },
  sqsRequest: { usd: 0.4 / 1e6, source: "https://aws.amazon.com/sqs/pricing/ (standard queue, $0.40 per 1M requests per 64 KB chunk; as of March 2026 per https://cloudburn.io/blog/amazon-sqs-pricing)" },
  s3Put: { usd: 0.005 / 1000, source: "https://aws.amazon.com/s3/pricing/ (S3 Standard, PUT/COPY/POST/LIST $0.005 per 1,000; per https://c3x.dev/blog/s3-request-fees-explained)" },
  s3Get: { usd: 0.0004 / 1000, source: "https://aws.amazon.com/s3/pricing/ (S3 Standard, GET/SELECT $0.0004 per 1,000)" },
  dynamoWru: { usd: 0.625 / 1e6, source: "https://aws.amazon.com/dynamodb/pricing/on-demand/ ($0.625 per million write request units since the November 2024 reduction; per https://airbyte.com/data-engineering-resources/dynamodb-pricing)" },
  dynamoRru: { usd: 0.125 / 1e6, source: "https://aws.amazon.com/dynamodb/pricing/on-demand/ ($0.125 per million read request units)" },
  logsIngestGb: { usd: 0.5, source: "https://aws.amazon.com/cloudwatch/pricing/ (Logs standard ingestion $0.50 per GB; us-east-1 June 2026 per https://c3x.dev/blog/cloudwatch-logs-cost-optimization)" },
  comprehendUnit: { usd: 0.0001, source: "https://aws.amazon.com/comprehend/pricing/ (DetectEntities: $0.0001 per unit of 100 characters, 3-unit minimum per request)" },
} as const;

/** Lambda's CPU share grows with memory: one full vCPU at 1,769 MB (AWS Lambda docs, memory and computing power). */
const FULL_VCPU_MB = 1769;
export const INGEST_MEMORY_MB = 512;
const BATCH_SIZE = 10;
const ARTICLE_CHARS = 5 * 1024;

export interface CostRow {
  item: string;
  /** Units per article and what they are. */
  perArticle: number;
  unit: string;
  unitPriceUsd: number;
  /** The price as AWS lists it. */
  priceLabel: string;
  basis: string;
}

export interface CostTable {
  rows: CostRow[];
  perThousandUsd: number;
  perMillionUsd: number;
  comprehendPerThousandUsd: number;
  lambdaMsPerArticle: number;
  notes: string[];
}

export function costTable(results: BenchResults): CostTable {
  const warm = results.coldStart?.warmIngest;
  const capacity = results.capacity;
  const calls = results.endToEnd?.callsPerArticle ?? {};
  const notes: string[] = [];

  // Billed duration: I/O waits as measured locally, CPU stretched to a 512 MB function's share of a vCPU.
  let lambdaMs: number;
  if (warm && Number.isFinite(warm.msPerArticle.median)) {
    const cpu = warm.cpuMsPerArticle.median;
    const wait = Math.max(0, warm.msPerArticle.median - cpu);
    lambdaMs = cpu * (FULL_VCPU_MB / INGEST_MEMORY_MB) + wait;
    notes.push(
      `Lambda duration per article = CPU ${cpu.toFixed(1)} ms × ${FULL_VCPU_MB}/${INGEST_MEMORY_MB} (a 512 MB function has ${((INGEST_MEMORY_MB / FULL_VCPU_MB) * 100).toFixed(0)}% of a vCPU) + I/O wait ${wait.toFixed(1)} ms, from the warm ingest bundle handling batches of ${BATCH_SIZE} against the local emulators.`,
    );
  } else {
    const perSecond = results.throughput?.generated.articlesPerSecond.median ?? NaN;
    lambdaMs = (1000 / perSecond) * (FULL_VCPU_MB / INGEST_MEMORY_MB);
    notes.push("No warm ingest measurement: Lambda duration estimated from summarize() throughput alone (I/O not included).");
  }

  const statusUpdates = capacity?.statusUpdatesPerArticle ?? 2;
  const s3Gets = calls["S3 GetObjectCommand"] ?? 1;
  const rows: CostRow[] = [
    { item: "Lambda compute (ingest, 512 MB arm64)", perArticle: (lambdaMs / 1000) * (INGEST_MEMORY_MB / 1024), unit: "GB-s", unitPriceUsd: PRICES.lambdaArmGbSecond.usd, priceLabel: "$0.0000133334 per GB-s", basis: `${lambdaMs.toFixed(1)} ms × 0.5 GB` },
    { item: "Lambda requests", perArticle: 1 / BATCH_SIZE, unit: "invocations", unitPriceUsd: PRICES.lambdaRequest.usd, priceLabel: "$0.20 per 1M", basis: `one invocation per batch of ${BATCH_SIZE}` },
    { item: "SQS requests", perArticle: 1 + 2 / BATCH_SIZE, unit: "requests", unitPriceUsd: PRICES.sqsRequest.usd, priceLabel: "$0.40 per 1M", basis: "1 send (S3 notification) + receive and delete-batch per batch of 10" },
    { item: "S3 PUT (the upload)", perArticle: 1, unit: "PUT", unitPriceUsd: PRICES.s3Put.usd, priceLabel: "$0.005 per 1,000", basis: "the article object; summaries stay in DynamoDB below 300 KB gzipped" },
    { item: "S3 GET (ingest reads the article)", perArticle: s3Gets, unit: "GET", unitPriceUsd: PRICES.s3Get.usd, priceLabel: "$0.0004 per 1,000", basis: "counted in the end-to-end run" },
    {
      item: "DynamoDB writes",
      perArticle: capacity ? capacity.tableWru + capacity.gsiWru : NaN,
      unit: "WRU",
      unitPriceUsd: PRICES.dynamoWru.usd,
      priceLabel: "$0.625 per 1M",
      basis: capacity
        ? `${statusUpdates.toFixed(1)} status updates + summary item (${(capacity.summaryItemBytes / 1024).toFixed(1)} KB) + ${capacity.indexItems.toFixed(1)} index items, 1 WRU per started KB; GSI copies ${capacity.gsiWru.toFixed(1)} WRU`
        : "not measured",
    },
    { item: "DynamoDB reads", perArticle: capacity?.queryRru ?? NaN, unit: "RRU", unitPriceUsd: PRICES.dynamoRru.usd, priceLabel: "$0.125 per 1M", basis: "consistent Query of the article's partition (stale index items), 1 RRU per started 4 KB" },
    {
      item: "CloudWatch Logs ingestion",
      perArticle: warm ? warm.logBytesPerArticle / 1e9 : NaN,
      unit: "GB",
      unitPriceUsd: PRICES.logsIngestGb.usd,
      priceLabel: "$0.50 per GB",
      basis: warm ? `${Math.round(warm.logBytesPerArticle)} bytes of handler logs per article (Lambda's START/END/REPORT lines not included)` : "not measured",
    },
  ];
  const perArticle = rows.reduce((n, r) => n + (Number.isFinite(r.perArticle) ? r.perArticle * r.unitPriceUsd : 0), 0);
  const comprehendUnits = Math.max(3, Math.ceil(ARTICLE_CHARS / 100));
  notes.push(
    "Not included: storage (S3 and DynamoDB per GB-month), free tiers, the Lambda event source's empty long-poll receives on an idle queue (a fixed few cents a month), and query traffic; a read by id costs " +
      `${capacity ? capacity.readByIdRru.toFixed(1) : "?"} RRU.`,
  );
  return {
    rows,
    perThousandUsd: perArticle * 1000,
    perMillionUsd: perArticle * 1e6,
    comprehendPerThousandUsd: comprehendUnits * PRICES.comprehendUnit.usd * 1000,
    lambdaMsPerArticle: lambdaMs,
    notes,
  };
}

function usd(value: number): string {
  if (!Number.isFinite(value)) return "n/a";
  if (value === 0) return "$0";
  return value >= 100 ? `$${value.toFixed(0)}` : value >= 1 ? `$${value.toFixed(2)}` : `$${value.toPrecision(2)}`;
}

function units(value: number): string {
  if (!Number.isFinite(value)) return "n/a";
  return value >= 100 ? Math.round(value).toLocaleString("en-US") : value >= 1 ? value.toFixed(1) : value.toPrecision(2);
}

export function costMarkdown(results: BenchResults): string {
  const table = costTable(results);
  const lines = [
    `| item | per article | unit price (us-east-1) | 1,000 articles | 1,000,000 articles | basis |`,
    `|---|---|---|---|---|---|`,
    ...table.rows.map(
      (r) =>
        `| ${r.item} | ${units(r.perArticle)} ${r.unit} | ${r.priceLabel} | ${usd(r.perArticle * r.unitPriceUsd * 1000)} (${units(r.perArticle * 1000)} ${r.unit}) | ${usd(r.perArticle * r.unitPriceUsd * 1e6)} (${units(r.perArticle * 1e6)} ${r.unit}) | ${r.basis} |`,
    ),
    `| **Total, this pipeline** | | | **${usd(table.perThousandUsd)}** | **${usd(table.perMillionUsd)}** | target: under $0.05 per 1,000 |`,
    `| Amazon Comprehend DetectEntities alone | ${Math.max(3, Math.ceil(ARTICLE_CHARS / 100))} units | $0.0001 per 100 characters | ${usd(table.comprehendPerThousandUsd)} | ${usd(table.comprehendPerThousandUsd * 1000)} | entities only, no quotes or summary; plus the same S3, SQS, Lambda and DynamoDB costs |`,
    "",
    `Comprehend for entities alone costs ${(table.comprehendPerThousandUsd / table.perThousandUsd).toFixed(0)}× this whole pipeline.`,
    "",
    ...table.notes.map((n) => `- ${n}`),
  ];
  return lines.join("\n");
}

function document(results: BenchResults): string {
  const priceLines = Object.entries(PRICES)
    .filter(([k]) => k !== "checked")
    .map(([k, v]) => `- \`${k}\`: ${typeof v === "object" ? v.source : v}`);
  return [
    "# What ingesting articles costs on AWS",
    "",
    `Generated by \`npm run bench\` (or \`npx tsx bench/cost.ts --write\` from \`bench/results.json\`) on ${results.meta.date.slice(0, 10)}${results.meta.quick ? " (quick run)" : ""}.`,
    "Figures per article come from the bench: the Lambda duration of the ingest bundle handling warm batches of 10,",
    "the AWS calls the pipeline made in the local end-to-end run, and the DynamoDB item sizes of the summaries it stored.",
    "Articles are typical 5 KB dispatches (French and English, text and HTML). Region us-east-1, on-demand prices, no free tier.",
    "",
    costMarkdown(results),
    "",
    `## Unit prices (us-east-1, read ${PRICES.checked})`,
    "",
    "The live AWS price pages could not be fetched from the build machine; each figure was read from a stored copy or a dated page quoting it, named below. Re-check them before quoting the table.",
    "",
    ...priceLines,
    "",
  ].join("\n");
}

export function writeCostDoc(results: BenchResults, repoRoot: string): string {
  const path = join(repoRoot, "docs", "cost.md");
  mkdirSync(join(repoRoot, "docs"), { recursive: true });
  writeFileSync(path, document(results));
  return path;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const repoRoot = resolve(import.meta.dirname, "..");
  const file = args.find((a) => !a.startsWith("--")) ?? join(repoRoot, "bench", "results.json");
  const results = JSON.parse(readFileSync(file, "utf8")) as BenchResults;
  console.log(costMarkdown(results));
  if (args.includes("--write")) console.log(`\nwrote ${writeCostDoc(results, repoRoot)}`);
}
