import { spawn } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";
import { backupFileName, restoreProblems } from "@/lib/db-files";
import { pgTool } from "../pg/tools";

/** The same report as SQLite's checkDatabaseFile (db/backup.ts), for a pg_dump archive. */
export type DumpCheck = { integrity: string[]; tables: string[]; migrations: number; counts: Record<string, number> };

/**
 * A connection URL for PostgreSQL's programs without its password, which goes in PGPASSWORD
 * instead: a command line is visible to every user of the machine (ps), the environment is not.
 */
function connection(url: string): { uri: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { uri: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

type Run = { code: number; stderr: string };

/** Runs a program; `onLine` gets its output line by line (an archive can be larger than memory). */
function run(program: string, args: string[], opts: { env?: NodeJS.ProcessEnv; onLine?: (line: string) => void } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env: opts.env ?? process.env, stdio: ["ignore", opts.onLine ? "pipe" : "ignore", "pipe"] });
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    if (opts.onLine) createInterface({ input: child.stdout! }).on("line", opts.onLine);
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, stderr: stderr.trim() }));
  });
}

const tableName = (qualified: string) => qualified.split(".").at(-1)!.replace(/^"|"$/g, "");

/**
 * Reads a whole custom-format archive the way a restore would: its table of contents (which
 * tables), then every data block (rows per table, and whether each block decompresses whole).
 * A truncated or damaged file, or one that is no archive, fails here with pg_restore's words.
 */
export async function checkDumpFile(path: string): Promise<DumpCheck> {
  const failed = (message: string): DumpCheck => ({ integrity: [message || "pg_restore gagal"], tables: [], migrations: 0, counts: {} });
  const tables: string[] = [];
  const list = await run(pgTool("pg_restore"), ["--list", path], {
    onLine: (line) => {
      const m = /^\d+; \d+ \d+ TABLE (\S+) (\S+) /.exec(line);
      if (m) tables.push(m[2]);
    },
  });
  if (list.code !== 0) return failed(list.stderr);
  const counts: Record<string, number> = {};
  let current: string | null = null;
  const data = await run(pgTool("pg_restore"), ["--data-only", "--file=-", path], {
    onLine: (line) => {
      if (current === null) {
        const m = /^COPY (\S+) .*FROM stdin;$/.exec(line);
        if (m) counts[(current = tableName(m[1]))] = 0;
      } else if (line === "\\.") current = null;
      else counts[current]++;
    },
  });
  if (data.code !== 0) return failed(data.stderr);
  return { integrity: ["ok"], tables: tables.sort(), migrations: counts.__drizzle_migrations ?? 0, counts };
}

async function dump(url: string, target: string): Promise<void> {
  const { uri, env } = connection(url);
  // One snapshot of the whole database: readers and writers carry on while it runs.
  const result = await run(pgTool("pg_dump"), ["--format=custom", `--file=${target}`, `--dbname=${uri}`], { env });
  if (result.code !== 0) {
    rmSync(target, { force: true });
    throw new Error(`pg_dump gagal: ${result.stderr}`);
  }
}

/**
 * `db:backup` on PostgreSQL: pg_dump in custom format, checked whole before it is reported
 * as made (a bad one is removed), like backupDatabase on SQLite.
 */
export async function backupPostgres(url: string, target: string): Promise<{ path: string; bytes: number; check: DumpCheck }> {
  mkdirSync(dirname(target), { recursive: true });
  if (existsSync(target)) throw new Error(`Berkas tujuan sudah ada: ${target}`);
  const partial = `${target}.partial`;
  await dump(url, partial);
  const check = await checkDumpFile(partial);
  const problems = restoreProblems(check);
  if (problems.length) {
    rmSync(partial, { force: true });
    throw new Error(`Salinan cadangan tidak layak: ${problems.join(" ")}`);
  }
  renameSync(partial, target);
  return { path: target, bytes: statSync(target).size, check };
}

