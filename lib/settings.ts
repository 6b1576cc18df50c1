import { z } from "./zod";

/**
 * Site-wide settings an admin edits at runtime (stored as text in site_settings).
 * Every key has a default, so a fresh or partly filled table still gives a full set.
 */
export const settingsSchema = z.object({
  /** The one kill switch: false hides every ad slot on every page. */
  adsEnabled: z.boolean().default(true),
  /** The label above every slot; "Iklan" is the Indonesian choice. */
  adLabel: z.string().trim().min(1).max(40).default("Advertisement"),
  /** The in-article slot goes after this paragraph (1-based) when the story is long enough. */
  inArticleAdAfter: z.number().int().min(1).max(20).default(3),
  /** Served verbatim at /ads.txt. */
  adsTxt: z.string().max(20_000).default(""),
});

export type SiteSettings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof SiteSettings;

export const defaultSettings: SiteSettings = settingsSchema.parse({});

/** Text as stored in the table, per key. */
export function encodeSetting<K extends SettingKey>(key: K, value: SiteSettings[K]): string {
  void key;
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * Builds settings from stored rows. A row that no longer parses (an old format, a hand
 * edit) falls back to its default instead of taking the site down.
 */
export function decodeSettings(rows: { key: string; value: string }[]): SiteSettings {
  const out: SiteSettings = { ...defaultSettings };
  const shape = settingsSchema.shape;
  for (const { key, value } of rows) {
    if (!(key in shape)) continue;
    const k = key as SettingKey;
    let raw: unknown = value;
    if (typeof defaultSettings[k] !== "string") {
      try {
        raw = JSON.parse(value);
      } catch {
        continue;
      }
    }
    const parsed = shape[k].safeParse(raw);
    if (parsed.success) (out as Record<SettingKey, unknown>)[k] = parsed.data;
  }
  return out;
}
