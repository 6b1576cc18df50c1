import { existsSync } from "node:fs";
import { siteConfig } from "@/lib/config";
import { type Db, getDb } from "./client";
import { backfillBodyText, compactSearchIndex } from "./mutations/search-index";
import { clearSeedPhotos, seedDatabase } from "./seed";

function isEmpty(db: Db): boolean {
  const row = db.$client.prepare("SELECT (SELECT count(*) FROM kanal) + (SELECT count(*) FROM articles) AS n").get() as { n: number };
  return row.n === 0;
}

/**
 * Runs once when the server starts: a missing database is created, migrated and
 * seeded with demo content; an existing one is only migrated, never wiped.
 */
export async function prepareDatabase(): Promise<void> {
  const existed = existsSync(siteConfig.databasePath);
  const db = getDb();
  if (!existed || isEmpty(db)) {
    const started = Date.now();
    clearSeedPhotos(siteConfig.mediaDir);
    const summary = await seedDatabase(db, { now: new Date(), mediaDir: siteConfig.mediaDir });
    console.log(
      `[warta] Database baru ${siteConfig.databasePath}: ${summary.articles} berita demo, ${summary.kanal} kanal (${Date.now() - started} ms).`,
    );
    return;
  }
  const fixed = backfillBodyText(db);
  if (fixed > 0) console.log(`[warta] Indeks pencarian: ${fixed} berita lama diisi teksnya.`);
  compactSearchIndex(db);
}
