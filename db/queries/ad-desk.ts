import { and, desc, eq, gte, sql } from "drizzle-orm";
import { getDb } from "../client";
import { adCreativeKanal, adCreatives, adStatsDaily, kanal, media } from "../schema";

/** Every creative for the ad desk's list, newest first, with its kanal names and all-time totals. */
export async function getAdCreativesForDesk() {
  const db = getDb();
  const rows = db
    .select({
      id: adCreatives.id,
      name: adCreatives.name,
      slot: adCreatives.slot,
      kind: adCreatives.kind,
      startsAt: adCreatives.startsAt,
      endsAt: adCreatives.endsAt,
      weight: adCreatives.weight,
      paused: adCreatives.paused,
      impressions: sql<number>`coalesce((select sum(${adStatsDaily.impressions}) from ${adStatsDaily} where ${adStatsDaily.creativeId} = ${adCreatives.id}), 0)`,
      clicks: sql<number>`coalesce((select sum(${adStatsDaily.clicks}) from ${adStatsDaily} where ${adStatsDaily.creativeId} = ${adCreatives.id}), 0)`,
    })
    .from(adCreatives)
    .orderBy(desc(adCreatives.id))
    .all();
  const targets = db
    .select({ creativeId: adCreativeKanal.creativeId, name: kanal.name })
    .from(adCreativeKanal)
    .innerJoin(kanal, eq(kanal.id, adCreativeKanal.kanalId))
    .orderBy(kanal.position)
    .all();
  return rows.map((r) => ({ ...r, kanalNames: targets.filter((t) => t.creativeId === r.id).map((t) => t.name) }));
}

/** One creative with its pictures and targeted kanal ids, for the edit page; null when it does not exist. */
export async function getAdCreativeForEdit(id: number) {
  const db = getDb();
  const c = db.select().from(adCreatives).where(eq(adCreatives.id, id)).get();
  if (!c) return null;
  const picture = (mediaId: number | null) =>
    mediaId
      ? (db.select({ id: media.id, path: media.path, width: media.width, height: media.height }).from(media).where(eq(media.id, mediaId)).get() ?? null)
      : null;
  const kanalIds = db
    .select({ kanalId: adCreativeKanal.kanalId })
    .from(adCreativeKanal)
    .where(eq(adCreativeKanal.creativeId, id))
    .all()
    .map((r) => r.kanalId);
  return { ...c, image: picture(c.imageId), mobileImage: picture(c.mobileImageId), kanalIds };
}

/** A creative's daily counts from `fromDay` (a WIB "YYYY-MM-DD") on; days without counts have no row. */
export async function getAdDailyStats(creativeId: number, fromDay: string) {
  return getDb()
    .select({ day: adStatsDaily.day, impressions: adStatsDaily.impressions, clicks: adStatsDaily.clicks })
    .from(adStatsDaily)
    .where(and(eq(adStatsDaily.creativeId, creativeId), gte(adStatsDaily.day, fromDay)))
    .orderBy(desc(adStatsDaily.day))
    .all();
}
