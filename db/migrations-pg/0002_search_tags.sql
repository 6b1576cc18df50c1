-- PostgreSQL's parser reads "<word>" and "</word>" as tags, and everything between an opening
-- "<script>" or "<style>" and its closing tag as nothing at all. 0001's translate() turned the
-- "/" of "</script>" into a space, so a story whose text quotes such a tag lost every word after
-- it from the index (SQLite's unicode61 sees only words). "<", ">" and "&" (entities) become
-- spaces too, so that words are again only runs of letters and digits.
DROP INDEX "articles_search_idx";
--> statement-breakpoint
ALTER TABLE "articles" DROP COLUMN "search_vector";
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
	setweight(to_tsvector('warta'::regconfig, translate("title", '-./@:_+~<>&', '           ')), 'A') ||
	setweight(to_tsvector('warta'::regconfig, translate("lead", '-./@:_+~<>&', '           ')), 'B') ||
	setweight(to_tsvector('warta'::regconfig, translate("body_text", '-./@:_+~<>&', '           ')), 'C')
) STORED;
--> statement-breakpoint
CREATE INDEX "articles_search_idx" ON "articles" USING gin ("search_vector");
