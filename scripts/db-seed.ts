// `npm run db:seed`: replaces everything in the database with the demo newsroom, on purpose.
import { closeEngine, startEngine } from "@/db/engine";
import { clearSeedPhotos, seedDatabase } from "@/db/seed";
import { siteConfig } from "@/lib/config";
import { mediaStore } from "@/lib/media";

async function main() {
  await startEngine();
  await clearSeedPhotos(mediaStore());
  const summary = await seedDatabase({ now: new Date(), media: mediaStore() });
  console.log(
    `Seed selesai: ${summary.articles} berita (${summary.published} terbit), ${summary.kanal} kanal, ${summary.tags} tag, ${summary.staff} staf di ${siteConfig.databasePath}.`,
  );
  await closeEngine();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
