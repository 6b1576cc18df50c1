import { existsSync } from "node:fs";
import { siteConfig } from "@/lib/config";
import { type Db, getDb } from "./client";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { backfillBodyText, compactSearchIndex } from "./mutations/search-index";
import { createAccount } from "./mutations/staff";
import { getLoginAccount } from "./queries/staff";
import { clearSeedPhotos, seedDatabase } from "./seed";

function isEmpty(db: Db): boolean {
  const row = db.$client.prepare("SELECT (SELECT count(*) FROM kanal) + (SELECT count(*) FROM articles) AS n").get() as { n: number };
  return row.n === 0;
}

/**
 * ADMIN_EMAIL + ADMIN_PASSWORD create the first admin for scripted installs, so that
 * nobody has to race to the one-time setup form. An existing account is left alone.
 */
async function ensureAdminFromEnv(): Promise<void> {
  const email = process.env.ADMIN_EMAIL?.trim().toLowerCase();
  const password = process.env.ADMIN_PASSWORD;
  if (!email || !password) return;
  if (password.length < PASSWORD_MIN_LENGTH) {
    console.error(`[warta] ADMIN_PASSWORD minimal ${PASSWORD_MIN_LENGTH} karakter; akun admin tidak dibuat.`);
    return;
  }
  if ((await getLoginAccount(email))?.passwordHash) return;
  await createAccount({ name: process.env.ADMIN_NAME?.trim() || "Admin", email, password, role: "admin" });
  console.log(`[warta] Akun admin ${email} dibuat dari ADMIN_EMAIL.`);
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
    await ensureAdminFromEnv();
    return;
  }
  await ensureAdminFromEnv();
  const fixed = backfillBodyText(db);
  if (fixed > 0) console.log(`[warta] Indeks pencarian: ${fixed} berita lama diisi teksnya.`);
  compactSearchIndex(db);
}
