import type { SQL } from "drizzle-orm";
import pg from "pg";
import type { Engine } from "../engine/types";

// Plain SQL for the database-level tests' setup and checks, on whichever engine the file runs:
// the one place in the test harness that knows how each drizzle driver takes a raw statement.
// Keep the SQL to what both dialects read alike (no unixepoch(), json_*(), ILIKE), read counts
// through num() (PostgreSQL hands back bigint as text), and read or compare times through the
// drizzle builders or sql.param(date, column): drizzle's node-postgres driver hands timestamptz
// back as text, SQLite as epoch milliseconds.

type PgLike = { execute(query: SQL): Promise<{ rows: unknown[] }> };
type SqliteLike = { all(query: SQL): Promise<unknown[]>; run(query: SQL): Promise<unknown> };

/** Every row of `query`, on the engine's read handle. */
export async function sqlRows<T>(engine: Engine, query: SQL): Promise<T[]> {
  if (engine.kind === "postgres") return (await (engine.db as unknown as PgLike).execute(query)).rows as T[];
  return (await (engine.db as unknown as SqliteLike).all(query)) as T[];
}

/** Runs a writing statement in a transaction of its own. */
export async function sqlWrite(engine: Engine, query: SQL): Promise<void> {
  await engine.transaction(async (tx) => {
    if (engine.kind === "postgres") await (tx as unknown as PgLike).execute(query);
    else await (tx as unknown as SqliteLike).run(query);
  });
}

/** A count or id read by plain SQL: bigint arrives as text from node-postgres. */
export const num = (value: unknown): number => Number(value);

/**
 * Calls `onRows(sql, rowCount)` for every statement the engine's connections answer, until the
 * returned function is called: the tests that count what a query fetched watch the real driver.
 * SQLite: the statements of both connections (write and read); PostgreSQL: every pooled client's.
 */
export function watchStatements(engine: Engine, onRows: (sql: string, rows: number) => void): () => void {
  if (engine.kind === "postgres") return watchPostgres(onRows);
  return watchSqlite(engine, onRows);
}

function watchPostgres(onRows: (sql: string, rows: number) => void): () => void {
  // Every pooled client is a pg.Client; PoolClient.query is Client.prototype.query.
  const { Client } = pg;
  const original = Client.prototype.query;
  Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text: string };
    const text = typeof first === "string" ? first : first?.text;
    const out = (original as (...a: unknown[]) => unknown).apply(this, args);
    if (out && typeof (out as Promise<unknown>).then === "function") {
      void (out as Promise<{ rows?: unknown[] } | undefined>).then(
        (res) => onRows(text ?? "", res?.rows?.length ?? 0),
        () => undefined,
      );
    }
    return out;
  } as typeof original;
  return () => {
    Client.prototype.query = original;
  };
}

type SqliteConnection = import("better-sqlite3").Database;

function watchSqlite(engine: Engine, onRows: (sql: string, rows: number) => void): () => void {
  const sqlite = engine as unknown as { connection: SqliteConnection; reader: SqliteConnection };
  const restore = [sqlite.connection, sqlite.reader].map((conn) => wrapPrepare(conn, onRows));
  return () => restore.forEach((undo) => undo());
}

function wrapPrepare(db: SqliteConnection, onRows: (sql: string, rows: number) => void): () => void {
  const original = db.prepare;
  const prepare = original.bind(db);
  db.prepare = ((text: string) => {
    const stmt = prepare(text);
    const proxy: ReturnType<typeof prepare> = new Proxy(stmt, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (typeof value !== "function") return value;
        if (prop === "all" || prop === "get") {
          return (...params: unknown[]) => {
            const out = value.apply(target, params);
            // get() hands back one row (an array of columns in raw mode), all() an array of rows.
            onRows(text, prop === "all" ? (out as unknown[]).length : out === undefined ? 0 : 1);
            return out;
          };
        }
        if (prop === "iterate") throw new Error("iterate is not counted");
        // raw(), pluck(), expand() return the statement itself: keep returning the proxy.
        return (...args: unknown[]) => {
          const out = value.apply(target, args);
          return out === target ? proxy : out;
        };
      },
    });
    return proxy;
  }) as typeof db.prepare;
  return () => {
    db.prepare = original;
  };
}
