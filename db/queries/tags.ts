import { eq } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "../engine";
import { tags, tagSlugHistory } from "../tables";

export const getTagBySlug = cache(async (slug: string) => {
  const [tag] = await getDb()
    .select({ id: tags.id, slug: tags.slug, name: tags.name, description: tags.description })
    .from(tags)
    .where(eq(tags.slug, slug));
  return tag ?? null;
});

/**
 * The current slug of the tag that once had `slug` (renamed, or merged into it), or null. Only
 * asked when no tag has `slug` now, so a tag page that exists pays nothing for it.
 */
export async function getTagRedirect(slug: string): Promise<string | null> {
  const [row] = await getDb()
    .select({ slug: tags.slug })
    .from(tagSlugHistory)
    .innerJoin(tags, eq(tags.id, tagSlugHistory.tagId))
    .where(eq(tagSlugHistory.slug, slug));
  return row?.slug ?? null;
}
