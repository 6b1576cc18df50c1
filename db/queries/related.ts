import { and, asc, count, desc, eq, inArray, ne, notInArray, sql } from "drizzle-orm";
import { ftsMatch, type RelatedCandidate, scoreRelated, takeUnique } from "@/lib/related";
import { getDb } from "../client";
import { articleRelated, articles, articleTags, kanal, media } from "../schema";
import { type ArticleCard, cardColumns, isVisibleAt, toCard } from "./shared";

type Source = { id: number; title: string; lead: string; kanal: { id: number }; tags: { id: number }[] };

// How many stories each signal may propose before scoring; plenty for three links.
const FTS_CANDIDATES = 40;
const TAG_CANDIDATES = 60;
const KANAL_CANDIDATES = 20;

function cards() {
  return getDb()
    .select(cardColumns)
    .from(articles)
    .innerJoin(kanal, eq(kanal.id, articles.kanalId))
    .leftJoin(media, eq(media.id, articles.photoId));
}

/** Stories an editor pinned to this one, in the editor's order, when readers may see them. */
function pinned(article: Source, now: Date): ArticleCard[] {
  return getDb()
    .select(cardColumns)
    .from(articleRelated)
    .innerJoin(articles, eq(articles.id, articleRelated.relatedId))
    .innerJoin(kanal, eq(kanal.id, articles.kanalId))
    .leftJoin(media, eq(media.id, articles.photoId))
    .where(and(eq(articleRelated.articleId, article.id), ne(articles.id, article.id), isVisibleAt(now)))
    .orderBy(asc(articleRelated.position), asc(articleRelated.relatedId))
    .all()
    .map(toCard);
}

/** bm25 of the visible stories whose title or lead share words with this story's title and lead. */
function textMatches(article: Source, now: Date): Map<number, number> {
  const match = ftsMatch(`${article.title} ${article.lead}`, ["title", "lead"]);
  if (!match) return new Map();
  const rows = getDb().all<{ id: number; bm25: number }>(sql`
    SELECT articles_fts.rowid AS id, bm25(articles_fts, 2.0, 1.0, 0.0) AS bm25
      FROM articles_fts JOIN articles ON articles.id = articles_fts.rowid
     WHERE articles_fts MATCH ${match} AND articles.id != ${article.id} AND ${isVisibleAt(now)}
     ORDER BY bm25 LIMIT ${FTS_CANDIDATES}`);
  return new Map(rows.map((r) => [r.id, r.bm25]));
}

function sharedTagCounts(article: Source): Map<number, number> {
  const tagIds = article.tags.map((t) => t.id);
  if (tagIds.length === 0) return new Map();
  const shared = count(articleTags.tagId);
  const rows = getDb()
    .select({ id: articleTags.articleId, shared })
    .from(articleTags)
    .where(and(inArray(articleTags.tagId, tagIds), ne(articleTags.articleId, article.id)))
    .groupBy(articleTags.articleId)
    .orderBy(desc(shared), desc(articleTags.articleId))
    .limit(TAG_CANDIDATES)
    .all();
  return new Map(rows.map((r) => [r.id, r.shared]));
}

function newestOfKanal(article: Source, now: Date): number[] {
  return getDb()
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.kanalId, article.kanal.id), ne(articles.id, article.id), isVisibleAt(now)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(KANAL_CANDIDATES)
    .all()
    .map((r) => r.id);
}

/**
 * Baca Juga: the editor's pins first, then the best-scoring stories by shared tags, same
 * kanal, wording of title and lead, and freshness (lib/related.ts). Never the story
 * itself, never one readers may not see.
 */
export async function getBacaJuga(article: Source, opts: { limit?: number; now?: Date } = {}): Promise<ArticleCard[]> {
  const limit = opts.limit ?? 3;
  const now = opts.now ?? new Date();
  const pins = pinned(article, now);
  if (pins.length >= limit) return takeUnique([pins], { exclude: [article.id], limit });

  const tagged = sharedTagCounts(article);
  const worded = textMatches(article, now);
  const pinnedIds = new Set(pins.map((p) => p.id));
  const ids = [...new Set([...tagged.keys(), ...worded.keys(), ...newestOfKanal(article, now)])].filter((id) => !pinnedIds.has(id));
  if (ids.length === 0) return pins;
  // Score on a few columns first; only the winners are loaded as cards.
  const facts = getDb()
    .select({ id: articles.id, kanalId: articles.kanalId, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(inArray(articles.id, ids), isVisibleAt(now)))
    .all();
  const candidates: RelatedCandidate[] = facts.map((f) => ({
    id: f.id,
    sharedTags: tagged.get(f.id) ?? 0,
    sameKanal: f.kanalId === article.kanal.id,
    bm25: worded.get(f.id) ?? null,
    publishedAt: f.publishedAt ?? new Date(0),
  }));
  const winners = scoreRelated(candidates, now)
    .slice(0, limit - pins.length)
    .map((c) => c.id);
  if (winners.length === 0) return pins;
  const loaded = cards()
    .where(and(inArray(articles.id, winners), isVisibleAt(now)))
    .all()
    .map(toCard);
  const ranked = winners.flatMap((id) => loaded.filter((c) => c.id === id));
  return takeUnique([pins, ranked], { exclude: [article.id], limit });
}

/**
 * Berita Lainnya: the newest stories of the same kanal that the page does not already
 * link (pass the Baca Juga ids), topped up from the rest of the site when the kanal is short.
 */
export async function getBeritaLainnya(
  article: Source,
  opts: { excludeIds: number[]; limit?: number; now?: Date },
): Promise<ArticleCard[]> {
  const limit = opts.limit ?? 6;
  const now = opts.now ?? new Date();
  const exclude = [article.id, ...opts.excludeIds];
  const newest = (sameKanal: boolean, n: number, skip: number[]) =>
    cards()
      .where(
        and(
          isVisibleAt(now),
          sameKanal ? eq(articles.kanalId, article.kanal.id) : ne(articles.kanalId, article.kanal.id),
          notInArray(articles.id, skip),
        ),
      )
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(n)
      .all()
      .map(toCard);
  const same = newest(true, limit, exclude);
  const others = same.length < limit ? newest(false, limit - same.length, [...exclude, ...same.map((a) => a.id)]) : [];
  return takeUnique([same, others], { exclude, limit });
}
