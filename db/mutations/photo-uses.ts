import { and, count, eq, inArray, sql } from "drizzle-orm";
import { photoIdsIn } from "@/lib/body-photos";
import { type Db, getDb, transaction } from "../engine";
import { articlePhotoUses, articles, liveUpdates, media } from "../tables";

/** The part of a story whose photos the article save writes: its main photo and its body. */
export const STORY_PART = "story";

const BATCH = 500;

/** The part one live update writes: its photos count as the story's while the update stands. */
export const updatePart = (updateId: number) => `update:${updateId}`;

/**
 * Inside a write's transaction: the library photos one part of a story uses now, replacing what
 * that part used before. The article save writes `STORY_PART` (main photo and body); another part
 * (a live update: "update:<id>") writes its own rows the same way and passes [] when it goes. Ids
 * no longer in the library are left out, so a stale reference never blocks the save.
 */
export async function recordPhotoUses(tx: Db, articleId: number, ids: readonly number[], part: string = STORY_PART): Promise<void> {
  await tx.delete(articlePhotoUses).where(and(eq(articlePhotoUses.articleId, articleId), eq(articlePhotoUses.part, part)));
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return;
  const present = await tx.select({ id: media.id }).from(media).where(inArray(media.id, wanted));
  if (present.length) await tx.insert(articlePhotoUses).values(present.map((p) => ({ articleId, mediaId: p.id, part })));
}

/** The ids a story's own part uses: its main photo first, then its body's, each once. */
export function storyPhotoIds(photoId: number | null, body: string): number[] {
  return [...new Set([...(photoId ? [photoId] : []), ...photoIdsIn(body)])];
}

/**
 * Fills article_photo_uses for stories written without the article save (the demo seed, and every
 * story of a newsroom that had photos before the table existed). Runs at start only while the table
 * is empty, so a newsroom pays for the scan once. Returns how many stories it filled.
 */
export async function backfillPhotoUses(): Promise<number> {
  const [any] = await getDb().select({ n: count() }).from(articlePhotoUses);
  if (any.n > 0) return 0;
  return transaction(async (tx) => {
    const rows = await tx
      .select({ id: articles.id, photoId: articles.photoId, body: articles.body })
      .from(articles)
      .where(sql`${articles.photoId} IS NOT NULL OR ${articles.body} LIKE '%data-photo=%'`);
    const updates = await tx
      .select({ id: liveUpdates.id, articleId: liveUpdates.articleId, body: liveUpdates.body })
      .from(liveUpdates)
      .where(sql`${liveUpdates.body} LIKE '%data-photo=%'`);
    // Worked out in memory and inserted in batches: a newsroom upgrading with 100,000 stories pays a
    // few hundred statements at start, not three per story (as recordPhotoUses, ids no longer in the
    // library are left out).
    const known = new Set((await tx.select({ id: media.id }).from(media)).map((m) => m.id));
    const uses = [
      ...rows.flatMap((r) => storyPhotoIds(r.photoId, r.body).map((mediaId) => ({ articleId: r.id, mediaId, part: STORY_PART }))),
      ...updates.flatMap((u) => photoIdsIn(u.body).map((mediaId) => ({ articleId: u.articleId, mediaId, part: updatePart(u.id) }))),
    ].filter((u) => known.has(u.mediaId));
    for (let i = 0; i < uses.length; i += BATCH) await tx.insert(articlePhotoUses).values(uses.slice(i, i + BATCH));
    return rows.length;
  });
}
