import { connection } from "next/server";
import { getFeedArticles } from "@/db/queries/distribution";
import { getKanalBySlug } from "@/db/queries/kanal";
import { rssXml } from "@/server/distribution";
import { feedTitle } from "@/lib/metadata";
import { kanalFeedPath, kanalPath } from "@/lib/urls";
import { RSS_CONTENT_TYPE, xmlResponse } from "@/lib/xml";

export async function GET(_req: Request, ctx: { params: Promise<{ slug: string }> }) {
  await connection();
  const kanal = await getKanalBySlug((await ctx.params).slug);
  if (!kanal) return new Response("Kanal tidak ditemukan", { status: 404 });
  const articles = await getFeedArticles({ kanalIds: kanal.articleKanalIds, limit: 30 });
  const channel = {
    title: feedTitle(kanal.name),
    description: kanal.description || `Berita terbaru kanal ${kanal.name}.`,
    pagePath: kanalPath(kanal.slug),
    feedPath: kanalFeedPath(kanal.slug),
  };
  return xmlResponse(await rssXml(channel, articles), RSS_CONTENT_TYPE);
}
