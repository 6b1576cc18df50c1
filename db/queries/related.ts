import { and, desc, eq, inArray, ne, notInArray, sql } from "drizzle-orm";
import { getDb } from "../client";
import { articles, articleTags, kanal, media } from "../schema";
import { type ArticleCard, cardColumns, isVisibleAt, toCard } from "./shared";

type Source = { id: number; kanal: { id: number }; tags: { id: number }[] };

/**
 * Baca Juga: stories sharing the most tags with this one, newest first among equals,
 * then the newest of the same kanal when tags give too few.
 */
export async function getBacaJuga(article: Source, opts: { limit?: number; now?: Date } = {}): Promise<ArticleCard[]> {
  const limit = opts.limit ?? 3;
  const now = opts.now ?? new Date();
  const tagIds = article.tags.map((t) => t.id);
  const shared = sql<number>`count(${articleTags.tagId})`.mapWith(Number);
  const byTags = tagIds.length
    ? getDb()
        .select({ ...cardColumns, shared })
        .from(articles)
        .innerJoin(articleTags, eq(articleTags.articleId, articles.id))
        .innerJoin(kanal, eq(kanal.id, articles.kanalId))
        .leftJoin(media, eq(media.id, articles.photoId))
        .where(and(isVisibleAt(now), inArray(articleTags.tagId, tagIds), ne(articles.id, article.id)))
        .groupBy(articles.id)
        .orderBy(desc(shared), desc(articles.publishedAt))
        .limit(limit)
        .all()
        .map(toCard)
    : [];
  if (byTags.length >= limit) return byTags;
  const fill = getDb()
    .select(cardColumns)
    .from(articles)
    .innerJoin(kanal, eq(kanal.id, articles.kanalId))
    .leftJoin(media, eq(media.id, articles.photoId))
    .where(
      and(
        isVisibleAt(now),
        eq(articles.kanalId, article.kanal.id),
        notInArray(articles.id, [article.id, ...byTags.map((a) => a.id)]),
      ),
    )
    .orderBy(desc(articles.publishedAt))
    .limit(limit - byTags.length)
    .all()
    .map(toCard);
  return [...byTags, ...fill];
}

/**
 * Berita Lainnya: the newest stories of the same kanal that the page does not already
 * link, topped up from the rest of the site when the kanal is short.
 */
export async function getBeritaLainnya(
  article: Source,
  opts: { excludeIds: number[]; limit?: number; now?: Date },
): Promise<ArticleCard[]> {
  const limit = opts.limit ?? 6;
  const now = opts.now ?? new Date();
  const seen = [article.id, ...opts.excludeIds];
  const query = (sameKanal: boolean, n: number, exclude: number[]) =>
    getDb()
      .select(cardColumns)
      .from(articles)
      .innerJoin(kanal, eq(kanal.id, articles.kanalId))
      .leftJoin(media, eq(media.id, articles.photoId))
      .where(
        and(
          isVisibleAt(now),
          sameKanal ? eq(articles.kanalId, article.kanal.id) : ne(articles.kanalId, article.kanal.id),
          notInArray(articles.id, exclude),
        ),
      )
      .orderBy(desc(articles.publishedAt))
      .limit(n)
      .all()
      .map(toCard);
  const same = query(true, limit, seen);
  if (same.length >= limit) return same;
  return [...same, ...query(false, limit - same.length, [...seen, ...same.map((a) => a.id)])];
}
