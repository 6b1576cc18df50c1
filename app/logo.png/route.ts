import { connection } from "next/server";
import { siteConfig } from "@/lib/config";
import { logoImage } from "@/lib/og-image";

export async function GET() {
  // SITE_NAME is read when the server runs, so the logo follows it without a rebuild.
  await connection();
  return logoImage(siteConfig.name, { "cache-control": "public, max-age=86400" });
}
