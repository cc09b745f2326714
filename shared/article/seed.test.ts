import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadSeed, SEED_DIR, seedChecks } from "../../eval/seed-checklist";
import { summarize } from "../summarize";

describe.skipIf(!existsSync(SEED_DIR))(`seed article checklist (skipped: needs ${SEED_DIR}, absent on a fresh clone)`, () => {
  it("passes every item of the issue 3 checklist", () => {
    const { gold, body } = loadSeed();
    const summary = summarize({ id: "seed", name: gold.file, body }, { withText: true });
    const failed = seedChecks(summary, gold, summary.text ?? "").filter((c) => !c.pass);
    expect(failed).toEqual([]);
  });
});
