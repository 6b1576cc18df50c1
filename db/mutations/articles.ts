import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { and, desc, eq, inArray, ne } from "drizzle-orm";
import { type ArticleChangeFacts, type ArticleState, isPublicAt } from "@/lib/article-change";
import type { ArticleInput } from "@/lib/article-form";
import type { ProcessedImage } from "@/lib/images";
import { removeMediaFiles } from "@/lib/media-files";
import { generatePublicId } from "@/lib/public-id";
import { slugify } from "@/lib/slug";
import { mediaVariantPath } from "@/lib/urls";
import { type Db, getDb, type Tx } from "../client";
import { type Article, articleRelated, articleRevisions, articles, articleTags, media, staff, tags } from "../schema";
import type { RevisionData } from "./article-revisions";

export type SaveResult =
  | { ok: true; id: number; publicId: string; slug: string; version: number; change: ArticleChangeFacts }
  | { ok: false; reason: "conflict"; savedBy: string | null; savedAt: Date }
  | { ok: false; reason: "slug"; message: string }
  | { ok: false; reason: "missing" };

export type StoredPhoto = { path: string; width: number; height: number };

/** The files of a stored photo: the full size and each narrower variant. */
function photoFiles(path: string, image: ProcessedImage): string[] {
  return [path, ...image.variants.map((v) => mediaVariantPath(path, v.width))];
}

/** Writes an uploaded photo's files below MEDIA_DIR and returns the media row fields; a write that fails halfway removes what it wrote. */
export async function storePhoto(mediaDir: string, image: ProcessedImage, now = new Date()): Promise<StoredPhoto> {
  const month = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
  const path = `uploads/${month}/${randomBytes(9).toString("base64url")}.webp`;
  await mkdir(dirname(join(mediaDir, path)), { recursive: true });
  try {
    await writeFile(join(mediaDir, path), image.full);
    for (const v of image.variants) await writeFile(join(mediaDir, mediaVariantPath(path, v.width)), v.data);
  } catch (error) {
    await removeMediaFiles(photoFiles(path, image), mediaDir);
    throw error;
  }
  return { path, width: image.width, height: image.height };
}

/** Where a stored story stands for readers, for the change a write reports. */
export function stateOf(tx: Tx, row: Article, now: Date): ArticleState {
  const tagNames = tx
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, row.id))
    .orderBy(articleTags.position)
    .all()
    .map((t) => t.name);
  return { slug: row.slug, public: isPublicAt(row, now), kanalId: row.kanalId, tagNames };
}

function tagIdsFor(tx: Tx, names: string[]): number[] {
  return names.map((name) => {
    const slug = slugify(name);
    const found = tx.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug)).get();
    return found?.id ?? tx.insert(tags).values({ slug, name }).returning({ id: tags.id }).get().id;
  });
}

type Refusal = Exclude<SaveResult, { ok: true }>;

/** The reasons a save is refused (slug taken, story gone, stale version), or the row it updates. */
function checkSave(tx: Tx, id: number | null, input: ArticleInput): Refusal | { ok: true; current: Article | undefined } {
  const clash = tx
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.slug, input.slug), id ? ne(articles.id, id) : undefined))
    .get();
  if (clash) return { ok: false, reason: "slug", message: "Slug sudah dipakai berita lain; ubah sedikit." };

  const current = id ? tx.select().from(articles).where(eq(articles.id, id)).get() : undefined;
  if (id && !current) return { ok: false, reason: "missing" };
  if (current && input.version !== current.version) {
    // Who saved last: one row through the (article_id, version) index, however long the history.
    const last = tx
      .select({ savedAt: articleRevisions.savedAt, name: staff.name })
      .from(articleRevisions)
      .leftJoin(staff, eq(staff.id, articleRevisions.savedById))
      .where(eq(articleRevisions.articleId, current.id))
      .orderBy(desc(articleRevisions.version))
      .limit(1)
      .get();
    return { ok: false, reason: "conflict", savedBy: last?.name ?? null, savedAt: last?.savedAt ?? current.updatedAt };
  }
  return { ok: true, current };
}

export type SaveArticleParams = {
  id: number | null;
  input: ArticleInput;
  actorId: number;
  /** A newly uploaded photo, its files already below MEDIA_DIR. */
  photo: StoredPhoto | null;
  /** Restoring a revision: the stored photo it showed (null: none). Left out, the story keeps its photo. */
  photoId?: number | null;
  now?: Date;
};

/**
 * Creates or updates an article in one transaction: article row, tags, pins, photo
 * metadata and a revision. An update must name the version it was based on; if someone
 * saved in between, nothing is written and the caller learns who and when.
 */
