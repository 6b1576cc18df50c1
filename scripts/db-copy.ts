// `npm run db:copy -- --to "$DATABASE_URL" [--from data/warta.db]`: moves a newsroom from SQLite
// (DATABASE_PATH by default) into an EMPTY PostgreSQL database: migrates the target, copies every
// table in one transaction, resets sequences, prints rows and a checksum per table on both sides,
// and fails (keeping nothing) if any differ. A target that already holds data is refused.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { SqliteEngine } from "@/db/engine/sqlite";
import { openPostgres } from "@/db/pg/client";
import { waitForPostgres } from "@/db/pg/connect";
import { type CopyReport, copySqliteToPostgres } from "@/db/pg/copy";
import { migratePostgres } from "@/db/pg/migrate";
import { isPostgresUrl, siteConfig } from "@/lib/config";

function printReport(report: CopyReport): void {
  console.log(`${"tabel".padEnd(20)} ${"baris SQLite".padStart(12)} ${"baris PG".padStart(10)}  ${"checksum SQLite".padEnd(16)}  ${"checksum PG".padEnd(16)}`);
  for (const { table, source, target } of report) {
    const same = source.rows === target.rows && source.checksum === target.checksum;
    console.log(
      `${table.padEnd(20)} ${String(source.rows).padStart(12)} ${String(target.rows).padStart(10)}  ${source.checksum}  ${target.checksum}  ${same ? "ok" : "BEDA"}`,
    );
  }
}

async function main() {
  const { values } = parseArgs({ options: { to: { type: "string" }, from: { type: "string" } } });
  if (!values.to || !isPostgresUrl(values.to)) throw new Error('Pakai: npm run db:copy -- --to "postgres://user:pass@host:5432/nama" [--from data/warta.db]');
  const from = values.from ?? siteConfig.databasePath;
  if (!existsSync(from)) throw new Error(`Database SQLite tidak ditemukan: ${from}`);
  const source = new SqliteEngine(from);
  const target = openPostgres(values.to, { max: 2 });
  try {
    // The source gets the migrations a start would apply (with a copy taken first), so both sides have the same tables.
    await source.migrate();
    await waitForPostgres(target.$client);
    await migratePostgres(target.$client);
    const started = Date.now();
    const report = await copySqliteToPostgres(source.db, target).catch((error: Error & { report?: CopyReport }) => {
      if (error.report) printReport(error.report);
      throw error;
    });
    printReport(report);
    const rows = report.reduce((n, r) => n + r.target.rows, 0);
    console.log(`Tersalin: ${from} -> PostgreSQL ${new URL(values.to).pathname.slice(1)}, ${report.length} tabel, ${rows} baris, semua sama (${Date.now() - started} ms).`);
  } finally {
    await source.close();
    await target.$client.end();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
