import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { and, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { ArticleInput } from "@/lib/article-form";
import type { ProcessedImage } from "@/lib/images";
import { generatePublicId } from "@/lib/public-id";
import { slugify } from "@/lib/slug";
import { mediaVariantPath } from "@/lib/urls";
import { type Db, getDb, transaction } from "../engine";
import type { ArticleStatus } from "@/lib/domain";
import { articleRelated, articleRevisions, articles, articleTags, media, staff, tags } from "../tables";

/** What a revision keeps: everything an editor can change in the form. */
export type RevisionData = Omit<ArticleInput, "version" | "publishAt" | "photoCaption" | "photoCredit" | "photoAlt" | "noAds"> & {
  publishedAt: number | null;
  photoId: number | null;
  /** Absent in revisions saved before the Tanpa iklan switch existed (ads were on then). */
  noAds?: boolean;
};

export type SaveResult =
  | { ok: true; id: number; publicId: string; slug: string; version: number }
  | { ok: false; reason: "conflict"; savedBy: string | null; savedAt: Date }
  | { ok: false; reason: "slug"; message: string }
  | { ok: false; reason: "missing" };

/** Writes an uploaded photo's files below MEDIA_DIR and returns the media row fields. */
export async function storePhoto(mediaDir: string, image: ProcessedImage, now = new Date()) {
  const month = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
  const path = `uploads/${month}/${randomBytes(9).toString("base64url")}.webp`;
  await mkdir(dirname(join(mediaDir, path)), { recursive: true });
  await writeFile(join(mediaDir, path), image.full);
  for (const v of image.variants) await writeFile(join(mediaDir, mediaVariantPath(path, v.width)), v.data);
  return { path, width: image.width, height: image.height };
}

async function tagIdsFor(tx: Db, names: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const name of names) {
    const slug = slugify(name);
    const [found] = await tx.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug));
    ids.push(found?.id ?? (await tx.insert(tags).values({ slug, name }).returning({ id: tags.id }))[0].id);
  }
  return ids;
}

/** Who saved the newest revision of an article, and when, for a conflict message. */
async function lastSave(tx: Db, current: { id: number; updatedAt: Date }) {
  const [last] = await tx
    .select({ savedAt: articleRevisions.savedAt, name: staff.name })
    .from(articleRevisions)
    .leftJoin(staff, eq(staff.id, articleRevisions.savedById))
    .where(eq(articleRevisions.articleId, current.id))
    .orderBy(desc(articleRevisions.version))
    .limit(1);
  return { ok: false, reason: "conflict", savedBy: last?.name ?? null, savedAt: last?.savedAt ?? current.updatedAt } as const;
}

/**
 * Creates or updates an article in one transaction: article row, tags, pins, photo
 * metadata and a revision. An update must name the version it was based on; if someone
 * saved in between, nothing is written and the caller learns who and when. The version check
 * is also the UPDATE's own condition, so it holds on an engine that lets two transactions
 * read the same row at once (PostgreSQL's READ COMMITTED), not only under SQLite's write lock.
 */
export async function saveArticle(
  params: {
    id: number | null;
    input: ArticleInput;
    actorId: number;
    photo: { path: string; width: number; height: number } | null;
    now?: Date;
  },
): Promise<SaveResult> {
  const { input, actorId } = params;
  const now = params.now ?? new Date();
  return transaction(async (tx) => {
    const [clash] = await tx
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.slug, input.slug), params.id ? ne(articles.id, params.id) : undefined))
      .limit(1);
    if (clash) return { ok: false, reason: "slug", message: "Slug sudah dipakai berita lain; ubah sedikit." } as const;

    const [current] = params.id ? await tx.select().from(articles).where(eq(articles.id, params.id)) : [];
    if (params.id && !current) return { ok: false, reason: "missing" } as const;
    if (current && input.version !== current.version) return lastSave(tx, current);

    // Publishing without a time means "now"; an already published story keeps its original time.
    let publishedAt: Date | null = input.publishAt;
    if (!publishedAt && (input.status === "published" || input.status === "scheduled")) {
      publishedAt = current?.publishedAt ?? now;
    }
    if (!publishedAt && current?.publishedAt) publishedAt = current.publishedAt;

    let photoId = current?.photoId ?? null;
    if (params.photo) {
      const [row] = await tx
        .insert(media)
        .values({ ...params.photo, alt: input.photoAlt, caption: input.photoCaption, credit: input.photoCredit })
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
      noAds: input.noAds,
    };
    await tx.insert(articleRevisions).values({ articleId: id, version, savedById: actorId, savedAt: now, data: JSON.stringify(data) });
    return { ok: true, id, publicId, slug: input.slug, version } as const;
  }).catch(async (err: unknown) => {
    // Rolled back; report the save that won, as if it had been seen at the version check.
    if (!(err instanceof StaleSave) || !params.id) throw err;
    const [current] = await getDb().select({ id: articles.id, updatedAt: articles.updatedAt }).from(articles).where(eq(articles.id, params.id));
    return current ? lastSave(getDb(), current) : ({ ok: false, reason: "missing" } as const);
  });
}

/** Thrown inside saveArticle's transaction to roll it back when the version moved under it. */
class StaleSave extends Error {}

/** Changes only the status (publish, unpublish, hand to review), keeping a revision like any save. */
export async function setArticleStatus(params: {
  id: number;
  status: ArticleStatus;
  actorId: number;
  now?: Date;
}): Promise<{ publicId: string; slug: string; kanalId: number } | null> {
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
    const [last] = await tx
      .select({ data: articleRevisions.data })
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, current.id))
      .orderBy(desc(articleRevisions.version))
      .limit(1);
    const base = last ? (JSON.parse(last.data) as RevisionData) : null;
    const data = { ...(base ?? {}), status: params.status, publishedAt: publishedAt?.getTime() ?? null };
    await tx.insert(articleRevisions).values({ articleId: current.id, version, savedById: params.actorId, savedAt: now, data: JSON.stringify(data) });
    return { publicId: current.publicId, slug: current.slug, kanalId: current.kanalId };
  });
}

export async function deleteArticle(id: number): Promise<{ publicId: string; slug: string } | null> {
  return transaction(async (tx) => {
    const [row] = await tx.delete(articles).where(eq(articles.id, id)).returning({ publicId: articles.publicId, slug: articles.slug });
    return row ?? null;
  });
}
