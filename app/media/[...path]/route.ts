import { mediaContentType, readMediaFile } from "@/lib/media-files";
import { safeMediaPath } from "@/lib/urls";

// Photos live in MEDIA_DIR, outside public/, because `next start` only serves
// public/ files that existed at build time and photos arrive while the site runs.
export async function GET(_req: Request, ctx: { params: Promise<{ path: string[] }> }) {
  const path = safeMediaPath((await ctx.params).path);
  const type = path ? mediaContentType(path) : null;
  const body = path && type ? await readMediaFile(path) : null;
  if (!body || !type) return new Response("Berkas tidak ditemukan", { status: 404 });
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": type,
      // Stored files never change under the same name.
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
