// The PostgreSQL twin of db/schema.ts: the same tables, column names, TypeScript types, indexes
// and constraints, in PostgreSQL's own types. db/schema-parity.test.ts holds the two together.
// Choices (see docs/_incoming/wt-pg.md):
// - times are timestamptz(3): SQLite keeps epoch milliseconds, so millisecond precision round-trips;
// - ids are integer identity columns "by default", so that a copy from SQLite keeps its ids;
// - article_views.bucket_start stays a number (epoch ms, as in SQLite), so it needs bigint;
// - JSON stays text (revision data, settings): the code parses it itself, and text round-trips
//   byte for byte, which the copy command's checksums rely on;
// - the full-text column and its index live in a hand-written migration, as articles_fts does.
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { adKinds, adSlots, articleKinds, articleStatuses, correctionKinds, staffRoles } from "@/lib/domain";

const id = () => integer("id").primaryKey().generatedByDefaultAsIdentity();
const time = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: "date" });
const createdAt = () => time("created_at").notNull().defaultNow();

export const kanal = pgTable(
  "kanal",
  {
    id: id(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    parentId: integer("parent_id").references((): AnyPgColumn => kanal.id, { onDelete: "restrict" }),
    position: integer("position").notNull().default(0),
    hidden: boolean("hidden").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("kanal_slug_unique").on(t.slug), index("kanal_parent_idx").on(t.parentId)],
);

export const kanalSlugHistory = pgTable(
  "kanal_slug_history",
  {
    slug: text("slug").primaryKey(),
    kanalId: integer("kanal_id")
      .notNull()
      .references(() => kanal.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [index("kanal_slug_history_kanal_idx").on(t.kanalId)],
);

export const tags = pgTable(
  "tags",
  {
    id: id(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("tags_slug_unique").on(t.slug)],
);

export const tagSlugHistory = pgTable(
  "tag_slug_history",
  {
    slug: text("slug").primaryKey(),
    tagId: integer("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [index("tag_slug_history_tag_idx").on(t.tagId)],
);

export const staff = pgTable(
  "staff",
  {
    id: id(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    role: text("role", { enum: staffRoles }).notNull(),
    email: text("email"),
    bio: text("bio").notNull().default(""),
    photoId: integer("photo_id").references((): AnyPgColumn => media.id, { onDelete: "set null" }),
    links: text("links").notNull().default(""),
    passwordHash: text("password_hash"),
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("staff_slug_unique").on(t.slug), uniqueIndex("staff_email_unique").on(t.email)],
);

export const media = pgTable(
  "media",
  {
    id: id(),
    path: text("path").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    alt: text("alt").notNull().default(""),
    caption: text("caption").notNull().default(""),
    credit: text("credit").notNull().default(""),
    /** Focal point in percent of width and height (0–100): every crop (cards, squares, share image) keeps it in view. */
    focusX: integer("focus_x").notNull().default(50),
    focusY: integer("focus_y").notNull().default(50),
    /** The metadata-stripped original of an upload, kept for re-cropping; null for seed and older photos. */
    originalPath: text("original_path"),
    /** Who uploaded it; null for seed photos and for staff since removed. */
    uploadedById: integer("uploaded_by_id").references(() => staff.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("media_created_idx").on(t.createdAt)],
);

export const articles = pgTable(
  "articles",
  {
    id: id(),
    publicId: text("public_id").notNull(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    lead: text("lead").notNull().default(""),
    dateline: text("dateline").notNull().default(""),
    body: text("body").notNull().default(""),
    bodyText: text("body_text").notNull().default(""),
    kanalId: integer("kanal_id")
      .notNull()
      .references(() => kanal.id, { onDelete: "restrict" }),
    reporterId: integer("reporter_id").references(() => staff.id, { onDelete: "set null" }),
    editorId: integer("editor_id").references(() => staff.id, { onDelete: "set null" }),
    photoId: integer("photo_id").references(() => media.id, { onDelete: "set null" }),
    status: text("status", { enum: articleStatuses }).notNull().default("draft"),
    publishedAt: time("published_at"),
    updatedAt: time("updated_at").notNull().defaultNow(),
    createdAt: createdAt(),
    version: integer("version").notNull().default(1),
    createdById: integer("created_by_id").references(() => staff.id, { onDelete: "set null" }),
    noAds: boolean("no_ads").notNull().default(false),
    liveStartedAt: time("live_started_at"),
    liveEndedAt: time("live_ended_at"),
    /** "Jenis berita": ordinary news, or a "Foto" story led by its gallery. */
    kind: text("kind", { enum: articleKinds }).notNull().default("berita"),
  },
  (t) => [
    uniqueIndex("articles_public_id_unique").on(t.publicId),
    uniqueIndex("articles_slug_unique").on(t.slug),
    index("articles_updated_idx").on(t.updatedAt),
    index("articles_reporter_idx").on(t.reporterId),
    index("articles_editor_idx").on(t.editorId),
    index("articles_photo_idx").on(t.photoId),
    // The same partial indexes as on SQLite, with the same literal WHERE as isVisibleAt.
    index("articles_visible_published_idx").on(t.publishedAt).where(sql`status IN ('published', 'scheduled')`),
    index("articles_visible_kanal_published_idx").on(t.kanalId, t.publishedAt).where(sql`status IN ('published', 'scheduled')`),
    index("articles_visible_reporter_published_idx").on(t.reporterId, t.publishedAt).where(sql`status IN ('published', 'scheduled')`),
    index("articles_visible_editor_published_idx").on(t.editorId, t.publishedAt).where(sql`status IN ('published', 'scheduled')`),
  ],
);

/**
 * Which stories show which library photos: the main photo and the photos in the body ("story"), and
 * parts others add (a live update: "update:<id>"). Written inside each save; "Dipakai di N berita" and
 * the refusal to delete a photo in use read it.
 */
export const articlePhotoUses = pgTable(
  "article_photo_uses",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    mediaId: integer("media_id")
      .notNull()
      .references(() => media.id, { onDelete: "restrict" }),
    /** Which part of the story uses it, so each part rewrites only its own rows. */
    part: text("part").notNull().default("story"),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.part, t.mediaId] }), index("article_photo_uses_media_idx").on(t.mediaId, t.articleId)],
);

export const articleTags = pgTable(
  "article_tags",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    tagId: integer("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index("article_tags_tag_idx").on(t.tagId, t.articleId)],
);

export const articleRelated = pgTable(
  "article_related",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    relatedId: integer("related_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.relatedId] }), index("article_related_related_idx").on(t.relatedId)],
);

export const articleViews = pgTable(
  "article_views",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    bucketStart: bigint("bucket_start", { mode: "number" }).notNull(),
    views: integer("views").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.bucketStart] }), index("article_views_bucket_idx").on(t.bucketStart, t.articleId)],
);

export const articleViewTotals = pgTable(
  "article_view_totals",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    views: integer("views").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId] }), index("article_view_totals_views_idx").on(t.views, t.articleId)],
);

