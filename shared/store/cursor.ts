import * as z from "zod/mini";

/**
 * Opaque pagination cursors. A cursor is the key of the last item returned;
 * decoding checks it belongs to the partition being read, so a crafted
 * cursor can never move a query into another partition.
 */
const cursorSchema = z.object({
  pk: z.string().check(z.regex(/^ART#[0-9a-f]{1,64}$/)),
  sk: z.string().check(z.maxLength(300)),
  gsi1pk: z.string().check(z.maxLength(300)),
  gsi1sk: z.string().check(z.maxLength(400)),
});

export type CursorKey = z.infer<typeof cursorSchema>;

export class InvalidCursorError extends Error {
  override readonly name = "InvalidCursorError";
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.pk, key.sk, key.gsi1pk, key.gsi1sk])).toString("base64url");
}

export function decodeCursor(cursor: string, expectedPartition: string): CursorKey {
  let parsed: unknown;
  try {
    const [pk, sk, gsi1pk, gsi1sk] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    parsed = { pk, sk, gsi1pk, gsi1sk };
  } catch {
    throw new InvalidCursorError("cursor is not one this API issued");
  }
  const result = cursorSchema.safeParse(parsed);
  if (!result.success || result.data.gsi1pk !== expectedPartition) {
    throw new InvalidCursorError("cursor does not belong to this listing");
  }
  return result.data;
}

/**
 * Cursor of a listing merged from several index partitions (an entity's full
 * name and its surname, say): the sort key of the last item returned. Every
 * partition resumes below it, so nothing is skipped or repeated.
 */
const BEFORE_PREFIX = "b_";
const SORT_KEY = /^[0-9A-Za-z:.+-]{1,40}#[0-9a-f]{1,64}(#\d{4})?$/;

export function encodeBeforeCursor(sortKey: string): string {
  return BEFORE_PREFIX + Buffer.from(sortKey).toString("base64url");
}

export function decodeBeforeCursor(cursor: string): string {
  const sortKey = cursor.startsWith(BEFORE_PREFIX) ? Buffer.from(cursor.slice(BEFORE_PREFIX.length), "base64url").toString("utf8") : "";
  if (!SORT_KEY.test(sortKey)) throw new InvalidCursorError("cursor is not one this API issued");
  return sortKey;
}
