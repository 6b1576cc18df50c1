import { asc, count, eq, sql } from "drizzle-orm";
import { getDb } from "../engine";
import { articles, articleTags, kanal, kanalSlugHistory, media, staff, tags, tagSlugHistory } from "../tables";

export type KanalAdminRow = {
  id: number;
  name: string;
  slug: string;
  description: string;
  parentId: number | null;
  hidden: boolean;
  position: number;
  /** Stories filed in this kanal itself, any status. */
  stories: number;
};

/** Every kanal for /admin/kanal: top-level ones in navigation order, each followed by its sub-kanal. */
export async function getKanalAdminList(): Promise<KanalAdminRow[]> {
  const db = getDb();
  const rows = await db
    .select({ id: kanal.id, name: kanal.name, slug: kanal.slug, description: kanal.description, parentId: kanal.parentId, hidden: kanal.hidden, position: kanal.position })
    .from(kanal)
    .orderBy(asc(kanal.position), asc(kanal.id));
  const counts = await db.select({ kanalId: articles.kanalId, n: count() }).from(articles).groupBy(articles.kanalId);
  const withCount = rows.map((k) => ({ ...k, stories: counts.find((c) => c.kanalId === k.id)?.n ?? 0 }));
  return withCount.filter((k) => k.parentId === null).flatMap((top) => [top, ...withCount.filter((c) => c.parentId === top.id)]);
}

/** A kanal's earlier slugs, newest first: they answer 308 to its page. */
export async function getKanalOldSlugs(id: number): Promise<string[]> {
  const rows = await getDb().select({ slug: kanalSlugHistory.slug }).from(kanalSlugHistory).where(eq(kanalSlugHistory.kanalId, id)).orderBy(sql`${kanalSlugHistory.createdAt} desc`);
  return rows.map((r) => r.slug);
}

export type TagAdminRow = { id: number; name: string; slug: string; description: string; stories: number };

/** Every tag for /admin/tag, by name, with how many stories (any status) carry it. */
export async function getTagAdminList(): Promise<TagAdminRow[]> {
  const db = getDb();
  const rows = await db.select({ id: tags.id, name: tags.name, slug: tags.slug, description: tags.description }).from(tags).orderBy(asc(tags.name));
  const counts = await db.select({ tagId: articleTags.tagId, n: count() }).from(articleTags).groupBy(articleTags.tagId);
  return rows.map((t) => ({ ...t, stories: counts.find((c) => c.tagId === t.id)?.n ?? 0 }));
}

export async function getTagOldSlugs(id: number): Promise<string[]> {
  const rows = await getDb().select({ slug: tagSlugHistory.slug }).from(tagSlugHistory).where(eq(tagSlugHistory.tagId, id)).orderBy(sql`${tagSlugHistory.createdAt} desc`);
  return rows.map((r) => r.slug);
}

export type ProfileForEdit = { id: number; name: string; slug: string; bio: string; links: string; photo: { path: string; alt: string } | null };

/** The author profile fields a staff member (or an admin) edits. */
export async function getProfileForEdit(id: number): Promise<ProfileForEdit | null> {
  const [row] = await getDb()
    .select({ id: staff.id, name: staff.name, slug: staff.slug, bio: staff.bio, links: staff.links, photoPath: media.path, photoAlt: media.alt })
    .from(staff)
    .leftJoin(media, eq(media.id, staff.photoId))
    .where(eq(staff.id, id));
  if (!row) return null;
  const { photoPath, photoAlt, ...rest } = row;
  return { ...rest, photo: photoPath ? { path: photoPath, alt: photoAlt ?? "" } : null };
}
