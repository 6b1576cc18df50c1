import { AsyncLocalStorage } from "node:async_hooks";
import { statSync } from "node:fs";
import { openPostgres, type PgDb } from "../pg/client";
import { waitForPostgres } from "../pg/connect";
import { migratePostgres, PG_MIGRATIONS_FOLDER } from "../pg/migrate";
import { backupPostgres } from "./postgres-backup";
import { postgresSearch } from "./postgres-search";

/** A transaction handle: the same query builders as PgDb. */
export type PgTx = Parameters<Parameters<PgDb["transaction"]>[0]>[0];

/**
 * The Engine (db/engine/types.ts on wt-async) for PostgreSQL: a node-postgres pool, drizzle's
 * own transactions (they await the callback, unlike the better-sqlite3 driver's), search over
 * the generated tsvector, start-up migration under an advisory lock, pg_dump backups.
 * Transactions run at READ COMMITTED: a write that must not overwrite a newer one says so in
 * its WHERE (`version = ?`), and PostgreSQL re-checks that WHERE after waiting for the row.
 */
export class PostgresEngine {
  readonly kind = "postgres" as const;
  readonly db: PgDb;
  readonly search;
  private readonly inTransaction = new AsyncLocalStorage<true>();

  constructor(
    readonly url: string,
    private readonly migrationsFolder = PG_MIGRATIONS_FOLDER,
    private readonly startup: { attempts?: number; delayMs?: number } = {},
  ) {
    this.db = openPostgres(url);
    this.search = postgresSearch(this.db);
  }

  async transaction<T>(fn: (tx: PgTx) => Promise<T>): Promise<T> {
    // As on SQLite: a nested call would take a second pooled connection and could wait on the first.
    if (this.inTransaction.getStore()) throw new Error("Transaksi bersarang tidak didukung: panggil fungsi tulis di luar transaksi.");
    return this.db.transaction((tx) => this.inTransaction.run(true, () => fn(tx)));
  }

  /** Waits for the server (bounded, a log line per try), then applies what is missing. */
  async migrate(): Promise<{ snapshot: null; applied: string[] }> {
    await waitForPostgres(this.db.$client, this.startup);
    const applied = await migratePostgres(this.db.$client, this.migrationsFolder);
    if (applied.length > 0) console.log(`[warta] Migrasi PostgreSQL diterapkan: ${applied.join(", ")}`);
    return { snapshot: null, applied };
  }

  async backup(target: string): Promise<{ path: string; bytes: number }> {
    const { path } = await backupPostgres(this.url, target);
    return { path, bytes: statSync(path).size };
  }

  async close(): Promise<void> {
    await this.db.$client.end();
  }
}
