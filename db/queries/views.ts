import { and, eq } from "drizzle-orm";
import { getDb } from "../engine";
import { articles } from "../tables";
import { isVisibleAt } from "./shared";

/**
 * The article a view beacon names, when readers may see it now; null for unknown ids,
 * drafts and stories scheduled for later, which never count.
 */
export async function getViewTarget(publicId: string, now = new Date()): Promise<number | null> {
  const [row] = await getDb()
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.publicId, publicId), isVisibleAt(now)));
  return row?.id ?? null;
}
