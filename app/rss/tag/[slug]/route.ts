import { connection } from "next/server";
import { getFeedArticles } from "@/db/queries/distribution";
import { getTagBySlug, getTagRedirect } from "@/db/queries/tags";
import { feedRedirect, rssXml } from "@/server/distribution";
import { feedTitle } from "@/lib/metadata";
import { tagFeedPath, tagPath } from "@/lib/urls";
import { RSS_CONTENT_TYPE, xmlResponse } from "@/lib/xml";

export async function GET(_req: Request, ctx: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await ctx.params;
  const tag = await getTagBySlug(slug);
  if (!tag) {
    const moved = await getTagRedirect(slug);
    if (moved) return feedRedirect(tagFeedPath(moved));
    return new Response("Tag tidak ditemukan", { status: 404 });
  }
  const articles = await getFeedArticles({ tagId: tag.id, limit: 30 });
  const channel = {
    title: feedTitle(tag.name),
    description: tag.description || `Berita terbaru tentang ${tag.name}.`,
    pagePath: tagPath(tag.slug),
    feedPath: tagFeedPath(tag.slug),
  };
  return xmlResponse(await rssXml(channel, articles), RSS_CONTENT_TYPE);
}
