import { and, asc, between, desc, eq, gte, inArray, or, sql } from "drizzle-orm";
import { NEWS_SITEMAP_MAX_URLS, NEWS_SITEMAP_WINDOW_MS, SITEMAP_MAX_URLS, chunkIdRange } from "@/lib/sitemaps";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { getDb, getEngine } from "../engine";
import { articles, articleTags, kanal, media, staff, tags } from "../tables";
import { isVisibleAt } from "./shared";

// Reads for RSS feeds and sitemaps. Every one goes through isVisibleAt, so neither can ever
// list a draft or a story scheduled for later.

export type FeedArticle = {
  id: number;
  publicId: string;
  slug: string;
  title: string;
  lead: string;
  publishedAt: Date;
  updatedAt: Date;
  kanalName: string;
  reporterName: string | null;
  photo: { path: string; width: number; height: number; caption: string; credit: string } | null;
  tags: string[];
};

/** Newest visible articles for a feed: the whole site, some kanal, or one tag. */
export async function getFeedArticles(opts: { kanalIds?: number[]; tagId?: number; limit: number; now?: Date }): Promise<FeedArticle[]> {
  const db = getDb();
  const base = db
    .select({
      id: articles.id,
      publicId: articles.publicId,
      slug: articles.slug,
      title: articles.title,
      lead: articles.lead,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      kanalName: kanal.name,
      reporterName: staff.name,
      photo: { path: media.path, width: media.width, height: media.height, caption: media.caption, credit: media.credit },
    })
    .from(articles)
    .innerJoin(kanal, eq(kanal.id, articles.kanalId))
    .leftJoin(staff, eq(staff.id, articles.reporterId))
    .leftJoin(media, eq(media.id, articles.photoId));
  const visible = isVisibleAt(opts.now ?? new Date());
  const query =
    opts.tagId !== undefined
      ? base.innerJoin(articleTags, eq(articleTags.articleId, articles.id)).where(and(visible, eq(articleTags.tagId, opts.tagId)))
      : base.where(and(visible, opts.kanalIds ? inArray(articles.kanalId, opts.kanalIds) : undefined));
  const rows = await query.orderBy(desc(articles.publishedAt), desc(articles.id)).limit(opts.limit);
  if (rows.length === 0) return [];

  const tagRows = await db
    .select({ articleId: articleTags.articleId, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(inArray(articleTags.articleId, rows.map((r) => r.id)))
    .orderBy(asc(articleTags.position));
  return rows.map((r) => ({
    ...r,
    publishedAt: r.publishedAt ?? new Date(0),
    tags: tagRows.filter((t) => t.articleId === r.id).map((t) => t.name),
  }));
}

// The later of the two times. A CASE rather than SQLite's two-argument max() or PostgreSQL's
// greatest(), which the other engine lacks; publishedAt is never null on a visible story.
const lastChange = sql`CASE WHEN ${articles.publishedAt} > ${articles.updatedAt} THEN ${articles.publishedAt} ELSE ${articles.updatedAt} END`;
const newestChange = sql<Date>`max(${lastChange})`.mapWith(articles.updatedAt);

export type SitemapChunk = { chunk: number; lastmod: Date };

// The chunk number of a row id, as in chunkOfId (lib/sitemaps.ts). The size is written into the
// SQL as an integer literal: a bound JS number would make SQLite divide as floating point.
function chunkOf(id: SQLiteColumn, size: number) {
  if (!Number.isSafeInteger(size) || size < 1) throw new Error(`Ukuran sitemap tidak valid: ${size}`);
  return sql<number>`((${id} - 1) / ${sql.raw(String(size))}) + 1`.mapWith(Number);
}

/** The article sitemap files that have visible stories, with the time of their latest change. */
export async function getArticleSitemapChunks(opts: { now?: Date; size?: number } = {}): Promise<SitemapChunk[]> {
  const chunk = chunkOf(articles.id, opts.size ?? SITEMAP_MAX_URLS);
  return await getDb()
    .select({ chunk, lastmod: newestChange })
    .from(articles)
    .where(isVisibleAt(opts.now ?? new Date()))
    .groupBy(chunk)
    .orderBy(chunk);
}

export type SitemapArticle = { publicId: string; slug: string; lastmod: Date; photoPath: string | null };

/** Visible articles whose ids fall in one sitemap chunk. */
export async function getArticleSitemapEntries(opts: { chunk: number; now?: Date; size?: number }): Promise<SitemapArticle[]> {
  const { minId, maxId } = chunkIdRange(opts.chunk, opts.size ?? SITEMAP_MAX_URLS);
  return await getDb()
    .select({
      publicId: articles.publicId,
      slug: articles.slug,
      lastmod: sql<Date>`${lastChange}`.mapWith(articles.updatedAt),
      photoPath: media.path,
    })
    .from(articles)
    .leftJoin(media, eq(media.id, articles.photoId))
    .where(and(isVisibleAt(opts.now ?? new Date()), between(articles.id, minId, maxId)))
    .orderBy(asc(articles.id));
}

/** Tag sitemap files: tags with at least one visible story, chunked by tag id. */
export async function getTagSitemapChunks(opts: { now?: Date; size?: number } = {}): Promise<SitemapChunk[]> {
  const chunk = chunkOf(tags.id, opts.size ?? SITEMAP_MAX_URLS);
  return await getDb()
    .select({ chunk, lastmod: newestChange })
    .from(tags)
    .innerJoin(articleTags, eq(articleTags.tagId, tags.id))
    .innerJoin(articles, eq(articles.id, articleTags.articleId))
    .where(isVisibleAt(opts.now ?? new Date()))
    .groupBy(chunk)
    .orderBy(chunk);
}

export async function getTagSitemapEntries(opts: { chunk: number; now?: Date; size?: number }): Promise<{ slug: string; lastmod: Date }[]> {
  const { minId, maxId } = chunkIdRange(opts.chunk, opts.size ?? SITEMAP_MAX_URLS);
  return await getDb()
    .select({ slug: tags.slug, lastmod: newestChange })
    .from(tags)
    .innerJoin(articleTags, eq(articleTags.tagId, tags.id))
    .innerJoin(articles, eq(articles.id, articleTags.articleId))
    .where(and(isVisibleAt(opts.now ?? new Date()), between(tags.id, minId, maxId)))
    .groupBy(tags.id)
    .orderBy(asc(tags.id));
}

export type SitemapPages = {
  /** Latest change of any visible story: the home page's and the news index's lastmod. */
  latest: Date | null;
  kanal: { slug: string; lastmod: Date | null }[];
  /** Staff with at least one visible story; the others' pages are empty. */
  staff: { slug: string; lastmod: Date }[];
};

/** Home, kanal and staff pages, for the "halaman" sitemap. A parent kanal changes with its sub-kanal. */
export async function getSitemapPages(now = new Date()): Promise<SitemapPages> {
  const db = getDb();
  const visible = isVisibleAt(now);
  const [newest] = await db.select({ lastmod: newestChange }).from(articles).where(visible);
  const latest = newest?.lastmod ?? null;
  const kanalRows = await db.select({ id: kanal.id, slug: kanal.slug, parentId: kanal.parentId }).from(kanal).orderBy(asc(kanal.position), asc(kanal.id));
  const kanalTimes = await db.select({ kanalId: articles.kanalId, lastmod: newestChange }).from(articles).where(visible).groupBy(articles.kanalId);
  const perKanal = new Map(kanalTimes.map((r) => [r.kanalId, r.lastmod.getTime()]));
  const kanalLastmod = (id: number) => {
    const times = [id, ...kanalRows.filter((c) => c.parentId === id).map((c) => c.id)].map((k) => perKanal.get(k) ?? 0);
    const t = Math.max(...times);
    return t > 0 ? new Date(t) : null;
  };
  const staffRows = await db
    .select({ slug: staff.slug, lastmod: newestChange })
    .from(staff)
    .innerJoin(articles, or(eq(articles.reporterId, staff.id), eq(articles.editorId, staff.id)))
    .where(visible)
    .groupBy(staff.id)
    .orderBy(asc(getEngine().bytewise(staff.slug)));
  return { latest, kanal: kanalRows.map((k) => ({ slug: k.slug, lastmod: kanalLastmod(k.id) })), staff: staffRows };
}

export type NewsSitemapArticle = { publicId: string; slug: string; title: string; publishedAt: Date };

/** Visible stories published in the last 48 hours, newest first, as Google News wants them. */
export async function getNewsSitemapArticles(now = new Date()): Promise<NewsSitemapArticle[]> {
  const rows = await getDb()
    .select({ publicId: articles.publicId, slug: articles.slug, title: articles.title, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(isVisibleAt(now), gte(articles.publishedAt, new Date(now.getTime() - NEWS_SITEMAP_WINDOW_MS))))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(NEWS_SITEMAP_MAX_URLS);
  return rows.map((r) => ({ ...r, publishedAt: r.publishedAt ?? new Date(0) }));
}
