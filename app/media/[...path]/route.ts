import { mediaStore } from "@/lib/media";
import { mediaContentType } from "@/lib/media-files";
import { safeMediaPath } from "@/lib/urls";

// Photos live in the media store (MEDIA_DIR, or the S3 bucket when several servers share them),
// outside public/, because `next start` only serves public/ files that existed at build time.
export async function GET(req: Request, ctx: { params: Promise<{ path: string[] }> }) {
  const path = safeMediaPath((await ctx.params).path);
  const type = path ? mediaContentType(path) : null;
  const file = path && type ? await mediaStore().open(path, req.headers.get("if-none-match")) : null;
  if (!file || !type) return new Response("Berkas tidak ditemukan", { status: 404 });
  const headers = {
    // Stored files never change under the same name.
    "Cache-Control": "public, max-age=31536000, immutable",
    ETag: file.etag,
    "X-Content-Type-Options": "nosniff",
  };
  if (file.notModified) return new Response(null, { status: 304, headers });
  // Streamed from the store: a large photo is never held whole in memory.
  return new Response(file.body, { headers: { ...headers, "Content-Type": type, "Content-Length": String(file.size) } });
}
