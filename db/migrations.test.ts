import { createHash } from "node:crypto";
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localMediaStore } from "@/lib/media/local";

// Migrations on real SQLite files: a newsroom that upgrades has a database made by the
// previous release, full of its own work, and expects all of it to come through.
const dir = mkdtempSync(join(tmpdir(), "warta-migrations-"));
Object.assign(process.env, { DATABASE_PATH: join(dir, "unused.db"), MEDIA_DIR: join(dir, "media") });

type Sqlite = typeof import("./engine/sqlite");
let sqliteModule: Sqlite;
/** The file opened as the portal opens it, with the real migrations unless told otherwise. */
const open = (file: string, folder?: string) => new sqliteModule.SqliteEngine(file, folder);
const REAL = join(process.cwd(), "db", "migrations");
const journal = () => JSON.parse(readFileSync(join(REAL, "meta", "_journal.json"), "utf8")) as { entries: { idx: number; when: number; tag: string }[] };

/** A copy of the real migrations folder cut to its first `n` migrations, plus any extra ones. */
function migrationsFolder(name: string, n: number, extra: { tag: string; sql: string }[] = []): string {
  const folder = join(dir, name);
  cpSync(REAL, folder, { recursive: true });
  const j = journal();
  const entries = j.entries.slice(0, n);
  for (const [i, m] of extra.entries()) {
    writeFileSync(join(folder, `${m.tag}.sql`), m.sql);
    entries.push({ ...entries[entries.length - 1], idx: entries.length, when: j.entries[j.entries.length - 1].when + 1000 * (i + 1), tag: m.tag });
  }
  writeFileSync(join(folder, "meta", "_journal.json"), JSON.stringify({ ...j, entries }, null, 2));
  return folder;
}

/** The old schema's columns of each table: a migration may add columns, and what is compared is what was there. */
let oldColumns: Record<string, string[]> = {};

/** Every row of every table the old schema has, in its old columns, in a stable order: the newsroom's data. */
async function dump(file: string, tables: string[]): Promise<Record<string, string[]>> {
  const engine = open(file);
  try {
    // Sorted as text: some tables are WITHOUT ROWID, and the order is not what is compared.
    const select = (t: string) => `SELECT ${oldColumns[t].map((c) => `"${c}"`).join(", ")} FROM "${t}"`;
    return Object.fromEntries(tables.map((t) => [t, engine.connection.prepare(select(t)).all().map((r) => JSON.stringify(r)).sort()]));
  } finally {
    await engine.close();
  }
}

/** Every table, index and trigger with its SQL: what a migration changes. */
const schemaShape = (c: import("better-sqlite3").Database) => c.prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all();
let previousShape: unknown[] = [];

/** Plain tables of a database: not drizzle's bookkeeping, not SQLite's own, not the full-text index (its triggers fill it). */
function dataTables(connection: import("better-sqlite3").Database): string[] {
  const rows = connection
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'articles_fts%' AND name != '__drizzle_migrations'")
    .all() as { name: string }[];
  return rows.map((r) => r.name);
}

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const PREVIOUS = join(dir, "previous.db");
let oldTables: string[];

