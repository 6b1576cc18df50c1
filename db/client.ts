import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { siteConfig } from "@/lib/config";
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

/** Applies committed drizzle-kit migrations; already applied ones are skipped. */
export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
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
