CREATE TABLE `kanal_slug_history` (
	`slug` text PRIMARY KEY NOT NULL,
	`kanal_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`kanal_id`) REFERENCES `kanal`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `kanal_slug_history_kanal_idx` ON `kanal_slug_history` (`kanal_id`);--> statement-breakpoint
CREATE TABLE `tag_slug_history` (
	`slug` text PRIMARY KEY NOT NULL,
	`tag_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `tag_slug_history_tag_idx` ON `tag_slug_history` (`tag_id`);--> statement-breakpoint
ALTER TABLE `kanal` ADD `hidden` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `staff` ADD `photo_id` integer REFERENCES media(id);--> statement-breakpoint
ALTER TABLE `staff` ADD `links` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `tags` ADD `description` text DEFAULT '' NOT NULL;