import { and, eq, ne, sql } from "drizzle-orm";
import { htmlToText } from "@/lib/html";
import type { Db } from "../client";
import { articles } from "../schema";

/**
 * Fills body_text for rows written before the column existed (or by a tool that skipped it).
 * The FTS triggers then index them. Returns how many rows it fixed.
 */
export function backfillBodyText(db: Db): number {
  const rows = db
    .select({ id: articles.id, body: articles.body })
    .from(articles)
    .where(and(eq(articles.bodyText, ""), ne(articles.body, "")))
    .all();
  db.transaction((tx) => {
    for (const r of rows) tx.update(articles).set({ bodyText: htmlToText(r.body) }).where(eq(articles.id, r.id)).run();
  });
  return rows.length;
}

// About 8 MB of index pages at most, so that a start-up on a large newsroom stays quick.
const MERGE_PAGE_BUDGET = 2000;

/**
 * Merges the full-text index's segments. Every write transaction adds a small segment,
 * and a query looks each term up in every segment: on a freshly seeded database a Baca
 * Juga lookup was ten times slower before this. A merge of an already merged index is a no-op.
 */
export function compactSearchIndex(db: Db): void {
  db.run(sql`INSERT INTO articles_fts(articles_fts, rank) VALUES ('merge', ${-MERGE_PAGE_BUDGET})`);
}
