/**
 * The CLI as a V8 startup snapshot, built at install by scripts/build-cli.mjs
 * (`node --build-snapshot`): every module evaluated and the extraction tables
 * and models decoded once, at build time, so a call starts with them in the
 * heap instead of spending most of its time loading them.
 */
import { startupSnapshot } from "node:v8";
import { summarize } from "../shared/summarize";
import { exitOnceFlushed } from "./exit-once-flushed";
import { runCli } from "./main";
import { WARM_UP_ARTICLES } from "./warm-up-articles";

// The build's banner hid TextDecoder while modules loaded (an instance made at load cannot be
// serialised into a snapshot: fflate makes one); later calls get the real one back.
const hidden = (globalThis as { __newsSummaryTextDecoder?: typeof TextDecoder }).__newsSummaryTextDecoder;
if (hidden) globalThis.TextDecoder = hidden;

// Lazily built tables (gazetteer, per-language tables, tagger weights) are built now, into the snapshot.
for (const article of WARM_UP_ARTICLES) summarize({ id: article.name, name: article.name, body: article.body });

startupSnapshot.setDeserializeMainFunction(() => {
  // Started as `node --snapshot-blob FILE ARGS…`: the arguments follow the executable.
  const argv = process.argv.slice(1);
  void runCli(argv).then(() => argv[0] === "summarize" && exitOnceFlushed());
});
