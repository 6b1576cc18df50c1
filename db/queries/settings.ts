import { decodeSettings, type SiteSettings } from "@/lib/settings";
import { getDb } from "../client";
import { siteSettings } from "../schema";

/** The full settings set, defaults filled in. */
export async function getSiteSettings(): Promise<SiteSettings> {
  return decodeSettings(getDb().select({ key: siteSettings.key, value: siteSettings.value }).from(siteSettings).all());
}
