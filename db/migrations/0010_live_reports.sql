CREATE TABLE `live_updates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`body` text NOT NULL,
	`key_title` text DEFAULT '' NOT NULL,
	`pinned_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	`created_by_id` integer,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `live_updates_article_idx` ON `live_updates` (`article_id`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `live_updates_one_pinned_idx` ON `live_updates` (`article_id`) WHERE pinned_at IS NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `live_started_at` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `live_ended_at` integer;