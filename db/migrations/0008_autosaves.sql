CREATE TABLE `article_autosaves` (
	`staff_id` integer NOT NULL,
	`slot` text NOT NULL,
	`article_id` integer,
	`base_version` integer,
	`saved_at` integer NOT NULL,
	`data` text NOT NULL,
	PRIMARY KEY(`staff_id`, `slot`),
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_autosaves_article_idx` ON `article_autosaves` (`article_id`);