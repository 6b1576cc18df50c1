import { desc, eq } from "drizzle-orm";
import { type ArticleChangeFacts, isPublicAt } from "@/lib/article-change";
import type { ArticleInput } from "@/lib/article-form";
import { type Db, getDb } from "../client";
import { articleRevisions, articles, type ArticleStatus, media } from "../schema";
import { saveArticle, type SaveResult, stateOf } from "./articles";

/** What a revision keeps: everything an editor can change in the form, the photo included. */
export type RevisionData = Omit<ArticleInput, "version" | "publishAt" | "photoCaption" | "photoCredit" | "photoAlt" | "noAds"> & {
  publishedAt: number | null;
  photoId: number | null;
  /** The photo's words as saved; absent in revisions saved before they were recorded (restore then keeps the photo's own). */
  photoCaption?: string;
  photoCredit?: string;
  photoAlt?: string;
  /** Absent in revisions saved before the Tanpa iklan switch existed (ads were on then). */
  noAds?: boolean;
};

/** Changes only the status (publish, unpublish, hand to review), keeping a revision like any save. */
export function setArticleStatus(
  params: { id: number; status: ArticleStatus; actorId: number; now?: Date },
  db: Db = getDb(),
): ArticleChangeFacts | null {
  const now = params.now ?? new Date();
  return db.transaction((tx) => {
    const current = tx.select().from(articles).where(eq(articles.id, params.id)).get();
    if (!current) return null;
    const publishedAt =
      params.status === "published" ? (current.publishedAt && current.publishedAt <= now ? current.publishedAt : now) : current.publishedAt;
    const version = current.version + 1;
    tx.update(articles).set({ status: params.status, publishedAt, updatedAt: now, version }).where(eq(articles.id, current.id)).run();
    // Only the latest revision: a long history must not be read (with its JSON) to change a status.
    const last = tx
      .select({ data: articleRevisions.data })
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, current.id))
      .orderBy(desc(articleRevisions.version))
      .limit(1)
      .get();
    const base = last ? (JSON.parse(last.data) as RevisionData) : null;
    const data = { ...(base ?? {}), status: params.status, publishedAt: publishedAt?.getTime() ?? null };
    tx.insert(articleRevisions).values({ articleId: current.id, version, savedById: params.actorId, savedAt: now, data: JSON.stringify(data) }).run();
    const before = stateOf(tx, current, now);
    return { publicId: current.publicId, before, after: { ...before, public: isPublicAt({ status: params.status, publishedAt }, now) } };
  });
}

/**
 * Saves an old revision's content as a new version, so the restore itself can be undone. The
 * photo comes back too: the one the revision showed (or none), with the caption, credit and alt
 * text it recorded. Null when the revision or its story is gone.
 */
export function restoreRevision(
  params: { revisionId: number; actorId: number; now?: Date },
  db: Db = getDb(),
): { articleId: number; version: number; result: SaveResult } | null {
  const revision = db.select().from(articleRevisions).where(eq(articleRevisions.id, params.revisionId)).get();
  const current = revision && db.select({ version: articles.version }).from(articles).where(eq(articles.id, revision.articleId)).get();
  if (!revision || !current) return null;
  const d = JSON.parse(revision.data) as RevisionData;
  // A photo row deleted since (photo_id is ON DELETE SET NULL) cannot come back; the story goes without.
  const photo = d.photoId ? db.select().from(media).where(eq(media.id, d.photoId)).get() : undefined;
  const result = saveArticle(
    {
      id: revision.articleId,
      actorId: params.actorId,
      photo: null,
      photoId: photo?.id ?? null,
      input: {
        ...d,
        // Revisions saved before the switch existed had ads on.
        noAds: d.noAds ?? false,
        publishAt: d.publishedAt ? new Date(d.publishedAt) : null,
        photoCaption: d.photoCaption ?? photo?.caption ?? "",
        photoCredit: d.photoCredit ?? photo?.credit ?? "",
        photoAlt: d.photoAlt ?? photo?.alt ?? "",
        version: current.version,
      },
      now: params.now,
    },
    db,
  );
  return { articleId: revision.articleId, version: revision.version, result };
}

