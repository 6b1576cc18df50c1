import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { clusterUrl, type PgCluster, startCluster, stopCluster } from "../../db/testing/pg-cluster";
import { startTestS3, type TestS3 } from "../../lib/testing/s3-server";
import { findNginx, type RunningNginx, startNginx } from "../../scripts/lib/nginx";

const NEXT_BIN = resolve("node_modules/next/dist/bin/next");

export type Instance = {
  name: "A" | "B" | "C";
  url: string;
  port: number;
  /** Sends a signal and resolves once the process is gone. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again (after stop) on the same port and environment; resolves once it serves. */
  restart(): Promise<void>;
  output(): string;
};

export type AppCluster = {
  /** nginx (deploy/nginx.conf) in front of the three instances. */
  front: string;
  instances: [Instance, Instance, Instance];
  databaseUrl: string;
  s3: TestS3;
  /** Runs one query on the shared PostgreSQL database. */
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  dispose(): Promise<void>;
};

async function waitUntilServing(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start stopped (${child.exitCode}):\n${output()}`);
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`next start did not answer on ${url}:\n${output()}`);
}

function startInstance(name: Instance["name"], port: number, env: NodeJS.ProcessEnv): Promise<Instance & { dispose(): Promise<void> }> {
  const url = `http://127.0.0.1:${port}`;
  // Each instance has a media folder of its own, kept empty: every photo it serves comes from the bucket.
  const mediaDir = mkdtempSync(join(tmpdir(), `warta-cluster-${name}-`));
  let log = "";
  let child: ChildProcess;
  let exited: Promise<void>;
  const launch = async () => {
    child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
      env: { ...env, MEDIA_DIR: mediaDir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout!.on("data", (d) => (log += d));
    child.stderr!.on("data", (d) => (log += d));
    exited = new Promise((done) => child.once("exit", () => done()));
    await waitUntilServing(url, child, () => log);
  };
  const running = () => child.exitCode === null && child.signalCode === null;
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (running()) child.kill(signal);
    await exited;
  };
  return launch().then(() => ({
    name,
    url,
    port,
    stop,
    restart: launch,
    output: () => log,
    dispose: async () => {
      await stop("SIGKILL");
      rmSync(mediaDir, { recursive: true, force: true });
    },
  }));
}

/**
 * Everything a newsroom on three servers runs, on loopback, from the e2e build: a throwaway PostgreSQL
 * cluster (db/testing/pg-cluster.ts), the given Redis, s3rver with an empty bucket, three `next start`
 * with one NEXT_SERVER_ACTIONS_ENCRYPTION_KEY on ports base+1..3, and deploy/nginx.conf on `base`.
 * Instance A starts first and seeds the empty database, as a first install does; B and C find it seeded.
 */
export async function startAppCluster(opts: { basePort: number; redisUrl: string | null; env?: Record<string, string> }): Promise<AppCluster> {
  const nginx = findNginx();
  if (!nginx) throw new Error("nginx tidak terpasang: .ci/run memasangnya (npm run e2e:deps).");
  const cleanups: (() => Promise<void> | void)[] = [];
  const dispose = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    const pgCluster: PgCluster = startCluster();
    cleanups.push(() => stopCluster(pgCluster));
    const admin = new pg.Client({ connectionString: clusterUrl(pgCluster, "postgres") });
    await admin.connect();
    await admin.query("CREATE DATABASE warta_cluster").finally(() => admin.end());
    const databaseUrl = clusterUrl(pgCluster, "warta_cluster");
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    cleanups.push(() => pool.end());

    const s3 = await startTestS3({ port: opts.basePort + 4 });
    cleanups.push(() => s3.stop());

    const front = `http://127.0.0.1:${opts.basePort}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      DATABASE_URL: databaseUrl,
      SITE_URL: front,
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
      ...(opts.redisUrl ? { REDIS_URL: opts.redisUrl } : {}),
      ...s3.env,
      ...opts.env,
    };
    const a = await startInstance("A", opts.basePort + 1, env);
    cleanups.push(() => a.dispose());
    const [b, c] = await Promise.all([startInstance("B", opts.basePort + 2, env), startInstance("C", opts.basePort + 3, env)]);
    cleanups.push(() => b.dispose(), () => c.dispose());

    const proxy: RunningNginx = await startNginx(nginx, { listen: opts.basePort, upstream: [a.port, b.port, c.port], workers: 1 });
    cleanups.push(() => proxy.stop());
    return {
      front,
      instances: [a, b, c],
      databaseUrl,
      s3,
      query: async <T>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as T[],
      dispose,
    };
  } catch (error) {
    await dispose();
    throw error;
  }
}
