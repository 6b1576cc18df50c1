import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import { mediaContentType } from "../media-files";
import { etagMatches, type MediaStore } from "./store";

export type S3Settings = {
  bucket: string;
  /** MinIO, R2 and the like; null talks to AWS itself. */
  endpoint: string | null;
  region: string;
};

/** A missing key: GetObject says NoSuchKey, HeadObject (no body) only 404. */
function isMissing(error: unknown): boolean {
  return error instanceof S3ServiceException && (error.name === "NoSuchKey" || error.name === "NotFound" || error.$metadata.httpStatusCode === 404);
}

function isNotModified(error: unknown): boolean {
  return error instanceof S3ServiceException && error.$metadata.httpStatusCode === 304;
}

/** How many deletes run at once when a folder is cleared. */
const PARALLEL_DELETES = 16;

/**
 * An S3 bucket as the media store, so that every server reads the files any of them wrote.
 * Credentials come from the SDK's standard chain (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY).
 */
export function s3MediaStore(settings: S3Settings, client?: S3Client): MediaStore {
  const s3 =
    client ??
    new S3Client({
      region: settings.region,
      ...(settings.endpoint
        ? {
            endpoint: settings.endpoint,
            // MinIO and s3rver answer on one host, not bucket.host; R2 accepts both.
            forcePathStyle: true,
            // Newer SDKs add CRC checksums to every upload by default, which several
            // S3-compatible servers reject or do not store: send them only where S3 requires one.
            requestChecksumCalculation: "WHEN_REQUIRED",
            responseChecksumValidation: "WHEN_REQUIRED",
          }
        : {}),
    });
  const Bucket = settings.bucket;
  const statOf = async (path: string) => {
    try {
      const head = await s3.send(new HeadObjectCommand({ Bucket, Key: path }));
      return { size: head.ContentLength ?? 0, etag: head.ETag ?? '""' };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  };
  const remove = async (paths: string[]) => {
    // One DeleteObject per key: DeleteObjects needs a checksum header that not every S3 clone accepts.
    for (let i = 0; i < paths.length; i += PARALLEL_DELETES) {
      await Promise.all(paths.slice(i, i + PARALLEL_DELETES).map((Key) => s3.send(new DeleteObjectCommand({ Bucket, Key }))));
    }
  };
  return {
    kind: "s3",
    async put(path, data) {
      // Stored with its type, so that a bucket served directly (a CDN in front) answers correctly too.
      await s3.send(new PutObjectCommand({ Bucket, Key: path, Body: data, ContentType: mediaContentType(path) ?? "application/octet-stream" }));
    },
    stat: statOf,
    async read(path) {
      try {
        const got = await s3.send(new GetObjectCommand({ Bucket, Key: path }));
        return got.Body ? Buffer.from(await got.Body.transformToByteArray()) : Buffer.alloc(0);
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async open(path, ifNoneMatch) {
      try {
        const got = await s3.send(new GetObjectCommand({ Bucket, Key: path, IfNoneMatch: ifNoneMatch ?? undefined }));
        const size = got.ContentLength ?? 0;
        const etag = got.ETag ?? '""';
        // Some S3 clones (s3rver among them) compare If-None-Match as one string, not as a list of tags.
        if (etagMatches(ifNoneMatch, etag)) {
          await got.Body?.transformToWebStream().cancel();
          return { size, etag, notModified: true };
        }
        if (!got.Body) return { size, etag, notModified: false, body: new Blob([]).stream() };
        return { size, etag, notModified: false, body: got.Body.transformToWebStream() };
      } catch (error) {
        if (isMissing(error)) return null;
        // The bucket found the caller's copy current. A single tag is the current one; for a list, ask.
        if (isNotModified(error)) {
          const single = ifNoneMatch && /^\s*(W\/)?"[^",]*"\s*$/.test(ifNoneMatch) ? ifNoneMatch.trim().replace(/^W\//, "") : null;
          const current = single ? { size: 0, etag: single } : await statOf(path);
          return current ? { ...current, notModified: true } : null;
        }
        throw error;
      }
    },
    remove,
    async removeFolder(folder) {
      const keys: string[] = [];
      for await (const item of listFrom(s3, Bucket, `${folder.replace(/\/$/, "")}/`)) keys.push(item.path);
      await remove(keys);
    },
    list: () => listFrom(s3, Bucket, undefined),
  };
}

async function* listFrom(s3: S3Client, Bucket: string, Prefix: string | undefined): AsyncIterable<{ path: string; size: number }> {
  let ContinuationToken: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket, Prefix, ContinuationToken }));
    for (const o of page.Contents ?? []) if (o.Key) yield { path: o.Key, size: o.Size ?? 0 };
    ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (ContinuationToken);
}
