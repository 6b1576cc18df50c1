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
-- translate() turns - . / @ : _ + ~ into spaces first, so that words are runs of letters and
-- digits as in SQLite's unicode61 and in searchTerms: PostgreSQL's parser would otherwise keep
-- "Rp150.000", "-19" (of COVID-19) or an e-mail address as one token that no typed word finds.
ALTER TABLE "articles" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
	setweight(to_tsvector('warta'::regconfig, translate("title", '-./@:_+~', '        ')), 'A') ||
	setweight(to_tsvector('warta'::regconfig, translate("lead", '-./@:_+~', '        ')), 'B') ||
	setweight(to_tsvector('warta'::regconfig, translate("body_text", '-./@:_+~', '        ')), 'C')
) STORED;
--> statement-breakpoint
CREATE INDEX "articles_search_idx" ON "articles" USING gin ("search_vector");
