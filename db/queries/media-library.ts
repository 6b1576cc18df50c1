import { and, count, desc, eq, gte, lt, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { BodyPhoto } from "@/lib/body-photos";
import type { LibraryFilters } from "@/lib/media-library";
import { getDb } from "../engine";
import { articlePhotoUses, articles, media, staff } from "../tables";

/** One photo of the library's list: what a card and the picker show. */
export type LibraryPhoto = BodyPhoto & { createdAt: Date; focusX: number; focusY: number; uploaderName: string | null; uses: number };

/**
 * Column contains the text, ignoring case on both engines (SQLite's LIKE ignores ASCII case,
 * PostgreSQL's does not), with % and _ taken literally.
 */
function contains(column: SQLWrapper, q: string): SQL {
  const pattern = `%${q.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  return sql`lower(${column}) LIKE ${pattern} ESCAPE '\\'`;
}

/** How many stories use a photo ("Dipakai di N berita"), counted from the uses table's index. */
const usesOf = (mediaId: SQLWrapper) =>
  sql<number>`(SELECT count(DISTINCT ${articlePhotoUses.articleId}) FROM ${articlePhotoUses} WHERE ${articlePhotoUses.mediaId} = ${mediaId})`.mapWith(Number);

function filterWhere(f: LibraryFilters): SQL | undefined {
  return and(
    f.q ? or(contains(media.caption, f.q), contains(media.credit, f.q), contains(staff.name, f.q)) : undefined,
    f.from ? gte(media.createdAt, f.from) : undefined,
    f.to ? lt(media.createdAt, f.to) : undefined,
  );
}

/** What the library's list and a photo's edit page both show of a photo. */
const photoColumns = {
  id: media.id,
  path: media.path,
  width: media.width,
  height: media.height,
  alt: media.alt,
  caption: media.caption,
  credit: media.credit,
  createdAt: media.createdAt,
  focusX: media.focusX,
  focusY: media.focusY,
};

/** A page of the photo library, newest first (id breaks ties: the seed stores many at once). */
export async function getLibraryPhotos(f: LibraryFilters, page: { limit: number; offset: number }): Promise<LibraryPhoto[]> {
  return getDb()
    .select({
      ...photoColumns,
      uploaderName: staff.name,
      uses: usesOf(media.id),
    })
    .from(media)
    .leftJoin(staff, eq(staff.id, media.uploadedById))
    .where(filterWhere(f))
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(page.limit)
    .offset(page.offset);
}

export async function countLibraryPhotos(f: LibraryFilters): Promise<number> {
  const [row] = await getDb().select({ n: count() }).from(media).leftJoin(staff, eq(staff.id, media.uploadedById)).where(filterWhere(f));
  return row?.n ?? 0;
}

/** One photo for its edit page: its words, focal point, uploader and the stories that use it. */
export async function getPhotoForEdit(id: number) {
  const [photo] = await getDb()
    .select({
      ...photoColumns,
      originalPath: media.originalPath,
      uploaderName: staff.name,
    })
    .from(media)
    .leftJoin(staff, eq(staff.id, media.uploadedById))
    .where(eq(media.id, id));
  if (!photo) return null;
  const stories = await getDb()
    .selectDistinct({ id: articles.id, publicId: articles.publicId, slug: articles.slug, title: articles.title, status: articles.status, updatedAt: articles.updatedAt })
    .from(articlePhotoUses)
    .innerJoin(articles, eq(articles.id, articlePhotoUses.articleId))
    .where(eq(articlePhotoUses.mediaId, id))
    .orderBy(desc(articles.updatedAt), desc(articles.id));
  return { ...photo, stories };
}
