// `npm run db:seed`: replaces everything in the database with the demo newsroom, on purpose.
import { getDb } from "@/db/client";
import { clearSeedPhotos, seedDatabase } from "@/db/seed";
import { siteConfig } from "@/lib/config";

async function main() {
  const db = getDb();
  clearSeedPhotos(siteConfig.mediaDir);
  const summary = await seedDatabase(db, { now: new Date(), mediaDir: siteConfig.mediaDir });
  console.log(
    `Seed selesai: ${summary.articles} berita (${summary.published} terbit), ${summary.kanal} kanal, ${summary.tags} tag, ${summary.staff} staf di ${siteConfig.databasePath}.`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
