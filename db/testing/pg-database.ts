import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { afterAll, beforeAll, describe, inject } from "vitest";
import { clusterUrl, findPgBin, type PgCluster, startCluster, stopCluster } from "./pg-cluster";

declare module "vitest" {
  export interface ProvidedContext {
    /** Folder where the first test file that needs PostgreSQL leaves the shared cluster's cluster.json. */
    wartaPgRunDir?: string;
  }
}

const LOCK_WAIT_MS = 60_000;

/** Whether this machine can run the PostgreSQL tests; under CI (CI set) a missing server is a failure. */
export function pgTestsEnabled(): boolean {
  if (findPgBin()) return true;
  const message =
    "PostgreSQL 15+ tidak terpasang: uji PostgreSQL DILEWATI. Pasang paket Debian `postgresql` (atau set PG_BIN) untuk menjalankannya.";
  if (process.env.CI) throw new Error(`${message} Di CI ini kegagalan.`);
  console.warn(`\n${"!".repeat(100)}\n!! ${message}\n${"!".repeat(100)}\n`);
  return false;
}

/** describe() for tests that need a real PostgreSQL: skipped loudly without one, failing under CI. */
export function describePg(name: string, fn: () => void): void {
  if (pgTestsEnabled()) describe(name, fn);
  else describe.skip(`${name} (PostgreSQL tidak ada)`, fn);
}

let ownCluster: PgCluster | null = null;

// The run's cluster is started by whichever test file asks first (workers race for a lock
// folder) and stopped by the global setup's teardown, so runs without PostgreSQL tests pay nothing.
async function runCluster(runDir: string): Promise<PgCluster> {
  const info = join(runDir, "cluster.json");
  const lock = join(runDir, "lock");
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`Kunci klaster PostgreSQL uji ${lock} tidak lepas.`);
      await sleep(50);
    }
  }
  try {
    if (existsSync(info)) return JSON.parse(readFileSync(info, "utf8")) as PgCluster;
    const cluster = startCluster();
    // The global teardown finds the cluster through this file.
    writeFileSync(info, JSON.stringify(cluster));
    return cluster;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

async function cluster(): Promise<PgCluster> {
  const runDir = inject("wartaPgRunDir");
  if (runDir) return runCluster(runDir);
  // Run without the global setup (a single file from an editor): a cluster for this file only.
  ownCluster ??= startCluster();
  return ownCluster;
}

async function adminQuery(c: PgCluster, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: clusterUrl(c, "postgres") });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database in the run's cluster, for one test file or one test. Returns its URL. */
export async function createTestDatabase(name: string): Promise<string> {
  const c = await cluster();
  const database = `warta_${name.replace(/[^a-z0-9]/gi, "_").toLowerCase()}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await adminQuery(c, `CREATE DATABASE "${database}"`);
  return clusterUrl(c, database);
}

/** Drops a database made by createTestDatabase, whoever is still connected to it. */
export async function dropTestDatabase(url: string): Promise<void> {
  const database = new URL(url).pathname.slice(1);
  await adminQuery(await cluster(), `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => {});
}

/**
 * For a test file: an empty database (`url` is filled in beforeAll) that is dropped afterwards.
 * The cluster itself outlives the file when the global setup runs; otherwise this file stops it.
 */
export function pgTestDatabase(name: string): { url: string } {
  const handle = { url: "" };
  beforeAll(async () => {
    handle.url = await createTestDatabase(name);
  }, 90_000);
  afterAll(async () => {
    if (handle.url) await dropTestDatabase(handle.url);
    if (ownCluster) stopCluster(ownCluster);
    ownCluster = null;
  });
  return handle;
}

process.once("exit", () => {
  if (ownCluster) stopCluster(ownCluster);
});
