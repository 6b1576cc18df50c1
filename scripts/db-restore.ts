// `npm run db:restore -- <file> [--force]`: puts a backup in place of the configured database.
// Stop the portal first. SQLite: the current file is kept as <name>.before-restore-<WIB time>.db.
// PostgreSQL (DATABASE_URL set, a pg_dump custom-format archive): the current database is first
// dumped beside the archive as <database>.before-restore-<WIB time>.dump, then replaced in one transaction.
import { parseArgs } from "node:util";
import { restorePostgres } from "@/db/engine/postgres-backup";
import { restoreDatabase } from "@/db/engine/sqlite-backup";
import { siteConfig } from "@/lib/config";

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: "boolean", default: false } } });
  const url = siteConfig.databaseUrl;
  if (positionals.length !== 1) throw new Error(`Pakai: npm run db:restore -- <berkas-cadangan${url ? ".dump" : ".db"}> [--force]`);
  const { check, previous } = url
    ? await restorePostgres(positionals[0], url, { force: values.force })
    : await restoreDatabase(positionals[0], siteConfig.databasePath, { force: values.force });
  if (previous) console.log(`Database lama disimpan: ${previous}`);
  const target = url ? `PostgreSQL ${new URL(url).pathname.slice(1)}` : siteConfig.databasePath;
  console.log(`Dipulihkan: ${positionals[0]} -> ${target} (${check.counts.articles} berita, ${check.migrations} migrasi, integritas ok)`);
  console.log("Jalankan portal lagi; migrasi yang belum ada di cadangan diterapkan saat mulai.");
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
