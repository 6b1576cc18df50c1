import { connection } from "next/server";
import { sitemapIndexXml } from "@/server/distribution";
import { xmlResponse } from "@/lib/xml";

// A hand-written handler rather than app/sitemap.ts: Next's convention can neither serve a
// sitemap index at /sitemap.xml nor set Cache-Control, and it would prerender at build.
export async function GET() {
  await connection();
  return xmlResponse(await sitemapIndexXml());
}
