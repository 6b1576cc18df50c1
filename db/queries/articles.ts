import { and, count, desc, eq, gte, inArray, lt, notInArray } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "../engine";
import type { ArticleKind, ArticleStatus } from "@/lib/domain";
import { articles, articleTags, kanal, media, staff, tags } from "../tables";
import { type ArticleCard, cardColumns, isVisibleAt, toCard } from "./shared";

export type { ArticleCard } from "./shared";

function cardQuery() {
  return getDb()
    .select(cardColumns)
    .from(articles)
    .innerJoin(kanal, eq(kanal.id, articles.kanalId))
    .leftJoin(media, eq(media.id, articles.photoId));
}

/** Newest visible articles across the site. */
export async function getLatestArticles(opts: { limit: number; offset?: number; now?: Date }): Promise<ArticleCard[]> {
  const rows = await cardQuery()
    .where(isVisibleAt(opts.now ?? new Date()))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(opts.limit)
    .offset(opts.offset ?? 0);
  return rows.map(toCard);
}

/** The visible articles among these ids (any order): what the front page's picks may show now. */
export async function getVisibleCardsByIds(ids: number[], now = new Date()): Promise<ArticleCard[]> {
  if (ids.length === 0) return [];
  const rows = await cardQuery().where(and(isVisibleAt(now), inArray(articles.id, ids)));
  return rows.map(toCard);
}

