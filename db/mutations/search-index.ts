import { and, eq, ne } from "drizzle-orm";
import { htmlToText } from "@/lib/html";
import { getDb, transaction } from "../engine";
import { articles } from "../tables";

/**
 * Fills body_text for rows written before the column existed (or by a tool that skipped it).
 * The engine's search index then follows (SQLite: FTS triggers). Returns how many rows it fixed.
 */
export async function backfillBodyText(): Promise<number> {
  const rows = await getDb()
    .select({ id: articles.id, body: articles.body })
    .from(articles)
    .where(and(eq(articles.bodyText, ""), ne(articles.body, "")));
  if (rows.length === 0) return 0;
  await transaction(async (tx) => {
    for (const r of rows) await tx.update(articles).set({ bodyText: htmlToText(r.body) }).where(eq(articles.id, r.id));
  });
  return rows.length;
}
