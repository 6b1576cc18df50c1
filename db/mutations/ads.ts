import { randomBytes } from "node:crypto";
import { inArray, sql } from "drizzle-orm";
import { AD_SLOT_SIZES } from "@/lib/ads/slots";
import type { AdStatRow } from "@/lib/ads/tally";
import { processAdImage } from "@/lib/images";
import type { MediaStore } from "@/lib/media";
import type { AdSlotName } from "@/lib/domain";
import { getEngine, transaction } from "../engine";
import { adCreatives, adStatsDaily } from "../tables";

/** A picture written to the media store, with the box size its media row records. */
export type StoredAdImage = { path: string; width: number; height: number };
export type WriteAdImageResult = { ok: true; image: StoredAdImage } | { ok: false; message: string };

/**
 * Checks an uploaded ad picture (same checks as article photos) and writes it to the media store
 * at its sold size; its media row is added by saveAdCreative, in the creative's own transaction.
 * `variant: "phone"` is the 320×100 picture of a leaderboard-shaped slot. The size returned is
 * the box (not a 2× file's pixels), which is what the page reserves.
 */
export async function writeAdImage(opts: {
  media: MediaStore;
  slot: AdSlotName;
  variant?: "desktop" | "phone";
  data: Uint8Array;
  now?: Date;
}): Promise<WriteAdImageResult> {
  const sizes = AD_SLOT_SIZES[opts.slot];
  const size = opts.variant === "phone" ? sizes.phone : sizes.desktop;
  if (!size) return { ok: false, message: "Slot ini tidak punya gambar khusus ponsel." };
  const checked = await processAdImage(opts.data, size);
  if (!checked.ok) return checked;
  const now = opts.now ?? new Date();
  const month = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
  const path = `iklan/${month}/${randomBytes(9).toString("base64url")}.webp`;
  try {
    await opts.media.put(path, checked.data);
  } catch (error) {
    await opts.media.remove([path]);
    throw error;
  }
  return { ok: true, image: { path, width: size.width, height: size.height } };
}

/**
 * Adds counted impressions and clicks to their WIB days in one transaction. A creative
 * deleted since it was counted is skipped rather than failing the batch on its foreign key.
 */
export async function addAdStats(rows: AdStatRow[]): Promise<void> {
  if (rows.length === 0) return;
  await transaction(async (tx) => {
    const existing = await tx
      .select({ id: adCreatives.id })
      .from(adCreatives)
      .where(inArray(adCreatives.id, [...new Set(rows.map((r) => r.creativeId))]));
    const known = new Set(existing.map((c) => c.id));
    const kept = rows.filter((r) => known.has(r.creativeId));
    // The tally holds one row per creative and day, as one upsert statement needs; a flush is
    // a few dozen rows (creatives × days), far inside the engines' limits on parameters.
    if (kept.length === 0) return;
    await tx
      .insert(adStatsDaily)
      .values(kept)
      .onConflictDoUpdate({
        target: [adStatsDaily.creativeId, adStatsDaily.day],
        set: {
          impressions: sql`${adStatsDaily.impressions} + excluded.impressions`,
          clicks: sql`${adStatsDaily.clicks} + excluded.clicks`,
        },
      });
  });
}

/** addAdStats for the process's exit hook (see addViewsOnExit). */
export function addAdStatsOnExit(rows: AdStatRow[]): void {
  getEngine().writeOnExit?.(
    rows.map(
      (r) => sql`
        INSERT INTO ad_stats_daily (creative_id, day, impressions, clicks)
        SELECT ${r.creativeId}, ${r.day}, ${r.impressions}, ${r.clicks}
         WHERE EXISTS (SELECT 1 FROM ad_creatives WHERE id = ${r.creativeId})
        ON CONFLICT (creative_id, day) DO UPDATE SET
          impressions = ad_stats_daily.impressions + excluded.impressions,
          clicks = ad_stats_daily.clicks + excluded.clicks`,
    ),
  );
}
