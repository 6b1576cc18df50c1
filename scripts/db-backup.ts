// `npm run db:backup [-- --out <file>]`: a consistent copy of the live database, taken while
// the portal keeps serving, checked before it is reported. SQLite (DATABASE_URL unset): the
// online backup API, default backups/warta-<WIB time>.db beside the database (data/backups/).
// PostgreSQL (DATABASE_URL set): pg_dump in custom format, default data/backups/warta-<WIB time>.dump.
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { backupPostgres } from "@/db/engine/postgres-backup";
import { backupDatabase } from "@/db/engine/sqlite-backup";
import { siteConfig } from "@/lib/config";
import { backupFileName, formatBytes } from "@/lib/db-files";

async function main() {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const started = Date.now();
  const url = siteConfig.databaseUrl;
  if (url) {
    const target = values.out ?? join("data", "backups", backupFileName(new Date()).replace(/\.db$/, ".dump"));
    const { path, bytes, check } = await backupPostgres(url, target);
    console.log(`Cadangan PostgreSQL: ${path} (${formatBytes(bytes)}, ${check.counts.articles} berita, terbaca utuh, ${Date.now() - started} ms)`);
    return;
  }
  const source = siteConfig.databasePath;
  const target = values.out ?? join(dirname(source), "backups", backupFileName(new Date()));
  const { path, bytes, check } = await backupDatabase(source, target);
  console.log(`Cadangan: ${path} (${formatBytes(bytes)}, ${check.counts.articles} berita, integritas ok, ${Date.now() - started} ms)`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
