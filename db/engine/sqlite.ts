import { AsyncLocalStorage } from "node:async_hooks";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import Database from "better-sqlite3";
import { type SQL, sql, type SQLWrapper } from "drizzle-orm";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { AsyncMutex } from "@/lib/async-mutex";
import { backupFileName, pendingMigrations } from "@/lib/db-files";
import * as schema from "../schema";
import { backupDatabase } from "./sqlite-backup";
import { sqliteSearch } from "./sqlite-search";
import type { Db, Engine, MigrationReport, SearchIndex } from "./types";

const MIGRATIONS_FOLDER = join(process.cwd(), "db", "migrations");

/** Opens (and creates) a database file with the pragmas every Warta connection needs. */
function openConnection(path: string, role: "write" | "read"): Database.Database {
  const sqlite = new Database(path);
  // WAL lets readers keep rendering while an editor saves; NORMAL is durable in WAL mode
  // except for the last transactions on power loss, which is the usual trade for a web app.
  if (role === "write") sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // A write on the read connection would bypass the write lock: make it an error instead.
  if (role === "read") sqlite.pragma("query_only = ON");
  return sqlite;
}

function lastAppliedMigration(sqlite: Database.Database): number | null {
  const table = sqlite.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = '__drizzle_migrations'").get();
  if (!table) return null;
  const row = sqlite.prepare("SELECT max(created_at) AS last FROM __drizzle_migrations").get() as { last: number | null };
  return row.last === null ? null : Number(row.last);
}

/**
 * SQLite: one file, two connections. Writes (and the reads inside a transaction) use the
 * write connection, one transaction at a time behind `lock`; reads outside a transaction use
 * the query-only read connection, which in WAL mode sees committed transactions only.
 */
export class SqliteEngine implements Engine {
  readonly kind = "sqlite" as const;
  readonly db: Db;
  readonly search: SearchIndex;
  /** The write connection, for SQLite-only tools (backup checks, tests, benchmarks). */
  readonly connection: Database.Database;
  /** The query-only connection behind `db`, for tests that watch what the reader queries run. */
  readonly reader: Database.Database;
  private readonly writeDb: Db;
  private readonly syncDb: BetterSQLite3Database<typeof schema>;
  private readonly lock = new AsyncMutex();
  private readonly inTransaction = new AsyncLocalStorage<true>();

  constructor(
    readonly path: string,
    private readonly migrationsFolder = MIGRATIONS_FOLDER,
  ) {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    this.connection = openConnection(path, "write");
    // ":memory:" is a new database per connection, so there the one connection does both.
    this.reader = path === ":memory:" ? this.connection : openConnection(path, "read");
    // The sync driver's query builders are awaitable; typing them as async keeps callers honest.
    this.syncDb = drizzle(this.connection, { schema });
    this.writeDb = this.syncDb as unknown as Db;
    this.db = drizzle(this.reader, { schema }) as unknown as Db;
    this.search = sqliteSearch(this.db, (fn) => this.transaction(fn));
  }

  async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    // Waiting for the lock from inside the transaction that holds it would wait forever.
    if (this.inTransaction.getStore()) throw new Error("Transaksi bersarang tidak didukung: panggil fungsi tulis di luar transaksi.");
    return this.lock.run(async () => {
      // IMMEDIATE takes the file's write lock now, so another process (a script) cannot make
      // this transaction fail halfway with SQLITE_BUSY on its first write.
      this.connection.exec("BEGIN IMMEDIATE");
      try {
        const result = await this.inTransaction.run(true, () => fn(this.writeDb));
        this.connection.exec("COMMIT");
        return result;
      } catch (err) {
        // SQLite may already have rolled back by itself (some errors end the transaction).
        if (this.connection.inTransaction) this.connection.exec("ROLLBACK");
        throw err;
      }
    });
  }

  /**
   * Applies committed drizzle-kit migrations; already applied ones are skipped. Drizzle runs
   * all pending ones in a single transaction, so a failing migration leaves the database as
   * it was. A database that already holds a newsroom's work is also copied first (to
   * `backups/` beside it), because a migration that succeeds can still be the wrong one.
   */
  async migrate(): Promise<MigrationReport> {
    return this.lock.run(async () => {
      const journal = JSON.parse(readFileSync(join(this.migrationsFolder, "meta", "_journal.json"), "utf8")) as { entries: { when: number }[] };
      const last = lastAppliedMigration(this.connection);
      const file = this.connection.name;
      let snapshot: string | null = null;
      if (last !== null && pendingMigrations(journal.entries.map((e) => e.when), last).length > 0 && file !== ":memory:" && existsSync(file)) {
        const dir = join(dirname(file), "backups");
        mkdirSync(dir, { recursive: true });
        const name = backupFileName(new Date(), `${basename(file).replace(/\.db$/, "")}-sebelum-migrasi`);
        snapshot = join(dir, name);
        for (let n = 2; existsSync(snapshot); n++) snapshot = join(dir, name.replace(/\.db$/, `-${n}.db`));
        // VACUUM INTO writes one consistent state; nothing else writes while the lock is held.
        this.connection.prepare("VACUUM INTO ?").run(snapshot);
        console.log(`[warta] Salinan sebelum migrasi: ${snapshot}`);
      }
      migrate(drizzle(this.connection, { schema }), { migrationsFolder: this.migrationsFolder });
      return { snapshot };
    });
  }

  writeOnExit(statements: SQL[]): void {
    // A transaction still open here was never committed and dies with the process; these
    // statements would only join it, so they would die with it. Nothing else can run now.
    if (this.connection.inTransaction) throw new Error("Transaksi lain masih terbuka saat proses berhenti.");
    this.connection.transaction(() => {
      for (const statement of statements) this.syncDb.run(statement);
    })();
  }

  async backup(target: string): Promise<{ path: string; bytes: number }> {
    const { path } = await backupDatabase(this.path, target);
    return { path, bytes: statSync(path).size };
  }

  /** SQLite's default collation, BINARY, is already code-point order for UTF-8 text. */
  bytewise(text: SQLWrapper): SQL {
    return sql`${text}`;
  }

  async close(): Promise<void> {
    // Waits for a transaction in flight rather than cutting it off.
    await this.lock.run(async () => {
      if (this.reader !== this.connection) this.reader.close();
      this.connection.close();
    });
  }
}
