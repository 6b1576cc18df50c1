-- Full-text index over headline, lead and body text, for search and for "related" scoring.
-- unicode61 with diacritics removed suits Indonesian (and the odd "Kafé"); prefix indexes make "pemil*" fast.
-- External content: the text lives once, in articles; triggers keep the index in step with every write.
CREATE VIRTUAL TABLE `articles_fts` USING fts5(
	title, lead, body_text,
	content='articles', content_rowid='id',
	tokenize='unicode61 remove_diacritics 2',
	prefix='2 3 4'
);
--> statement-breakpoint
CREATE TRIGGER `articles_fts_ai` AFTER INSERT ON `articles` BEGIN
	INSERT INTO articles_fts(rowid, title, lead, body_text) VALUES (new.id, new.title, new.lead, new.body_text);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_ad` AFTER DELETE ON `articles` BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, lead, body_text) VALUES ('delete', old.id, old.title, old.lead, old.body_text);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_au` AFTER UPDATE OF title, lead, body_text ON `articles` BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, lead, body_text) VALUES ('delete', old.id, old.title, old.lead, old.body_text);
	INSERT INTO articles_fts(rowid, title, lead, body_text) VALUES (new.id, new.title, new.lead, new.body_text);
END;
--> statement-breakpoint
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
