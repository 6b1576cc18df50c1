import { z } from "./zod";

/** A postgres:// or postgresql:// URL with a host and a database name. */
export function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "" && url.pathname.length > 1;
  } catch {
    return false;
  }
}

/** A redis:// or rediss:// (TLS) URL with a host, e.g. redis://127.0.0.1:6379 or redis://:sandi@redis.lan:6379/0. */
export function isRedisUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "redis:" || url.protocol === "rediss:") && url.hostname !== "" && /^(\/\d{0,2})?$/.test(url.pathname);
  } catch {
    return false;
  }
}

/** Next's key for Server Actions: base64 of 16, 24 or 32 random bytes (`openssl rand -base64 32`). */
export function isActionsKey(value: string): boolean {
  return /^[A-Za-z0-9+/]+={0,2}$/.test(value) && [16, 24, 32].includes(Buffer.from(value, "base64").length);
}

const envSchema = z.object({
  SITE_NAME: z.string().min(1).default("Warta"),
  SITE_DATELINE: z.string().min(1).default("WARTA.ID"),
  SITE_URL: z.url().default("http://localhost:3000"),
  DATABASE_PATH: z.string().min(1).default("data/warta.db"),
  // Unset or empty: SQLite at DATABASE_PATH. Otherwise a postgres:// URL (checked below).
  DATABASE_URL: z
    .string()
    .trim()
    .default("")
    .refine((v) => !v || isPostgresUrl(v), "harus berupa URL postgres://user:pass@host:5432/nama, atau dikosongkan untuk SQLite"),
  // PostgreSQL not reachable at start: this many tries, this far apart, then the start fails.
  DATABASE_CONNECT_TRIES: z.coerce.number().int().min(1).max(1000).default(30),
  DATABASE_CONNECT_DELAY_MS: z.coerce.number().int().min(10).max(60_000).default(2_000),
  MEDIA_DIR: z.string().min(1).default("data/media"),
  // Set: photos and ad pictures live in this bucket instead of MEDIA_DIR (lib/media/s3.ts).
  S3_BUCKET: z.string().trim().default(""),
  // MinIO, R2 and the like; empty talks to AWS S3 itself.
  S3_ENDPOINT: z.string().trim().default("").refine((v) => !v || /^https?:\/\/[^/\s]+/.test(v), "harus berupa URL seperti http://127.0.0.1:9000, atau dikosongkan untuk AWS"),
  S3_REGION: z.string().trim().min(1).default("us-east-1"),
  VIEW_FLUSH_MS: z.coerce.number().int().min(10).max(3_600_000).default(5_000),
  // Readers are promised a ranking refreshed at least once a minute. Reader pages are ISR-cached
  // for 30 s on top of this memo, so the memo may add at most the other 30 s.
  TERPOPULER_CACHE_MS: z.coerce.number().int().min(0).max(30_000).default(30_000),
  TERPOPULER_SIZE: z.coerce.number().int().min(1).max(10).default(5),
  // Unset or empty: one instance, everything in its memory. Otherwise the Redis every instance shares.
  REDIS_URL: z
    .string()
    .trim()
    .default("")
    .refine((v) => !v || isRedisUrl(v), "harus berupa URL redis://host:6379 (atau rediss:// untuk TLS), atau dikosongkan untuk satu instance"),
  // Next reads it itself (at build and at start); checked here because several instances need it.
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z
    .string()
    .trim()
    .default("")
    .refine((v) => !v || isActionsKey(v), "harus base64 dari 16, 24 atau 32 byte acak, mis. hasil `openssl rand -base64 32`"),
});

/** The variables readConfig reads. docs/operations.md documents each one (scripts/docs.test.ts checks). */
export const CONFIG_VARIABLES = Object.keys(envSchema.shape) as (keyof typeof envSchema.shape)[];

/** What readConfig takes when a variable is not set, by variable name. */
export const CONFIG_DEFAULTS: Readonly<z.infer<typeof envSchema>> = envSchema.parse({});

export type SiteConfig = {
  name: string;
  /** Printed before the city at the start of every story: "WARTA.ID, JEDDAH --". */
  datelineName: string;
  url: string;
  databasePath: string;
  /** PostgreSQL's address; null runs on SQLite at databasePath. */
  databaseUrl: string | null;
  /** How long a start waits for an unreachable PostgreSQL: tries and the pause between them. */
  databaseStartup: { attempts: number; delayMs: number };
  mediaDir: string;
  /** The bucket that holds media instead of mediaDir; null keeps them in mediaDir. */
  s3: { bucket: string; endpoint: string | null; region: string } | null;
  /** How often counted views go from memory to the database. */
  viewFlushMs: number;
  /** How long a computed Terpopuler ranking is reused; 0 computes it on every request. */
  terpopulerCacheMs: number;
  /** How many stories Terpopuler lists. */
  terpopulerSize: number;
  /** The Redis every instance shares (page cache, counts, login guard, memo); null on a single instance. */
  redisUrl: string | null;
};

/** Typed, validated environment. Invalid values fail fast with the variable's name. */
export function readConfig(env: Record<string, string | undefined>): SiteConfig {
  const parsed = envSchema
    .refine((e) => !e.REDIS_URL || e.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, {
      path: ["NEXT_SERVER_ACTIONS_ENCRYPTION_KEY"],
      message:
        "wajib diisi bila REDIS_URL diisi: semua instance harus memakai kunci yang sama, agar formulir dari satu instance diterima instance lain (buat dengan `openssl rand -base64 32`)",
    })
    .safeParse(env);
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
    databaseUrl: e.DATABASE_URL || null,
    databaseStartup: { attempts: e.DATABASE_CONNECT_TRIES, delayMs: e.DATABASE_CONNECT_DELAY_MS },
    mediaDir: e.MEDIA_DIR,
    s3: e.S3_BUCKET ? { bucket: e.S3_BUCKET, endpoint: e.S3_ENDPOINT || null, region: e.S3_REGION } : null,
    viewFlushMs: e.VIEW_FLUSH_MS,
    terpopulerCacheMs: e.TERPOPULER_CACHE_MS,
    terpopulerSize: e.TERPOPULER_SIZE,
    redisUrl: e.REDIS_URL || null,
  };
}

export const siteConfig = readConfig(process.env);
