import { GetObjectCommand, NoSuchKey, S3ServiceException, type S3Client } from "@aws-sdk/client-s3";
import { ObjectGoneError, ObjectTooLargeError, type ObjectSource } from "./object-source";

export class S3ObjectSource implements ObjectSource {
  constructor(private readonly s3: S3Client) {}

  async read(ref: { bucket: string; key: string; versionId?: string }, maxBytes: number) {
    let out;
    try {
      out = await this.s3.send(new GetObjectCommand({ Bucket: ref.bucket, Key: ref.key, VersionId: ref.versionId }));
    } catch (e) {
      if (e instanceof NoSuchKey || (e instanceof S3ServiceException && (e.name === "NoSuchVersion" || e.$metadata.httpStatusCode === 404))) {
        throw new ObjectGoneError(`s3://${ref.bucket}/${ref.key} no longer exists`);
      }
      throw e;
    }
    const size = out.ContentLength ?? 0;
    if (size > maxBytes) {
      // Abandon the stream: the body is never read into memory.
      (out.Body as { destroy?: () => void } | undefined)?.destroy?.();
      throw new ObjectTooLargeError(size, maxBytes);
    }
    const body = await out.Body!.transformToByteArray();
    if (body.byteLength > maxBytes) throw new ObjectTooLargeError(body.byteLength, maxBytes);
    return { body, size: body.byteLength, ...(out.VersionId ? { versionId: out.VersionId } : {}), ...(out.LastModified ? { lastModified: out.LastModified } : {}) };
  }
}
