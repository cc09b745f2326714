import { parseArgs, type ParseArgsConfig } from "node:util";
import { PIPELINE_VERSION } from "../shared/version";
import { CLI_VERSION } from "./cli-version";

type Options = NonNullable<ParseArgsConfig["options"]>;
type Values = Record<string, string | boolean | undefined>;
type Write = (line: string) => void;

interface Command {
  summary: string;
  usage: string;
  options: Options;
  /** Imported on use: `--help` and `--version` load no extraction model and no AWS SDK. */
  run(positionals: string[], values: Values, write: Write): Promise<number>;
}

const TARGET_HELP = `Target: the running \`npm start\` stack by default when there is one (--local forces it);
otherwise, or with --stack NAME, a deployed CloudFormation stack (default name NewsSummary),
using your usual AWS credentials; requests to the query Function URL are SigV4-signed.`;
const TARGET_OPTIONS: Options = { local: { type: "boolean" }, stack: { type: "string" } };
const PAGE_OPTIONS: Options = { limit: { type: "string" }, cursor: { type: "string" } };

const COMMANDS: Record<string, Command> = {
  summarize: {
    summary: "summarize article files or JSON Lines on stdin, offline (no AWS involved)",
    usage: `news-summary summarize FILE… [--with-text]
news-summary summarize --jsonl [--with-text] < articles.jsonl

  FILE…         article files (text, HTML, saved pages .mhtml/.webarchive, Markdown, JSON, CSV tables of articles,
                NewsML-G2, NewsML 1, NITF, RSS, Atom, agency wires in IPTC 7901), read by content:
                one summary JSON; a JSON array (one per story) for a feed, a table or a NewsML message;
                JSON Lines for several files. A dateline with no year ("ROTTERDAM, Nov 14 (Reuters)") takes
                the latest year that puts it on or before the file's modification time
  --jsonl       read {"id","name","text"} lines on stdin and write one summary (or {"id","error"}) per line;
                an optional "received" (ISO 8601) plays the modification time's part
  --with-text   include the plain text that every offset in the summary indexes

Exit code: 0 when every article was summarized, 1 when one or more failed (each with its reason).`,
    options: { "with-text": { type: "boolean" }, jsonl: { type: "boolean" } },
    async run(files, values, write) {
      const { summarizeFiles, summarizeJsonLines } = await import("./summarize-command");
      const withText = Boolean(values["with-text"]);
      if (values.jsonl) return (await summarizeJsonLines(process.stdin, withText, write)) ? 1 : 0;
      if (!files.length) throw new UsageError("summarize needs FILE… or --jsonl");
      return summarizeFiles(files, withText, write) ? 1 : 0;
    },
  },
  query: {
    summary: "read summaries from a running stack: article, month, entity, quotes, status",
    usage: `news-summary query article ID                          GET /articles/{id}
news-summary query month YYYY-MM [--lang fr] [--limit N] [--cursor C]
news-summary query entity NAME [--limit N] [--cursor C]
news-summary query quotes SPEAKER [--limit N] [--cursor C]
news-summary query status KEY                          PROCESSED, FAILED with its reason, …

${TARGET_HELP}`,
    options: { ...TARGET_OPTIONS, ...PAGE_OPTIONS, lang: { type: "string" } },
    async run(rest, values, write) {
      const path = queryPath(rest, values);
      const { resolveTarget } = await import("./targets");
      const { queryTarget } = await import("./query-target");
      const response = await queryTarget(await resolveTarget(targetOf(values)), path);
      write(JSON.stringify(response.body, null, 2));
      return response.status === 200 ? 0 : 1;
    },
  },
  view: {
    summary: "open the viewer: articles with their entities and quotes marked, in your browser",
    usage: `news-summary view [--local | --stack NAME] [--port N] [--no-open]

  --port N     port of the local signing proxy for a deployed stack (default: any free port)
  --no-open    print the viewer's URL without opening a browser

For the \`npm start\` stack it opens its /view page. For a deployed stack, whose Function URL takes only
SigV4-signed requests, it runs a proxy on 127.0.0.1 that signs each GET with your AWS credentials, and
keeps running until Ctrl+C.

${TARGET_HELP}`,
    options: { ...TARGET_OPTIONS, port: { type: "string" }, "no-open": { type: "boolean" } },
    async run(_rest, values, write) {
      const port = typeof values.port === "string" ? Number(values.port) : undefined;
      if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) throw new UsageError(`view: --port must be a port number, not ${values.port}`);
      const { resolveTarget } = await import("./targets");
      const { runViewCommand } = await import("./view-command");
      const target = await resolveTarget(targetOf(values));
      await runViewCommand(target, { port, open: !values["no-open"], write });
      // The signing proxy serves until the user stops it.
      if (target.kind === "aws") await new Promise<never>(() => {});
      return 0;
    },
  },
  redrive: {
    summary: "move messages from the dead-letter queue back to the ingest queue",
    usage: `news-summary redrive [--local | --stack NAME]

Run it once the fault that sent messages to the dead-letter queue is fixed.

${TARGET_HELP}`,
    options: TARGET_OPTIONS,
    async run(_rest, values, write) {
      const { resolveTarget } = await import("./targets");
      const { redriveTarget } = await import("./queue-commands");
      const moved = await redriveTarget(await resolveTarget(targetOf(values)));
      write(`moved ${moved} message(s) from the dead-letter queue back to the ingest queue`);
      return 0;
    },
  },
  reindex: {
    summary: "reprocess every article in the bucket (or only those of an older pipeline version)",
    usage: `news-summary reindex [--outdated] [--local | --stack NAME]

  --outdated   only articles whose summary came from an older pipelineVersion

${TARGET_HELP}`,
    options: { ...TARGET_OPTIONS, outdated: { type: "boolean" } },
    async run(_rest, values, write) {
      const { resolveTarget } = await import("./targets");
      const { reindexTarget } = await import("./queue-commands");
      const result = await reindexTarget(await resolveTarget(targetOf(values)), { outdated: Boolean(values.outdated) });
      write(`scanned ${result.scanned} article object(s), enqueued ${result.enqueued} for reprocessing`);
      return 0;
    },
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return `news-summary ${CLI_VERSION}: summaries of news articles

Usage: news-summary COMMAND [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
  .join("\n")}

  news-summary COMMAND --help     options of one command
  news-summary --version          CLI and extraction pipeline versions`;
}

