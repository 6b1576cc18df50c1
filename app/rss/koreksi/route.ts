import { connection } from "next/server";
import { getCorrectionList } from "@/db/queries/corrections";
import { feedTitle } from "@/lib/metadata";
import { koreksiFeedPath, koreksiPath } from "@/lib/urls";
import { RSS_CONTENT_TYPE, xmlResponse } from "@/lib/xml";
import { correctionsRssXml } from "@/server/distribution";

export async function GET() {
  // Read at request time, like every feed: the build has no database.
  await connection();
  const notes = await getCorrectionList({ limit: 50 });
  const channel = {
    title: feedTitle("Ralat & Koreksi"),
    description: "Ralat, koreksi, klarifikasi, dan hak jawab atas berita, dari yang terbaru.",
    pagePath: koreksiPath,
    feedPath: koreksiFeedPath,
  };
  return xmlResponse(correctionsRssXml(channel, notes), RSS_CONTENT_TYPE);
}
