import { eq } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "../client";
import { tags } from "../schema";

export const getTagBySlug = cache(async (slug: string) => {
  return getDb().select({ id: tags.id, slug: tags.slug, name: tags.name }).from(tags).where(eq(tags.slug, slug)).get() ?? null;
});
