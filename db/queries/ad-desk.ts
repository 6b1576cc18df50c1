import { and, desc, eq, gte, sql } from "drizzle-orm";
import { getDb } from "../engine";
import { adCreativeKanal, adCreatives, adStatsDaily, kanal, media } from "../tables";

/** Every creative for the ad desk's list, newest first, with its kanal names and all-time totals. */
export async function getAdCreativesForDesk() {
  const db = getDb();
  const rows = await db
    .select({
      id: adCreatives.id,
      name: adCreatives.name,
      slot: adCreatives.slot,
      kind: adCreatives.kind,
      startsAt: adCreatives.startsAt,
      endsAt: adCreatives.endsAt,
      weight: adCreatives.weight,
      paused: adCreatives.paused,
      // sum() is a bigint on PostgreSQL, which node-postgres hands over as a string.
      impressions: sql<number>`coalesce((select sum(${adStatsDaily.impressions}) from ${adStatsDaily} where ${adStatsDaily.creativeId} = ${adCreatives.id}), 0)`.mapWith(Number),
      clicks: sql<number>`coalesce((select sum(${adStatsDaily.clicks}) from ${adStatsDaily} where ${adStatsDaily.creativeId} = ${adCreatives.id}), 0)`.mapWith(Number),
    })
    .from(adCreatives)
    .orderBy(desc(adCreatives.id));
  const targets = await db
    .select({ creativeId: adCreativeKanal.creativeId, name: kanal.name })
    .from(adCreativeKanal)
    .innerJoin(kanal, eq(kanal.id, adCreativeKanal.kanalId))
    .orderBy(kanal.position);
  return rows.map((r) => ({ ...r, kanalNames: targets.filter((t) => t.creativeId === r.id).map((t) => t.name) }));
}

/** One creative with its pictures and targeted kanal ids, for the edit page; null when it does not exist. */
export async function getAdCreativeForEdit(id: number) {
  const db = getDb();
  const [c] = await db.select().from(adCreatives).where(eq(adCreatives.id, id));
  if (!c) return null;
  const picture = async (mediaId: number | null) => {
    if (!mediaId) return null;
    const [row] = await db.select({ id: media.id, path: media.path, width: media.width, height: media.height }).from(media).where(eq(media.id, mediaId));
    return row ?? null;
  };
  const targets = await db.select({ kanalId: adCreativeKanal.kanalId }).from(adCreativeKanal).where(eq(adCreativeKanal.creativeId, id));
  return { ...c, image: await picture(c.imageId), mobileImage: await picture(c.mobileImageId), kanalIds: targets.map((r) => r.kanalId) };
}

/** A creative's daily counts from `fromDay` (a WIB "YYYY-MM-DD") on; days without counts have no row. */
export async function getAdDailyStats(creativeId: number, fromDay: string) {
  return await getDb()
    .select({ day: adStatsDaily.day, impressions: adStatsDaily.impressions, clicks: adStatsDaily.clicks })
    .from(adStatsDaily)
    .where(and(eq(adStatsDaily.creativeId, creativeId), gte(adStatsDaily.day, fromDay)))
    .orderBy(desc(adStatsDaily.day));
}
