import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../article";
import { recognizeEntities } from ".";

const seedDir = join(process.cwd(), "..", "shared", "corpus", "seed");
const NAME = "000_561364bb66d845b6";

interface GoldEntity {
  name: string;
  type: string;
  mentions: string[];
  optional?: boolean;
}

const fold = (s: string) => s.normalize("NFC").toLowerCase();

describe.skipIf(!existsSync(join(seedDir, `${NAME}.gold.json`)))("seed article entities (skipped: no ../shared/corpus/seed)", () => {
  const gold = JSON.parse(readFileSync(join(seedDir, `${NAME}.gold.json`), "utf8")) as { entities: GoldEntity[] };
  const article = parseArticle(`${NAME}.txt`, readFileSync(join(seedDir, `${NAME}.txt`)));
  const entities = recognizeEntities(article);

  it("finds every required entity with its type and canonical name", () => {
    const missing = gold.entities
      .filter((g) => !g.optional)
      .filter((g) => !entities.some((e) => fold(e.name) === fold(g.name) && e.type === g.type))
      .map((g) => `${g.type} ${g.name}`);
    expect(missing).toEqual([]);
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
