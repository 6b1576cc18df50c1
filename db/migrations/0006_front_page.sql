CREATE TABLE `front_page_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`saved_by_id` integer,
	`saved_at` integer NOT NULL,
	`data` text NOT NULL,
	FOREIGN KEY (`saved_by_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set null
);
