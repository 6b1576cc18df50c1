import { describe, expect, it } from "vitest";
import { CONFIG_DEFAULTS, CONFIG_VARIABLES, readConfig } from "./config";

describe("readConfig", () => {
  it("has working defaults", () => {
    expect(readConfig({})).toEqual({
      name: "Warta",
      datelineName: "WARTA.ID",
      url: "http://localhost:3000",
      databasePath: "data/warta.db",
      databaseUrl: null,
      databaseStartup: { attempts: 30, delayMs: 2000 },
      mediaDir: "data/media",
      s3: null,
      viewFlushMs: 5000,
      terpopulerCacheMs: 30000,
      terpopulerSize: 5,
      redisUrl: null,
    });
  });

  it("takes overrides and trims a trailing slash from the URL", () => {
    const c = readConfig({ SITE_URL: "https://warta.example/", SITE_DATELINE: "KABAR.ID", DATABASE_PATH: "/srv/w.db" });
    expect(c.url).toBe("https://warta.example");
    expect(c.datelineName).toBe("KABAR.ID");
    expect(c.databasePath).toBe("/srv/w.db");
  });

  it("takes a PostgreSQL address, and names DATABASE_URL when it is malformed", () => {
    expect(readConfig({ DATABASE_URL: "postgres://w:rahasia@db:5432/warta" }).databaseUrl).toBe("postgres://w:rahasia@db:5432/warta");
    expect(readConfig({ DATABASE_URL: "" }).databaseUrl).toBeNull();
    expect(readConfig({}).databaseStartup).toEqual({ attempts: 30, delayMs: 2000 });
    expect(readConfig({ DATABASE_CONNECT_TRIES: "3", DATABASE_CONNECT_DELAY_MS: "50" }).databaseStartup).toEqual({ attempts: 3, delayMs: 50 });
    expect(() => readConfig({ DATABASE_CONNECT_TRIES: "0" })).toThrow(/DATABASE_CONNECT_TRIES/);
    for (const bad of ["warta.db", "mysql://db/warta", "postgres://db", "postgres://"]) {
      expect(() => readConfig({ DATABASE_URL: bad })).toThrow(/DATABASE_URL/);
    }
  });

  it("keeps media in MEDIA_DIR unless S3_BUCKET is set, and names a malformed S3_ENDPOINT", () => {
    expect(readConfig({ S3_ENDPOINT: "http://127.0.0.1:9000" }).s3).toBeNull();
    expect(readConfig({ S3_BUCKET: "warta-media" }).s3).toEqual({ bucket: "warta-media", endpoint: null, region: "us-east-1" });
    expect(readConfig({ S3_BUCKET: "m", S3_ENDPOINT: "http://127.0.0.1:9000", S3_REGION: "auto" }).s3).toEqual({ bucket: "m", endpoint: "http://127.0.0.1:9000", region: "auto" });
    expect(() => readConfig({ S3_BUCKET: "m", S3_ENDPOINT: "minio:9000" })).toThrow(/S3_ENDPOINT/);
  });

  it("takes a Redis address only with the Server Actions key every instance shares, and names what is wrong", () => {
    const key = Buffer.alloc(32, 7).toString("base64");
    expect(readConfig({ REDIS_URL: "redis://127.0.0.1:6379", NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key }).redisUrl).toBe("redis://127.0.0.1:6379");
    expect(readConfig({ REDIS_URL: "rediss://:sandi@redis.lan:6380/2", NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key }).redisUrl).toBe("rediss://:sandi@redis.lan:6380/2");
    expect(readConfig({ REDIS_URL: " " }).redisUrl).toBeNull();
    for (const bad of ["127.0.0.1:6379", "http://redis:6379", "redis://", "redis://host/satu"]) {
      expect(() => readConfig({ REDIS_URL: bad, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key })).toThrow(/REDIS_URL: harus berupa URL redis:/);
    }
    // Several instances without one shared key: a form rendered by one would fail on another.
    expect(() => readConfig({ REDIS_URL: "redis://127.0.0.1:6379" })).toThrow(/NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: wajib diisi bila REDIS_URL diisi/);
    expect(() => readConfig({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "pendek" })).toThrow(/NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: harus base64/);
  });

  it("names the bad variable", () => {
    expect(() => readConfig({ SITE_URL: "bukan url" })).toThrow(/SITE_URL/);
  });

  it("reads the counting and ranking intervals, and keeps the ranking at most a minute old", () => {
    const c = readConfig({ VIEW_FLUSH_MS: "200", TERPOPULER_CACHE_MS: "0", TERPOPULER_SIZE: "10" });
    expect([c.viewFlushMs, c.terpopulerCacheMs, c.terpopulerSize]).toEqual([200, 0, 10]);
    expect(() => readConfig({ TERPOPULER_CACHE_MS: "60000" })).toThrow(/TERPOPULER_CACHE_MS/);
    expect(() => readConfig({ TERPOPULER_SIZE: "11" })).toThrow(/TERPOPULER_SIZE/);
    expect(() => readConfig({ VIEW_FLUSH_MS: "lima" })).toThrow(/VIEW_FLUSH_MS/);
  });

  it("names the variables it reads, with the defaults it takes", () => {
    expect(CONFIG_VARIABLES).toEqual(Object.keys(CONFIG_DEFAULTS));
    expect(CONFIG_DEFAULTS).toMatchObject({ DATABASE_PATH: "data/warta.db", TERPOPULER_CACHE_MS: 30000 });
    // Each default, given back as a string (as the environment holds it), changes nothing.
    const asEnv = Object.fromEntries(CONFIG_VARIABLES.map((name) => [name, String(CONFIG_DEFAULTS[name])]));
    expect(readConfig(asEnv)).toEqual(readConfig({}));
  });
});
