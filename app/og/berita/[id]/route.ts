import { connection } from "next/server";
import { getArticlePage } from "@/db/queries/articles";
import { siteConfig } from "@/lib/config";
import { mediaStore } from "@/lib/media";
import { headlineCard, photoToOgJpeg } from "@/lib/og-image";
import { isPublicId } from "@/lib/public-id";
import { ogImageVersion } from "@/lib/urls";

export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await ctx.params;
  const article = isPublicId(id) ? await getArticlePage(id) : null;
  if (!article) return new Response("Berita tidak ditemukan", { status: 404 });
  // The page links the image with the version of its last edit; that URL never changes content.
  // Old or missing versions still get the current image, just briefly cached.
  const current = new URL(req.url).searchParams.get("v") === ogImageVersion(article.updatedAt, article.photo);
  const cacheControl = current ? "public, max-age=31536000, immutable" : "public, max-age=300";
  const photo = article.photo ? await mediaStore().read(article.photo.path) : null;
  if (photo) {
    return new Response(new Uint8Array(await photoToOgJpeg(photo, { x: article.photo!.focusX, y: article.photo!.focusY })), {
      headers: { "Content-Type": "image/jpeg", "Cache-Control": cacheControl, "X-Content-Type-Options": "nosniff" },
    });
  }
  return headlineCard({ title: article.title, kanal: article.kanal.name, siteName: siteConfig.name }, { "cache-control": cacheControl });
}
