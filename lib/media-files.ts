import { readFile, rm, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { siteConfig } from "./config";

const TYPES: Record<string, string> = { ".webp": "image/webp", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png" };

/**
 * The MIME type of a stored photo, or null for a kind the site does not serve.
 * @example mediaContentType("seed/a.webp") // "image/webp"
 */
export function mediaContentType(path: string): string | null {
  return TYPES[extname(path).toLowerCase()] ?? null;
}

/** Bytes of a stored file below MEDIA_DIR, or null when it is missing. Feeds need it for <enclosure length>. */
export async function mediaFileSize(path: string, mediaDir = siteConfig.mediaDir): Promise<number | null> {
  try {
    return (await stat(join(mediaDir, path))).size;
  } catch {
    return null;
  }
}

/** A stored file below MEDIA_DIR, or null when it is missing. Callers pass paths checked by safeMediaPath or read from the database. */
export async function readMediaFile(path: string, mediaDir = siteConfig.mediaDir): Promise<Buffer | null> {
  try {
    return await readFile(join(mediaDir, path));
  } catch {
    return null;
  }
}

/** Removes files below MEDIA_DIR that a save did not keep; one that is already gone is no error. */
export async function removeMediaFiles(paths: string[], mediaDir = siteConfig.mediaDir): Promise<void> {
  await Promise.all(paths.map((path) => rm(join(mediaDir, path), { force: true })));
}
