import { and, count, desc, eq, like, or, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "../client";
import { articleRelated, articleRevisions, articles, articleTags, type ArticleStatus, kanal, media, staff, tags } from "../schema";

export type AdminListFilters = { status?: ArticleStatus; kanalId?: number; q?: string; mineId?: number };

function filterWhere(f: AdminListFilters): SQL | undefined {
  const q = f.q?.trim();
  return and(
    f.status ? eq(articles.status, f.status) : undefined,
    f.kanalId ? eq(articles.kanalId, f.kanalId) : undefined,
    f.mineId ? or(eq(articles.createdById, f.mineId), eq(articles.reporterId, f.mineId)) : undefined,
    q ? like(articles.title, `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`) : undefined,
  );
}

const reporter = alias(staff, "reporter");

/** The newsroom's article list: every status, most recently touched first. */
export async function getAdminArticles(f: AdminListFilters, page: { limit: number; offset: number }) {
  return getDb()
    .select({
      id: articles.id,
      publicId: articles.publicId,
      slug: articles.slug,
      title: articles.title,
      status: articles.status,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      kanalName: kanal.name,
      reporterName: reporter.name,
    })
    .from(articles)
    .innerJoin(kanal, eq(kanal.id, articles.kanalId))
    .leftJoin(reporter, eq(reporter.id, articles.reporterId))
    .where(filterWhere(f))
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(page.limit)
    .offset(page.offset)
    .all();
}

export async function countAdminArticles(f: AdminListFilters): Promise<number> {
  return getDb().select({ n: count() }).from(articles).where(filterWhere(f)).get()?.n ?? 0;
}

/** Everything the edit form shows for one article, or null. */
export async function getArticleForEdit(id: number) {
  const db = getDb();
  const a = db.select().from(articles).where(eq(articles.id, id)).get();
  if (!a) return null;
  const photo = a.photoId ? (db.select().from(media).where(eq(media.id, a.photoId)).get() ?? null) : null;
  const tagNames = db
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, id))
    .orderBy(articleTags.position)
    .all()
    .map((t) => t.name);
  const related = db
    .select({ publicId: articles.publicId, slug: articles.slug, title: articles.title })
    .from(articleRelated)
    .innerJoin(articles, eq(articles.id, articleRelated.relatedId))
    .where(eq(articleRelated.articleId, id))
    .orderBy(articleRelated.position)
    .all();
  return { ...a, photo, tagNames, related };
}

export async function getRevisions(articleId: number) {
  return getDb()
    .select({ id: articleRevisions.id, version: articleRevisions.version, savedAt: articleRevisions.savedAt, savedBy: staff.name })
    .from(articleRevisions)
    .leftJoin(staff, eq(staff.id, articleRevisions.savedById))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.version))
    .all();
}

export async function getKanalOptions() {
  return getDb().select({ id: kanal.id, name: kanal.name, parentId: kanal.parentId, slug: kanal.slug }).from(kanal).orderBy(kanal.position).all();
}

export async function getTagSuggestions() {
  return getDb().select({ name: tags.name }).from(tags).orderBy(tags.name).all().map((t) => t.name);
}
