CREATE TABLE "kanal_slug_history" (
	"slug" text PRIMARY KEY NOT NULL,
	"kanal_id" integer NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tag_slug_history" (
	"slug" text PRIMARY KEY NOT NULL,
	"tag_id" integer NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "kanal" ADD COLUMN "hidden" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "staff" ADD COLUMN "photo_id" integer;--> statement-breakpoint
ALTER TABLE "staff" ADD COLUMN "links" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "tags" ADD COLUMN "description" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "kanal_slug_history" ADD CONSTRAINT "kanal_slug_history_kanal_id_kanal_id_fk" FOREIGN KEY ("kanal_id") REFERENCES "public"."kanal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tag_slug_history" ADD CONSTRAINT "tag_slug_history_tag_id_tags_id_fk" FOREIGN KEY ("tag_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kanal_slug_history_kanal_idx" ON "kanal_slug_history" USING btree ("kanal_id");--> statement-breakpoint
CREATE INDEX "tag_slug_history_tag_idx" ON "tag_slug_history" USING btree ("tag_id");--> statement-breakpoint
ALTER TABLE "staff" ADD CONSTRAINT "staff_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;