import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { clusterUrl, pauseCluster, resumeCluster, startCluster, stopCluster } from "../../db/testing/pg-cluster";
import { E2E_DATA_DIR, E2E_PORT } from "../../playwright.config";

export type SpareServer = {
  url: string;
  /** Reads the spare server's own database. */
  query<T>(sql: string, ...params: unknown[]): T[];
  /** The database file the server uses. */
  dbPath: string;
  /** Sends a signal and resolves with the exit code once the process is gone. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** Starts the server again on the same port and database (after stop), and waits until it serves. */
  restart(): Promise<void>;
  /** What the server printed, for failure messages. */
  output(): string;
  /** Kills the server if it still runs and removes its database. */
  dispose(): Promise<void>;
};

const NEXT_BIN = resolve("node_modules/next/dist/bin/next");

/** Resolves true when something already accepts connections on the port. */
function portTaken(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      done(true);
    });
    socket.once("error", () => done(false));
  });
}

async function waitUntilServing(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start stopped (${child.exitCode}):\n${output()}`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`next start did not answer on ${url}:\n${output()}`);
}

/**
 * A second `next start` from the build the e2e web server made, on E2E_PORT + offset,
 * with its own copy of the e2e database: for tests that need exact counts, short
 * intervals or a signal, without disturbing the shared server.
 */
export async function startSpareServer(opts: {
  portOffset: number;
  env?: Record<string, string>;
  /** Changes the copied database before the server opens it. */
  prepare?: (db: Database.Database, path: string) => void | Promise<void>;
}): Promise<SpareServer> {
  const port = E2E_PORT + opts.portOffset;
  const url = `http://127.0.0.1:${port}`;
  // A server left behind by an interrupted run would answer in this one's place, counting
  // into a database the test never reads: refuse instead of passing or failing by accident.
  if (await portTaken(port)) throw new Error(`Port ${port} is already in use: stop the process on it (a leftover e2e server?).`);
  const dir = mkdtempSync(join(tmpdir(), "warta-e2e-"));
  const dbPath = join(dir, "warta.db");
  const source = new Database(`${E2E_DATA_DIR}/warta.db`, { readonly: true, fileMustExist: true });
  await source.backup(dbPath);
  source.close();
  if (opts.prepare) {
    const db = new Database(dbPath);
    try {
      await opts.prepare(db, dbPath);
    } finally {
      db.close();
    }
  }

  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_PATH: dbPath,
    MEDIA_DIR: resolve(E2E_DATA_DIR, "media"),
    SITE_URL: url,
    ...opts.env,
  };
  let log = "";
  const output = () => log;
  const launch = async () => {
    const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout!.on("data", (d) => (log += d));
    child.stderr!.on("data", (d) => (log += d));
    const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
    try {
      await waitUntilServing(url, child, output);
    } catch (err) {
      child.kill("SIGKILL");
      throw err;
    }
    return { child, exited };
  };

  let current: Awaited<ReturnType<typeof launch>>;
  try {
    current = await launch();
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  const running = () => current.child.exitCode === null && current.child.signalCode === null;

  return {
    url,
    dbPath,
    output,
    query<T>(sql: string, ...params: unknown[]): T[] {
      const db = new Database(dbPath, { readonly: true, fileMustExist: true });
      try {
        return db.prepare(sql).all(...params) as T[];
      } finally {
        db.close();
      }
    },
    async stop(signal: NodeJS.Signals = "SIGTERM") {
      if (running()) current.child.kill(signal);
      return current.exited;
    },
    async restart() {
      if (running()) throw new Error("restart() needs the server stopped first");
      current = await launch();
    },
    async dispose() {
      if (running()) current.child.kill("SIGKILL");
      await current.exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type PostgresServer = {
  url: string;
  databaseUrl: string;
  output(): string;
  /** Rows of plain SQL on the server's database (`?` placeholders, as for SpareServer.query). */
  query<T>(sql: string, ...params: unknown[]): Promise<T[]>;
  /** Stops the portal with `signal`; resolves to its exit code (null when killed). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** Starts the portal again on the same database. */
  restart(): Promise<void>;
  /** Stops the database server (its data kept), as a restart or failover does; the portal keeps running. */
  stopDatabase(): void;
  /** Starts it again on the same port. */
  startDatabase(): void;
  dispose(): Promise<void>;
};

/**
 * `next start` from the e2e build on E2E_PORT + offset, on PostgreSQL: a throwaway cluster of its
 * own (db/testing/pg-cluster.ts: a temp folder, a loopback port of 5440–5449), an empty database
 * that the server migrates and seeds at start as a new install does, all removed by dispose().
 */
export async function startPostgresServer(opts: { portOffset: number; env?: Record<string, string> }): Promise<PostgresServer> {
  const port = E2E_PORT + opts.portOffset;
  const url = `http://127.0.0.1:${port}`;
  if (await portTaken(port)) throw new Error(`Port ${port} is already in use: stop the process on it (a leftover e2e server?).`);
  const cluster = startCluster();
  const mediaDir = mkdtempSync(join(tmpdir(), "warta-e2e-pg-media-"));
  let child: ChildProcess | null = null;
  let exited: Promise<number | null> = Promise.resolve(null);
  let reader: pg.Pool | null = null;
  let log = "";
  const running = () => child !== null && child.exitCode === null && child.signalCode === null;
  const dispose = async () => {
    if (running()) child!.kill("SIGKILL");
    await exited;
    await reader?.end();
    stopCluster(cluster);
    rmSync(mediaDir, { recursive: true, force: true });
  };
  const databaseUrl = clusterUrl(cluster, "warta_e2e");
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: databaseUrl, MEDIA_DIR: mediaDir, SITE_URL: url, ...opts.env };
  const launch = async () => {
    child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout!.on("data", (d) => (log += d));
    child.stderr!.on("data", (d) => (log += d));
    const proc = child;
    exited = new Promise((done) => proc.once("exit", (code) => done(code)));
    await waitUntilServing(url, child, () => log);
  };
  try {
    const admin = new pg.Client({ connectionString: clusterUrl(cluster, "postgres") });
    await admin.connect();
    await admin.query("CREATE DATABASE warta_e2e").finally(() => admin.end());
    await launch();
    return {
      url,
      databaseUrl,
      output: () => log,
      async query<T>(text: string, ...params: unknown[]): Promise<T[]> {
        reader ??= new pg.Pool({ connectionString: databaseUrl, max: 2 });
        // The specs write SQLite's `?` placeholders; PostgreSQL numbers them.
        let n = 0;
        return (await reader.query(text.replace(/\?/g, () => `$${++n}`), params)).rows as T[];
      },
      async stop(signal: NodeJS.Signals = "SIGTERM") {
        if (running()) child!.kill(signal);
        return exited;
      },
      async restart() {
        if (running()) throw new Error("restart() needs the server stopped first");
        await launch();
      },
      stopDatabase: () => pauseCluster(cluster),
      startDatabase: () => resumeCluster(cluster),
      dispose,
    };
  } catch (err) {
    await dispose();
    throw err;
  }
}
