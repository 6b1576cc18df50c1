import { decodeSettings, type SiteSettings } from "@/lib/settings";
import { getDb } from "../engine";
import { siteSettings } from "../tables";

/** The full settings set, defaults filled in. */
export async function getSiteSettings(): Promise<SiteSettings> {
  return decodeSettings(await getDb().select({ key: siteSettings.key, value: siteSettings.value }).from(siteSettings));
}
