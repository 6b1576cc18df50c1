import { createHash } from "node:crypto";
import { getTableColumns, getTableName, inArray, is, sql } from "drizzle-orm";
import { type PgColumn, getTableConfig as pgTableConfig, PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "../engine/types";
import * as sqliteSchema from "../schema";
import * as pgSchema from "../schema.pg";
import type { PgDb } from "./client";

const BATCH = 500;

/** `later`: nullable foreign-key columns (by property name) written after every table is in. */
type Pair = { name: string; from: SQLiteTable; to: PgTable; later: string[] };

type Edge = { parent: string; column: string; nullable: boolean };

/**
 * Table pairs by their shared export name, parents before children (foreign keys). Two tables that
 * refer to each other (staff's photo is a library photo; a library photo names its uploader) are
 * ordered by leaving a nullable column of the cycle for later: inserted empty, filled once its
 * parent is in (copySqliteToPostgres).
 */
export function tablePairs(): Pair[] {
  const pairs: Pair[] = Object.entries(sqliteSchema as Record<string, unknown>)
    .filter((entry): entry is [string, SQLiteTable] => is(entry[1], SQLiteTable))
    .map(([key, from]) => ({ name: getTableName(from), from, to: (pgSchema as Record<string, unknown>)[key] as PgTable, later: [] }));
  const edges = new Map(
    pairs.map((p) => {
      const columns = Object.entries(getTableColumns(p.from));
      const list: Edge[] = sqliteTableConfig(p.from).foreignKeys.flatMap((fk) => {
        const ref = fk.reference();
        const parent = getTableName(ref.foreignTable);
        if (parent === p.name) return [];
        return ref.columns.map((c) => {
          const [key, column] = columns.find(([, col]) => col === c)!;
          return { parent, column: key, nullable: !column.notNull };
        });
      });
      return [p.name, list];
    }),
  );
  const ordered: Pair[] = [];
  const done = (name: string) => ordered.some((o) => o.name === name);
  while (ordered.length < pairs.length) {
    const left = pairs.filter((p) => !ordered.includes(p));
    const ready = left.filter((p) => edges.get(p.name)!.every((e) => done(e.parent)));
    if (ready.length > 0) {
      ordered.push(...ready);
      continue;
    }
    // A cycle: defer one nullable column that waits on a table not yet in.
    const breakable = left.flatMap((p) => edges.get(p.name)!.filter((e) => e.nullable && !done(e.parent)).map((e) => ({ p, e })))[0];
    if (!breakable) throw new Error("Siklus foreign key antar tabel");
    breakable.p.later.push(breakable.e.column);
    edges.set(breakable.p.name, edges.get(breakable.p.name)!.filter((e) => e !== breakable.e));
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
    const pairs = tablePairs();
    const read = new Map<string, Record<string, unknown>[]>();
    for (const { name, from: source, to: target, later } of pairs) {
      // Rows in insertion order: a kanal's parent was written before the kanal.
      const rows = (await from.select().from(source).orderBy(sql`rowid`)) as Record<string, unknown>[];
      read.set(name, rows);
      const now = later.length ? rows.map((r) => ({ ...r, ...Object.fromEntries(later.map((c) => [c, null])) })) : rows;
      for (let i = 0; i < now.length; i += BATCH) await tx.insert(target).values(now.slice(i, i + BATCH));
    }
    // The columns left for later, now that every table is in: rows that take the same values are
    // updated together (a photo's uploader: one UPDATE per staff member, not one per photo).
    for (const { name, to: target, later } of pairs) {
      if (later.length === 0) continue;
      const id = (getTableColumns(target) as Record<string, PgColumn>).id;
      const groups = new Map<string, { set: Record<string, unknown>; ids: unknown[] }>();
      for (const row of read.get(name)!) {
        const set = Object.fromEntries(later.filter((c) => row[c] !== null && row[c] !== undefined).map((c) => [c, row[c]]));
        if (Object.keys(set).length === 0) continue;
        const key = JSON.stringify(set);
        if (!groups.has(key)) groups.set(key, { set, ids: [] });
        groups.get(key)!.ids.push(row.id);
      }
      for (const { set, ids } of groups.values()) {
        for (let i = 0; i < ids.length; i += BATCH) await tx.update(target).set(set).where(inArray(id, ids.slice(i, i + BATCH)));
      }
    }
    for (const { name, from: source, to: target } of pairs) {
      const columns = Object.keys(getTableColumns(source));
      const rows = read.get(name)!;
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
