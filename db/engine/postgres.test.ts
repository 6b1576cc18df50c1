import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { articleRevisions, articles, kanal } from "../schema.pg";
import { describePg, pgTestDatabase } from "../testing/pg-database";
import type { PgDb } from "../pg/client";
import type { PostgresEngine } from "./postgres";
import type { Db } from "./types";

/** The transaction handle with PostgreSQL's own types (the shared code sees it as Db). */
const pgTx = (tx: Db) => tx as unknown as PgDb;

const database = pgTestDatabase("engine");
let engine: PostgresEngine;
let storyId: number;

describePg("the PostgreSQL engine", () => {
  beforeAll(async () => {
    // The shared code takes PostgreSQL's tables (db/tables.ts) when DATABASE_URL is set as it loads.
    vi.resetModules();
    process.env.DATABASE_URL = database.url;
    const { PostgresEngine } = await import("./postgres");
    engine = new PostgresEngine(database.url);
    expect((await engine.migrate()).applied.length).toBeGreaterThan(0);
    expect((await engine.migrate()).applied).toEqual([]);
    const [k] = await engine.pg.insert(kanal).values({ slug: "nasional", name: "Nasional" }).returning({ id: kanal.id });
    const [a] = await engine.pg
      .insert(articles)
      .values({ publicId: "a1", slug: "cerita", title: "Cerita", kanalId: k.id })
      .returning({ id: articles.id });
    storyId = a.id;
  }, 60_000);
  afterAll(() => engine?.close());

  it("commits what a transaction wrote when it resolves, and nothing when it rejects", async () => {
    await engine.transaction(async (db) => {
        const tx = pgTx(db);
      await tx.insert(kanal).values({ slug: "ekonomi", name: "Ekonomi" });
      await new Promise((r) => setTimeout(r, 10));
      await tx.insert(kanal).values({ slug: "olahraga", name: "Olahraga" });
    });
    await expect(
      engine.transaction(async (db) => {
        const tx = pgTx(db);
        await tx.insert(kanal).values({ slug: "dunia", name: "Dunia" });
        await new Promise((r) => setTimeout(r, 10));
        throw new Error("gagal di tengah");
      }),
    ).rejects.toThrow("gagal di tengah");
    const slugs = (await engine.pg.select({ slug: kanal.slug }).from(kanal).orderBy(kanal.id)).map((r) => r.slug);
    expect(slugs).toEqual(["nasional", "ekonomi", "olahraga"]);
  });

  it("refuses a transaction inside a transaction", async () => {
    await expect(engine.transaction(() => engine.transaction(async () => 1))).rejects.toThrow(/bersarang/);
  });

  it("lets exactly one of several concurrent saves of the same version through, revision and all", async () => {
    // Each request read version 1 and saves on it, as the editor's form does (`version` field).
    const save = (n: number) =>
      engine.transaction(async (db) => {
        const tx = pgTx(db);
        const updated = await tx
          .update(articles)
          .set({ title: `Versi dari permintaan ${n}`, version: sql`${articles.version} + 1` })
          .where(and(eq(articles.id, storyId), eq(articles.version, 1)))
          .returning({ version: articles.version });
        // Give the other transactions time to queue up on the row lock.
        await new Promise((r) => setTimeout(r, 20));
        if (updated.length === 0) throw new Error("Versi lebih baru sudah disimpan");
        await tx.insert(articleRevisions).values({ articleId: storyId, version: updated[0].version, savedAt: new Date(), data: `{"n":${n}}` });
        return n;
      });
    const results = await Promise.allSettled([1, 2, 3, 4, 5, 6].map(save));
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.message)).toEqual(
      Array(5).fill("Versi lebih baru sudah disimpan"),
    );
    const [story] = await engine.pg.select({ title: articles.title, version: articles.version }).from(articles).where(eq(articles.id, storyId));
    const winner = (won[0] as PromiseFulfilledResult<number>).value;
    expect(story).toEqual({ title: `Versi dari permintaan ${winner}`, version: 2 });
    expect(await engine.pg.select({ data: articleRevisions.data }).from(articleRevisions)).toEqual([{ data: `{"n":${winner}}` }]);
  });

  it("survives the server dropping its idle connections, and carries on", async () => {
    await engine.pg.execute(sql`SELECT 1`);
    const killer = new (engine.constructor as typeof PostgresEngine)(database.url);
    try {
      await killer.pg.execute(sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
    } finally {
      await killer.close();
    }
    await new Promise((r) => setTimeout(r, 100));
    const [row] = (await engine.pg.execute<{ n: number }>(sql`SELECT 1 AS n`)).rows;
    expect(row.n).toBe(1);
  });

  it("refuses to run on SQLite's tables, which a process without DATABASE_URL loaded", async () => {
    vi.resetModules();
    delete process.env.DATABASE_URL;
    const { PostgresEngine } = await import("./postgres");
    expect(() => new PostgresEngine(database.url)).toThrow(/DATABASE_URL/);
  });

  it("searches through its SearchIndex", async () => {
    await engine.pg.update(articles).set({ status: "published", publishedAt: new Date(Date.now() - 60_000) }).where(eq(articles.id, storyId));
    const found = await engine.search.search({ terms: ["versi"], limit: 5, offset: 0, now: new Date() });
    expect(found.hits.map((h) => h.id)).toEqual([storyId]);
  });
});
