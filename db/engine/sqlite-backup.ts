import { existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { backupFileName, restoreProblems } from "@/lib/db-files";

export type DatabaseCheck = {
  integrity: string[];
  tables: string[];
  migrations: number;
  /** Rows per ordinary table, for comparing a copy with its source. */
  counts: Record<string, number>;
};

/** Tables the application owns (FTS shadow tables included), without SQLite's own or the virtual ones. */
function ownTables(db: Database.Database): string[] {
  const rows = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
    .all() as { name: string }[];
  return rows.map((r) => r.name);
}

/** Row counts of every table, read in one transaction so that they describe one moment. */
export function tableRowCounts(db: Database.Database): Record<string, number> {
  return db.transaction(() => {
    const counts: Record<string, number> = {};
    for (const t of ownTables(db)) counts[t] = (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n;
    return counts;
  })();
}

/**
 * Reports a database file's integrity, tables and applied migrations. It only reads, but opens
 * read-write so that closing it leaves no -wal or -shm file beside a backup.
 */
export function checkDatabaseFile(path: string): DatabaseCheck {
  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: true });
    db.pragma("schema_version");
  } catch (err) {
    // Not a database at all (or unreadable): SQLite's words, for the person restoring.
    return { integrity: [err instanceof Error ? err.message : String(err)], tables: [], migrations: 0, counts: {} };
  }
  try {
    const integrity = (db.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check);
    const tables = ownTables(db);
    const migrations = tables.includes("__drizzle_migrations")
      ? (db.prepare("SELECT count(*) AS n FROM __drizzle_migrations").get() as { n: number }).n
      : 0;
    return { integrity, tables, migrations, counts: integrity[0] === "ok" ? tableRowCounts(db) : {} };
  } finally {
    db.close();
  }
}

/**
 * Whether another process (the portal, a script) has the database open. Every connection to
 * a WAL database holds a shared lock on the file; an exclusive one is granted only when no
 * other connection is left.
 */
export function isDatabaseInUse(path: string): boolean {
  if (!existsSync(path)) return false;
  const db = new Database(path, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE; COMMIT");
    return false;
  } catch (err) {
    if ((err as { code?: string }).code === "SQLITE_BUSY") return true;
    throw err;
  } finally {
    db.close();
  }
}

/**
 * A consistent copy of a live database through SQLite's online backup API: readers and
 * writers carry on while it runs, and the copy is one committed state (WAL content included).
 * The copy is checked before it is reported as made; a bad one is removed.
 */
export async function backupDatabase(source: string, target: string): Promise<{ path: string; bytes: number; check: DatabaseCheck }> {
  mkdirSync(dirname(target), { recursive: true });
  if (existsSync(target)) throw new Error(`Berkas tujuan sudah ada: ${target}`);
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    // All remaining pages in one step after the first: a write by the portal between two
    // steps makes SQLite start the copy again, which under steady writes would never end.
    // One step holds only a WAL read snapshot, which blocks neither readers nor writers.
    await db.backup(target, { progress: () => 1 << 30 });
  } finally {
    db.close();
  }
  // The copy inherits WAL mode; a rollback-journal file stands alone, whatever copies it next.
  // (The portal switches it back to WAL when it opens a restored database.)
  const copy = new Database(target);
  copy.pragma("journal_mode = DELETE");
  copy.close();
  const check = checkDatabaseFile(target);
  const problems = restoreProblems(check);
  if (problems.length) {
    rmSync(target, { force: true });
    throw new Error(`Salinan cadangan tidak layak: ${problems.join(" ")}`);
  }
  return { path: target, bytes: statSync(target).size, check };
}

/**
 * Puts a backup in place of the database at `target`. The backup is checked first; the
 * portal must be stopped (a running server would keep writing to the replaced file); and
 * the current database is kept beside it as `<name>.before-restore-<time>.db`, so a
 * restore can itself be undone.
 */
export async function restoreDatabase(
  backup: string,
  target: string,
  opts: { now?: Date; force?: boolean } = {},
): Promise<{ check: DatabaseCheck; previous: string | null }> {
  const check = checkDatabaseFile(backup);
  const problems = restoreProblems(check);
  if (problems.length) throw new Error(`Cadangan ditolak: ${problems.join(" ")}`);
  if (!opts.force && isDatabaseInUse(target)) {
    throw new Error(`Database ${target} sedang dipakai (portal masih berjalan?). Hentikan portal dulu, atau pakai --force.`);
  }

  let previous: string | null = null;
  if (existsSync(target)) {
    // Through the backup API rather than a file copy: committed pages still in the WAL
    // (after a crash, say) belong to the database and must be in the kept copy too.
    previous = `${target.replace(/\.db$/, "")}.before-restore-${backupFileName(opts.now ?? new Date(), "").slice(1)}`;
    await backupDatabase(target, previous);
  }

  // The copy lands beside the target first and is renamed over it, so the target is at every
  // moment either the old database or the whole new one. A WAL or shared-memory file left
  // from the old one would be replayed onto the new pages: they go first.
  const staging = `${target}.restore-tmp`;
  rmSync(staging, { force: true });
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    await source.backup(staging);
  } finally {
    source.close();
  }
  for (const extra of [`${target}-wal`, `${target}-shm`]) rmSync(extra, { force: true });
  renameSync(staging, target);
  return { check: checkDatabaseFile(target), previous };
}
