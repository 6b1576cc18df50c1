import { and, count, desc, gte, lt, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { BodyPhoto } from "@/lib/body-photos";
import type { LibraryFilters } from "@/lib/media-library";
import { getDb } from "../engine";
import { media } from "../tables";

/** One photo of the library's list: what a card and the picker show. */
export type LibraryPhoto = BodyPhoto & { createdAt: Date };

/**
 * Column contains the text, ignoring case on both engines (SQLite's LIKE ignores ASCII case,
 * PostgreSQL's does not), with % and _ taken literally.
 */
function contains(column: SQLWrapper, q: string): SQL {
  const pattern = `%${q.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  return sql`lower(${column}) LIKE ${pattern} ESCAPE '\\'`;
}

function filterWhere(f: LibraryFilters): SQL | undefined {
  return and(
    f.q ? or(contains(media.caption, f.q), contains(media.credit, f.q)) : undefined,
    f.from ? gte(media.createdAt, f.from) : undefined,
    f.to ? lt(media.createdAt, f.to) : undefined,
  );
}

/** A page of the photo library, newest first (id breaks ties: the seed stores many at once). */
export async function getLibraryPhotos(f: LibraryFilters, page: { limit: number; offset: number }): Promise<LibraryPhoto[]> {
  return getDb()
    .select({
      id: media.id,
      path: media.path,
      width: media.width,
      height: media.height,
      alt: media.alt,
      caption: media.caption,
      credit: media.credit,
      createdAt: media.createdAt,
    })
    .from(media)
    .where(filterWhere(f))
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(page.limit)
    .offset(page.offset);
}

export async function countLibraryPhotos(f: LibraryFilters): Promise<number> {
  const [row] = await getDb().select({ n: count() }).from(media).where(filterWhere(f));
  return row?.n ?? 0;
}
