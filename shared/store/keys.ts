import { createHash } from "node:crypto";

/** Stable article id for an S3 object: the same key always maps to the same summary. */
export function articleIdFor(bucket: string, key: string): string {
  return createHash("sha256").update(`${bucket}/${key}`).digest("hex").slice(0, 24);
}

/**
 * Id of one story of a multi-story object (feed item, newsMessage item):
 * the same key and story guid always map to the same article, so dropping a
 * feed again rewrites its stories instead of duplicating them. The "story:"
 * prefix keeps it apart from every articleIdFor (bucket names have no colon).
 */
export function storyIdFor(bucket: string, key: string, guid: string): string {
  return createHash("sha256").update(`story:${bucket}/${key.length}:${key}#${guid}`).digest("hex").slice(0, 24);
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
const EVENT_TIME_WIDTH = 20;

/**
 * The order of S3 events on one key, as a fixed-width string that DynamoDB
 * conditions compare directly. First the S3 sequencer: hex of varying length,
 * which AWS documents comparing after right-padding the shorter with zeros.
 * Then the event time, which only breaks ties: real S3 never gives two
 * events on a key the same sequencer, but S3-compatible stores (moto) send a
 * constant one.
 */
export function eventOrderKey(sequencer: string | undefined, eventTime?: string): string {
  const hex = (sequencer ?? "").toUpperCase().replace(/[^0-9A-F]/g, "").slice(0, SEQUENCER_WIDTH);
  const time = (eventTime ?? "").replace(/\D/g, "").slice(0, EVENT_TIME_WIDTH);
  return hex.padEnd(SEQUENCER_WIDTH, "0") + time.padEnd(EVENT_TIME_WIDTH, "0");
}

/** True for a value eventOrderKey produced (replayed events carry the stored one). */
export function isEventOrderKey(value: string): boolean {
  return value.length === SEQUENCER_WIDTH + EVENT_TIME_WIDTH && /^[0-9A-F]+$/.test(value.slice(0, SEQUENCER_WIDTH)) && /^\d+$/.test(value.slice(SEQUENCER_WIDTH));
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
  /** Status index (gsi2): FAILED keys only, newest failure first. */
  failedIndex: "STATE#FAILED",
  /** Name directory on gsi2 (see indexItemsFor): partitioned by the word's first two letters. */
  directoryIndex: (word: string) => `DIR#${word.slice(0, 2)}`,
  directorySort: (word: string, entityId: string, articleId: string) => `${word}#${entityId}#${articleId}`,
};

/** Sort-key prefixes of the index items an article writes besides its status and summary. */
export const INDEX_ITEM_PREFIXES = ["ENT#", "QUOTE#"] as const;
