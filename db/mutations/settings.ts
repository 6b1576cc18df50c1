import { sql } from "drizzle-orm";
import { encodeSetting, type SettingKey, type SiteSettings } from "@/lib/settings";
import type { Db } from "../client";
import { siteSettings } from "../schema";

/** Writes the given settings in one transaction; keys left out keep their stored value. */
export function saveSiteSettings(db: Db, values: Partial<SiteSettings>): void {
  db.transaction((tx) => {
    for (const [key, value] of Object.entries(values) as [SettingKey, SiteSettings[SettingKey]][]) {
      if (value === undefined) continue;
      const text = encodeSetting(key, value);
      tx.insert(siteSettings)
        .values({ key, value: text })
        .onConflictDoUpdate({ target: siteSettings.key, set: { value: text, updatedAt: sql`(unixepoch('subsec') * 1000)` } })
        .run();
    }
  });
}
