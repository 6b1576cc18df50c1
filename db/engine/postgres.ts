import { AsyncLocalStorage } from "node:async_hooks";
import { statSync } from "node:fs";
import { is, type SQL, sql, type SQLWrapper } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { openPostgres, type PgDb } from "../pg/client";
import { waitForPostgres } from "../pg/connect";
import { migratePostgres, PG_MIGRATIONS_FOLDER } from "../pg/migrate";
import { writePostgresSync } from "../pg/write-on-exit";
import { backupPostgres } from "./postgres-backup";
import { postgresSearch } from "./postgres-search";
import { articles } from "../tables";
import type { Db, Engine, MigrationReport, SearchIndex } from "./types";

/**
 * The Engine (db/engine/types.ts) for PostgreSQL: a node-postgres pool, drizzle's
 * own transactions (they await the callback, unlike the better-sqlite3 driver's), search over
 * the generated tsvector, start-up migration under an advisory lock, pg_dump backups.
 * Transactions run at READ COMMITTED: a write that must not overwrite a newer one says so in
 * its WHERE (`version = ?`), and PostgreSQL re-checks that WHERE after waiting for the row.
 */
export class PostgresEngine implements Engine {
  readonly kind = "postgres" as const;
  /** The shared queries' handle: node-postgres's drizzle, typed as the shared Db (see Db). */
  readonly db: Db;
  /** The same pool with PostgreSQL's own types, for PostgreSQL-only tools (copy, tests). */
  readonly pg: PgDb;
  readonly search: SearchIndex;
  private readonly inTransaction = new AsyncLocalStorage<true>();

  constructor(
    readonly url: string,
    private readonly migrationsFolder = PG_MIGRATIONS_FOLDER,
    private readonly startup: { attempts?: number; delayMs?: number } = {},
  ) {
    // The shared queries run on db/tables.ts, whose schema DATABASE_URL chose when it loaded.
    if (!is(articles, PgTable)) throw new Error("PostgresEngine butuh DATABASE_URL terpasang sebelum db/tables dimuat (tabel SQLite termuat).");
    this.pg = openPostgres(url);
    this.db = this.pg as unknown as Db;
    this.search = postgresSearch(this.db);
  }

  async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    // As on SQLite: a nested call would take a second pooled connection and could wait on the first.
    if (this.inTransaction.getStore()) throw new Error("Transaksi bersarang tidak didukung: panggil fungsi tulis di luar transaksi.");
    return this.pg.transaction((tx) => this.inTransaction.run(true, () => fn(tx as unknown as Db)));
  }

  /** Waits for the server (bounded, a log line per try), then applies what is missing. */
  async migrate(): Promise<MigrationReport & { applied: string[] }> {
    await waitForPostgres(this.pg.$client, this.startup);
    const applied = await migratePostgres(this.pg.$client, this.migrationsFolder);
    if (applied.length > 0) console.log(`[warta] Migrasi PostgreSQL diterapkan: ${applied.join(", ")}`);
    return { snapshot: null, applied };
  }

  async backup(target: string): Promise<{ path: string; bytes: number }> {
    const { path } = await backupPostgres(this.url, target);
    return { path, bytes: statSync(path).size };
  }

  /**
   * The exit hook's write (see Engine.writeOnExit): node-postgres cannot wait synchronously, so a
   * short-lived child process writes in one transaction while this one waits.
   */
  writeOnExit(statements: SQL[]): void {
    writePostgresSync(this.url, statements);
  }

  bytewise(text: SQLWrapper): SQL {
    return sql`${text} COLLATE "C"`;
  }

  async close(): Promise<void> {
    await this.pg.$client.end();
  }
}
