import { eq, inArray } from "drizzle-orm";
import type { BodyPhoto } from "@/lib/body-photos";
import { getDb } from "../engine";
import { media } from "../tables";

/** A stored photo by id, for a form that names one it uploaded before saving. */
export async function getPhoto(id: number): Promise<{ id: number; path: string; alt: string; caption: string; credit: string } | null> {
  const [row] = await getDb().select({ id: media.id, path: media.path, alt: media.alt, caption: media.caption, credit: media.credit }).from(media).where(eq(media.id, id));
  return row ?? null;
}

/**
 * The library photos a body refers to (lib/body-photos.ts `photoIdsIn`), by id, for `expandStoryHtml`.
 * An id no longer in the library is simply absent: its figure is then left out of the page.
 */
export async function getBodyPhotos(ids: readonly number[]): Promise<Map<number, BodyPhoto>> {
  if (ids.length === 0) return new Map();
  const rows = await getDb()
    .select({ id: media.id, path: media.path, width: media.width, height: media.height, alt: media.alt, caption: media.caption, credit: media.credit })
    .from(media)
    .where(inArray(media.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r]));
}
