import { and, eq, ne, sql } from "drizzle-orm";
import type { TagChange, TagFacts } from "@/lib/taxonomy";
import { articlePath } from "@/lib/urls";
import { type Db, transaction } from "../engine";
import { isVisibleAt } from "../queries/shared";
import { articles, articleTags, tags, tagSlugHistory } from "../tables";

export type TagInput = { name: string; slug: string; description: string };
export type TagRefusal = { ok: false; field: "slug" | "nama" | "gabung" | "form"; message: string };
export type TagResult = { ok: true; id: number; change: TagChange } | TagRefusal;

const GONE: TagRefusal = { ok: false, field: "form", message: "Tag tidak ditemukan; mungkin sudah dihapus." };

/** What readers see of a tag now, with its visible stories' addresses (their pages list it). */
export async function tagFacts(tx: Db, id: number, now: Date): Promise<TagFacts | null> {
  const [t] = await tx.select().from(tags).where(eq(tags.id, id));
  if (!t) return null;
  const visible = await tx
    .select({ publicId: articles.publicId, slug: articles.slug })
    .from(articleTags)
    .innerJoin(articles, eq(articles.id, articleTags.articleId))
    .where(and(eq(articleTags.tagId, id), isVisibleAt(now)));
  const old = await tx.select({ slug: tagSlugHistory.slug }).from(tagSlugHistory).where(eq(tagSlugHistory.tagId, id));
  return {
    slug: t.slug,
    name: t.name,
    description: t.description,
    stories: visible.length,
    articlePaths: visible.map((a) => articlePath(a)),
    oldSlugs: old.map((o) => o.slug),
  };
}

/** A slug now in use is no one's old address; the old one (if any) answers 308 to `id`. */
async function recordSlug(tx: Db, id: number, newSlug: string, oldSlug: string | null): Promise<void> {
  await tx.delete(tagSlugHistory).where(eq(tagSlugHistory.slug, newSlug));
  if (oldSlug && oldSlug !== newSlug) {
    await tx
      .insert(tagSlugHistory)
      .values({ slug: oldSlug, tagId: id })
      .onConflictDoUpdate({ target: tagSlugHistory.slug, set: { tagId: id } });
  }
}

/** Renames a tag, gives it another slug (the old one answers 308) or a description. */
export async function updateTag(id: number, input: TagInput, now = new Date()): Promise<TagResult> {
  return transaction(async (tx): Promise<TagResult> => {
    const before = await tagFacts(tx, id, now);
    if (!before) return GONE;
    const [slugClash] = await tx.select({ name: tags.name }).from(tags).where(and(eq(tags.slug, input.slug), ne(tags.id, id)));
    if (slugClash) return { ok: false, field: "slug", message: `Slug "${input.slug}" sudah dipakai tag ${slugClash.name}. Gabungkan kedua tag bila maksudnya sama.` };
    // The article form finds tags by name: two with one name would split a topic.
    const [nameClash] = await tx
      .select({ slug: tags.slug })
      .from(tags)
      .where(and(sql`lower(${tags.name}) = ${input.name.toLowerCase()}`, ne(tags.id, id)));
    if (nameClash) return { ok: false, field: "nama", message: `Nama "${input.name}" sudah dipakai tag lain (${nameClash.slug}). Gabungkan kedua tag bila maksudnya sama.` };
    await tx.update(tags).set(input).where(eq(tags.id, id));
    await recordSlug(tx, id, input.slug, before.slug);
    return { ok: true, id, change: { before, after: await tagFacts(tx, id, now) } };
  });
}

/**
 * Merges tag `id` into `into`: its stories carry `into` instead (once, in the place the merged
 * tag had), its addresses answer 308 to `into`'s page, and the merged tag is gone.
 */
export async function mergeTag(id: number, into: number, now = new Date()): Promise<TagResult> {
  if (id === into) return { ok: false, field: "gabung", message: "Tag tidak bisa digabungkan ke dirinya sendiri. Pilih tag lain." };
  return transaction(async (tx): Promise<TagResult> => {
    const before = await tagFacts(tx, id, now);
    if (!before) return GONE;
    const targetBefore = await tagFacts(tx, into, now);
    if (!targetBefore) return { ok: false, field: "gabung", message: "Tag tujuan tidak ditemukan." };
    const rows = await tx.select({ articleId: articleTags.articleId, position: articleTags.position }).from(articleTags).where(eq(articleTags.tagId, id));
    const already = new Set(
      (await tx.select({ articleId: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, into))).map((r) => r.articleId),
    );
    const moving = rows.filter((r) => !already.has(r.articleId));
    if (moving.length) await tx.insert(articleTags).values(moving.map((r) => ({ articleId: r.articleId, tagId: into, position: r.position })));
    await tx.update(tagSlugHistory).set({ tagId: into }).where(eq(tagSlugHistory.tagId, id));
    await tx.delete(tags).where(eq(tags.id, id));
    await recordSlug(tx, into, targetBefore.slug, before.slug);
    const targetAfter = (await tagFacts(tx, into, now))!;
    return { ok: true, id: into, change: { before, after: null, mergedInto: { before: targetBefore, after: targetAfter } } };
  });
}

/** Deletes a tag: its stories simply no longer carry it; its address answers 404. */
export async function deleteTag(id: number, now = new Date()): Promise<TagResult> {
  return transaction(async (tx): Promise<TagResult> => {
    const before = await tagFacts(tx, id, now);
    if (!before) return GONE;
    await tx.delete(tags).where(eq(tags.id, id));
    return { ok: true, id, change: { before, after: null } };
  });
}
