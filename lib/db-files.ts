import { wibParts } from "./wib";

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The name of a backup taken at `date`, on the newsroom's clock. Names sort by time, so
 * `ls` and a retention rule that keeps the newest N see them in order.
 * @example backupFileName(new Date("2026-11-28T07:05:09Z")) // "warta-20261128-140509-wib.db"
 */
export function backupFileName(date: Date, prefix = "warta"): string {
  const p = wibParts(date);
  const seconds = pad(date.getUTCSeconds());
  return `${prefix}-${p.year}${pad(p.month + 1)}${pad(p.day)}-${pad(p.hour)}${pad(p.minute)}${seconds}-wib.db`;
}

/** @example formatBytes(3_481_600) // "3.3 MB" */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/**
 * The journal timestamps drizzle's migrator would apply, by its own rule: everything newer
 * than the newest applied migration (or all of them on a database that has none).
 * @example pendingMigrations([10, 20, 30], 20) // [30]
 */
export function pendingMigrations(journal: number[], lastApplied: number | null): number[] {
  return journal.filter((when) => lastApplied === null || lastApplied < when);
}

/**
 * What stops a file from being restored as the newsroom's database, in Indonesian for the
 * person running the command; empty when it is fit to restore.
 */
export function restoreProblems(check: { integrity: string[]; tables: string[]; migrations: number }): string[] {
  if (check.integrity.length !== 1 || check.integrity[0] !== "ok") {
    // Nothing else about a damaged file (or one that is no database at all) can be trusted.
    return [`Pemeriksaan integritas gagal: ${check.integrity.slice(0, 5).join("; ")}`];
  }
  const problems: string[] = [];
  for (const table of ["__drizzle_migrations", "articles", "kanal", "staff"]) {
    if (!check.tables.includes(table)) problems.push(`Bukan database Warta: tabel ${table} tidak ada.`);
  }
  if (check.tables.includes("__drizzle_migrations") && check.migrations === 0) problems.push("Database belum pernah dimigrasi.");
  return problems;
}
