import { randomBytes } from "node:crypto";
import { and, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { type ArticleChangeFacts, type ArticleState, isPublicAt } from "@/lib/article-change";
import type { ArticleInput } from "@/lib/article-form";
import type { ProcessedImage } from "@/lib/images";
import type { MediaStore } from "@/lib/media";
import { generatePublicId } from "@/lib/public-id";
import { slugify } from "@/lib/slug";
import { mediaVariantPath, originalPathFor } from "@/lib/urls";
import { type Db, getDb, transaction } from "../engine";
import type { Article } from "../schema";
import { articleRelated, articleRevisions, articles, articleTags, kanal, media, staff, tags, tagSlugHistory } from "../tables";
import type { RevisionData } from "./article-revisions";
import { recordPhotoUses, storyPhotoIds } from "./photo-uses";

export type SaveResult =
  | { ok: true; id: number; publicId: string; slug: string; version: number; change: ArticleChangeFacts }
  | { ok: false; reason: "conflict"; savedBy: string | null; savedAt: Date }
  | { ok: false; reason: "slug"; message: string }
  | { ok: false; reason: "missing" };

export type StoredPhoto = { path: string; width: number; height: number; originalPath: string };

/** The files of a stored photo: the full size, each narrower variant and the kept original. */
export function photoFiles(path: string, image: ProcessedImage): string[] {
  return [path, ...image.variants.map((v) => mediaVariantPath(path, v.width)), originalPathFor(path, image.original.ext)];
}

/** Writes an uploaded photo's files to the media store and returns the media row fields; a write that fails halfway removes what it wrote. */
export async function storePhoto(media: MediaStore, image: ProcessedImage, now = new Date()): Promise<StoredPhoto> {
  const month = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
  const path = `uploads/${month}/${randomBytes(9).toString("base64url")}.webp`;
  const originalPath = originalPathFor(path, image.original.ext);
  try {
    await media.put(path, image.full);
    for (const v of image.variants) await media.put(mediaVariantPath(path, v.width), v.data);
    await media.put(originalPath, image.original.data);
  } catch (error) {
    await media.remove(photoFiles(path, image));
    throw error;
  }
  return { path, width: image.width, height: image.height, originalPath };
}

const parentKanal = alias(kanal, "parent_kanal");

/** A kanal's slug and its parent's, read inside the write so that invalidating needs no read afterwards. */
export async function kanalSlugsOf(tx: Db, kanalId: number): Promise<string[]> {
  const [k] = await tx
    .select({ slug: kanal.slug, parent: parentKanal.slug })
    .from(kanal)
    .leftJoin(parentKanal, eq(parentKanal.id, kanal.parentId))
    .where(eq(kanal.id, kanalId));
  return k ? [k.slug, ...(k.parent ? [k.parent] : [])] : [];
}

/** Where a stored story stands for readers, for the change a write reports. */
export async function stateOf(tx: Db, row: Article, now: Date): Promise<ArticleState> {
  const tagRows = await tx
    .select({ slug: tags.slug })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, row.id))
    .orderBy(articleTags.position);
  return { slug: row.slug, public: isPublicAt(row, now), kanalSlugs: await kanalSlugsOf(tx, row.kanalId), tagSlugs: tagRows.map((t) => t.slug) };
}

/**
 * The tags a story's typed tag names stand for. A name finds its tag by name first (a renamed tag
 * keeps its slug), then by slug, then by an old slug (a tag merged or re-slugged in /admin/tag);
 * only a name found nowhere makes a new tag.
 */
async function tagIdsFor(tx: Db, names: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const name of names) {
    const slug = slugify(name);
    const [byName] = await tx.select({ id: tags.id }).from(tags).where(sql`lower(${tags.name}) = ${name.toLowerCase()}`).limit(1);
    const [bySlug] = byName ? [byName] : await tx.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug));
    const [byOld] = bySlug ? [bySlug] : await tx.select({ id: tagSlugHistory.tagId }).from(tagSlugHistory).where(eq(tagSlugHistory.slug, slug));
    const id = byOld?.id ?? (await tx.insert(tags).values({ slug, name }).returning({ id: tags.id }))[0].id;
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

type Refusal = Exclude<SaveResult, { ok: true }>;

