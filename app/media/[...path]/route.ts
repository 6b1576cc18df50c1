import { mediaStore } from "@/lib/media";
import { mediaContentType } from "@/lib/media-files";
import { safeMediaPath } from "@/lib/urls";

// Photos live in the media store (MEDIA_DIR, or the S3 bucket when several servers share them),
// outside public/, because `next start` only serves public/ files that existed at build time.

type Params = { params: Promise<{ path: string[] }> };

const notFound = () => new Response("Berkas tidak ditemukan", { status: 404 });

function headersFor(etag: string, type: string): Record<string, string> {
  return {
    "Content-Type": type,
    // Stored files never change under the same name.
    "Cache-Control": "public, max-age=31536000, immutable",
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
  };
}

async function checked(ctx: Params): Promise<{ path: string; type: string } | null> {
  const path = safeMediaPath((await ctx.params).path);
  const type = path ? mediaContentType(path) : null;
  return path && type ? { path, type } : null;
}

export async function GET(req: Request, ctx: Params) {
  const file = await checked(ctx);
  const opened = file ? await mediaStore().open(file.path, req.headers.get("if-none-match")) : null;
  if (!file || !opened) return notFound();
  if (opened.notModified) return new Response(null, { status: 304, headers: headersFor(opened.etag, file.type) });
  // Streamed from the store: a large photo is never held whole in memory.
  return new Response(opened.body, { headers: { ...headersFor(opened.etag, file.type), "Content-Length": String(opened.size) } });
}

// Its own handler, so that a HEAD asks the store for the size alone instead of opening a stream nobody reads.
export async function HEAD(_req: Request, ctx: Params) {
  const file = await checked(ctx);
  const stat = file ? await mediaStore().stat(file.path) : null;
  if (!file || !stat) return notFound();
  return new Response(null, { headers: { ...headersFor(stat.etag, file.type), "Content-Length": String(stat.size) } });
}
