CREATE TABLE `article_related` (
	`article_id` integer NOT NULL,
	`related_id` integer NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`article_id`, `related_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`related_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_related_related_idx` ON `article_related` (`related_id`);--> statement-breakpoint
ALTER TABLE `articles` ADD `body_text` text DEFAULT '' NOT NULL;