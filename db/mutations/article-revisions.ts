import { desc, eq, sql } from "drizzle-orm";
import { type ArticleChangeFacts, isPublicAt } from "@/lib/article-change";
import type { ArticleInput } from "@/lib/article-form";
import type { ArticleKind, ArticleStatus } from "@/lib/domain";
import { type Db, getDb, transaction } from "../engine";
import { articleRevisions, articles, media } from "../tables";
import { saveArticle, type SaveResult, stateOf } from "./articles";

/** What a revision keeps: everything an editor can change in the form, the photo included. */
export type RevisionData = Omit<ArticleInput, "version" | "publishAt" | "photoCaption" | "photoCredit" | "photoAlt" | "noAds" | "kind"> & {
  publishedAt: number | null;
  photoId: number | null;
  /** The photo's words as saved; absent in revisions saved before they were recorded (restore then keeps the photo's own). */
  photoCaption?: string;
  photoCredit?: string;
  photoAlt?: string;
  /** Absent in revisions saved before the Tanpa iklan switch existed (ads were on then). */
  noAds?: boolean;
  /** Absent in revisions saved before the story kind existed (every story was Berita then). */
  kind?: ArticleKind;
};

/** Changes only the status (publish, unpublish, hand to review), keeping a revision like any save. */
/** A story's latest revision only: a long history must not be read (with its JSON) to add one more. */
export async function latestRevisionData(tx: Db, articleId: number): Promise<RevisionData | null> {
  const [last] = await tx
    .select({ data: articleRevisions.data })
    .from(articleRevisions)
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.version))
    .limit(1);
  return last ? (JSON.parse(last.data) as RevisionData) : null;
}

export async function setArticleStatus(params: {
  id: number;
  status: ArticleStatus;
  actorId: number;
  now?: Date;
}): Promise<ArticleChangeFacts | null> {
  const now = params.now ?? new Date();
  return transaction(async (tx) => {
    const [current] = await tx.select().from(articles).where(eq(articles.id, params.id));
    if (!current) return null;
    const publishedAt =
      params.status === "published" ? (current.publishedAt && current.publishedAt <= now ? current.publishedAt : now) : current.publishedAt;
    // Incremented in SQL, so that a save committed since the read above is counted too.
    const [{ version }] = await tx
      .update(articles)
      .set({ status: params.status, publishedAt, updatedAt: now, version: sql`${articles.version} + 1` })
      .where(eq(articles.id, current.id))
      .returning({ version: articles.version });
    const base = await latestRevisionData(tx, current.id);
    // A note added or removed is recorded by its own revision only (db/mutations/corrections.ts).
    const data = { ...(base ?? {}), correction: undefined, status: params.status, publishedAt: publishedAt?.getTime() ?? null };
    await tx.insert(articleRevisions).values({ articleId: current.id, version, savedById: params.actorId, savedAt: now, data: JSON.stringify(data) });
    const before = await stateOf(tx, current, now);
    return { publicId: current.publicId, before, after: { ...before, public: isPublicAt({ status: params.status, publishedAt }, now) } };
  });
}

/**
 * Saves an old revision's content as a new version, so the restore itself can be undone. The
 * photo comes back too: the one the revision showed (or none), with the caption, credit and alt
 * text it recorded. Null when the revision or its story is gone.
 */
export async function restoreRevision(params: {
  revisionId: number;
  actorId: number;
  now?: Date;
}): Promise<{ articleId: number; version: number; result: SaveResult } | null> {
  const db = getDb();
  const [revision] = await db.select().from(articleRevisions).where(eq(articleRevisions.id, params.revisionId));
  const [current] = revision ? await db.select({ version: articles.version }).from(articles).where(eq(articles.id, revision.articleId)) : [];
  if (!revision || !current) return null;
  const d = JSON.parse(revision.data) as RevisionData;
  // A photo row deleted since (photo_id is ON DELETE SET NULL) cannot come back; the story goes without.
  const [photo] = d.photoId ? await db.select().from(media).where(eq(media.id, d.photoId)) : [];
  // Read outside the save's transaction: the version check inside it refuses the restore if the story moved on.
  const result = await saveArticle(
    {
      id: revision.articleId,
      actorId: params.actorId,
      photo: null,
      photoId: photo?.id ?? null,
      input: {
        ...d,
        // Revisions saved before the switch existed had ads on.
        noAds: d.noAds ?? false,
        kind: d.kind ?? "berita",
        publishAt: d.publishedAt ? new Date(d.publishedAt) : null,
        photoCaption: d.photoCaption ?? photo?.caption ?? "",
        photoCredit: d.photoCredit ?? photo?.credit ?? "",
        photoAlt: d.photoAlt ?? photo?.alt ?? "",
        version: current.version,
      },
      now: params.now,
    },
  );
  return { articleId: revision.articleId, version: revision.version, result };
}

