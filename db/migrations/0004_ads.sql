CREATE TABLE `ad_creative_kanal` (
	`creative_id` integer NOT NULL,
	`kanal_id` integer NOT NULL,
	PRIMARY KEY(`creative_id`, `kanal_id`),
	FOREIGN KEY (`creative_id`) REFERENCES `ad_creatives`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`kanal_id`) REFERENCES `kanal`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ad_creative_kanal_kanal_idx` ON `ad_creative_kanal` (`kanal_id`);--> statement-breakpoint
CREATE TABLE `ad_creatives` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`slot` text NOT NULL,
	`kind` text NOT NULL,
	`image_id` integer,
	`mobile_image_id` integer,
	`target_url` text DEFAULT '' NOT NULL,
	`alt_text` text DEFAULT '' NOT NULL,
	`html` text DEFAULT '' NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`weight` integer DEFAULT 1 NOT NULL,
	`paused` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`image_id`) REFERENCES `media`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`mobile_image_id`) REFERENCES `media`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `ad_creatives_slot_idx` ON `ad_creatives` (`slot`,`paused`,`ends_at`);--> statement-breakpoint
CREATE TABLE `ad_stats_daily` (
	`creative_id` integer NOT NULL,
	`day` text NOT NULL,
	`impressions` integer DEFAULT 0 NOT NULL,
	`clicks` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`creative_id`, `day`),
	FOREIGN KEY (`creative_id`) REFERENCES `ad_creatives`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `site_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
ALTER TABLE `articles` ADD `no_ads` integer DEFAULT false NOT NULL;