/** Who saved a story last, for a conflict: one row through the (article_id, version) index, however long the history. */
async function conflictWith(tx: Db, current: { id: number; updatedAt: Date }): Promise<Refusal> {
  const [last] = await tx
    .select({ savedAt: articleRevisions.savedAt, name: staff.name })
    .from(articleRevisions)
    .leftJoin(staff, eq(staff.id, articleRevisions.savedById))
    .where(eq(articleRevisions.articleId, current.id))
    .orderBy(desc(articleRevisions.version))
    .limit(1);
  return { ok: false, reason: "conflict", savedBy: last?.name ?? null, savedAt: last?.savedAt ?? current.updatedAt };
}

/** The reasons a save is refused (slug taken, story gone, stale version), or the row it updates. */
async function checkSave(tx: Db, id: number | null, input: ArticleInput): Promise<Refusal | { ok: true; current: Article | undefined }> {
  const [clash] = await tx
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.slug, input.slug), id ? ne(articles.id, id) : undefined))
    .limit(1);
  if (clash) return { ok: false, reason: "slug", message: "Slug sudah dipakai berita lain; ubah sedikit." };

  const [current] = id ? await tx.select().from(articles).where(eq(articles.id, id)) : [];
  if (id && !current) return { ok: false, reason: "missing" };
  if (current && input.version !== current.version) return conflictWith(tx, current);
  return { ok: true, current };
}

/** Thrown inside saveArticle's transaction to roll it back when the version moved under it. */
class StaleSave extends Error {}

export type SaveArticleParams = {
  id: number | null;
  input: ArticleInput;
  actorId: number;
  /** A newly uploaded photo, its files already in the media store. */
  photo: StoredPhoto | null;
  /** Restoring a revision: the stored photo it showed (null: none). Left out, the story keeps its photo. */
  photoId?: number | null;
  now?: Date;
};

/**
 * Creates or updates an article in one transaction: article row, tags, pins, photo
 * metadata and a revision. An update must name the version it was based on; if someone
 * saved in between, nothing is written and the caller learns who and when. The version check
 * is also the UPDATE's own condition, so it holds on an engine that lets two transactions
 * read the same row at once (PostgreSQL's READ COMMITTED), not only under SQLite's write lock.
 */
