import { connection } from "next/server";
import { isPublicId } from "@/lib/public-id";
import { RSS_CONTENT_TYPE, xmlResponse } from "@/lib/xml";
import { liveRssXml } from "@/server/live";

/** A live story's own feed: each update an item, linking to its anchor. */
export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  // Read at request time, like every feed: the build has no database.
  await connection();
  const { id } = await ctx.params;
  const xml = isPublicId(id) ? await liveRssXml(id) : null;
  if (!xml) return new Response("Laporan langsung tidak ditemukan", { status: 404 });
  return xmlResponse(xml, RSS_CONTENT_TYPE);
}
