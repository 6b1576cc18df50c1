CREATE TABLE "article_photo_uses" (
	"article_id" integer NOT NULL,
	"media_id" integer NOT NULL,
	"part" text DEFAULT 'story' NOT NULL,
	CONSTRAINT "article_photo_uses_article_id_part_media_id_pk" PRIMARY KEY("article_id","part","media_id")
);
--> statement-breakpoint
ALTER TABLE "media" ADD COLUMN "focus_x" integer DEFAULT 50 NOT NULL;--> statement-breakpoint
ALTER TABLE "media" ADD COLUMN "focus_y" integer DEFAULT 50 NOT NULL;--> statement-breakpoint
ALTER TABLE "media" ADD COLUMN "original_path" text;--> statement-breakpoint
ALTER TABLE "media" ADD COLUMN "uploaded_by_id" integer;--> statement-breakpoint
ALTER TABLE "article_photo_uses" ADD CONSTRAINT "article_photo_uses_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_photo_uses" ADD CONSTRAINT "article_photo_uses_media_id_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_photo_uses_media_idx" ON "article_photo_uses" USING btree ("media_id","article_id");--> statement-breakpoint
ALTER TABLE "media" ADD CONSTRAINT "media_uploaded_by_id_staff_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."staff"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "media_created_idx" ON "media" USING btree ("created_at");