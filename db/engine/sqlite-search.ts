import { and, count, desc, eq, ne, sql } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN } from "@/lib/highlight";
import { ftsMatch } from "@/lib/related";
import { ftsQueryFromTerms } from "@/lib/search-query";
import { cardColumns, isVisibleAt, toCard } from "../queries/shared";
import { articles, kanal, media } from "../tables";
import type { Db, SearchIndex, SearchRequest, SearchResults } from "./types";

// The FTS5 table from migration 0002, described for queries only. It lives outside schema.ts
// so that drizzle-kit never tries to create it as an ordinary table.
const articlesFts = sqliteTable("articles_fts", {
  rowid: integer("rowid").notNull(),
  title: text("title").notNull(),
  lead: text("lead").notNull(),
  bodyText: text("body_text").notNull(),
});

// FTS5 takes commands as an insert into a column named like the table itself.
const ftsCommand = sqliteTable("articles_fts", { command: text("articles_fts").notNull(), rank: integer("rank") });

/** bm25 column weights: a word in the headline counts most, then the lead, then the body. */
const WEIGHTS = sql.raw("10.0, 4.0, 1.0");
/** Baca Juga weighs headline over lead and ignores the body. */
const SIMILAR_WEIGHTS = sql.raw("2.0, 1.0, 0.0");
/** Age in days at which a story needs twice the text relevance to keep its place. */
const FRESHNESS_DAYS = sql.raw("7.0");
const SNIPPET_TOKENS = 24;
// About 8 MB of index pages at most, so that a start-up on a large newsroom stays quick.
const MERGE_PAGE_BUDGET = 2000;

/**
 * Visible articles matching the reader's terms, best first: relevance (bm25, headline weighted
 * over lead over body) divided by 1 + age in days / 7, so that between two equally relevant
 * stories the newer wins, and an old story needs a much better match to outrank today's.
 * Drafts and future stories are filtered by isVisibleAt, so unpublishing removes a story from
 * results at once without touching the index.
 */
async function search(db: Db, req: SearchRequest): Promise<SearchResults> {
  const match = ftsQueryFromTerms(req.terms);
  if (!match) return { total: 0, hits: [] };
  const where = and(sql`${articlesFts} MATCH ${match}`, isVisibleAt(req.now));
  const [totalRow] = await db.select({ n: count() }).from(articlesFts).innerJoin(articles, eq(articles.id, articlesFts.rowid)).where(where);
  const total = totalRow?.n ?? 0;
  if (total === 0 || req.offset >= total) return { total, hits: [] };

  const ageDays = sql`((${req.now.getTime()} - ${articles.publishedAt}) / 86400000.0)`;
  const score = sql<number>`(-bm25(${articlesFts}, ${WEIGHTS}) / (1.0 + max(${ageDays}, 0) / ${FRESHNESS_DAYS}))`;
  const rows = await db
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
    .limit(req.limit)
    .offset(req.offset);
  return {
    total,
    hits: rows.map(({ titleMarked, snippetMarked, ...card }) => ({ ...toCard(card), titleMarked, snippetMarked })),
  };
}

/** bm25 of the visible stories whose title or lead share words with `text`. */
async function similar(db: Db, req: { text: string; excludeId: number; limit: number; now: Date }): Promise<Map<number, number>> {
  const match = ftsMatch(req.text, ["title", "lead"]);
  if (!match) return new Map();
  const bm25 = sql<number>`bm25(${articlesFts}, ${SIMILAR_WEIGHTS})`;
  const rows = await db
    .select({ id: articlesFts.rowid, bm25 })
    .from(articlesFts)
    .innerJoin(articles, eq(articles.id, articlesFts.rowid))
    .where(and(sql`${articlesFts} MATCH ${match}`, ne(articles.id, req.excludeId), isVisibleAt(req.now)))
    .orderBy(bm25)
    .limit(req.limit);
  return new Map(rows.map((r) => [r.id, r.bm25]));
}

/**
 * FTS5 through the `articles_fts` table that migration 0002's triggers keep in step with
 * `articles` (title, lead, body_text). Reads go through `db`; upkeep through `transaction`.
 */
export function sqliteSearch(db: Db, transaction: <T>(fn: (tx: Db) => Promise<T>) => Promise<T>): SearchIndex {
  return {
    search: (req) => search(db, req),
    similar: (req) => similar(db, req),
    // Every write transaction adds a small segment, and a query looks each term up in every
    // segment: on a freshly seeded database a Baca Juga lookup was ten times slower before
    // this merge. A merge of an already merged index is a no-op.
    maintain: () =>
      transaction(async (tx) => {
        await tx.insert(ftsCommand).values({ command: "merge", rank: -MERGE_PAGE_BUDGET });
      }),
  };
}
