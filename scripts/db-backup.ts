// `npm run db:backup [-- --out <file>]`: a consistent copy of the live database, taken while
// the portal keeps serving (SQLite's online backup API), checked before it is reported.
// Default target: backups/warta-<WIB time>.db beside the database (data/backups/ by default).
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { backupDatabase } from "@/db/engine/sqlite-backup";
import { siteConfig } from "@/lib/config";
import { backupFileName, formatBytes } from "@/lib/db-files";

async function main() {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const source = siteConfig.databasePath;
  const target = values.out ?? join(dirname(source), "backups", backupFileName(new Date()));
  const started = Date.now();
  const { path, bytes, check } = await backupDatabase(source, target);
  console.log(`Cadangan: ${path} (${formatBytes(bytes)}, ${check.counts.articles} berita, integritas ok, ${Date.now() - started} ms)`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
