import { and, desc, eq, gt, gte, inArray, sql } from "drizzle-orm";
import { siteConfig } from "@/lib/config";
import { sharedRedis } from "@/lib/redis/client.mjs";
import { SharedGeneration } from "@/lib/redis/generation";
import { terpopulerKey, terpopulerSize, terpopulerWindows } from "@/lib/terpopuler";
import { TtlMemo } from "@/lib/ttl-memo";
import { getDb } from "../engine";
import { articles, articleViews, kanal, media } from "../tables";
import { type ArticleCard, cardColumns, isVisibleAt, toCard } from "./shared";

export type PopularItem = ArticleCard & {
  /** Views in the window that ranked the story. */
  views: number;
  /** "day": ranked by the last 24 hours; "week": topped up from the last 7 days. */
  window: "day" | "week";
};
export type Terpopuler = { items: PopularItem[]; computedAt: Date };

// Shared by every route bundle in the process, like the database connection.
// The memo keeps the promise, so that requests arriving while a ranking is computed share it.
const globalForRanking = globalThis as unknown as { wartaTerpopuler?: TtlMemo<Promise<PopularItem[]>> };
const memo = (globalForRanking.wartaTerpopuler ??= new TtlMemo<Promise<PopularItem[]>>(siteConfig.terpopulerCacheMs));
// With REDIS_URL, a clear on any instance clears the memo on all of them.
const globalForGeneration = globalThis as unknown as { wartaTerpopulerGeneration?: SharedGeneration | null };
function sharedGeneration(): SharedGeneration | null {
  if (globalForGeneration.wartaTerpopulerGeneration === undefined) {
    const link = sharedRedis();
    globalForGeneration.wartaTerpopulerGeneration = link ? new SharedGeneration(link, "warta:terpopuler:generation") : null;
  }
  return globalForGeneration.wartaTerpopulerGeneration;
}

async function rank(opts: { size: number; kanalIds?: number[]; now: Date }): Promise<PopularItem[]> {
  const { daySince, weekSince } = terpopulerWindows(opts.now);
  const db = getDb();
  // Summed first, from the bucket index over the last week only, so that the cost follows the
  // week's views and not the archive; the few articles that were read are then joined by id.
  const viewed = db
    .select({
      articleId: articleViews.articleId,
      day: sql<number>`sum(CASE WHEN ${articleViews.bucketStart} >= ${daySince} THEN ${articleViews.views} ELSE 0 END)`.as("day"),
      week: sql<number>`sum(${articleViews.views})`.as("week"),
    })
    .from(articleViews)
    .where(gte(articleViews.bucketStart, weekSince))
    .groupBy(articleViews.articleId)
    .as("viewed");
  // Stories read in the last 24 hours come first, by those views; only when there are
  // too few do stories from the rest of the week follow, by their week's views.
  const rows = await db
    .select({ ...cardColumns, day: viewed.day, week: viewed.week })
    .from(viewed)
    .innerJoin(articles, eq(articles.id, viewed.articleId))
    .innerJoin(kanal, eq(kanal.id, articles.kanalId))
    .leftJoin(media, eq(media.id, articles.photoId))
    .where(and(gt(viewed.week, 0), isVisibleAt(opts.now), opts.kanalIds ? inArray(articles.kanalId, opts.kanalIds) : undefined))
    .orderBy(
      desc(sql`${viewed.day} > 0`),
      desc(sql`CASE WHEN ${viewed.day} > 0 THEN ${viewed.day} ELSE ${viewed.week} END`),
      desc(articles.publishedAt),
      desc(articles.id),
    )
    .limit(opts.size);
  // Sums arrive as numbers from SQLite and as strings (bigint) from PostgreSQL.
  return rows.map(({ day, week, ...row }) => {
    const [d, w] = [Number(day), Number(week)];
    return { ...toCard(row), views: d > 0 ? d : w, window: d > 0 ? ("day" as const) : ("week" as const) };
  });
}

/**
 * Terpopuler: the most read visible stories of the last 24 hours, topped up from the last
 * 7 days when fewer than `limit` were read today; ties go to the newer story. A ranking is
 * reused for up to TERPOPULER_CACHE_MS (at most 30 s); `computedAt` is when it was made.
 */
export async function getTerpopuler(opts: { limit?: number; kanalIds?: number[]; now?: Date } = {}): Promise<Terpopuler> {
  const size = terpopulerSize(opts.limit ?? siteConfig.terpopulerSize);
  const key = terpopulerKey(size, opts.kanalIds);
  if (await sharedGeneration()?.changed()) memo.clear();
  const { value, computedAt } = memo.get(key, opts.now ?? new Date(), (now) => rank({ size, kanalIds: opts.kanalIds, now }));
  try {
    return { items: await value, computedAt };
  } catch (err) {
    // A failed read is not a ranking: the next request tries again.
    memo.delete(key);
    throw err;
  }
}

/** Drops cached rankings, on every instance, for a write (unpublishing a story) that must show at once. */
export function invalidateTerpopuler(): void {
  memo.clear();
  void sharedGeneration()?.bump();
}