async function inspect(url: string): Promise<{ database: string; others: number; tables: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ database: string; others: number; tables: number }>(`
      SELECT current_database() AS database,
             (SELECT count(*)::int FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend') AS others,
             (SELECT count(*)::int FROM pg_tables WHERE schemaname IN ('public', 'drizzle')) AS tables`);
    return rows[0];
  } finally {
    await client.end();
  }
}

/**
 * `db:restore` on PostgreSQL: replaces everything Warta keeps in the target database (schemas
 * public and drizzle) with the archive, in ONE transaction, so the database is at every moment
 * either the old one or the whole restored one. Refuses a damaged or foreign archive, and a
 * database other sessions are connected to (the portal) unless `force`. The current content
 * is first dumped to `<keepDir>/<database>.before-restore-<time>.dump`, so a restore can be undone.
 */
export async function restorePostgres(
  archive: string,
  url: string,
  opts: { force?: boolean; now?: Date; keepDir?: string } = {},
): Promise<{ check: DumpCheck; previous: string | null }> {
  const check = await checkDumpFile(archive);
  const problems = restoreProblems(check);
  if (problems.length) throw new Error(`Cadangan ditolak: ${problems.join(" ")}`);
  const target = await inspect(url);
  if (!opts.force && target.others > 0) {
    throw new Error(
      `Database ${target.database} sedang dipakai (${target.others} koneksi lain; portal masih berjalan?). Hentikan portal dulu, atau pakai --force.`,
    );
  }

  let previous: string | null = null;
  if (target.tables > 0) {
    const stamp = backupFileName(opts.now ?? new Date(), "").slice(1).replace(/\.db$/, ".dump");
    previous = join(opts.keepDir ?? dirname(archive), `${target.database}.before-restore-${stamp}`);
    await dump(url, previous);
  }

  const { uri, env } = connection(url);
  const psql = spawn(pgTool("psql"), ["-X", "-q", "-v", "ON_ERROR_STOP=1", `--dbname=${uri}`], { env, stdio: ["pipe", "ignore", "pipe"] });
  let psqlErr = "";
  psql.stderr.on("data", (chunk: Buffer) => (psqlErr += chunk.toString()));
  const psqlDone = new Promise<number>((resolve) => psql.on("close", (code) => resolve(code ?? 1)));
  psql.stdin.on("error", () => {}); // psql stopping at an error closes its input early.
  // The archive's own statements, between a BEGIN and a COMMIT that is only sent when
  // pg_restore has produced all of them: an error, or a cut-off stream, rolls everything back.
  psql.stdin.write("SET client_min_messages = warning;\nBEGIN;\nDROP SCHEMA IF EXISTS drizzle CASCADE;\nDROP SCHEMA IF EXISTS public CASCADE;\nCREATE SCHEMA public;\n");
  const restore = spawn(pgTool("pg_restore"), ["--no-owner", "--no-privileges", "--file=-", archive], { stdio: ["ignore", "pipe", "pipe"] });
  let restoreErr = "";
  restore.stderr.on("data", (chunk: Buffer) => (restoreErr += chunk.toString()));
  restore.stdout.pipe(psql.stdin, { end: false });
  const restoreCode = await new Promise<number>((resolve) => restore.on("close", (code) => resolve(code ?? 1)));
  if (restoreCode === 0) psql.stdin.end("COMMIT;\n");
  else psql.stdin.end();
  const psqlCode = await psqlDone;
  if (restoreCode !== 0 || psqlCode !== 0) {
    const errors = `${restoreErr}\n${psqlErr}`.split("\n").filter((line) => /error|ERROR|FATAL/.test(line));
    throw new Error(`Pemulihan dibatalkan, database tidak berubah: ${errors.slice(0, 3).join(" ") || `kode keluar ${restoreCode}/${psqlCode}`}`);
  }
  return { check, previous };
}
