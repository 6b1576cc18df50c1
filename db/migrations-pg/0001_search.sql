-- Full-text search, PostgreSQL's counterpart of SQLite's articles_fts (db/migrations/0002).
-- The `warta` configuration is `simple` (lower-casing, no stemming: see docs on the `indonesian`
-- measurement) with unaccent in front, so "kafe" finds "Kafé" and ts_headline marks it.
-- unaccent is a trusted extension: a database owner may create it without being superuser.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION warta (COPY = pg_catalog.simple);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION warta
	ALTER MAPPING FOR word, hword, hword_part, numword, numhword, hword_numpart WITH unaccent, simple;
--> statement-breakpoint
-- Weights: A the headline, B the lead, C the body text (the ranking gives them 10 : 4 : 1, as bm25 does on SQLite).
-- A stored generated column keeps the vector in step with every write, as the FTS5 triggers do.
ALTER TABLE "articles" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
	setweight(to_tsvector('warta'::regconfig, "title"), 'A') ||
	setweight(to_tsvector('warta'::regconfig, "lead"), 'B') ||
	setweight(to_tsvector('warta'::regconfig, "body_text"), 'C')
) STORED;
--> statement-breakpoint
CREATE INDEX "articles_search_idx" ON "articles" USING gin ("search_vector");
