import { and, asc, count, desc, eq, inArray, ne, notInArray } from "drizzle-orm";
import { type RelatedCandidate, scoreRelated, takeUnique } from "@/lib/related";
import { getDb, getEngine } from "../engine";
import { articleRelated, articles, articleTags, kanal, media } from "../tables";
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
async function pinned(article: Source, now: Date): Promise<ArticleCard[]> {
  const rows = await getDb()
    .select(cardColumns)
    .from(articleRelated)
    .innerJoin(articles, eq(articles.id, articleRelated.relatedId))
    .innerJoin(kanal, eq(kanal.id, articles.kanalId))
    .leftJoin(media, eq(media.id, articles.photoId))
    .where(and(eq(articleRelated.articleId, article.id), ne(articles.id, article.id), isVisibleAt(now)))
    .orderBy(asc(articleRelated.position), asc(articleRelated.relatedId));
  return rows.map(toCard);
}

/** Relevance (smaller is closer) of the visible stories whose title or lead share words with this story's. */
function textMatches(article: Source, now: Date): Promise<Map<number, number>> {
  return getEngine().search.similar({ text: `${article.title} ${article.lead}`, excludeId: article.id, limit: FTS_CANDIDATES, now });
}

async function sharedTagCounts(article: Source): Promise<Map<number, number>> {
  const tagIds = article.tags.map((t) => t.id);
  if (tagIds.length === 0) return new Map();
  const shared = count(articleTags.tagId);
  const rows = await getDb()
    .select({ id: articleTags.articleId, shared })
    .from(articleTags)
    .where(and(inArray(articleTags.tagId, tagIds), ne(articleTags.articleId, article.id)))
    .groupBy(articleTags.articleId)
    .orderBy(desc(shared), desc(articleTags.articleId))
    .limit(TAG_CANDIDATES);
  return new Map(rows.map((r) => [r.id, r.shared]));
}

async function newestOfKanal(article: Source, now: Date): Promise<number[]> {
  const rows = await getDb()
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.kanalId, article.kanal.id), ne(articles.id, article.id), isVisibleAt(now)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(KANAL_CANDIDATES);
  return rows.map((r) => r.id);
}

/**
 * Baca Juga: the editor's pins first, then the best-scoring stories by shared tags, same
 * kanal, wording of title and lead, and freshness (lib/related.ts). Never the story
 * itself, never one readers may not see.
 */
export async function getBacaJuga(article: Source, opts: { limit?: number; now?: Date } = {}): Promise<ArticleCard[]> {
  const limit = opts.limit ?? 3;
  const now = opts.now ?? new Date();
  const pins = await pinned(article, now);
  if (pins.length >= limit) return takeUnique([pins], { exclude: [article.id], limit });

  const [tagged, worded, newest] = await Promise.all([sharedTagCounts(article), textMatches(article, now), newestOfKanal(article, now)]);
  const pinnedIds = new Set(pins.map((p) => p.id));
  const ids = [...new Set([...tagged.keys(), ...worded.keys(), ...newest])].filter((id) => !pinnedIds.has(id));
  if (ids.length === 0) return pins;
  // Score on a few columns first; only the winners are loaded as cards.
  const facts = await getDb()
    .select({ id: articles.id, kanalId: articles.kanalId, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(inArray(articles.id, ids), isVisibleAt(now)));
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
  const loaded = (await cards().where(and(inArray(articles.id, winners), isVisibleAt(now)))).map(toCard);
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
  const newest = async (sameKanal: boolean, n: number, skip: number[]) =>
    (await cards()
      .where(
        and(
          isVisibleAt(now),
          sameKanal ? eq(articles.kanalId, article.kanal.id) : ne(articles.kanalId, article.kanal.id),
          notInArray(articles.id, skip),
        ),
      )
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(n)).map(toCard);
  const same = await newest(true, limit, exclude);
  const others = same.length < limit ? await newest(false, limit - same.length, [...exclude, ...same.map((a) => a.id)]) : [];
  return takeUnique([same, others], { exclude, limit });
}
