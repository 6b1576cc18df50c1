// A throwaway redis-server for tests, the e2e cluster and the benchmark: a loopback port, no disk
// (no RDB snapshots, no AOF), stopped afterwards. The same one program Debian's `redis-server` package
// installs, which .ci/run puts on a machine that lacks it (scripts/ensure-e2e-deps.ts).
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The ports the unit tests' servers take (a busy one is skipped). */
export const REDIS_TEST_PORTS = [4610, 4611, 4612, 4613, 4614, 4615, 4616, 4617, 4618, 4619];

export type RedisServer = {
  port: number;
  /** redis://127.0.0.1:<port>, what REDIS_URL is set to. */
  url: string;
  /** Stops the server (SIGKILL with `kill: true`, as a crash would); resolves once it is gone. Safe to call twice. */
  stop(opts?: { kill?: boolean }): Promise<void>;
  /** Starts it again on the same port, empty (an outage ends). */
  restart(): Promise<void>;
};

/** The redis-server program, or null when it is not installed. */
export function findRedisServer(): string | null {
  for (const path of ["/usr/bin/redis-server", "/usr/local/bin/redis-server"]) if (existsSync(path)) return path;
  const which = spawnSync("sh", ["-c", "command -v redis-server"], { encoding: "utf8" });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : null;
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

function launch(binary: string, port: number, dir: string): Promise<ChildProcess | null> {
  // A stop removes the folder; a restart makes it again.
  mkdirSync(dir, { recursive: true });
  return new Promise((resolve) => {
    const child = spawn(binary, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    const done = (ok: boolean) => {
      child.stdout?.removeAllListeners("data");
      resolve(ok ? child : null);
    };
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("Ready to accept connections")) done(true);
    });
    // A taken port: redis-server prints why and exits.
    child.once("exit", () => done(false));
  });
}

/** Starts a redis-server on the first free port of `ports`. */
export async function startRedisServer(ports: number[] = REDIS_TEST_PORTS): Promise<RedisServer> {
  const binary = findRedisServer();
  if (!binary) throw new Error("redis-server tidak ditemukan. Pasang paket Debian `redis-server` (`sudo apt-get install redis-server`).");
  const dir = mkdtempSync(join(tmpdir(), "warta-redis-"));
  for (const port of ports) {
    if (await portAnswers(port)) continue;
    let child = await launch(binary, port, dir);
    if (!child) continue;
    const stop = async (opts: { kill?: boolean } = {}) => {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((r) => running.once("exit", r));
      running.kill(opts.kill ? "SIGKILL" : "SIGTERM");
      await exited;
    };
    const server: RedisServer = {
      port,
      url: `redis://127.0.0.1:${port}`,
      stop,
      async restart() {
        await stop();
        child = await launch(binary, port, dir);
        if (!child) throw new Error(`redis-server tidak bisa mulai lagi di port ${port}.`);
      },
    };
    process.once("exit", () => child?.kill("SIGKILL"));
    return {
      ...server,
      async stop(opts) {
        await stop(opts);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  rmSync(dir, { recursive: true, force: true });
  throw new Error(`Tidak ada port bebas untuk redis-server uji di ${ports.join(", ")}.`);
}

/** Whether this machine can run the Redis tests; under CI (CI set) a missing redis-server is a failure. */
export function redisTestsEnabled(): boolean {
  if (findRedisServer()) return true;
  const message = "redis-server tidak terpasang: uji Redis DILEWATI. Pasang paket Debian `redis-server` untuk menjalankannya.";
  if (process.env.CI) throw new Error(`${message} Di CI ini kegagalan.`);
  console.warn(`\n${"!".repeat(100)}\n!! ${message}\n${"!".repeat(100)}\n`);
  return false;
}
