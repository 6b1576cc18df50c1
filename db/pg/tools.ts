import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const MIN_MAJOR = 15;

/**
 * The folder holding PostgreSQL's `program` (initdb, pg_dump, ...), version 15 or newer: PG_BIN
 * when set, else Debian's /usr/lib/postgresql/<major>/bin (newest first, since pg_dump must be
 * at least as new as the server), else what pg_config reports. Null when it is not installed.
 */
export function pgBinDir(program: string): string | null {
  if (process.env.PG_BIN) return existsSync(join(process.env.PG_BIN, program)) ? process.env.PG_BIN : null;
  for (let major = 18; major >= MIN_MAJOR; major--) {
    const dir = `/usr/lib/postgresql/${major}/bin`;
    if (existsSync(join(dir, program))) return dir;
  }
  const config = spawnSync("pg_config", ["--bindir"], { encoding: "utf8" });
  const dir = config.status === 0 ? config.stdout.trim() : "";
  return dir && existsSync(join(dir, program)) ? dir : null;
}

/** The path of a PostgreSQL client program, or a clear error naming the package to install. */
export function pgTool(program: "pg_dump" | "pg_restore" | "psql"): string {
  const dir = pgBinDir(program);
  if (!dir) throw new Error(`${program} (PostgreSQL ${MIN_MAJOR}+) tidak ditemukan. Pasang paket Debian \`postgresql-client\` atau set PG_BIN.`);
  return join(dir, program);
}
