// `npm run db:migrate`: applies pending migrations without starting the portal (e.g. before a deploy).
import { closeEngine, startEngine } from "@/db/engine";
import { siteConfig } from "@/lib/config";

async function main() {
  const engine = await startEngine();
  console.log(`Migrasi selesai: ${engine.kind === "sqlite" ? siteConfig.databasePath : "PostgreSQL"}`);
  await closeEngine();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
