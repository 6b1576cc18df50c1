import { and, count, desc, eq, ne, sql, type SQL } from "drizzle-orm";
import { HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN } from "@/lib/highlight";
import { relatedTerms } from "@/lib/related";
import { tsQueryAllOf, tsQueryAnyOf } from "@/lib/tsquery";
import { cardColumns, isVisibleAt, toCard } from "../queries/shared";
import { articles, kanal, media } from "../tables";
import type { Db, SearchIndex, SearchRequest, SearchResults, SimilarRequest } from "./types";

// SearchIndex (db/engine/types.ts) for PostgreSQL over migration 0001_search (db/migrations-pg):
// the generated `search_vector` (headline A, lead B, body C, in the `warta` configuration:
// simple + unaccent) and its GIN index. `articles` here is PostgreSQL's table: db/tables.ts
// hands out the engine's schema, and this module only runs on the PostgreSQL engine.

/** ts_rank weights {D, C, B, A}: body 1, lead 4, headline 10, the ratios of SQLite's bm25 weights. */
const WEIGHTS = sql.raw(`'{0, 0.1, 0.4, 1.0}'`);
/** Baca Juga: headline 2, lead 1, body nothing (as SQLite's bm25(2.0, 1.0, 0.0)). */
const SIMILAR_WEIGHTS = sql.raw(`'{0, 0, 0.5, 1.0}'`);
/** ts_rank normalisation 1: divide by 1 + log(length), so that a long story does not win by length alone. */
const LENGTH_NORMALISATION = sql.raw("1");
/** Age in days at which a story needs twice the text relevance to keep its place. */
const FRESHNESS_DAYS = 7;
const SNIPPET_WORDS = 24;

/**
 * How much of a common word's matches a search reads. ts_rank must read each candidate's vector
 * from the table (FTS5's bm25 reads only its index), so at 100,000 stories ranking and counting all
 * 41,000 matches of "pemerintah" took about 1.1 s and 0.7 s. Only the newest `rankCandidates`
 * matches are ranked (about 50 ms): with recency in the rank, an older story would need many times
 * the relevance to reach the first page, which ts_rank's saturating scores do not give. Counting
 * stops after `countLimit` (about 10 ms); pages stay within the ranked candidates.
 */
export const SEARCH_LIMITS = { rankCandidates: 2000, countLimit: 1000 };

const vector = sql`${articles}."search_vector"`;
const tsquery = (text: string) => sql`to_tsquery('warta', ${text})`;
const sel = `StartSel="${HIGHLIGHT_OPEN}", StopSel="${HIGHLIGHT_CLOSE}"`;
const TITLE_OPTIONS = `HighlightAll=true, ${sel}`;
const SNIPPET_OPTIONS = `MaxFragments=1, MaxWords=${SNIPPET_WORDS}, MinWords=${SNIPPET_WORDS / 2}, ShortWord=2, ${sel}`;

/**
 * ts_headline over `text` as written. PostgreSQL's parser drops what it reads as an HTML tag (and
 * a quoted <script> element's content) from its output; a private-use stand-in for "<" keeps
 * a story's text whole, as FTS5's snippet does, and is turned back afterwards.
 */
const LT_STANDIN = "\uE002";
function headline(text: SQL, q: SQL, options: string): SQL<string> {
  return sql<string>`replace(ts_headline('warta', replace(${text}, '<', ${LT_STANDIN}), ${q}, ${options}), ${LT_STANDIN}, '<')`;
}

/**
 * The passage of lead and body around the best match, marked, with "…" where it cuts the text
 * (as FTS5's snippet does). ts_headline returns a stretch of the original text, so comparing
 * it, unmarked, with the text's start and end tells whether it was cut.
 */
function snippet(q: SQL): SQL<string> {
  const source = sql`(${articles.lead} || ' ' || ${articles.bodyText})`;
  // ts_headline starts and ends a passage on a word, leaving out punctuation around it.
  const trim = (text: string) => sql.raw(`btrim(${text}, E' \t\n.,;:!?"''()…')`);
  return sql<string>`(SELECT CASE WHEN starts_with(${trim("s.src")}, ${trim("s.plain")}) THEN '' ELSE '…' END || s.marked
      || CASE WHEN right(${trim("s.src")}, length(${trim("s.plain")})) = ${trim("s.plain")} THEN '' ELSE '…' END
    FROM (SELECT h.marked, translate(h.marked, ${HIGHLIGHT_OPEN + HIGHLIGHT_CLOSE}, '') AS plain, h.src
      FROM (SELECT ${headline(source, q, SNIPPET_OPTIONS)} AS marked, ${source} AS src) h) s)`;
}

