CREATE TABLE "article_autosaves" (
	"staff_id" integer NOT NULL,
	"slot" text NOT NULL,
	"article_id" integer,
	"base_version" integer,
	"saved_at" timestamp (3) with time zone NOT NULL,
	"data" text NOT NULL,
	CONSTRAINT "article_autosaves_staff_id_slot_pk" PRIMARY KEY("staff_id","slot")
);
--> statement-breakpoint
ALTER TABLE "article_autosaves" ADD CONSTRAINT "article_autosaves_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_autosaves" ADD CONSTRAINT "article_autosaves_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_autosaves_article_idx" ON "article_autosaves" USING btree ("article_id");