import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type Database from "better-sqlite3";
import { afterAll, beforeAll } from "vitest";
import type { SqliteEngine } from "../engine/sqlite";

type Base = {
  prepare: typeof import("../prepare");
  engine: typeof import("../engine");
  /**
   * The SQLite write connection, for tests that set up or inspect rows with plain SQL. Used
   * between awaited calls only, so it never runs inside another transaction.
   */
  sqlite: () => Database.Database;
};

/**
 * For a test file: a real SQLite file in a temp folder, created, migrated and seeded exactly
 * as a fresh install does, and removed afterwards. Call it at the top of the file: the engine
 * and lib/config read the environment it sets when they are first imported, which is why the
 * modules under test come in through `load` (run once the environment is in place) and are
 * filled into the returned object before the file's own beforeAll hooks run.
 */
export function seededDatabase<M extends object>(name: string, load: () => Promise<M>, env: Record<string, string> = {}): M & Base {
  const dir = mkdtempSync(join(tmpdir(), `warta-${name}-`));
  Object.assign(process.env, { DATABASE_PATH: join(dir, "warta.db"), MEDIA_DIR: join(dir, "media"), ...env });
  const modules = {} as M & Base;
  beforeAll(async () => {
    const engine = await import("../engine");
    const sqlite = () => (engine.getEngine() as SqliteEngine).connection;
    Object.assign(modules, { prepare: await import("../prepare"), engine, sqlite }, await load());
    await modules.prepare.prepareDatabase();
  }, 120_000);
  afterAll(async () => {
    await modules.engine?.closeEngine();
    rmSync(dir, { recursive: true, force: true });
  });
  return modules;
}
