DROP INDEX `articles_status_published_idx`;--> statement-breakpoint
DROP INDEX `articles_kanal_status_published_idx`;--> statement-breakpoint
CREATE INDEX `articles_visible_published_idx` ON `articles` (`published_at`) WHERE status IN ('published', 'scheduled');--> statement-breakpoint
CREATE INDEX `articles_visible_kanal_published_idx` ON `articles` (`kanal_id`,`published_at`) WHERE status IN ('published', 'scheduled');--> statement-breakpoint
CREATE INDEX `articles_visible_reporter_published_idx` ON `articles` (`reporter_id`,`published_at`) WHERE status IN ('published', 'scheduled');--> statement-breakpoint
CREATE INDEX `articles_visible_editor_published_idx` ON `articles` (`editor_id`,`published_at`) WHERE status IN ('published', 'scheduled');