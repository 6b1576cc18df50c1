import { asc, eq } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "../engine";
import { kanal, kanalSlugHistory } from "../tables";

export type KanalNavItem = {
  slug: string;
  name: string;
  children: { slug: string; name: string }[];
  /** This kanal and its sub-kanal, as getKanalBySlug gives them, so lists need no second lookup. */
  articleKanalIds: number[];
};

/** Top-level kanal with their sub-kanal, in the order the newsroom set, without those hidden from the navigation. */
export const getKanalNav = cache(async (): Promise<KanalNavItem[]> => {
  const rows = (await getDb().select().from(kanal).orderBy(asc(kanal.position), asc(kanal.id))).filter((k) => !k.hidden);
  return rows
    .filter((k) => k.parentId === null)
    .map((k) => {
      const children = rows.filter((c) => c.parentId === k.id);
      return {
        slug: k.slug,
        name: k.name,
        children: children.map((c) => ({ slug: c.slug, name: c.name })),
        articleKanalIds: [k.id, ...children.map((c) => c.id)],
      };
    });
});

export type KanalDetail = {
  id: number;
  slug: string;
  name: string;
  description: string;
  parent: { slug: string; name: string } | null;
  /** This kanal and its parent: ads targeted at either show on this kanal's pages. */
  adKanalIds: number[];
  children: { slug: string; name: string }[];
  /** This kanal and its sub-kanal: a parent kanal's page lists its children's stories too. */
  articleKanalIds: number[];
};

export const getKanalBySlug = cache(async (slug: string): Promise<KanalDetail | null> => {
  const db = getDb();
  const [k] = await db.select().from(kanal).where(eq(kanal.slug, slug));
  if (!k) return null;
  const [parent] = k.parentId ? await db.select({ slug: kanal.slug, name: kanal.name }).from(kanal).where(eq(kanal.id, k.parentId)) : [];
  const children = await db
    .select({ id: kanal.id, slug: kanal.slug, name: kanal.name })
    .from(kanal)
    .where(eq(kanal.parentId, k.id))
    .orderBy(asc(kanal.position));
  return {
    id: k.id,
    slug: k.slug,
    name: k.name,
    description: k.description,
    parent: parent ?? null,
    adKanalIds: k.parentId ? [k.id, k.parentId] : [k.id],
    children: children.map(({ slug, name }) => ({ slug, name })),
    articleKanalIds: [k.id, ...children.map((c) => c.id)],
  };
});

/**
 * The current slug of the kanal that once had `slug`, or null. Only asked when no kanal has `slug`
 * now, so a kanal page that exists pays nothing for it.
 */
export async function getKanalRedirect(slug: string): Promise<string | null> {
  const [row] = await getDb()
    .select({ slug: kanal.slug })
    .from(kanalSlugHistory)
    .innerJoin(kanal, eq(kanal.id, kanalSlugHistory.kanalId))
    .where(eq(kanalSlugHistory.slug, slug));
  return row?.slug ?? null;
}