/**
 * Visible articles matching every term, best first: ts_rank (headline over lead over body)
 * divided by 1 + age in days / 7, the formula SQLite applies to bm25. Only the page's rows get
 * their headline and snippet marked, since ts_headline re-parses the text.
 */
export async function searchPostgres(db: Db, req: SearchRequest, limits = SEARCH_LIMITS): Promise<SearchResults> {
  const text = tsQueryAllOf(req.terms);
  if (!text) return { total: 0, hits: [] };
  const q = tsquery(text);
  const where = and(sql`${vector} @@ ${q}`, isVisibleAt(req.now));
  const counted = db.select({ one: sql`1` }).from(articles).where(where).limit(limits.countLimit + 1).as("counted");
  const [{ n }] = await db.select({ n: count() }).from(counted);
  const total = Math.min(n, limits.countLimit);
  const totalIsLowerBound = n > limits.countLimit;
  if (total === 0 || req.offset >= total) return { total, hits: [], totalIsLowerBound };

  const candidates = db
    .select({ id: articles.id, publishedAt: articles.publishedAt, vector: sql`${vector}`.as("vector") })
    .from(articles)
    .where(where)
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limits.rankCandidates)
    .as("candidates");
  const ageDays = sql`greatest(extract(epoch from (${req.now.toISOString()}::timestamptz - ${candidates.publishedAt})) / 86400.0, 0)`;
  const score = sql<number>`(ts_rank(${WEIGHTS}, ${candidates.vector}, ${q}, ${LENGTH_NORMALISATION}) / (1.0 + ${ageDays} / ${FRESHNESS_DAYS}))`;
  const page = db
    .select({ id: candidates.id, score: score.as("score") })
    .from(candidates)
    .orderBy(desc(score), desc(candidates.publishedAt), desc(candidates.id))
    // Never more hits than the total says there are.
    .limit(Math.min(req.limit, total - req.offset))
    .offset(req.offset)
    .as("page");
  const rows = await db
    .select({
      ...cardColumns,
      titleMarked: headline(sql`${articles.title}`, q, TITLE_OPTIONS),
      snippetMarked: snippet(q),
    })
    .from(page)
    .innerJoin(articles, eq(articles.id, page.id))
    .innerJoin(kanal, eq(kanal.id, articles.kanalId))
    .leftJoin(media, eq(media.id, articles.photoId))
    .orderBy(desc(page.score), desc(articles.publishedAt), desc(articles.id));
  return {
    total,
    hits: rows.map(({ titleMarked, snippetMarked, ...card }) => ({ ...toCard(card), titleMarked, snippetMarked })),
    totalIsLowerBound,
  };
}

/**
 * Baca Juga's wording signal: visible stories sharing words of `text` in their headline or
 * lead, as id → minus their ts_rank (smaller is closer, bm25's sign), so lib/related.ts's
 * scoreRelated treats both engines alike: the best match gets the full text points.
 */
export async function similarPostgres(db: Db, req: SimilarRequest, limits = SEARCH_LIMITS): Promise<Map<number, number>> {
  const text = tsQueryAnyOf(relatedTerms(req.text), "AB");
  if (!text) return new Map();
  const q = tsquery(text);
  // An OR of two dozen words matches most stories: rank the newest matches only (see SEARCH_LIMITS).
  const candidates = db
    .select({ id: articles.id, vector: sql`${vector}`.as("vector") })
    .from(articles)
    .where(and(sql`${vector} @@ ${q}`, ne(articles.id, req.excludeId), isVisibleAt(req.now)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limits.rankCandidates)
    .as("candidates");
  const rank = sql<number>`ts_rank(${SIMILAR_WEIGHTS}, ${candidates.vector}, ${q})`;
  const rows = await db
    .select({ id: candidates.id, rank })
    .from(candidates)
    .orderBy(desc(rank), desc(candidates.id))
    .limit(req.limit);
  return new Map(rows.map((r) => [r.id, -Number(r.rank)]));
}

/** SearchIndex on PostgreSQL. The generated column follows every write, so there is no upkeep. */
export function postgresSearch(db: Db): SearchIndex {
  return {
    search: (req) => searchPostgres(db, req),
    similar: (req) => similarPostgres(db, req),
    maintain: async () => {},
  };
}
