import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { siteConfig } from "@/lib/config";
import { backupFileName, pendingMigrations } from "@/lib/db-files";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** A transaction handle; it offers the same query builders as Db. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

const MIGRATIONS_FOLDER = join(process.cwd(), "db", "migrations");

/** Opens (and creates) a database file with the pragmas every Warta connection needs. */
export function openDatabase(path: string): Db {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  // WAL lets readers keep rendering while an editor saves; NORMAL is durable in WAL mode
  // except for the last transactions on power loss, which is the usual trade for a web app.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  return drizzle(sqlite, { schema });
}

function lastAppliedMigration(db: Db): number | null {
  const table = db.$client.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = '__drizzle_migrations'").get();
  if (!table) return null;
  const row = db.$client.prepare("SELECT max(created_at) AS last FROM __drizzle_migrations").get() as { last: number | null };
  return row.last === null ? null : Number(row.last);
}

/**
 * Applies committed drizzle-kit migrations; already applied ones are skipped. Drizzle runs
 * all pending ones in a single transaction, so a failing migration leaves the database as
 * it was. A database that already holds a newsroom's work is also copied first (to
 * `backups/` beside it), because a migration that succeeds can still be the wrong one.
 * Returns the copy's path, or null when nothing needed copying.
 */
export function migrateDatabase(db: Db, migrationsFolder = MIGRATIONS_FOLDER): string | null {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, "meta", "_journal.json"), "utf8")) as { entries: { when: number }[] };
  const last = lastAppliedMigration(db);
  const file = db.$client.name;
  let snapshot: string | null = null;
  if (last !== null && pendingMigrations(journal.entries.map((e) => e.when), last).length > 0 && file !== ":memory:" && existsSync(file)) {
    const dir = join(dirname(file), "backups");
    mkdirSync(dir, { recursive: true });
    const name = backupFileName(new Date(), `${basename(file).replace(/\.db$/, "")}-sebelum-migrasi`);
    snapshot = join(dir, name);
    for (let n = 2; existsSync(snapshot); n++) snapshot = join(dir, name.replace(/\.db$/, `-${n}.db`));
    // VACUUM INTO is synchronous, like the rest of start-up, and writes one consistent state.
    db.$client.prepare("VACUUM INTO ?").run(snapshot);
    console.log(`[warta] Salinan sebelum migrasi: ${snapshot}`);
  }
  migrate(db, { migrationsFolder });
  return snapshot;
}

// One connection per server process. Kept on globalThis so that dev-mode reloads
// do not leak a new connection on every edit.
const globalForDb = globalThis as unknown as { wartaDb?: Db };

/** The process-wide connection, opened and migrated on first use. */
export function getDb(): Db {
  if (!globalForDb.wartaDb) {
    // Content read during `next build` would be frozen into the build: fail loudly instead.
    // A page that reads data must call connection() (or take request params) before it does.
    if (process.env.NEXT_PHASE === "phase-production-build") {
      throw new Error("Database dibaca saat build; panggil connection() di halaman itu.");
    }
    const db = openDatabase(siteConfig.databasePath);
    migrateDatabase(db);
    globalForDb.wartaDb = db;
  }
  return globalForDb.wartaDb;
}
