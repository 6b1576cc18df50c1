import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { createTestDatabase, describePg } from "../testing/pg-database";
import { migratePostgres, PG_MIGRATIONS_FOLDER } from "./migrate";

const journal = JSON.parse(readFileSync(join(PG_MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: { tag: string }[] };
const allTags = journal.entries.map((e) => e.tag);
const pools: pg.Pool[] = [];
const temps: string[] = [];

function pool(url: string): pg.Pool {
  const p = new pg.Pool({ connectionString: url, max: 2 });
  pools.push(p);
  return p;
}

async function rows<T>(p: pg.Pool, text: string): Promise<T[]> {
  return (await p.query(text)).rows as T[];
}

/** The real migrations plus one whose first statement works and whose second fails. */
function brokenFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "warta-pg-broken-"));
  temps.push(dir);
  cpSync(PG_MIGRATIONS_FOLDER, dir, { recursive: true });
  const meta = JSON.parse(readFileSync(join(dir, "meta", "_journal.json"), "utf8"));
  meta.entries.push({ idx: meta.entries.length, version: "7", when: meta.entries.at(-1).when + 1000, tag: "9999_broken", breakpoints: true });
  writeFileSync(join(dir, "meta", "_journal.json"), JSON.stringify(meta));
  writeFileSync(
    join(dir, "9999_broken.sql"),
    'CREATE TABLE "broken_probe" (id integer);\n--> statement-breakpoint\nALTER TABLE "articles" ADD COLUMN "oops" no_such_type;',
  );
  return dir;
}

const publicTables = (p: pg.Pool) =>
  rows<{ table_name: string }>(p, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1").then((r) =>
    r.map((x) => x.table_name),
  );

afterAll(async () => {
  await Promise.all(pools.map((p) => p.end()));
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describePg("migratePostgres", () => {
  it("applies every migration once when three servers start at the same moment", async () => {
    const url = await createTestDatabase("migrate_race");
    const results = await Promise.all([pool(url), pool(url), pool(url)].map((p) => migratePostgres(p)));
    expect(results.filter((r) => r.length > 0)).toEqual([allTags]);
    expect(results.filter((r) => r.length === 0)).toHaveLength(2);
    const p = pool(url);
    expect(await rows(p, "SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations")).toEqual([{ n: allTags.length }]);
    expect(await publicTables(p)).toContain("articles");
    expect(await migratePostgres(p)).toEqual([]);
  });

  it("leaves a fresh database empty when a migration fails", async () => {
    const p = pool(await createTestDatabase("migrate_broken_fresh"));
    await expect(migratePostgres(p, brokenFolder())).rejects.toThrow(/no_such_type/);
    expect(await publicTables(p)).toEqual([]);
    expect(await rows(p, "SELECT nspname FROM pg_namespace WHERE nspname = 'drizzle'")).toEqual([]);
    expect(await rows(p, "SELECT extname FROM pg_extension WHERE extname = 'unaccent'")).toEqual([]);
  });

  it("leaves a migrated database as it was when a later migration fails", async () => {
    const p = pool(await createTestDatabase("migrate_broken_later"));
    await migratePostgres(p);
    await p.query("INSERT INTO kanal (slug, name) VALUES ('nasional', 'Nasional')");
    const before = await publicTables(p);
    await expect(migratePostgres(p, brokenFolder())).rejects.toThrow(/no_such_type/);
    expect(await publicTables(p)).toEqual(before);
    expect(before).not.toContain("broken_probe");
    expect(await rows(p, "SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations")).toEqual([{ n: allTags.length }]);
    expect(await rows(p, "SELECT slug FROM kanal")).toEqual([{ slug: "nasional" }]);
  });
});