export async function main(argv: string[], write: Write = (line) => process.stdout.write(`${line}\n`)): Promise<number> {
  // Here, not at module load: the startup snapshot evaluates modules at install time, with another environment.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const [first, ...rest] = argv;
  if (first === "--version" || first === "-v") {
    write(`news-summary ${CLI_VERSION} (pipeline ${PIPELINE_VERSION})`);
    return 0;
  }
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    const topic = first === "help" ? rest[0] : undefined;
    if (topic && COMMANDS[topic]) write(COMMANDS[topic].usage);
    else write(usage());
    return first === undefined ? 2 : 0;
  }
  const command = COMMANDS[first];
  if (!command) throw new UsageError(`unknown command ${first}; commands: ${Object.keys(COMMANDS).join(", ")}`);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: { ...command.options, help: { type: "boolean", short: "h" } } });
  } catch (e) {
    throw new UsageError(`${first}: ${(e as Error).message}`);
  }
  if (parsed.values.help) {
    write(command.usage);
    return 0;
  }
  return command.run(parsed.positionals, parsed.values as Values, write);
}

export class UsageError extends Error {}

export { exitOnceFlushed } from "./exit-once-flushed";

/** What bin/news-summary.mjs and the startup snapshot both run: exit codes and one-line errors. */
export async function runCli(argv: string[]): Promise<void> {
  try {
    process.exitCode = await main(argv);
  } catch (e) {
    const usage = e instanceof UsageError;
    console.error(`news-summary: ${usage ? `${(e as Error).message} (see --help)` : (e as Error).message}`);
    process.exitCode = usage ? 2 : 1;
  }
}

function targetOf(values: Values): { local?: boolean; stack?: string } {
  return { local: values.local as boolean | undefined, stack: values.stack as string | undefined };
}

export function queryPath(rest: string[], values: Values): string {
  const [what, arg] = rest;
  const params = new URLSearchParams();
  if (typeof values.limit === "string") params.set("limit", values.limit);
  if (typeof values.cursor === "string") params.set("cursor", values.cursor);
  if (!arg) throw new UsageError(`query ${what ?? ""} needs an argument`);
  switch (what) {
    case "article":
      return `/articles/${encodeURIComponent(arg)}`;
    case "month":
      params.set("month", arg);
      if (typeof values.lang === "string") params.set("lang", values.lang);
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
