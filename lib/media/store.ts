/** A stored file's size and validator; the etag is quoted, ready for an ETag header. */
export type MediaStat = { size: number; etag: string };

/** A stored file opened for streaming, or the answer that the caller's copy is still current. */
export type MediaOpen = ({ notModified: false; body: ReadableStream<Uint8Array> } | { notModified: true }) & MediaStat;

/**
 * Where photos and ad pictures live: a directory (one server) or an S3 bucket (several).
 * Paths are relative, slash-separated and already checked (safeMediaPath, or written by the site).
 * lib/media/stores.test.ts holds the contract both implementations pass.
 */
export interface MediaStore {
  readonly kind: "local" | "s3";
  /** Writes a file, replacing one of the same path. */
  put(path: string, data: Uint8Array): Promise<void>;
  /** Size and etag, or null when the file is missing. */
  stat(path: string): Promise<MediaStat | null>;
  /** The whole file, or null when it is missing. For small files the server transforms (og images). */
  read(path: string): Promise<Buffer | null>;
  /** Streams a file; `ifNoneMatch` (the request's header) answers notModified without the bytes. Null when missing. */
  open(path: string, ifNoneMatch?: string | null): Promise<MediaOpen | null>;
  /** Removes files; one already gone is no error. */
  remove(paths: string[]): Promise<void>;
  /** Removes every file below a folder ("seed"), so a reseed leaves no orphans. */
  removeFolder(folder: string): Promise<void>;
  /** Every stored file with its size, in no set order. media:copy walks it. */
  list(): AsyncIterable<{ path: string; size: number }>;
}

/**
 * Whether an If-None-Match header names the etag (a list, weak validators and * included).
 * @example etagMatches('W/"a", "b"', '"b"') // true
 */
export function etagMatches(header: string | null | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((t) => {
    const tag = t.trim();
    return tag === "*" || tag.replace(/^W\//, "") === bare;
  });
}
