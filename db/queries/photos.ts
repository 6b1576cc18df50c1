import { eq } from "drizzle-orm";
import { getDb } from "../engine";
import { media } from "../tables";

/** A stored photo by id, for a form that names one it uploaded before saving. */
export async function getPhoto(id: number): Promise<{ id: number; path: string } | null> {
  const [row] = await getDb().select({ id: media.id, path: media.path }).from(media).where(eq(media.id, id));
  return row ?? null;
}
