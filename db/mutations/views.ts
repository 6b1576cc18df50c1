import { sql } from "drizzle-orm";
import type { ViewRow } from "@/lib/views/tally";
import type { Db } from "../client";

/**
 * Adds counted views to their hourly buckets in one transaction. A story deleted since
 * its views were counted is skipped rather than failing the whole batch on its foreign key.
 */
export function addViews(db: Db, rows: ViewRow[]): void {
  db.transaction((tx) => {
    for (const r of rows) {
      tx.run(sql`
        INSERT INTO article_views (article_id, bucket_start, views)
        SELECT ${r.articleId}, ${r.bucketStart}, ${r.views}
         WHERE EXISTS (SELECT 1 FROM articles WHERE id = ${r.articleId})
        ON CONFLICT (article_id, bucket_start) DO UPDATE SET views = views + excluded.views`);
    }
  });
}
