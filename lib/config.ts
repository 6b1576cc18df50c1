import { z } from "zod";

const envSchema = z.object({
  SITE_NAME: z.string().min(1).default("Warta"),
  SITE_DATELINE: z.string().min(1).default("WARTA.ID"),
  SITE_URL: z.url().default("http://localhost:3000"),
  DATABASE_PATH: z.string().min(1).default("data/warta.db"),
  MEDIA_DIR: z.string().min(1).default("data/media"),
});

export type SiteConfig = {
  name: string;
  /** Printed before the city at the start of every story: "WARTA.ID, JEDDAH --". */
  datelineName: string;
  url: string;
  databasePath: string;
  mediaDir: string;
};

/** Typed, validated environment. Invalid values fail fast with the variable's name. */
export function readConfig(env: Record<string, string | undefined>): SiteConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Konfigurasi tidak valid: ${problems}`);
  }
  const e = parsed.data;
  return {
    name: e.SITE_NAME,
    datelineName: e.SITE_DATELINE,
    url: e.SITE_URL.replace(/\/$/, ""),
    databasePath: e.DATABASE_PATH,
    mediaDir: e.MEDIA_DIR,
  };
}

export const siteConfig = readConfig(process.env);
