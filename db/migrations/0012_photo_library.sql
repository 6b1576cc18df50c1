CREATE TABLE `article_photo_uses` (
	`article_id` integer NOT NULL,
	`media_id` integer NOT NULL,
	`part` text DEFAULT 'story' NOT NULL,
	PRIMARY KEY(`article_id`, `part`, `media_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`media_id`) REFERENCES `media`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `article_photo_uses_media_idx` ON `article_photo_uses` (`media_id`,`article_id`);--> statement-breakpoint
ALTER TABLE `media` ADD `focus_x` integer DEFAULT 50 NOT NULL;--> statement-breakpoint
ALTER TABLE `media` ADD `focus_y` integer DEFAULT 50 NOT NULL;--> statement-breakpoint
ALTER TABLE `media` ADD `original_path` text;--> statement-breakpoint
ALTER TABLE `media` ADD `uploaded_by_id` integer REFERENCES staff(id);--> statement-breakpoint
CREATE INDEX `media_created_idx` ON `media` (`created_at`);