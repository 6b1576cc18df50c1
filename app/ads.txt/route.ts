import { connection } from "next/server";
import { getSiteSettings } from "@/db/queries/settings";
import { FEED_CACHE_CONTROL } from "@/lib/xml";

// The authorized sellers list the ad desk edits in the settings. Blank means the site has no
// ads.txt, and says so with a 404, which is how crawlers expect a missing file to look.
export async function GET() {
  await connection();
  const { adsTxt } = await getSiteSettings();
  if (!adsTxt.trim()) return new Response("ads.txt belum diisi.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(adsTxt.endsWith("\n") ? adsTxt : `${adsTxt}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": FEED_CACHE_CONTROL },
  });
}