beforeAll(async () => {
  sqliteModule = await import("./engine/sqlite");
  const { seedDatabase } = await import("./seed");
  const { tableRowCounts } = await import("./engine/sqlite-backup");
  // The previous release's schema, filled the way a newsroom fills it: the demo seed writes
  // stories, photos, tags, staff, revisions, views, ads and settings. The seed writes today's
  // columns, so it fills a database of today's schema, and the previous schema takes the columns it has.
  const SEEDED = join(dir, "seeded.db");
  const full = open(SEEDED);
  await full.migrate();
  await seedDatabase({ now: new Date(), media: localMediaStore(join(dir, "media")) }, full);
  await full.close();
  const engine = open(PREVIOUS, migrationsFolder("previous", journal().entries.length - 1));
  await engine.migrate();
  const db = engine.connection;
  oldColumns = Object.fromEntries(dataTables(db).map((t) => [t, (db.pragma(`table_info("${t}")`) as { name: string }[]).map((c) => c.name)]));
  db.pragma("foreign_keys = OFF");
  db.prepare("ATTACH DATABASE ? AS seeded").run(SEEDED);
  db.transaction(() => {
    for (const [t, cols] of Object.entries(oldColumns)) {
      const list = cols.map((c) => `"${c}"`).join(", ");
      db.exec(`INSERT INTO main."${t}" (${list}) SELECT ${list} FROM seeded."${t}"`);
    }
  })();
  db.exec("DETACH DATABASE seeded");
  db.pragma("foreign_keys = ON");
  // Everything but drizzle's own bookkeeping, which a migration is meant to change.
  previousShape = schemaShape(db);
  oldTables = Object.keys(tableRowCounts(engine.connection)).filter((t) => t !== "__drizzle_migrations" && t in oldColumns);
  await engine.close();
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("migrating a database of the previous release", () => {
  it("applies the new migration and keeps every row of every table as it was", async () => {
    const file = join(dir, "forward.db");
    copyFileSync(PREVIOUS, file);
    const before = await dump(file, oldTables);
    expect(before.articles.length).toBeGreaterThan(30);
    expect(before.article_views.length).toBeGreaterThan(before.articles.length);

    const engine = open(file);
    const { snapshot } = await engine.migrate();
    const sqlite = engine.connection;
    expect(sqlite.prepare("SELECT count(*) AS n FROM __drizzle_migrations").get()).toEqual({ n: journal().entries.length });
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    // The migrated file has the schema a fresh install gets.
    const fresh = open(join(dir, "shape.db"));
    await fresh.migrate();
    expect(schemaShape(sqlite)).toEqual(schemaShape(fresh.connection));
    expect(schemaShape(sqlite)).not.toEqual(previousShape);
    await fresh.close();
    // The full-text index is rebuilt from nothing by no migration: it still finds the stories.
    const title = (JSON.parse(before.articles[0]) as { title: string }).title.split(" ")[0];
    expect((sqlite.prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?").get(`"${title}"`) as { n: number }).n).toBeGreaterThan(0);
    await engine.close();

    expect(await dump(file, oldTables)).toEqual(before);
    // The copy taken before migrating is the old database, whole.
    expect(snapshot).toMatch(/backups\/forward-sebelum-migrasi-\d{8}-\d{6}-wib\.db$/);
    expect(await dump(snapshot!, oldTables)).toEqual(before);
  });

  it("leaves the database byte for byte as it was when a migration fails", async () => {
    const file = join(dir, "failed.db");
    expect(oldTables).toContain("articles");
    copyFileSync(PREVIOUS, file);
    const hash = sha(file);
    const before = await dump(file, oldTables);
    expect(sha(file)).toBe(hash);

    // The real pending migration, then one that changes things before it breaks.
    const folder = migrationsFolder("broken", journal().entries.length, [
      {
        tag: "0006_broken",
        sql: [
          "CREATE TABLE `extra` (`id` integer PRIMARY KEY);",
          "UPDATE `articles` SET `title` = 'rusak';",
          "DELETE FROM `article_views`;",
          "INSERT INTO `no_such_table` VALUES (1);",
        ].join("--> statement-breakpoint\n"),
      },
    ]);
    const engine = open(file, folder);
    await expect(engine.migrate()).rejects.toThrow(/no_such_table/);
    const sqlite = engine.connection;
    expect(sqlite.prepare("SELECT count(*) AS n FROM __drizzle_migrations").get()).toEqual({ n: journal().entries.length - 1 });
    // One transaction for the whole batch: the valid migration before the broken one is undone too.
    expect(sqlite.prepare("SELECT name FROM sqlite_schema WHERE name = 'extra'").all()).toEqual([]);
    expect(schemaShape(sqlite)).toEqual(previousShape);
    await engine.close();

    expect(sha(file)).toBe(hash);
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(await dump(file, oldTables)).toEqual(before);
    // Fixing the migration and starting again works on the untouched file.
    const again = open(file);
    expect((await again.migrate()).snapshot).not.toBeNull();
    await again.close();
    expect(await dump(file, oldTables)).toEqual(before);
  });

  it("copies nothing for a fresh database or one that is up to date", async () => {
    const file = join(dir, "fresh.db");
    const engine = open(file);
    expect((await engine.migrate()).snapshot).toBeNull();
    expect((await engine.migrate()).snapshot).toBeNull();
    await engine.close();
    expect(existsSync(join(dir, "backups", "fresh"))).toBe(false);
  });
});
