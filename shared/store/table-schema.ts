/**
 * The one definition of the summaries table. The CDK stack (infra/) and the
 * local emulator setup (scripts/local.ts, tests) both build the table from it,
 * so there is no second copy of the schema.
 *
 * Single-table layout, every item of an article in one partition:
 *   pk = ART#<id>   sk = STATUS          status of the S3 key (RECEIVED / PROCESSED / FAILED / DELETED)
 *   pk = ART#<id>   sk = SUMMARY         the summary (gzip JSON, or a pointer to S3 when too large)
 *                                        gsi1pk = MONTH#<yyyy-mm>      gsi1sk = <published>#<id>
 *   pk = ART#<id>   sk = ENT#<entity id> one per entity (the most salient ten)
 *                                        gsi1pk = ENT#<entity id>      gsi1sk = <published>#<id>
 *   pk = ART#<id>   sk = QUOTE#<nnnn>    one per attributed quote
 *                                        gsi1pk = SPK#<entity id>      gsi1sk = <published>#<id>#<nnnn>
 * gsi2, sparse, holds two listings:
 *   name directory: ENT# items (and the first QUOTE# of a speaker without one)
 *                                        gsi2pk = DIR#<first two letters of word>   gsi2sk = <word>#<entity id>#<id>
 *   failures: STATUS items of FAILED keys gsi2pk = STATE#FAILED   gsi2sk = <failed at>#<id>
 * Entity ids are folded canonical names; places and organisations go through the FR/EN alias table
 * (shared/store/names), so "Londres" and "London" are one id. A search resolves a typed name to ids
 * with one gsi2 Query (surname -> full names), then reads each id's gsi1 partition: never a Scan.
 * The article id is derived from bucket and key, so a status lookup by key is a GetItem.
 */
export const TABLE_SCHEMA = {
  partitionKey: "pk",
  sortKey: "sk",
  indexes: [
    {
      name: "gsi1",
      partitionKey: "gsi1pk",
      sortKey: "gsi1sk",
      // Only what listings return: a page never pays read units for summary bodies.
      nonKeyAttributes: ["id", "key", "headline", "published", "language", "name", "type", "salience", "speaker", "text", "partial", "cue"],
    },
    {
      // Sparse: the name directory (autocomplete, surname search) and FAILED statuses (the viewer's filter), without a scan.
      name: "gsi2",
      partitionKey: "gsi2pk",
      sortKey: "gsi2sk",
      nonKeyAttributes: ["id", "key", "state", "reason", "updatedAt", "attempts", "name", "type", "speaker"],
    },
  ],
} as const;

export type IndexName = (typeof TABLE_SCHEMA.indexes)[number]["name"];