export function saveArticle(params: SaveArticleParams, db: Db = getDb()): SaveResult {
  const { input, actorId } = params;
  const now = params.now ?? new Date();
  return db.transaction((tx) => {
    const checked = checkSave(tx, params.id, input);
    if (!checked.ok) return checked;
    const current = checked.current;
    const before = current ? stateOf(tx, current, now) : null;

    // Publishing without a time means "now"; an already published story keeps its original time.
    let publishedAt: Date | null = input.publishAt;
    if (!publishedAt && (input.status === "published" || input.status === "scheduled")) {
      publishedAt = current?.publishedAt ?? now;
    }
    if (!publishedAt && current?.publishedAt) publishedAt = current.publishedAt;

    let photoId = params.photoId !== undefined ? params.photoId : (current?.photoId ?? null);
    if (params.photo) {
      photoId = tx
        .insert(media)
        .values({ ...params.photo, alt: input.photoAlt, caption: input.photoCaption, credit: input.photoCredit })
        .returning({ id: media.id })
        .get().id;
    } else if (photoId) {
      tx.update(media).set({ alt: input.photoAlt, caption: input.photoCaption, credit: input.photoCredit }).where(eq(media.id, photoId)).run();
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
    };
    let id: number;
    let publicId: string;
    let version: number;
    if (current) {
      version = current.version + 1;
      tx.update(articles).set({ ...fields, version }).where(eq(articles.id, current.id)).run();
      id = current.id;
      publicId = current.publicId;
    } else {
      version = 1;
      publicId = generatePublicId((n) => randomBytes(n));
      id = tx
        .insert(articles)
        .values({ ...fields, publicId, version, createdAt: now, createdById: actorId })
        .returning({ id: articles.id })
        .get().id;
    }

    tx.delete(articleTags).where(eq(articleTags.articleId, id)).run();
    tagIdsFor(tx, input.tags).forEach((tagId, position) => tx.insert(articleTags).values({ articleId: id, tagId, position }).run());

    tx.delete(articleRelated).where(eq(articleRelated.articleId, id)).run();
    if (input.relatedPublicIds.length) {
      const rows = tx
        .select({ id: articles.id, publicId: articles.publicId })
        .from(articles)
        .where(inArray(articles.publicId, input.relatedPublicIds))
        .all();
      input.relatedPublicIds.forEach((pid, position) => {
        const row = rows.find((r) => r.publicId === pid);
        if (row && row.id !== id) tx.insert(articleRelated).values({ articleId: id, relatedId: row.id, position }).run();
      });
    }

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
    };
    tx.insert(articleRevisions).values({ articleId: id, version, savedById: actorId, savedAt: now, data: JSON.stringify(data) }).run();
    const after = { slug: input.slug, public: isPublicAt({ status: input.status, publishedAt }, now), kanalId: input.kanalId, tagNames: input.tags };
    return { ok: true, id, publicId, slug: input.slug, version, change: { publicId, before, after } } as const;
  });
}

/**
 * saveArticle with the form's new photo, if any. A save that does not go through must leave no
 * files in MEDIA_DIR: the refusals are checked before anything is written, and files written for a
 * save that fails after all (another editor saved meanwhile, or an error) are removed again.
 */
export async function saveArticleWithPhoto(
  params: Omit<SaveArticleParams, "photo"> & { upload: { mediaDir: string; image: ProcessedImage } | null },
  db: Db = getDb(),
): Promise<SaveResult> {
  const { upload, ...rest } = params;
  if (!upload) return saveArticle({ ...rest, photo: null }, db);
  const checked = db.transaction((tx) => checkSave(tx, params.id, params.input));
  if (!checked.ok) return checked;
  const photo = await storePhoto(upload.mediaDir, upload.image, params.now);
  let result: SaveResult | undefined;
  try {
    result = saveArticle({ ...rest, photo }, db);
    return result;
  } finally {
    if (!result?.ok) await removeMediaFiles(photoFiles(photo.path, upload.image), upload.mediaDir);
  }
}

/** Deletes a story; its change says what readers lose. Null when it did not exist. */
export function deleteArticle(id: number, db: Db = getDb(), now = new Date()): ArticleChangeFacts | null {
  return db.transaction((tx) => {
    const row = tx.select().from(articles).where(eq(articles.id, id)).get();
    if (!row) return null;
    const before = stateOf(tx, row, now);
    tx.delete(articles).where(eq(articles.id, id)).run();
    return { publicId: row.publicId, before, after: null };
  });
}
