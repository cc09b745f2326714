/** Reads article objects. The S3 adapter is the production implementation. */
export interface ObjectSource {
  /**
   * Reads an object, refusing (ObjectTooLargeError) anything over maxBytes
   * before reading its body, and ObjectGoneError when it no longer exists.
   */
  read(ref: { bucket: string; key: string; versionId?: string }, maxBytes: number): Promise<StoredObject>;
}

export interface StoredObject {
  body: Uint8Array;
  size: number;
  versionId?: string;
  /** When the object was written: the year of a dateline that gives none, the same at every reprocessing. */
  lastModified?: Date;
}

export class ObjectTooLargeError extends Error {
  override readonly name = "ObjectTooLargeError";
  constructor(readonly size: number, readonly limit: number) {
    super(`object is ${size} bytes, over the ${limit}-byte limit`);
  }
}

export class ObjectGoneError extends Error {
  override readonly name = "ObjectGoneError";
}