export async function saveArticle(params: SaveArticleParams): Promise<SaveResult> {
  const { input, actorId } = params;
  const now = params.now ?? new Date();
  return transaction(async (tx): Promise<SaveResult> => {
    const checked = await checkSave(tx, params.id, input);
    if (!checked.ok) return checked;
    const current = checked.current;
    const before = current ? await stateOf(tx, current, now) : null;

    // Publishing without a time means "now"; an already published story keeps its original time.
    let publishedAt: Date | null = input.publishAt;
    if (!publishedAt && (input.status === "published" || input.status === "scheduled")) {
      publishedAt = current?.publishedAt ?? now;
    }
    if (!publishedAt && current?.publishedAt) publishedAt = current.publishedAt;

    let photoId = params.photoId !== undefined ? params.photoId : (current?.photoId ?? null);
    if (params.photo) {
      const [row] = await tx
        .insert(media)
        .values({ ...params.photo, alt: input.photoAlt, caption: input.photoCaption, credit: input.photoCredit, uploadedById: actorId })
        .returning({ id: media.id });
      photoId = row.id;
    } else if (photoId) {
      await tx.update(media).set({ alt: input.photoAlt, caption: input.photoCaption, credit: input.photoCredit }).where(eq(media.id, photoId));
    }

    const fields = {
      slug: input.slug,
      title: input.title,
      lead: input.lead,
      dateline: input.dateline,
      body: input.body,
      bodyText: input.bodyText,
      kanalId: input.kanalId,
      reporterId: input.reporterId,
      editorId: input.editorId,
      photoId,
      status: input.status,
      publishedAt,
      updatedAt: now,
      noAds: input.noAds,
      kind: input.kind,
    };
    let id: number;
    let publicId: string;
    let version: number;
    if (current) {
      version = current.version + 1;
      const updated = await tx
        .update(articles)
        .set({ ...fields, version })
        .where(and(eq(articles.id, current.id), eq(articles.version, current.version)))
        .returning({ id: articles.id });
      // Someone else's save got in between our read and this write: theirs stands.
      if (updated.length === 0) throw new StaleSave();
      id = current.id;
      publicId = current.publicId;
    } else {
      version = 1;
      publicId = generatePublicId((n) => randomBytes(n));
      const [row] = await tx
        .insert(articles)
        .values({ ...fields, publicId, version, createdAt: now, createdById: actorId })
        .returning({ id: articles.id });
      id = row.id;
    }

    await tx.delete(articleTags).where(eq(articleTags.articleId, id));
    const tagIds = await tagIdsFor(tx, input.tags);
    if (tagIds.length) await tx.insert(articleTags).values(tagIds.map((tagId, position) => ({ articleId: id, tagId, position })));

    await tx.delete(articleRelated).where(eq(articleRelated.articleId, id));
    if (input.relatedPublicIds.length) {
      const rows = await tx
        .select({ id: articles.id, publicId: articles.publicId })
        .from(articles)
        .where(inArray(articles.publicId, input.relatedPublicIds));
      const pins = input.relatedPublicIds.flatMap((pid, position) => {
        const row = rows.find((r) => r.publicId === pid);
        return row && row.id !== id ? [{ articleId: id, relatedId: row.id, position }] : [];
      });
      if (pins.length) await tx.insert(articleRelated).values(pins);
    }

    // "Dipakai di N berita" and the refusal to delete a photo in use read this, written with the story.
    await recordPhotoUses(tx, id, storyPhotoIds(photoId, input.body));

    const data: RevisionData = {
      title: input.title,
      slug: input.slug,
      kanalId: input.kanalId,
      tags: input.tags,
      lead: input.lead,
      dateline: input.dateline,
      body: input.body,
      bodyText: input.bodyText,
      reporterId: input.reporterId,
      editorId: input.editorId,
      relatedPublicIds: input.relatedPublicIds,
      status: input.status,
      publishedAt: publishedAt?.getTime() ?? null,
      photoId,
      photoCaption: input.photoCaption,
      photoCredit: input.photoCredit,
      photoAlt: input.photoAlt,
      noAds: input.noAds,
      kind: input.kind,
    };
    await tx.insert(articleRevisions).values({ articleId: id, version, savedById: actorId, savedAt: now, data: JSON.stringify(data) });
    const after: ArticleState = {
      slug: input.slug,
      public: isPublicAt({ status: input.status, publishedAt }, now),
      kanalSlugs: await kanalSlugsOf(tx, input.kanalId),
      tagSlugs: tagIds.length ? (await tx.select({ id: tags.id, slug: tags.slug }).from(tags).where(inArray(tags.id, tagIds))).map((t) => t.slug) : [],
    };
    return { ok: true, id, publicId, slug: input.slug, version, change: { publicId, before, after } } as const;
  }).catch(async (err: unknown) => {
    // Rolled back; report the save that won, as if it had been seen at the version check.
    if (!(err instanceof StaleSave) || !params.id) throw err;
    const [current] = await getDb().select({ id: articles.id, updatedAt: articles.updatedAt }).from(articles).where(eq(articles.id, params.id));
    return current ? conflictWith(getDb(), current) : ({ ok: false, reason: "missing" } as const);
  });
}

/**
 * saveArticle with the form's new photo, if any. A save that does not go through must leave no
 * files in the media store: the refusals are checked before anything is written, and files written for a
 * save that fails after all (another editor saved meanwhile, or an error) are removed again.
 */
export async function saveArticleWithPhoto(
  params: Omit<SaveArticleParams, "photo"> & { upload: { media: MediaStore; image: ProcessedImage } | null },
): Promise<SaveResult> {
  const { upload, ...rest } = params;
  if (!upload) return saveArticle({ ...rest, photo: null });
  // A first look, on the read connection: the save checks again inside its transaction.
  const checked = await checkSave(getDb(), params.id, params.input);
  if (!checked.ok) return checked;
  const photo = await storePhoto(upload.media, upload.image, params.now);
  let result: SaveResult | undefined;
  try {
    result = await saveArticle({ ...rest, photo });
    return result;
  } finally {
    if (!result?.ok) await upload.media.remove(photoFiles(photo.path, upload.image));
  }
}

/** Deletes a story; its change says what readers lose. Null when it did not exist. */
export async function deleteArticle(id: number, now = new Date()): Promise<ArticleChangeFacts | null> {
  return transaction(async (tx) => {
    const [row] = await tx.select().from(articles).where(eq(articles.id, id));
    if (!row) return null;
    const before = await stateOf(tx, row, now);
    await tx.delete(articles).where(eq(articles.id, id));
    return { publicId: row.publicId, before, after: null };
  });
}
