DROP INDEX `articles_status_published_idx`;--> statement-breakpoint
DROP INDEX `articles_kanal_status_published_idx`;