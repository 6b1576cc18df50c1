import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pgBinDir } from "../pg/tools";

/** A throwaway PostgreSQL cluster: its own data folder, a loopback port, no system service. */
export type PgCluster = { dir: string; port: number; bin: string };

/** Ports this project's test clusters may take; a busy one is skipped. */
export const PG_TEST_PORTS = [5440, 5441, 5442, 5443, 5444, 5445, 5446, 5447, 5448, 5449];
/** The superuser initdb creates; the cluster trusts loopback connections, so no password. */
const SUPERUSER = "warta";

/** The folder holding initdb, pg_ctl and pg_dump of PostgreSQL 15 or newer (see pgBinDir), or null. */
export function findPgBin(): string | null {
  return pgBinDir("initdb");
}

// PostgreSQL refuses to run as root. As root (CI, containers) the cluster belongs to the
// `postgres` user that Debian's package creates, and its programs run through runuser.
function asOwner(bin: string, program: string, args: string[]): [string, string[]] {
  const path = join(bin, program);
  return process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", path, ...args]] : [path, args];
}

function run(bin: string, program: string, args: string[]): void {
  const [cmd, argv] = asOwner(bin, program, args);
  const result = spawnSync(cmd, argv, { encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`${program} ${args.join(" ")} gagal (${result.status}): ${result.stderr || result.stdout || result.error?.message}`);
  }
}

/** The connection URL of one database in a test cluster. */
export function clusterUrl(cluster: PgCluster, database: string): string {
  return `postgres://${SUPERUSER}@127.0.0.1:${cluster.port}/${database}`;
}

/**
 * Creates and starts a cluster in a new temp folder on the first free port of `ports`.
 * Durability is off (fsync, full pages): the cluster lives for one test run only.
 * The C.UTF-8 locale makes the text-search parser see letters beyond ASCII ("é") as letters.
 */
export function startCluster(opts: { ports?: number[]; bin?: string } = {}): PgCluster {
  const bin = opts.bin ?? findPgBin();
  if (!bin) throw new Error(`PostgreSQL 15+ tidak ditemukan (initdb). Pasang paket Debian \`postgresql\` atau set PG_BIN.`);
  const dir = mkdtempSync(join(tmpdir(), "warta-pg-"));
  if (process.getuid?.() === 0) {
    const owner = execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim();
    chownSync(dir, Number(owner), Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim()));
  }
  try {
    run(bin, "initdb", ["-D", join(dir, "data"), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
    for (const port of opts.ports ?? PG_TEST_PORTS) {
      try {
        pgCtlStart({ dir, port, bin });
        const cluster = { dir, port, bin };
        writeFileSync(join(dir, "cluster.json"), JSON.stringify(cluster));
        return cluster;
      } catch {
        // Most likely the port is taken (another run, another service): try the next one.
      }
    }
    const log = existsSync(join(dir, "server.log")) ? readFileSync(join(dir, "server.log"), "utf8").slice(-2000) : "";
    throw new Error(`Tidak ada port bebas untuk PostgreSQL uji di ${(opts.ports ?? PG_TEST_PORTS).join(", ")}.\n${log}`);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** The server's options: its port, a socket in its folder only, loopback, no durability. */
function pgCtlStart(cluster: PgCluster): void {
  const options = [
    `-p ${cluster.port}`,
    `-k ${cluster.dir}`,
    "-c listen_addresses=127.0.0.1",
    "-c fsync=off",
    "-c full_page_writes=off",
    "-c synchronous_commit=off",
    "-c max_connections=60",
  ].join(" ");
  run(cluster.bin, "pg_ctl", ["-D", join(cluster.dir, "data"), "-o", options, "-l", join(cluster.dir, "server.log"), "-w", "-t", "30", "start"]);
}

/**
 * Stops the server but keeps its data, as a database server restarting or failing over does:
 * every connection is cut. resumeCluster starts it again on the same port.
 */
export function pauseCluster(cluster: PgCluster): void {
  run(cluster.bin, "pg_ctl", ["-D", join(cluster.dir, "data"), "-m", "fast", "-w", "stop"]);
}

export function resumeCluster(cluster: PgCluster): void {
  pgCtlStart(cluster);
}

/** Stops the cluster at once (its data is thrown away) and removes its folder. Safe to call twice. */
export function stopCluster(cluster: PgCluster): void {
  const data = join(cluster.dir, "data");
  if (existsSync(join(data, "postmaster.pid"))) {
    const [cmd, argv] = asOwner(cluster.bin, "pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    spawnSync(cmd, argv, { stdio: "ignore" });
  }
  rmSync(cluster.dir, { recursive: true, force: true });
}
