import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The address of public/warta.js with a version taken from its bytes, so that browsers and nginx may
 * keep it for a year (next.config.js) and still fetch a changed script at once.
 * @example readerScriptPath("abc") // "/warta.js?v=a9993e36"
 */
export function readerScriptPath(source: string | Buffer): string {
  return `/warta.js?v=${createHash("sha1").update(source).digest("hex").slice(0, 8)}`;
}

let cached: string | undefined;

/** readerScriptPath of the file on disk, read once per server process. */
export function currentReaderScriptPath(): string {
  cached ??= readerScriptPath(readFileSync(join(process.cwd(), "public", "warta.js")));
  return cached;
}
