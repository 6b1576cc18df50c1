import { and, count, desc, eq, sql } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN } from "@/lib/highlight";
import { getDb } from "../client";
import { articles, kanal, media } from "../schema";
import { type ArticleCard, cardColumns, isVisibleAt, toCard } from "./shared";

// The FTS5 table from migration 0002, described for queries only. It lives outside schema.ts
// so that drizzle-kit never tries to create it as an ordinary table.
const articlesFts = sqliteTable("articles_fts", {
  rowid: integer("rowid").notNull(),
  title: text("title").notNull(),
  lead: text("lead").notNull(),
  bodyText: text("body_text").notNull(),
});

/** bm25 column weights: a word in the headline counts most, then the lead, then the body. */
const WEIGHTS = sql.raw("10.0, 4.0, 1.0");
/** Age in days at which a story needs twice the text relevance to keep its place. */
const FRESHNESS_DAYS = sql.raw("7.0");
const SNIPPET_TOKENS = 24;

export type SearchHit = ArticleCard & {
  /** Headline with matches between HIGHLIGHT_OPEN and HIGHLIGHT_CLOSE (see lib/highlight.ts). */
  titleMarked: string;
  /** A passage around the best match, marked the same way. Plain text, never HTML. */
  snippetMarked: string;
};

export type SearchResults = { total: number; hits: SearchHit[] };

/**
 * Visible articles matching an FTS5 expression from toFtsQuery (lib/search-query.ts), best
 * first: relevance (bm25, headline weighted over lead over body) divided by 1 + age in days / 7,
 * so that between two equally relevant stories the newer wins, and an old story needs a much
 * better match to outrank today's. Drafts and future stories are filtered by isVisibleAt,
 * so unpublishing removes a story from results at once without touching the index.
 */
export async function searchArticles(opts: { match: string; limit: number; offset?: number; now?: Date }): Promise<SearchResults> {
  if (!opts.match) return { total: 0, hits: [] };
  const now = opts.now ?? new Date();
  const db = getDb();
  const where = and(sql`${articlesFts} MATCH ${opts.match}`, isVisibleAt(now));

  const totalRow = db
    .select({ n: count() })
    .from(articlesFts)
    .innerJoin(articles, eq(articles.id, articlesFts.rowid))
    .where(where)
    .get();
  const total = totalRow?.n ?? 0;
  if (total === 0 || (opts.offset ?? 0) >= total) return { total, hits: [] };

  const ageDays = sql`((${now.getTime()} - ${articles.publishedAt}) / 86400000.0)`;
  const score = sql<number>`(-bm25(${articlesFts}, ${WEIGHTS}) / (1.0 + max(${ageDays}, 0) / ${FRESHNESS_DAYS}))`;
  const rows = db
    .select({
      ...cardColumns,
      titleMarked: sql<string>`highlight(${articlesFts}, 0, ${HIGHLIGHT_OPEN}, ${HIGHLIGHT_CLOSE})`,
      snippetMarked: sql<string>`snippet(${articlesFts}, -1, ${HIGHLIGHT_OPEN}, ${HIGHLIGHT_CLOSE}, '…', ${SNIPPET_TOKENS})`,
    })
    .from(articlesFts)
    .innerJoin(articles, eq(articles.id, articlesFts.rowid))
    .innerJoin(kanal, eq(kanal.id, articles.kanalId))
    .leftJoin(media, eq(media.id, articles.photoId))
    .where(where)
    .orderBy(desc(score), desc(articles.publishedAt), desc(articles.id))
    .limit(opts.limit)
    .offset(opts.offset ?? 0)
    .all();
  return {
    total,
    hits: rows.map(({ titleMarked, snippetMarked, ...card }) => ({ ...toCard(card), titleMarked, snippetMarked })),
  };
}