/** Visible articles published in [from, to), newest first: one day of the news index. */
export async function getArticlesPublishedBetween(opts: {
  from: Date;
  to: Date;
  limit: number;
  offset?: number;
  now?: Date;
}): Promise<ArticleCard[]> {
  const rows = await cardQuery()
    .where(and(isVisibleAt(opts.now ?? new Date()), gte(articles.publishedAt, opts.from), lt(articles.publishedAt, opts.to)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(opts.limit)
    .offset(opts.offset ?? 0);
  return rows.map(toCard);
}

export async function countArticlesPublishedBetween(from: Date, to: Date, now = new Date()): Promise<number> {
  const [row] = await getDb()
    .select({ n: count() })
    .from(articles)
    .where(and(isVisibleAt(now), gte(articles.publishedAt, from), lt(articles.publishedAt, to)));
  return row?.n ?? 0;
}

/** Newest visible articles of some kanal (a parent kanal passes its children's ids too). */
export async function getKanalArticles(opts: {
  kanalIds: number[];
  limit: number;
  offset?: number;
  excludeIds?: number[];
  now?: Date;
}): Promise<ArticleCard[]> {
  const rows = await cardQuery()
    .where(
      and(
        isVisibleAt(opts.now ?? new Date()),
        inArray(articles.kanalId, opts.kanalIds),
        opts.excludeIds?.length ? notInArray(articles.id, opts.excludeIds) : undefined,
      ),
    )
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(opts.limit)
    .offset(opts.offset ?? 0);
  return rows.map(toCard);
}

export async function countKanalArticles(kanalIds: number[], now = new Date()): Promise<number> {
  const [row] = await getDb()
    .select({ n: count() })
    .from(articles)
    .where(and(isVisibleAt(now), inArray(articles.kanalId, kanalIds)));
  return row?.n ?? 0;
}

/** Newest visible articles carrying a tag. */
export async function getTagArticles(opts: { tagId: number; limit: number; offset?: number; now?: Date }): Promise<ArticleCard[]> {
  const rows = await cardQuery()
    .innerJoin(articleTags, eq(articleTags.articleId, articles.id))
    .where(and(isVisibleAt(opts.now ?? new Date()), eq(articleTags.tagId, opts.tagId)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(opts.limit)
    .offset(opts.offset ?? 0);
  return rows.map(toCard);
}

export async function countTagArticles(tagId: number, now = new Date()): Promise<number> {
  const [row] = await getDb()
    .select({ n: count() })
    .from(articles)
    .innerJoin(articleTags, eq(articleTags.articleId, articles.id))
    .where(and(isVisibleAt(now), eq(articleTags.tagId, tagId)));
  return row?.n ?? 0;
}

export type ArticlePage = {
  id: number;
  status: ArticleStatus;
  publicId: string;
  slug: string;
  title: string;
  lead: string;
  dateline: string;
  body: string;
  publishedAt: Date;
  updatedAt: Date;
  kanal: { id: number; slug: string; name: string; parent: { id: number; slug: string; name: string } | null };
  /** "Tanpa iklan": the page shows no ad slot at all. */
  noAds: boolean;
  /** "Foto": a picture story, led by its gallery. */
  kind: ArticleKind;
  reporter: { slug: string; name: string } | null;
  editor: { slug: string; name: string } | null;
  photo: { path: string; width: number; height: number; alt: string; caption: string; credit: string; focusX: number; focusY: number } | null;
  tags: { id: number; slug: string; name: string }[];
};

/**
 * Everything the article page shows, or null when readers may not see it (unknown,
 * draft, or scheduled for later). Wrapped in cache() so generateMetadata and the page share one read.
 */
export const getArticlePage = cache(async (publicId: string, now = new Date()): Promise<ArticlePage | null> =>
  loadArticlePage(publicId, now),
);

/** The same page data for staff previews: any status, any time. Callers must check the session. */
export const getArticlePreview = cache(async (publicId: string): Promise<ArticlePage | null> => loadArticlePage(publicId, null));

async function loadArticlePage(publicId: string, visibleAt: Date | null): Promise<ArticlePage | null> {
  const db = getDb();
  const [row] = await db
    .select({
      id: articles.id,
      status: articles.status,
      publicId: articles.publicId,
      slug: articles.slug,
      title: articles.title,
      lead: articles.lead,
      dateline: articles.dateline,
      body: articles.body,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      kanalId: articles.kanalId,
      noAds: articles.noAds,
      kind: articles.kind,
      reporterId: articles.reporterId,
      editorId: articles.editorId,
      photo: {
        path: media.path,
        width: media.width,
        height: media.height,
        alt: media.alt,
        caption: media.caption,
        credit: media.credit,
        focusX: media.focusX,
        focusY: media.focusY,
      },
    })
    .from(articles)
    .leftJoin(media, eq(media.id, articles.photoId))
    .where(and(eq(articles.publicId, publicId), visibleAt ? isVisibleAt(visibleAt) : undefined));
  if (!row) return null;

  const [k] = await db.select().from(kanal).where(eq(kanal.id, row.kanalId));
  const [parent] = k.parentId ? await db.select({ id: kanal.id, slug: kanal.slug, name: kanal.name }).from(kanal).where(eq(kanal.id, k.parentId)) : [];
  const people = [row.reporterId, row.editorId].filter((id): id is number => id !== null);
  const staffRows = people.length
    ? await db.select({ id: staff.id, slug: staff.slug, name: staff.name }).from(staff).where(inArray(staff.id, people))
    : [];
  const person = (id: number | null) => {
    const s = staffRows.find((r) => r.id === id);
    return s ? { slug: s.slug, name: s.name } : null;
  };
  const tagRows = await db
    .select({ id: tags.id, slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, row.id))
    .orderBy(articleTags.position);

  return {
    id: row.id,
    status: row.status,
    publicId: row.publicId,
    slug: row.slug,
    title: row.title,
    lead: row.lead,
    dateline: row.dateline,
    body: row.body,
    // A draft has no time yet; its preview shows the moment of previewing.
    publishedAt: row.publishedAt ?? new Date(),
    updatedAt: row.updatedAt,
    kanal: { id: k.id, slug: k.slug, name: k.name, parent: parent ?? null },
    noAds: row.noAds,
    kind: row.kind,
    reporter: person(row.reporterId),
    editor: person(row.editorId),
    photo: row.photo,
    tags: tagRows,
  };
}
