// `npm run db:migrate`: applies pending migrations without starting the portal (e.g. before a deploy).
import { getDb } from "@/db/client";
import { siteConfig } from "@/lib/config";

getDb();
console.log(`Migrasi selesai: ${siteConfig.databasePath}`);
