import { count } from "drizzle-orm";
import { siteConfig } from "@/lib/config";
import { mediaStore } from "@/lib/media";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { type Engine, startEngine } from "./engine";
import { backfillPhotoUses } from "./mutations/photo-uses";
import { backfillBodyText } from "./mutations/search-index";
import { createAccount } from "./mutations/staff";
import { backfillViewTotals } from "./mutations/views";
import { getLoginAccount } from "./queries/staff";
import { clearSeedPhotos, seedDatabase } from "./seed";
import { articles, kanal } from "./tables";

async function isEmpty(engine: Engine): Promise<boolean> {
  const [[k], [a]] = await Promise.all([engine.db.select({ n: count() }).from(kanal), engine.db.select({ n: count() }).from(articles)]);
  return k.n + a.n === 0;
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
 * Runs once when the server starts: the engine is opened and migrated; an empty database
 * (a new file, or a new PostgreSQL database) is seeded with demo content; an existing one is
 * only migrated, never wiped.
 */
export async function prepareDatabase(): Promise<void> {
  const engine = await startEngine();
  if (await isEmpty(engine)) {
    const started = Date.now();
    await clearSeedPhotos(mediaStore());
    const summary = await seedDatabase({ now: new Date(), media: mediaStore() });
    // The seed writes hourly views directly; the all-time totals follow from them.
    await backfillViewTotals();
    // The seed writes stories directly; which photos they use follows from them.
    await backfillPhotoUses();
    const where = engine.kind === "sqlite" ? siteConfig.databasePath : "PostgreSQL";
    console.log(`[warta] Database baru ${where}: ${summary.articles} berita demo, ${summary.kanal} kanal (${Date.now() - started} ms).`);
    await ensureAdminFromEnv();
    return;
  }
  await ensureAdminFromEnv();
  const totals = await backfillViewTotals();
  if (totals > 0) console.log(`[warta] Total tayangan: ${totals} berita diisi dari hitungan per jam.`);
  const uses = await backfillPhotoUses();
  if (uses > 0) console.log(`[warta] Pustaka foto: pemakaian foto ${uses} berita dicatat.`);
  const fixed = await backfillBodyText();
  if (fixed > 0) console.log(`[warta] Indeks pencarian: ${fixed} berita lama diisi teksnya.`);
  await engine.search.maintain();
}
