import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { migratePostgres } from "../pg/migrate";
import { createTestDatabase, describePg } from "../testing/pg-database";
import { backupPostgres, checkDumpFile, restorePostgres } from "./postgres-backup";

const out = mkdtempSync(join(tmpdir(), "warta-pg-backup-"));
const pools: pg.Pool[] = [];
let live: { url: string; pool: pg.Pool };

/** A migrated database with `stories` stories. Its pool is closed at once when `keepOpen` is not set: an open pool is a portal. */
async function wartaDatabase(name: string, stories: number, keepOpen = false) {
  const url = await createTestDatabase(name);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  await migratePostgres(pool);
  await pool.query("INSERT INTO kanal (slug, name) VALUES ('nasional', 'Nasional')");
  for (let i = 0; i < stories; i++) await addStory(pool, `${name}-${i}`);
  if (keepOpen) pools.push(pool);
  else await pool.end();
  return { url, pool };
}

/** Runs `fn` on a connection that is closed again before the next restore looks for sessions. */
async function onDb<T>(url: string, fn: (pool: pg.Pool) => Promise<T>): Promise<T> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    return await fn(pool);
  } finally {
    await pool.end();
  }
}

/** A story and its first hour of views, in one transaction, as a save and a flush would write them. */
async function addStory(pool: pg.Pool, slug: string) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<{ id: number }>(
      "INSERT INTO articles (public_id, slug, title, kanal_id, status, published_at) VALUES ($1, $1, $2, 1, 'published', now()) RETURNING id",
      [slug, `Cerita ${slug} tentang cadangan`],
    );
    await client.query("INSERT INTO article_views (article_id, bucket_start, views) VALUES ($1, 0, 1)", [rows[0].id]);
    await client.query("COMMIT");
  } finally {
    client.release();
  }
}

const counts = async (pool: pg.Pool) =>
  (await pool.query<{ a: number; v: number }>("SELECT (SELECT count(*)::int FROM articles) AS a, (SELECT count(*)::int FROM article_views) AS v")).rows[0];

