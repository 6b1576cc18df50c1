import { siteConfig } from "@/lib/config";
import { PostgresEngine } from "./postgres";
import { SqliteEngine } from "./sqlite";
import type { Db, Engine } from "./types";

export type { Db, Engine, EngineKind, SearchHit, SearchResults } from "./types";

// One engine per server process. Kept on globalThis so that dev-mode reloads (and the several
// route bundles of a production server) share it instead of opening connections each.
const globalForEngine = globalThis as unknown as { wartaEngine?: Engine; wartaEngineReady?: Promise<Engine> };

function openEngine(): Engine {
  // DATABASE_URL was checked by lib/config when the process read its environment.
  if (siteConfig.databaseUrl === null) return new SqliteEngine(siteConfig.databasePath);
  return new PostgresEngine(siteConfig.databaseUrl, undefined, siteConfig.databaseStartup);
}

/**
 * The process's engine, opened on first use: SQLite at DATABASE_PATH when DATABASE_URL is
 * unset, PostgreSQL otherwise. Chosen when the server runs, never at build time. Migrations
 * are not applied here: start-up calls startEngine (db/prepare.ts) before serving.
 */
export function getEngine(): Engine {
  if (!globalForEngine.wartaEngine) {
    // Content read during `next build` would be frozen into the build: fail loudly instead.
    // A page that reads data must call connection() (or take request params) before it does.
    if (process.env.NEXT_PHASE === "phase-production-build") {
      throw new Error("Database dibaca saat build; panggil connection() di halaman itu.");
    }
    globalForEngine.wartaEngine = openEngine();
  }
  return globalForEngine.wartaEngine;
}

/** The engine with its migrations applied, once per process however often it is called. */
export function startEngine(): Promise<Engine> {
  globalForEngine.wartaEngineReady ??= (async () => {
    const engine = getEngine();
    await engine.migrate();
    return engine;
  })();
  return globalForEngine.wartaEngineReady;
}

/** The read handle: every query outside a transaction. */
export function getDb(): Db {
  return getEngine().db;
}

/** Runs `fn` as one atomic transaction on the process's engine (see Engine.transaction). */
export function transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
  return getEngine().transaction(fn);
}

/**
 * Makes `engine` the process's engine, for tools that work on a database other than the
 * configured one (an e2e fixture preparing a copy). The one it replaces is not closed.
 */
export function setEngine(engine: Engine): void {
  globalForEngine.wartaEngine = engine;
  globalForEngine.wartaEngineReady = Promise.resolve(engine);
}

/** Closes the engine (scripts, tests, shutdown); the next getEngine opens a new one. */
export async function closeEngine(): Promise<void> {
  const engine = globalForEngine.wartaEngine;
  globalForEngine.wartaEngine = undefined;
  globalForEngine.wartaEngineReady = undefined;
  await engine?.close();
}
