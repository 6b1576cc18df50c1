import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readMigrationFiles } from "drizzle-orm/migrator";
import type pg from "pg";

export const PG_MIGRATIONS_FOLDER = join(process.cwd(), "db", "migrations-pg");

/** pg_advisory_xact_lock key that every Warta process takes before migrating ("Wart" in ASCII). */
export const MIGRATION_LOCK_KEY = 0x57617274;

/**
 * Applies the committed PostgreSQL migrations that the database lacks, in drizzle's own
 * bookkeeping table (drizzle.__drizzle_migrations), so drizzle-kit sees the same history.
 *
 * - Several app servers may start at once: each takes a transaction-scoped advisory lock first,
 *   so one migrates while the others wait, then find nothing left to do.
 * - Everything, bookkeeping included, runs in one transaction: a failing migration leaves the
 *   database exactly as it was. (So no migration may use CREATE INDEX CONCURRENTLY.)
 *
 * Returns the tags of the migrations this call applied; empty when it applied none.
 */
export async function migratePostgres(pool: pg.Pool, migrationsFolder = PG_MIGRATIONS_FOLDER): Promise<string[]> {
  const migrations = readMigrationFiles({ migrationsFolder });
  const journal = JSON.parse(readFileSync(join(migrationsFolder, "meta", "_journal.json"), "utf8")) as {
    entries: { when: number; tag: string }[];
  };
  const tagOf = new Map(journal.entries.map((e) => [e.when, e.tag]));
  const client = await pool.connect();
  const applied: string[] = [];
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query("CREATE SCHEMA IF NOT EXISTS drizzle");
    await client.query("CREATE TABLE IF NOT EXISTS drizzle.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)");
    const last = await client.query<{ created_at: string }>("SELECT created_at FROM drizzle.__drizzle_migrations ORDER BY created_at DESC LIMIT 1");
    const lastApplied = last.rows[0] ? Number(last.rows[0].created_at) : null;
    for (const migration of migrations) {
      if (lastApplied !== null && migration.folderMillis <= lastApplied) continue;
      for (const statement of migration.sql) {
        if (statement.trim()) await client.query(statement);
      }
      await client.query("INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ($1, $2)", [migration.hash, migration.folderMillis]);
      applied.push(tagOf.get(migration.folderMillis) ?? String(migration.folderMillis));
    }
    await client.query("COMMIT");
    return applied;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
