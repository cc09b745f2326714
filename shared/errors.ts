/**
 * A failure a person can act on. `code` is stable and machine-readable
 * (scripts and the status API key on it); `message` says what to do.
 */
export type ExtractionErrorCode =
  | "EMPTY"
  | "BINARY"
  | "TOO_LARGE"
  | "UNSUPPORTED_FORMAT"
  | "BAD_JSON"
  | "UNKNOWN_JSON_SHAPE"
  | "NO_TEXT"
  | "BAD_ENCODING"
  /** XML that is not well-formed (the whole file, or one story of a feed). */
  | "BAD_XML"
  /** XML declaring entities in its DOCTYPE: refused, never expanded or fetched (billion laughs, XXE). */
  | "XML_ENTITIES"
  /** XML nested deeper, or with more elements, than news files ever are. */
  | "XML_LIMIT"
  /** A table of articles (CSV, TSV) that does not parse. */
  | "BAD_CSV"
  /** A story past the per-file story limit. */
  | "TOO_MANY_STORIES";

export class ExtractionError extends Error {
  override readonly name = "ExtractionError";
  constructor(
    readonly code: ExtractionErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function isExtractionError(e: unknown): e is ExtractionError {
  return e instanceof ExtractionError;
}
