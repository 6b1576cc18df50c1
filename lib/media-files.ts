import { extname } from "node:path";

const TYPES: Record<string, string> = { ".webp": "image/webp", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png" };

/**
 * The MIME type of a stored photo, or null for a kind the site does not serve.
 * @example mediaContentType("seed/a.webp") // "image/webp"
 */
export function mediaContentType(path: string): string | null {
  return TYPES[extname(path).toLowerCase()] ?? null;
}