export const articleCorrections = pgTable(
  "article_corrections",
  {
    id: id(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: correctionKinds }).notNull(),
    note: text("note").notNull(),
    createdAt: createdAt(),
    createdById: integer("created_by_id").references(() => staff.id, { onDelete: "set null" }),
    removedAt: time("removed_at"),
    removedById: integer("removed_by_id").references(() => staff.id, { onDelete: "set null" }),
  },
  (t) => [
    index("article_corrections_article_idx").on(t.articleId, t.createdAt),
    index("article_corrections_visible_created_idx").on(t.createdAt).where(sql`removed_at IS NULL`),
  ],
);

export const liveUpdates = pgTable(
  "live_updates",
  {
    id: id(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    keyTitle: text("key_title").notNull().default(""),
    pinnedAt: time("pinned_at"),
    createdAt: createdAt(),
    updatedAt: time("updated_at").notNull(),
    createdById: integer("created_by_id").references(() => staff.id, { onDelete: "set null" }),
  },
  (t) => [
    index("live_updates_article_idx").on(t.articleId, t.id),
    uniqueIndex("live_updates_one_pinned_idx").on(t.articleId).where(sql`pinned_at IS NOT NULL`),
  ],
);

export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    staffId: integer("staff_id")
      .notNull()
      .references(() => staff.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: time("expires_at").notNull(),
  },
  (t) => [index("sessions_staff_idx").on(t.staffId), index("sessions_expires_idx").on(t.expiresAt)],
);

export const articleRevisions = pgTable(
  "article_revisions",
  {
    id: id(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    savedById: integer("saved_by_id").references(() => staff.id, { onDelete: "set null" }),
    savedAt: time("saved_at").notNull(),
    data: text("data").notNull(),
  },
  (t) => [index("article_revisions_article_idx").on(t.articleId, t.version)],
);

export const articleAutosaves = pgTable(
  "article_autosaves",
  {
    staffId: integer("staff_id")
      .notNull()
      .references(() => staff.id, { onDelete: "cascade" }),
    slot: text("slot").notNull(),
    articleId: integer("article_id").references(() => articles.id, { onDelete: "cascade" }),
    baseVersion: integer("base_version"),
    savedAt: time("saved_at").notNull(),
    data: text("data").notNull(),
  },
  (t) => [primaryKey({ columns: [t.staffId, t.slot] }), index("article_autosaves_article_idx").on(t.articleId)],
);

export const adCreatives = pgTable(
  "ad_creatives",
  {
    id: id(),
    name: text("name").notNull(),
    slot: text("slot", { enum: adSlots }).notNull(),
    kind: text("kind", { enum: adKinds }).notNull(),
    imageId: integer("image_id").references(() => media.id, { onDelete: "set null" }),
    mobileImageId: integer("mobile_image_id").references(() => media.id, { onDelete: "set null" }),
    targetUrl: text("target_url").notNull().default(""),
    altText: text("alt_text").notNull().default(""),
    html: text("html").notNull().default(""),
    startsAt: time("starts_at").notNull(),
    endsAt: time("ends_at").notNull(),
    weight: integer("weight").notNull().default(1),
    paused: boolean("paused").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: time("updated_at").notNull().defaultNow(),
  },
  (t) => [index("ad_creatives_slot_idx").on(t.slot, t.paused, t.endsAt)],
);

export const adCreativeKanal = pgTable(
  "ad_creative_kanal",
  {
    creativeId: integer("creative_id")
      .notNull()
      .references(() => adCreatives.id, { onDelete: "cascade" }),
    kanalId: integer("kanal_id")
      .notNull()
      .references(() => kanal.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.creativeId, t.kanalId] }), index("ad_creative_kanal_kanal_idx").on(t.kanalId)],
);

export const adStatsDaily = pgTable(
  "ad_stats_daily",
  {
    creativeId: integer("creative_id")
      .notNull()
      .references(() => adCreatives.id, { onDelete: "cascade" }),
    day: text("day").notNull(),
    impressions: integer("impressions").notNull().default(0),
    clicks: integer("clicks").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.creativeId, t.day] })],
);

export const siteSettings = pgTable("site_settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: time("updated_at").notNull().defaultNow(),
});

export const frontPageVersions = pgTable("front_page_versions", {
  id: id(),
  savedById: integer("saved_by_id").references(() => staff.id, { onDelete: "set null" }),
  savedAt: time("saved_at").notNull(),
  data: text("data").notNull(),
});
