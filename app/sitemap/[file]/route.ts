import { connection } from "next/server";
import { sitemapFileXml } from "@/server/distribution";
import { parseSitemapFileName } from "@/lib/sitemaps";
import { xmlResponse } from "@/lib/xml";

export async function GET(_req: Request, ctx: { params: Promise<{ file: string }> }) {
  await connection();
  const file = parseSitemapFileName((await ctx.params).file);
  const xml = file ? await sitemapFileXml(file) : null;
  if (!xml) return new Response("Sitemap tidak ditemukan", { status: 404 });
  return xmlResponse(xml);
}
