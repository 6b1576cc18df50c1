// `npm run db:restore -- <file> [--force]`: puts a backup in place of DATABASE_PATH. Stop the
// portal first; the current database is kept as <name>.before-restore-<WIB time>.db.
import { parseArgs } from "node:util";
import { restoreDatabase } from "@/db/engine/sqlite-backup";
import { siteConfig } from "@/lib/config";

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: "boolean", default: false } } });
  if (positionals.length !== 1) throw new Error("Pakai: npm run db:restore -- <berkas-cadangan.db> [--force]");
  const target = siteConfig.databasePath;
  const { check, previous } = await restoreDatabase(positionals[0], target, { force: values.force });
  if (previous) console.log(`Database lama disimpan: ${previous}`);
  console.log(`Dipulihkan: ${positionals[0]} -> ${target} (${check.counts.articles} berita, ${check.migrations} migrasi, integritas ok)`);
  console.log("Jalankan portal lagi; migrasi yang belum ada di cadangan diterapkan saat mulai.");
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
