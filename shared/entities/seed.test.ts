import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseArticle } from "../article";
import { recognizeEntities } from ".";

// The corpus lives beside the repo, never in it; a fresh clone has none, and then this suite skips.
const seedDir = join(import.meta.dirname, "..", "..", "..", "shared", "corpus", "seed");
const NAME = "000_561364bb66d845b6";

interface GoldEntity {
  name: string;
  type: string;
  mentions: string[];
  optional?: boolean;
}

const fold = (s: string) => s.normalize("NFC").toLowerCase();

describe.skipIf(!existsSync(join(seedDir, `${NAME}.gold.json`)))("seed article entities (skipped: no ../shared/corpus/seed)", () => {
  // Read in beforeAll, not while collecting: vitest collects a skipped suite's body too.
  let gold: { entities: GoldEntity[] };
  let entities: ReturnType<typeof recognizeEntities>;
  beforeAll(() => {
    gold = JSON.parse(readFileSync(join(seedDir, `${NAME}.gold.json`), "utf8")) as { entities: GoldEntity[] };
    entities = recognizeEntities(parseArticle(`${NAME}.txt`, readFileSync(join(seedDir, `${NAME}.txt`))));
  });

  it("finds every required entity with its type and canonical name", () => {
    const missing = gold.entities
      .filter((g) => !g.optional)
      .filter((g) => !entities.some((e) => fold(e.name) === fold(g.name) && e.type === g.type))
      .map((g) => `${g.type} ${g.name}`);
    expect(missing).toEqual([]);
  });

  it("finds every annotated mention span exactly (\"Recep Tayyip Erdogan\" is one mention, not two)", () => {
    // seed.jsonl holds the same article with the mention spans, as offsets into its text.
    const record = JSON.parse(readFileSync(join(seedDir, "seed.jsonl"), "utf8").split("\n")[0]) as { name: string; text: string; gold: { entities: { start: number; end: number; type: string; text: string }[] } };
    const found = recognizeEntities(parseArticle(record.name, record.text)).flatMap((e) => e.mentions.map((m) => `${m.start}:${m.end}:${e.type}`));
    const missed = record.gold.entities.filter((g) => !found.includes(`${g.start}:${g.end}:${g.type}`)).map((g) => `${g.type} ${g.text}`);
    expect(missed).toEqual([]);
  });

  it("predicts nothing else but the optional entities", () => {
    const extra = entities
      .filter((e) => !gold.entities.some((g) => fold(g.name) === fold(e.name) || g.mentions.some((m) => e.mentions.some((x) => x.text === m && g.optional))))
      .map((e) => `${e.type} ${e.name}`);
    expect(extra).toEqual([]);
  });

  it("puts Vladimir Poutine, the headline's subject, first", () => {
    expect(entities[0].name).toBe("Vladimir Poutine");
  });
});
