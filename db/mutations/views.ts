import { inArray, sql } from "drizzle-orm";
import type { ViewRow } from "@/lib/views/tally";
import { getEngine, transaction } from "../engine";
import { articles, articleViews } from "../tables";

// Rows per statement: well inside both engines' limits on bound parameters.
const CHUNK = 500;

/**
 * Adds counted views to their hourly buckets in one transaction. A story deleted since
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
    }
  });
}

/**
 * addViews for the process's exit hook, on an engine that can still write then (SQLite; see
 * Engine.writeOnExit). Plain SQL that both engines read the same way.
 */
export function addViewsOnExit(rows: ViewRow[]): void {
  getEngine().writeOnExit?.(
    rows.map(
      (r) => sql`
        INSERT INTO article_views (article_id, bucket_start, views)
        SELECT ${r.articleId}, ${r.bucketStart}, ${r.views}
         WHERE EXISTS (SELECT 1 FROM articles WHERE id = ${r.articleId})
        ON CONFLICT (article_id, bucket_start) DO UPDATE SET views = article_views.views + excluded.views`,
    ),
  );
}
