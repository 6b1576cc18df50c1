import { eq } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "../engine";
import { tags } from "../tables";

export const getTagBySlug = cache(async (slug: string) => {
  const [tag] = await getDb().select({ id: tags.id, slug: tags.slug, name: tags.name }).from(tags).where(eq(tags.slug, slug));
  return tag ?? null;
});
