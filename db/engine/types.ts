import type { SQL, SQLWrapper } from "drizzle-orm";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import type * as schema from "../schema";
import type { ArticleCard } from "../queries/shared";

/** Which database a server process runs on, chosen from the environment when it starts. */
export type EngineKind = "sqlite" | "postgres";

/**
 * The drizzle handle the shared queries and mutations are written against. It is typed as
 * SQLite's async flavour so that every query must be awaited, and the shared code keeps to the
 * builder features both drizzle dialects share: `await db.select()…`, `.returning()`,
 * `onConflictDoUpdate`, `$count`, `sql` templates with no engine-specific function. It never
 * calls `.get()`, `.all()`, `.run()`, `.values()` or `$client` (db/engine/boundary.test.ts greps for them).
 *
 * At run time it is whatever the engine made: better-sqlite3's drizzle instance on SQLite,
 * node-postgres's on PostgreSQL (cast to this type: the builders behave the same for the
 * features above). Tables come from db/tables.ts, which hands out the engine's own schema.
 */
export type Db = BaseSQLiteDatabase<"async", unknown, typeof schema>;

/** A reader's search, already split into words by searchTerms (lib/search-query.ts). */
export type SearchRequest = {
  /** Lower-case words without any query syntax; empty finds nothing. */
  terms: string[];
  limit: number;
  offset: number;
  now: Date;
};

export type SearchHit = ArticleCard & {
  /** Headline with matches between HIGHLIGHT_OPEN and HIGHLIGHT_CLOSE (see lib/highlight.ts). */
  titleMarked: string;
  /** A passage around the best match, marked the same way. Plain text, never HTML. */
  snippetMarked: string;
};

/**
 * `totalIsLowerBound`: more stories match than were counted (PostgreSQL stops counting at
 * SEARCH_LIMITS.countLimit, db/engine/postgres-search.ts); the page says "lebih dari".
 */
export type SearchResults = { total: number; hits: SearchHit[]; totalIsLowerBound?: boolean };

/** Baca Juga's request: see SearchIndex.similar. */
export type SimilarRequest = { text: string; excludeId: number; limit: number; now: Date };

/**
 * Full-text search: the part of the data layer whose SQL has nothing in common between the
 * engines (SQLite: FTS5 with bm25, highlight and snippet; PostgreSQL: tsvector and ts_rank).
 * Both give readers the same behaviour: headline above lead above body, recency in the rank,
 * prefix matching as typed, marked snippets, words found with and without diacritics, and no
 * error on any input. Visibility (isVisibleAt) is the caller's rule and both apply it.
 */
export interface SearchIndex {
  /** Visible stories matching every term, best first, with marked headline and snippet. */
  search(req: SearchRequest): Promise<SearchResults>;
  /**
   * Baca Juga's wording signal: visible stories (other than `excludeId`) whose headline or
   * lead share words with `text`, as id → relevance where SMALLER is better (bm25's sign),
   * at most `limit` of them. lib/related.ts turns it into a score.
   */
  similar(req: SimilarRequest): Promise<Map<number, number>>;
  /**
   * Upkeep after start-up or a bulk load (SQLite merges FTS5 segments). Engines whose index
   * follows every write by itself do nothing. Runs through `transaction`.
   */
  maintain(): Promise<void>;
}

/** What a start-up migration did. */
export type MigrationReport = {
  /** A copy taken before migrating a database that already held a newsroom's work, or null. */
  snapshot: string | null;
};

/**
 * Everything that differs between SQLite and PostgreSQL, behind one door. Each engine lives in
 * one module (db/engine/sqlite.ts, db/engine/postgres.ts); nothing else in the tree branches on
 * the engine. db/engine/index.ts picks one from DATABASE_URL when the server starts.
 */
export interface Engine {
  readonly kind: EngineKind;
  /**
   * For reads outside a transaction. On SQLite a separate query-only connection: WAL shows it
   * committed data only, so a write in progress is never half visible, and a stray write on it
   * fails loudly instead of slipping past the write lock.
   */
  readonly db: Db;
  /**
   * Runs `fn` atomically: everything it wrote is committed when its promise resolves, and
   * nothing is when it rejects. Every write goes through here, including single statements.
   * `fn` may await anything. Transactions do not nest: calling this from inside `fn` throws.
   *
   * SQLite: one write connection behind a process-wide async mutex, BEGIN IMMEDIATE … COMMIT /
   * ROLLBACK around the awaited `fn` (drizzle's better-sqlite3 driver cannot await a callback).
   * PostgreSQL: a pooled client with BEGIN … COMMIT; callers must not rely on more than READ
   * COMMITTED, so conflicting writes are guarded in SQL (e.g. `WHERE version = ?` + returning).
   */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  readonly search: SearchIndex;
  /**
   * Applies committed migrations for this engine's dialect, once, at start-up. Safe to call
   * from several processes at once; a failing migration leaves the database as it was.
   */
  migrate(): Promise<MigrationReport>;
  /** A consistent copy of the live database at `target` (SQLite: a file), taken while it runs. */
  backup(target: string): Promise<{ path: string; bytes: number }>;
  /**
   * Runs plain statements in one transaction synchronously, for the process's `exit` hook, the
   * last moment in-memory counts (views, ad impressions) can be saved and where nothing async
   * runs any more. SQLite writes on its own connection; PostgreSQL through a short-lived child
   * process (db/pg/write-on-exit.ts). Optional, so that an engine without it still works: its
   * counts then wait for the SIGTERM flush.
   */
  writeOnExit?(statements: SQL[]): void;
  /**
   * `text` to sort by in code-point order on both engines. SQLite compares text byte by byte
   * (BINARY); PostgreSQL by the database's collation, which on most servers (en_US.UTF-8, ICU)
   * ignores case, spaces and hyphens at first: "budi-santoso" after "budiman". Every ORDER BY
   * on a text column goes through this, so lists come out alike whatever the server's locale.
   */
  bytewise(text: SQLWrapper): SQL;
  /** Closes every connection; the engine is unusable afterwards. */
  close(): Promise<void>;
}
