import { and, desc, eq, gte, inArray, notInArray, sql } from "drizzle-orm";
import { getDb } from "../client";
import { articles, articleViews, kanal, media } from "../schema";
import { type ArticleCard, cardColumns, isVisibleAt, toCard } from "./shared";

const HOUR = 60 * 60 * 1000;

export type PopularItem = ArticleCard & { views: number };
export type Terpopuler = { items: PopularItem[]; computedAt: Date };

function rankWindow(opts: { since: number; limit: number; now: Date; kanalIds?: number[]; excludeIds: number[] }): PopularItem[] {
  const views = sql<number>`sum(${articleViews.views})`.mapWith(Number);
  return getDb()
    .select({ ...cardColumns, views })
    .from(articleViews)
    .innerJoin(articles, eq(articles.id, articleViews.articleId))
    .innerJoin(kanal, eq(kanal.id, articles.kanalId))
    .leftJoin(media, eq(media.id, articles.photoId))
    .where(
      and(
        gte(articleViews.bucketStart, opts.since),
        isVisibleAt(opts.now),
        opts.kanalIds ? inArray(articles.kanalId, opts.kanalIds) : undefined,
        opts.excludeIds.length ? notInArray(articles.id, opts.excludeIds) : undefined,
      ),
    )
    .groupBy(articles.id)
    .orderBy(desc(views), desc(articles.publishedAt))
    .limit(opts.limit)
    .all()
    .map((row) => ({ ...toCard(row), views: row.views }));
}

/**
 * The most read visible articles of the last 24 hours, topped up from the last 7 days
 * when a quiet day leaves too few. Ties go to the newer story.
 */
export async function getTerpopuler(opts: { limit?: number; kanalIds?: number[]; now?: Date } = {}): Promise<Terpopuler> {
  const now = opts.now ?? new Date();
  const limit = Math.min(Math.max(opts.limit ?? 5, 1), 10);
  const hourNow = Math.floor(now.getTime() / HOUR) * HOUR;
  const day = rankWindow({ since: hourNow - 23 * HOUR, limit, now, kanalIds: opts.kanalIds, excludeIds: [] });
  if (day.length >= limit) return { items: day, computedAt: now };
  const week = rankWindow({
    since: hourNow - (7 * 24 - 1) * HOUR,
    limit: limit - day.length,
    now,
    kanalIds: opts.kanalIds,
    excludeIds: day.map((d) => d.id),
  });
  return { items: [...day, ...week], computedAt: now };
}
