import { connection } from "next/server";
import { siteConfig } from "@/lib/config";
import { renderRobotsTxt } from "@/lib/sitemaps";
import { FEED_CACHE_CONTROL } from "@/lib/xml";

export async function GET() {
  // SITE_URL is read when the server runs, not when it was built.
  await connection();
  return new Response(renderRobotsTxt(siteConfig.url), {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": FEED_CACHE_CONTROL },
  });
}
