import { createHash } from "node:crypto";
import type { MediaStore } from "./store";

export type MediaCopyReport = {
  /** Files in the source. */
  files: number;
  /** Written to the target by this run. */
  copied: number;
  /** Already in the target with the same bytes (a second run copies nothing). */
  present: number;
  bytes: number;
  /** Paths whose size or checksum differ in the target after the copy, or that could not be read back. */
  mismatched: string[];
};

/** How many files are in flight at once. */
const PARALLEL = 8;

const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

/**
 * Copies every file of one store into another and verifies each by reading it back: the same size
 * and the same SHA-256, not the bucket's ETag, which is no checksum for multipart or encrypted objects.
 */
export async function copyMediaStore(from: MediaStore, to: MediaStore, onProgress?: (done: number) => void): Promise<MediaCopyReport> {
  const report: MediaCopyReport = { files: 0, copied: 0, present: 0, bytes: 0, mismatched: [] };
  const paths: string[] = [];
  for await (const file of from.list()) paths.push(file.path);
  report.files = paths.length;
  const copyOne = async (path: string) => {
    const data = await from.read(path);
    if (!data) return void report.mismatched.push(path);
    const want = sha256(data);
    const existing = await to.read(path);
    if (existing && existing.length === data.length && sha256(existing) === want) {
      report.present++;
    } else {
      await to.put(path, data);
      const back = await to.read(path);
      if (!back || back.length !== data.length || sha256(back) !== want) return void report.mismatched.push(path);
      report.copied++;
    }
    report.bytes += data.length;
  };
  for (let i = 0; i < paths.length; i += PARALLEL) {
    await Promise.all(paths.slice(i, i + PARALLEL).map(copyOne));
    onProgress?.(Math.min(i + PARALLEL, paths.length));
  }
  report.mismatched.sort();
  return report;
}