describePg("db:backup and db:restore on PostgreSQL", () => {
  beforeAll(async () => {
    live = await wartaDatabase("backup_live", 20, true);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end()));
    rmSync(out, { recursive: true, force: true });
  });

  it("dump a database while it is being written to, as one moment, and restore it whole", async () => {
    let running = true;
    let saved = 0;
    const writer = (async () => {
      while (running) await addStory(live.pool, `tulis-${saved++}`);
    })();
    await new Promise((r) => setTimeout(r, 200));
    const { path, bytes, check } = await backupPostgres(live.url, join(out, "live.dump"));
    await new Promise((r) => setTimeout(r, 200));
    running = false;
    await writer;

    expect(bytes).toBeGreaterThan(1000);
    expect(check.integrity).toEqual(["ok"]);
    expect(check.migrations).toBeGreaterThan(0);
    expect(check.tables).toEqual(expect.arrayContaining(["articles", "kanal", "staff", "__drizzle_migrations"]));
    // Writes went on around the dump, and the dump holds every story with its views or neither.
    expect(check.counts.articles).toBeGreaterThan(20);
    expect(check.counts.articles).toBeLessThan((await counts(live.pool)).a);
    expect(check.counts.article_views).toBe(check.counts.articles);
    expect(readdirSync(out)).toEqual(["live.dump"]);

    const target = await wartaDatabase("backup_target", 3);
    const restored = await restorePostgres(path, target.url, { keepDir: out, now: new Date("2026-11-28T07:05:09Z") });
    expect(await onDb(target.url, counts)).toEqual({ a: check.counts.articles, v: check.counts.article_views });
    expect(restored.previous).toMatch(/backup_target_.*\.before-restore-20261128-140509-wib\.dump$/);
    expect((await checkDumpFile(restored.previous!)).counts.articles).toBe(3);
    // The restored database works as the portal needs it: search index, identities, migrations.
    await onDb(target.url, async (pool) => {
      const { rows } = await pool.query("SELECT count(*)::int AS n FROM articles WHERE search_vector @@ to_tsquery('warta', 'cadangan')");
      expect(rows[0].n).toBe(check.counts.articles);
      await addStory(pool, "setelah-pulih");
      expect(await migratePostgres(pool)).toEqual([]);
    });
  }, 60_000);

  it("refuse a file that is not a sound Warta archive, and leave the target as it was", async () => {
    const target = await wartaDatabase("backup_refuse", 2);
    const notDump = join(out, "catatan.dump");
    writeFileSync(notDump, "bukan cadangan ".repeat(400));
    await expect(restorePostgres(notDump, target.url)).rejects.toThrow(/Cadangan ditolak: Pemeriksaan integritas gagal: .*(not appear to be a valid archive|tidak)/);

    const good = await backupPostgres(live.url, join(out, "utuh.dump"));
    const cut = join(out, "terpotong.dump");
    writeFileSync(cut, readFileSync(good.path).subarray(0, Math.floor(good.bytes * 0.8)));
    await expect(restorePostgres(cut, target.url)).rejects.toThrow(/Cadangan ditolak: Pemeriksaan integritas gagal/);

    const foreignUrl = await createTestDatabase("backup_foreign");
    const foreign = new pg.Pool({ connectionString: foreignUrl, max: 1 });
    pools.push(foreign);
    await foreign.query("CREATE TABLE users (id integer)");
    await expect(backupPostgres(foreignUrl, join(out, "lain.dump"))).rejects.toThrow(/Salinan cadangan tidak layak: Bukan database Warta/);
    expect(existsSync(join(out, "lain.dump"))).toBe(false);
    expect(await onDb(target.url, counts)).toEqual({ a: 2, v: 2 });
  }, 60_000);

  it("refuse a database the portal is connected to unless forced", async () => {
    const target = await wartaDatabase("backup_in_use", 2);
    const archive = await backupPostgres(live.url, join(out, "paksa.dump"));
    const portal = new pg.Client({ connectionString: target.url });
    await portal.connect();
    try {
      await expect(restorePostgres(archive.path, target.url, { keepDir: out })).rejects.toThrow(/sedang dipakai \(\d+ koneksi lain/);
      expect(await onDb(target.url, counts)).toEqual({ a: 2, v: 2 });
      await restorePostgres(archive.path, target.url, { keepDir: out, force: true });
      expect((await onDb(target.url, counts)).a).toBe(archive.check.counts.articles);
    } finally {
      await portal.end();
    }
  }, 60_000);

  it("roll the whole restore back when a statement in it fails", async () => {
    const sourceUrl = await createTestDatabase("backup_extra_src");
    await onDb(sourceUrl, async (source) => {
      await migratePostgres(source);
      await source.query("CREATE SCHEMA laporan; CREATE TABLE laporan.harian (id integer)");
    });
    const archive = await backupPostgres(sourceUrl, join(out, "dengan-skema.dump"));
    // The target already has that schema (restore drops only public and drizzle): CREATE SCHEMA fails.
    const target = await wartaDatabase("backup_rollback", 4);
    const slugs = (pool: pg.Pool) => pool.query("SELECT slug FROM articles ORDER BY id").then((r) => r.rows);
    const before = await onDb(target.url, async (pool) => {
      await pool.query("CREATE SCHEMA laporan");
      return slugs(pool);
    });
    expect(before).toHaveLength(4);
    await expect(restorePostgres(archive.path, target.url, { keepDir: out })).rejects.toThrow(/Pemulihan dibatalkan, database tidak berubah: .*laporan/);
    await onDb(target.url, async (pool) => {
      expect(await slugs(pool)).toEqual(before);
      expect(await migratePostgres(pool)).toEqual([]);
    });
  }, 60_000);
});
