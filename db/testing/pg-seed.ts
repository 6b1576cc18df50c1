import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getTableName, is, sql } from "drizzle-orm";
import { getTableConfig as pgTableConfig, PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { type Db, migrateDatabase, openDatabase } from "../client";
import type { PgDb } from "../pg/client";
import * as sqliteSchema from "../schema";
import * as pgSchema from "../schema.pg";
import { seedDatabase } from "../seed";

const BATCH = 500;

/** Table pairs by their shared export name, parents before children (foreign keys). */
function tablePairs(): { name: string; from: SQLiteTable; to: PgTable }[] {
  const pairs = Object.entries(sqliteSchema as Record<string, unknown>)
    .filter((entry): entry is [string, SQLiteTable] => is(entry[1], SQLiteTable))
    .map(([key, from]) => ({ name: getTableName(from), from, to: (pgSchema as Record<string, unknown>)[key] as PgTable }));
  const parents = new Map(
    pairs.map((p) => [p.name, sqliteTableConfig(p.from).foreignKeys.map((fk) => getTableName(fk.reference().foreignTable)).filter((t) => t !== p.name)]),
  );
  const ordered: typeof pairs = [];
  while (ordered.length < pairs.length) {
    const ready = pairs.filter((p) => !ordered.includes(p) && parents.get(p.name)!.every((t) => ordered.some((o) => o.name === t)));
    if (ready.length === 0) throw new Error("Siklus foreign key antar tabel");
    ordered.push(...ready);
  }
  return ordered;
}

/**
 * Copies every row of a SQLite database into an empty, migrated PostgreSQL one, ids included,
 * then moves each identity sequence past the largest id. Both schemas use the same property
 * names (db/schema-parity.test.ts), so a row read with one inserts with the other.
 */
export async function copySqliteToPostgres(from: Db, to: PgDb): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await to.transaction(async (tx) => {
    for (const { name, from: source, to: target } of tablePairs()) {
      // Rows in primary-key order: a kanal's parent has a smaller id than the kanal.
      const rows = from.select().from(source).orderBy(sql`rowid`).all() as Record<string, unknown>[];
      for (let i = 0; i < rows.length; i += BATCH) await tx.insert(target).values(rows.slice(i, i + BATCH));
      counts[name] = rows.length;
      const identity = pgTableConfig(target).columns.find((c) => c.generatedIdentity);
      if (identity) {
        await tx.execute(
          sql`SELECT setval(pg_get_serial_sequence(${name}, ${identity.name}), coalesce(max(${sql.identifier(identity.name)}), 0) + 1, false) FROM ${target}`,
        );
      }
    }
  });
  return counts;
}

/**
 * The demo newsroom as a fresh install seeds it on SQLite (at `now`, in `sqlitePath` or a temp
 * file), copied into `to`. The SQLite handle stays open for comparisons until close().
 */
export async function seedPostgres(to: PgDb, now: Date, sqlitePath?: string): Promise<{ sqlite: Db; close(): void }> {
  const dir = mkdtempSync(join(tmpdir(), "warta-pg-seed-"));
  const sqlite = openDatabase(sqlitePath ?? join(dir, "warta.db"));
  migrateDatabase(sqlite);
  await seedDatabase(sqlite, { now, mediaDir: join(dir, "media"), siteUrl: "http://localhost:3000" });
  await copySqliteToPostgres(sqlite, to);
  return {
    sqlite,
    close() {
      sqlite.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
