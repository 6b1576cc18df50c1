import { and, eq, ne } from "drizzle-orm";
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
