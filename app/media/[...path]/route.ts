import { readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { siteConfig } from "@/lib/config";
import { safeMediaPath } from "@/lib/urls";

const TYPES: Record<string, string> = { ".webp": "image/webp", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png" };

// Photos live in MEDIA_DIR, outside public/, because `next start` only serves
// public/ files that existed at build time and photos arrive while the site runs.
export async function GET(_req: Request, ctx: { params: Promise<{ path: string[] }> }) {
  const path = safeMediaPath((await ctx.params).path);
  const type = path ? TYPES[extname(path).toLowerCase()] : undefined;
  if (!path || !type) return new Response("Berkas tidak ditemukan", { status: 404 });
  try {
    const body = await readFile(join(siteConfig.mediaDir, path));
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": type,
        // Stored files never change under the same name.
        "Cache-Control": "public, max-age=31536000, immutable",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch {
    return new Response("Berkas tidak ditemukan", { status: 404 });
  }
}
