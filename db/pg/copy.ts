import { createHash } from "node:crypto";
import { getTableColumns, getTableName, is, sql } from "drizzle-orm";
import { getTableConfig as pgTableConfig, PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "../engine/types";
import * as sqliteSchema from "../schema";
import * as pgSchema from "../schema.pg";
import type { PgDb } from "./client";

const BATCH = 500;

type Pair = { name: string; from: SQLiteTable; to: PgTable };

/** Table pairs by their shared export name, parents before children (foreign keys). */
export function tablePairs(): Pair[] {
  const pairs = Object.entries(sqliteSchema as Record<string, unknown>)
    .filter((entry): entry is [string, SQLiteTable] => is(entry[1], SQLiteTable))
    .map(([key, from]) => ({ name: getTableName(from), from, to: (pgSchema as Record<string, unknown>)[key] as PgTable }));
  const parents = new Map(
    pairs.map((p) => [p.name, sqliteTableConfig(p.from).foreignKeys.map((fk) => getTableName(fk.reference().foreignTable)).filter((t) => t !== p.name)]),
  );
  const ordered: Pair[] = [];
  while (ordered.length < pairs.length) {
    const ready = pairs.filter((p) => !ordered.includes(p) && parents.get(p.name)!.every((t) => ordered.some((o) => o.name === t)));
    if (ready.length === 0) throw new Error("Siklus foreign key antar tabel");
    ordered.push(...ready);
  }
  return ordered;
}

/** Rows and a checksum of one table on one side. */
export type TableSummary = { rows: number; checksum: string };

/**
 * A checksum of rows as drizzle reads them (both schemas give the same TypeScript values:
 * Date, boolean, number, string): each row as JSON in the schema's column order, times as epoch
 * milliseconds, the lines sorted in JavaScript so that neither engine's collation decides the order.
 */
export function tableChecksum(rows: Record<string, unknown>[], columns: string[]): TableSummary {
  const lines = rows.map((row) => JSON.stringify(columns.map((c) => (row[c] instanceof Date ? (row[c] as Date).getTime() : (row[c] ?? null)))));
  lines.sort();
  const hash = createHash("sha256");
  for (const line of lines) hash.update(line).update("\n");
  return { rows: rows.length, checksum: hash.digest("hex").slice(0, 16) };
}

export type CopyReport = { table: string; source: TableSummary; target: TableSummary }[];

/** Tables of a migrated PostgreSQL database that already hold rows. */
export async function tablesWithRows(to: PgDb): Promise<string[]> {
  const found: string[] = [];
  for (const { name, to: table } of tablePairs()) {
    const rows = await to.select({ one: sql`1` }).from(table).limit(1);
    if (rows.length > 0) found.push(name);
  }
  return found;
}

/**
 * Copies every row of a SQLite database (`from`, read through its engine) into an EMPTY,
 * migrated PostgreSQL one in one transaction, ids included, then moves each identity sequence
 * past the largest id. Both schemas use the same property names (db/schema-parity.test.ts),
 * so a row read with one inserts with the other. Refuses a target holding any row; fails,
 * rolling everything back, if any table's rows or checksum differ after the copy.
 */
export async function copySqliteToPostgres(from: Db, to: PgDb): Promise<CopyReport> {
  const full = await tablesWithRows(to);
  if (full.length > 0) throw new Error(`Database tujuan tidak kosong (berisi: ${full.join(", ")}); salin hanya ke database PostgreSQL yang kosong.`);
  const report: CopyReport = [];
  await to.transaction(async (tx) => {
    for (const { name, from: source, to: target } of tablePairs()) {
      const columns = Object.keys(getTableColumns(source));
      // Rows in insertion order: a kanal's parent was written before the kanal.
      const rows = (await from.select().from(source).orderBy(sql`rowid`)) as Record<string, unknown>[];
      for (let i = 0; i < rows.length; i += BATCH) await tx.insert(target).values(rows.slice(i, i + BATCH));
      const identity = pgTableConfig(target).columns.find((c) => c.generatedIdentity);
      if (identity) {
        await tx.execute(
          sql`SELECT setval(pg_get_serial_sequence(${name}, ${identity.name}), coalesce(max(${sql.identifier(identity.name)}), 0) + 1, false) FROM ${target}`,
        );
      }
      const copied = (await tx.select().from(target)) as Record<string, unknown>[];
      report.push({ table: name, source: tableChecksum(rows, columns), target: tableChecksum(copied, columns) });
    }
    const differing = report.filter((r) => r.source.rows !== r.target.rows || r.source.checksum !== r.target.checksum);
    if (differing.length > 0) {
      throw Object.assign(new Error(`Salinan berbeda di tabel: ${differing.map((r) => r.table).join(", ")}; tidak ada yang disimpan.`), { report });
    }
  });
  return report;
}
