import { inArray, sql } from "drizzle-orm";
import type { ViewRow } from "@/lib/views/tally";
import { getEngine, transaction } from "../engine";
import { articles, articleViews, articleViewTotals } from "../tables";

// Rows per statement: well inside both engines' limits on bound parameters.
const CHUNK = 500;

/** Views per story in a batch of hourly rows: what the all-time totals add. */
function perArticle(rows: ViewRow[]): { articleId: number; views: number }[] {
  const sums = new Map<number, number>();
  for (const r of rows) sums.set(r.articleId, (sums.get(r.articleId) ?? 0) + r.views);
  return [...sums].map(([articleId, views]) => ({ articleId, views }));
}

/**
 * Adds counted views to their hourly buckets, and to each story's all-time total
 * (article_view_totals, which the newsroom's "Total" column sorts by), in one transaction. A story deleted since
 * its views were counted is skipped rather than failing the whole batch on its foreign key.
 * The tally holds one row per story and hour, as one upsert statement needs.
 */
export async function addViews(rows: ViewRow[]): Promise<void> {
  if (rows.length === 0) return;
  await transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      const existing = await tx
        .select({ id: articles.id })
        .from(articles)
        .where(inArray(articles.id, [...new Set(chunk.map((r) => r.articleId))]));
      const known = new Set(existing.map((a) => a.id));
      const kept = chunk.filter((r) => known.has(r.articleId));
      if (kept.length === 0) continue;
      await tx
        .insert(articleViews)
        .values(kept.map((r) => ({ articleId: r.articleId, bucketStart: r.bucketStart, views: r.views })))
        .onConflictDoUpdate({
          target: [articleViews.articleId, articleViews.bucketStart],
          set: { views: sql`${articleViews.views} + excluded.views` },
        });
      await tx
        .insert(articleViewTotals)
        .values(perArticle(kept))
        .onConflictDoUpdate({ target: articleViewTotals.articleId, set: { views: sql`${articleViewTotals.views} + excluded.views` } });
    }
  });
}

/**
 * addViews for the process's exit hook, on an engine that can still write then (SQLite; see
 * Engine.writeOnExit). Plain SQL that both engines read the same way.
 */
export function addViewsOnExit(rows: ViewRow[]): void {
  getEngine().writeOnExit?.([
    ...rows.map(
      (r) => sql`
        INSERT INTO article_views (article_id, bucket_start, views)
        SELECT ${r.articleId}, ${r.bucketStart}, ${r.views}
         WHERE EXISTS (SELECT 1 FROM articles WHERE id = ${r.articleId})
        ON CONFLICT (article_id, bucket_start) DO UPDATE SET views = article_views.views + excluded.views`,
    ),
    ...perArticle(rows).map(
      (r) => sql`
        INSERT INTO article_view_totals (article_id, views)
        SELECT ${r.articleId}, ${r.views}
         WHERE EXISTS (SELECT 1 FROM articles WHERE id = ${r.articleId})
        ON CONFLICT (article_id) DO UPDATE SET views = article_view_totals.views + excluded.views`,
    ),
  ]);
}

/**
 * Fills article_view_totals from the hourly buckets when it is empty while views exist: a
 * database counted before the table was added, or one the seed filled. Returns the stories filled.
 */
export async function backfillViewTotals(): Promise<number> {
  return transaction(async (tx) => {
    const [hasTotals] = await tx.select({ id: articleViewTotals.articleId }).from(articleViewTotals).limit(1);
    if (hasTotals) return 0;
    const sums = await tx
      .select({ articleId: articleViews.articleId, views: sql<number>`sum(${articleViews.views})`.mapWith(Number) })
      .from(articleViews)
      .groupBy(articleViews.articleId);
    for (let i = 0; i < sums.length; i += CHUNK) await tx.insert(articleViewTotals).values(sums.slice(i, i + CHUNK));
    return sums.length;
  });
}
