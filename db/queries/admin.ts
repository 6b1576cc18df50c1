import { and, count, desc, eq, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb, getEngine } from "../engine";
import type { ArticleStatus } from "@/lib/domain";
import type { AdminSort } from "@/lib/readership";
import { terpopulerWindows } from "@/lib/terpopuler";
import { articleRelated, articleRevisions, articles, articleTags, articleViewTotals, kanal, media, staff, tags } from "../tables";
import { viewsSince } from "./readership";

export type AdminListFilters = { status?: ArticleStatus; kanalId?: number; q?: string; mineId?: number };

function filterWhere(f: AdminListFilters): SQL | undefined {
  const q = f.q?.trim();
  return and(
    f.status ? eq(articles.status, f.status) : undefined,
    f.kanalId ? eq(articles.kanalId, f.kanalId) : undefined,
    f.mineId ? or(eq(articles.createdById, f.mineId), eq(articles.reporterId, f.mineId)) : undefined,
    q ? titleContains(q) : undefined,
  );
}

/**
 * Title contains the text, ignoring case on both engines (SQLite's LIKE ignores ASCII case,
 * PostgreSQL's does not), with % and _ taken literally: the escape character is named, as
 * SQLite has none by default.
 */
export function titleContains(q: string): SQL {
  const pattern = `%${q.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  return sql`lower(${articles.title}) LIKE ${pattern} ESCAPE '\\'`;
}

const reporter = alias(staff, "reporter");

/**
 * The newsroom's article list: every status, most recently touched first, or most read first
 * by one of the views columns (24 jam and 7 hari from the hourly buckets of that window only,
 * Total from article_view_totals); ties and unread stories follow in the usual order.
 */
export async function getAdminArticles(f: AdminListFilters, page: { limit: number; offset: number }, sort: AdminSort = "diubah", now = new Date()) {
  const query = getDb()
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
    .$dynamic();
  const order = [desc(articles.updatedAt), desc(articles.id)];
  if (sort === "total") {
    query.leftJoin(articleViewTotals, eq(articleViewTotals.articleId, articles.id));
    order.unshift(desc(sql`coalesce(${articleViewTotals.views}, 0)`));
  } else if (sort !== "diubah") {
    const windows = terpopulerWindows(now);
    const viewed = viewsSince(sort === "24jam" ? windows.daySince : windows.weekSince);
    query.leftJoin(viewed, eq(viewed.articleId, articles.id));
    order.unshift(desc(sql`coalesce(${viewed.views}, 0)`));
  }
  return await query
    .where(filterWhere(f))
    .orderBy(...order)
    .limit(page.limit)
    .offset(page.offset);
}

export async function countAdminArticles(f: AdminListFilters): Promise<number> {
  const [row] = await getDb().select({ n: count() }).from(articles).where(filterWhere(f));
  return row?.n ?? 0;
}

/** Everything the edit form shows for one article, or null. */
export async function getArticleForEdit(id: number) {
  const db = getDb();
  const [a] = await db.select().from(articles).where(eq(articles.id, id));
  if (!a) return null;
  const [photo] = a.photoId ? await db.select().from(media).where(eq(media.id, a.photoId)) : [];
  const tagRows = await db
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, id))
    .orderBy(articleTags.position);
  const related = await db
    .select({ publicId: articles.publicId, slug: articles.slug, title: articles.title })
    .from(articleRelated)
    .innerJoin(articles, eq(articles.id, articleRelated.relatedId))
    .where(eq(articleRelated.articleId, id))
    .orderBy(articleRelated.position);
  return { ...a, photo: photo ?? null, tagNames: tagRows.map((t) => t.name), related };
}

export async function getRevisions(articleId: number) {
  return await getDb()
    .select({ id: articleRevisions.id, version: articleRevisions.version, savedAt: articleRevisions.savedAt, savedBy: staff.name })
    .from(articleRevisions)
    .leftJoin(staff, eq(staff.id, articleRevisions.savedById))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.version));
}

export async function getKanalOptions() {
  return await getDb().select({ id: kanal.id, name: kanal.name, parentId: kanal.parentId, slug: kanal.slug }).from(kanal).orderBy(kanal.position);
}

export async function getTagSuggestions() {
  const rows = await getDb().select({ name: tags.name }).from(tags).orderBy(getEngine().bytewise(tags.name));
  return rows.map((t) => t.name);
}
