import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type Database from "better-sqlite3";
import type { SQL } from "drizzle-orm";
import { afterAll, beforeAll } from "vitest";
import type { SqliteEngine } from "../engine/sqlite";
import type { Db } from "../engine/types";
import { createTestDatabase, dropTestDatabase } from "./pg-database";
import { sqlRows, sqlWrite, watchStatements } from "./sql-rows";

/** The engine the database-level tests run on: WARTA_TEST_ENGINE, set per vitest project. */
export type TestEngine = "sqlite" | "postgres";
export function testEngine(): TestEngine {
  return process.env.WARTA_TEST_ENGINE === "postgres" ? "postgres" : "sqlite";
}

type Base = {
  prepare: typeof import("../prepare");
  engine: typeof import("../engine");
  /**
   * The SQLite write connection, for tests that set up or inspect rows with plain SQL. Used
   * between awaited calls only, so it never runs inside another transaction. Throws on PostgreSQL.
   */
  sqlite: () => Database.Database;
  /** The engine this file runs on (testEngine()). */
  kind: TestEngine;
  /** The engine's tables (db/tables.ts, loaded once the environment is set), for engine-neutral setup. */
  tables: typeof import("../tables");
  /** The read handle (getDb()); writes go through `engine.transaction`. */
  db: () => Db;
  /** Rows of plain SQL both engines read alike (db/testing/sql-rows.ts: mind counts and times). */
  rows: <T>(query: SQL) => Promise<T[]>;
  /** The first row of plain SQL; throws when there is none. */
  one: <T>(query: SQL) => Promise<T>;
  /** A writing statement in a transaction of its own. */
  write: (query: SQL) => Promise<void>;
  /** Sees every statement the engine's connections answer with its row count, until undone. */
  watch: (onRows: (sql: string, rows: number) => void) => () => void;
};

/**
 * For a test file: a real database, created, migrated and seeded exactly as a fresh install
 * does, and removed afterwards: a SQLite file in a temp folder, or with WARTA_TEST_ENGINE=postgres
 * (the vitest project `postgres`) an empty database in the run's throwaway PostgreSQL cluster. Call it at the top of the file: the engine
 * and lib/config read the environment it sets when they are first imported, which is why the
 * modules under test come in through `load` (run once the environment is in place) and are
 * filled into the returned object before the file's own beforeAll hooks run.
 */
export function seededDatabase<M extends object>(name: string, load: () => Promise<M>, env: Record<string, string> = {}): M & Base {
  const dir = mkdtempSync(join(tmpdir(), `warta-${name}-`));
  Object.assign(process.env, { DATABASE_PATH: join(dir, "warta.db"), MEDIA_DIR: join(dir, "media"), ...env });
  const modules = {} as M & Base;
  const kind = testEngine();
  let databaseUrl: string | null = null;
  beforeAll(async () => {
    if (kind === "postgres") {
      databaseUrl = await createTestDatabase(name);
      process.env.DATABASE_URL = databaseUrl;
    }
    const engine = await import("../engine");
    const sqlite = () => {
      if (kind !== "sqlite") throw new Error("Koneksi SQLite mentah tidak ada di PostgreSQL: pakai engine.getDb().");
      return (engine.getEngine() as SqliteEngine).connection;
    };
    const db = () => engine.getDb();
    const rows = <T>(query: SQL) => sqlRows<T>(engine.getEngine(), query);
    const one = async <T>(query: SQL) => {
      const [first] = await rows<T>(query);
      if (first === undefined) throw new Error("Kueri uji tidak mengembalikan baris.");
      return first;
    };
    const write = (query: SQL) => sqlWrite(engine.getEngine(), query);
    const watch = (onRows: (sql: string, rows: number) => void) => watchStatements(engine.getEngine(), onRows);
    const helpers = { prepare: await import("../prepare"), engine, sqlite, kind, db, rows, one, write, watch, tables: await import("../tables") };
    Object.assign(modules, helpers, await load());
    await modules.prepare.prepareDatabase();
  }, 180_000);
  afterAll(async () => {
    await modules.engine?.closeEngine();
    if (databaseUrl) await dropTestDatabase(databaseUrl);
    rmSync(dir, { recursive: true, force: true });
  });
  return modules;
}
