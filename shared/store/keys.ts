import { createHash } from "node:crypto";

/** Stable article id for an S3 object: the same key always maps to the same summary. */
export function articleIdFor(bucket: string, key: string): string {
  return createHash("sha256").update(`${bucket}/${key}`).digest("hex").slice(0, 24);
}

/**
 * Folds a name for index lookups: accents, case and spacing don't matter,
 * so "Tokaïev" and "tokaiev" find the same articles.
 */
export function foldName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 200);
}

const SEQUENCER_WIDTH = 40;

/**
 * S3 sequencers are hex strings of varying length; AWS documents comparing
 * them after right-padding the shorter with zeros. We store them padded so
 * DynamoDB condition expressions can compare them as strings.
 */
export function normalizeSequencer(sequencer: string | undefined): string {
  const hex = (sequencer ?? "").toUpperCase().replace(/[^0-9A-F]/g, "");
  return hex.length >= SEQUENCER_WIDTH ? hex : hex.padEnd(SEQUENCER_WIDTH, "0");
}

export const itemKeys = {
  partition: (id: string) => `ART#${id}`,
  status: "STATUS",
  summary: "SUMMARY",
  entity: (folded: string) => `ENT#${folded}`,
  quote: (n: number) => `QUOTE#${String(n).padStart(4, "0")}`,
  monthIndex: (month: string) => `MONTH#${month}`,
  entityIndex: (folded: string) => `ENT#${folded}`,
  speakerIndex: (folded: string) => `SPK#${folded}`,
};
