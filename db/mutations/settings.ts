import { encodeSetting, type SettingKey, type SiteSettings } from "@/lib/settings";
import { transaction } from "../engine";
import { siteSettings } from "../tables";

/** Writes the given settings in one transaction; keys left out keep their stored value. */
export async function saveSiteSettings(values: Partial<SiteSettings>, now = new Date()): Promise<void> {
  await transaction(async (tx) => {
    for (const [key, value] of Object.entries(values) as [SettingKey, SiteSettings[SettingKey]][]) {
      if (value === undefined) continue;
      const text = encodeSetting(key, value);
      // The time comes from the app, not the engine's clock function: the two engines spell "now" differently.
      await tx
        .insert(siteSettings)
        .values({ key, value: text, updatedAt: now })
        .onConflictDoUpdate({ target: siteSettings.key, set: { value: text, updatedAt: now } });
    }
  });
}
