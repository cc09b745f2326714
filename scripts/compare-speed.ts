/**
 * `npx tsx scripts/compare-speed.ts OTHER_CHECKOUT`: summarize() of this checkout against another one
 * (e.g. `git worktree add /tmp/base <commit>`, with node_modules linked), on the 200 typical articles
 * `npm run eval` times. Each article goes through both back to back, order alternating, so a busy
 * machine slows both alike; whole-run throughput on a shared machine varies far more than the change.
 * Run it from both checkouts: the one that runs the script measured about 4.5% slower than the other with identical code.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { CORPUS_DIR, listSets, readRecords } from "../eval/corpus";
import { typicalArticles } from "../eval/speed";
import { summarize as mine } from "../shared/summarize";

const other = process.argv[2];
if (!other) {
  console.log("usage: npx tsx scripts/compare-speed.ts OTHER_CHECKOUT [ROUNDS]");
  process.exit(1);
}
const rounds = Number(process.argv[3] ?? 12);
const { summarize: theirs } = (await import(pathToFileURL(resolve(other, "shared", "summarize.ts")).href)) as { summarize: typeof mine };
const text: { name: string; body: string }[] = [];
for (const s of listSets(CORPUS_DIR)) {
  if (!/^(seed|quotes-)/.test(s.name) && !/^meta-fr/.test(s.name)) continue;
  for (const rec of readRecords(s.path, 100)) if (!rec.name.endsWith(".html")) text.push({ name: rec.name, body: rec.text });
}
const typical = typicalArticles(text, 200, 5000);
let tOther = 0;
let tMine = 0;
for (let round = 0; round < rounds; round++) {
  typical.forEach((a, i) => {
    const input = { id: a.name, name: a.name, body: a.body };
    for (const which of (round + i) % 2 ? ["mine", "other"] : ["other", "mine"]) {
      const t0 = process.hrtime.bigint();
      (which === "mine" ? mine : theirs)(input);
      const dt = Number(process.hrtime.bigint() - t0);
      // The first two rounds warm up both.
      if (round >= 2) which === "mine" ? (tMine += dt) : (tOther += dt);
    }
  });
}
const per = (ns: number) => (ns / 1e6 / ((rounds - 2) * typical.length)).toFixed(3);
console.log(`summarize() on ${typical.length} typical articles: ${other} ${per(tOther)} ms, this checkout ${per(tMine)} ms per article (${((100 * (tMine - tOther)) / tOther).toFixed(1)}% time)`);
