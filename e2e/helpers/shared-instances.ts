import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { clusterUrl, startCluster, stopCluster } from "../../db/testing/pg-cluster";
import { type RedisServer, startRedisServer } from "../../scripts/lib/redis-server";

// Several `next start` of the e2e build sharing one PostgreSQL, one Redis and one media folder, as
// instances behind a load balancer do (docs/operations.md, "Several servers"). Everything runs on loopback
// ports and is removed by dispose(). The `redis` project uses two; a cluster harness can ask for more.

const NEXT_BIN = resolve("node_modules/next/dist/bin/next");

export type Instance = {
  url: string;
  /** What it printed, for failure messages. */
  output(): string;
  /** Stops it (SIGKILL by default, as a crash) and resolves once it is gone. */
  stop(signal?: NodeJS.Signals): Promise<void>;
};

export type SharedInstances = {
  instances: Instance[];
  redis: RedisServer;
  databaseUrl: string;
  dispose(): Promise<void>;
};

async function serving(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start stopped (${child.exitCode}):\n${output()}`);
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`next start did not answer on ${url}:\n${output()}`);
}

/**
 * Starts `ports.length` instances (one after the other: the first creates and seeds the database) on
 * 127.0.0.1, with redis-server on `redisPort`. `env` goes to every instance.
 */
export async function startSharedInstances(opts: { ports: number[]; redisPort: number; env?: Record<string, string> }): Promise<SharedInstances> {
  const cluster = startCluster();
  const mediaDir = mkdtempSync(join(tmpdir(), "warta-e2e-shared-media-"));
  const children: ChildProcess[] = [];
  let redis: RedisServer | undefined;
  const dispose = async () => {
    await Promise.all(
      children.map(async (child) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise((done) => child.once("exit", done));
        child.kill("SIGKILL");
        await exited;
      }),
    );
    await redis?.stop();
    stopCluster(cluster);
    rmSync(mediaDir, { recursive: true, force: true });
  };
  try {
    redis = await startRedisServer([opts.redisPort]);
    const admin = new pg.Client({ connectionString: clusterUrl(cluster, "postgres") });
    await admin.connect();
    await admin.query("CREATE DATABASE warta_shared").finally(() => admin.end());
    const databaseUrl = clusterUrl(cluster, "warta_shared");
    const shared = {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      MEDIA_DIR: mediaDir,
      REDIS_URL: redis.url,
      // A key of this run: the build drew its own, and a form rendered by one instance must post to another.
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY || randomBytes(32).toString("base64"),
      ...opts.env,
    };
    const instances: Instance[] = [];
    for (const port of opts.ports) {
      const url = `http://127.0.0.1:${port}`;
      let log = "";
      const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], { env: { ...shared, SITE_URL: url }, stdio: ["ignore", "pipe", "pipe"] });
      children.push(child);
      child.stdout!.on("data", (d) => (log += d));
      child.stderr!.on("data", (d) => (log += d));
      await serving(url, child, () => log);
      instances.push({
        url,
        output: () => log,
        async stop(signal = "SIGKILL") {
          if (child.exitCode !== null || child.signalCode !== null) return;
          const exited = new Promise((done) => child.once("exit", done));
          child.kill(signal);
          await exited;
        },
      });
    }
    return { instances, redis, databaseUrl, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
