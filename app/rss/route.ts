import { connection } from "next/server";
import { getFeedArticles } from "@/db/queries/distribution";
import { siteConfig } from "@/lib/config";
import { rssXml } from "@/server/distribution";
import { feedTitle } from "@/lib/metadata";
import { siteFeedPath } from "@/lib/urls";
import { RSS_CONTENT_TYPE, xmlResponse } from "@/lib/xml";

export async function GET() {
  // Feeds are read at request time, never frozen at build: the build has no database.
  await connection();
  const articles = await getFeedArticles({ limit: 50 });
  const channel = {
    title: feedTitle(),
    description: `Berita terbaru dari ${siteConfig.name}.`,
    pagePath: "/",
    feedPath: siteFeedPath,
  };
  return xmlResponse(await rssXml(channel, articles), RSS_CONTENT_TYPE);
}
