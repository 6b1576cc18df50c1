import { count, eq, inArray, sql } from "drizzle-orm";
import type { ArticleChangeFacts } from "@/lib/article-change";
import { type ProcessedImage, VARIANT_WIDTHS } from "@/lib/images";
import type { MediaStore } from "@/lib/media";
import { mediaVariantPath } from "@/lib/urls";
import { type Db, transaction } from "../engine";
import { articlePhotoUses, articles, media, staff } from "../tables";
import { photoFiles, stateOf, storePhoto } from "./articles";

export type UploadedPhoto = { id: number; path: string; width: number; height: number };

/**
 * A photo uploaded on its own, ahead of the article form's save (the progress bar's upload) or from
 * the library: its files in the media store and a media row without words yet, with who uploaded it;
 * the form's save then names it by id and writes its caption, credit and alt text. A row that cannot
 * be written takes its files with it.
 */
export async function storeUploadedPhoto(mediaStore: MediaStore, image: ProcessedImage, now = new Date(), uploadedById: number | null = null): Promise<UploadedPhoto> {
  const stored = await storePhoto(mediaStore, image, now);
  try {
    const [row] = await transaction(async (tx) => tx.insert(media).values({ ...stored, uploadedById, createdAt: now }).returning({ id: media.id }));
    return { id: row.id, path: stored.path, width: stored.width, height: stored.height };
  } catch (error) {
    await mediaStore.remove(photoFiles(stored.path, image));
    throw error;
  }
}

export type PhotoEdit = { caption: string; credit: string; alt: string; focusX: number; focusY: number };

/** Stories readers may see a photo in, for the cache drop after an edit. */
async function changesOfUsers(tx: Db, mediaId: number, now: Date): Promise<ArticleChangeFacts[]> {
  const users = await tx
    .select()
    .from(articles)
    .where(inArray(articles.id, tx.selectDistinct({ id: articlePhotoUses.articleId }).from(articlePhotoUses).where(eq(articlePhotoUses.mediaId, mediaId))));
  return Promise.all(
    users.map(async (row) => {
      const state = await stateOf(tx, row, now);
      return { publicId: row.publicId, before: state, after: state };
    }),
  );
}

/**
 * The library's edit: words and focal point kept with the photo, so every story that shows it shows
 * the change. Returns the stories to drop from the reader cache, or null when the photo is gone.
 */
export async function updatePhoto(id: number, edit: PhotoEdit, now = new Date()): Promise<ArticleChangeFacts[] | null> {
  return transaction(async (tx) => {
    const updated = await tx.update(media).set(edit).where(eq(media.id, id)).returning({ id: media.id });
    if (updated.length === 0) return null;
    return changesOfUsers(tx, id, now);
  });
}

export type DeletePhotoResult = { ok: true } | { ok: false; reason: "used"; stories: number } | { ok: false; reason: "profile" } | { ok: false; reason: "missing" };

/**
 * "Hapus foto": refused while any story uses it (the count is checked inside the transaction, and the
 * uses table's foreign key refuses too), or while it is someone's profile photo. Removes the row,
 * then its files from the media store: variants, and the kept original when there is one.
 */
export async function deletePhoto(mediaStore: MediaStore, id: number): Promise<DeletePhotoResult> {
  const result = await transaction(async (tx) => {
    const [row] = await tx.select({ path: media.path, originalPath: media.originalPath }).from(media).where(eq(media.id, id));
    if (!row) return { ok: false, reason: "missing" } as const;
    const [uses] = await tx.select({ n: sql<number>`count(distinct ${articlePhotoUses.articleId})`.mapWith(Number) }).from(articlePhotoUses).where(eq(articlePhotoUses.mediaId, id));
    if (uses.n > 0) return { ok: false, reason: "used", stories: uses.n } as const;
    const [profile] = await tx.select({ n: count() }).from(staff).where(eq(staff.photoId, id));
    if (profile.n > 0) return { ok: false, reason: "profile" } as const;
    // A story whose save never recorded its uses (written before this table) still names it here.
    const [main] = await tx.select({ n: count() }).from(articles).where(eq(articles.photoId, id));
    if (main.n > 0) return { ok: false, reason: "used", stories: main.n } as const;
    await tx.delete(media).where(eq(media.id, id));
    const files: string[] = [row.path, ...VARIANT_WIDTHS.map((w) => mediaVariantPath(row.path, w)), ...(row.originalPath ? [row.originalPath] : [])];
    return { ok: true as const, files };
  });
  if (!result.ok) return result;
  // Files go after the row: a failure here leaves an orphan file, never a row without its file.
  await mediaStore.remove(result.files);
  return { ok: true };
}
