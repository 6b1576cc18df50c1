import { connection } from "next/server";
import { getFeedArticles } from "@/db/queries/distribution";
import { getKanalBySlug, getKanalRedirect } from "@/db/queries/kanal";
import { feedRedirect, rssXml } from "@/server/distribution";
import { feedTitle } from "@/lib/metadata";
import { kanalFeedPath, kanalPath } from "@/lib/urls";
import { RSS_CONTENT_TYPE, xmlResponse } from "@/lib/xml";

export async function GET(_req: Request, ctx: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await ctx.params;
  const kanal = await getKanalBySlug(slug);
  if (!kanal) {
    // A renamed kanal's old feed address keeps working for feed readers: 308 to the current one.
    const moved = await getKanalRedirect(slug);
    if (moved) return feedRedirect(kanalFeedPath(moved));
    return new Response("Kanal tidak ditemukan", { status: 404 });
  }
  const articles = await getFeedArticles({ kanalIds: kanal.articleKanalIds, limit: 30 });
  const channel = {
    title: feedTitle(kanal.name),
    description: kanal.description || `Berita terbaru kanal ${kanal.name}.`,
    pagePath: kanalPath(kanal.slug),
    feedPath: kanalFeedPath(kanal.slug),
  };
  return xmlResponse(await rssXml(channel, articles), RSS_CONTENT_TYPE);
}
