import { sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { adKinds, adSlots, articleKinds, articleStatuses, correctionKinds, staffRoles } from "@/lib/domain";


// Times are stored as epoch milliseconds (UTC); WIB is only a display concern.
const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const kanal = sqliteTable(
  "kanal",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    parentId: integer("parent_id").references((): AnySQLiteColumn => kanal.id, {
      onDelete: "restrict",
    }),
    /** Order in the navigation bar, smallest first. */
    position: integer("position").notNull().default(0),
    /** Left out of the reader navigation; its page and feed still answer. */
    hidden: integer("hidden", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("kanal_slug_unique").on(t.slug), index("kanal_parent_idx").on(t.parentId)],
);

/** A kanal's earlier slugs: their addresses answer 308 to the kanal's current one. */
export const kanalSlugHistory = sqliteTable(
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

export const tags = sqliteTable(
  "tags",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    /** Shown on the tag page and as its meta description. */
    description: text("description").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("tags_slug_unique").on(t.slug)],
);

/** A tag's earlier slugs, and the slugs of tags merged into it: they answer 308 to its page. */
export const tagSlugHistory = sqliteTable(
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

export const staff = sqliteTable(
  "staff",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    role: text("role", { enum: staffRoles }).notNull(),
    email: text("email"),
    bio: text("bio").notNull().default(""),
    /** Profile photo on the author page. */
    photoId: integer("photo_id").references((): AnySQLiteColumn => media.id, { onDelete: "set null" }),
    /** Profile links (own site, social accounts), one URL a line. */
    links: text("links").notNull().default(""),
    /** argon2id PHC string; null for byline-only people who cannot log in. */
    passwordHash: text("password_hash"),
    /** Deactivated staff keep their bylines but cannot log in. */
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("staff_slug_unique").on(t.slug), uniqueIndex("staff_email_unique").on(t.email)],
);

export const media = sqliteTable(
  "media",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Path below MEDIA_DIR, served at /media/<path>. */
    path: text("path").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    alt: text("alt").notNull().default(""),
    caption: text("caption").notNull().default(""),
    /** Printed as "Foto: <credit>". */
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

export const articles = sqliteTable(
  "articles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Stable short id used in URLs; never changes, unlike the slug. */
    publicId: text("public_id").notNull(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    lead: text("lead").notNull().default(""),
    /** City in capitals, printed as "<SITE>, <CITY> --". */
    dateline: text("dateline").notNull().default(""),
    /** Sanitized HTML, top-level block elements only. */
    body: text("body").notNull().default(""),
    /** Plain text of body, written with it; feeds the full-text index (articles_fts). */
    bodyText: text("body_text").notNull().default(""),
    kanalId: integer("kanal_id")
      .notNull()
      .references(() => kanal.id, { onDelete: "restrict" }),
    reporterId: integer("reporter_id").references(() => staff.id, { onDelete: "set null" }),
    editorId: integer("editor_id").references(() => staff.id, { onDelete: "set null" }),
    photoId: integer("photo_id").references(() => media.id, { onDelete: "set null" }),
    status: text("status", { enum: articleStatuses }).notNull().default("draft"),
    /** For scheduled articles, the moment they go live. */
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    createdAt: createdAt(),
    /** Bumped on every save; a save based on an older version is refused instead of overwriting. */
    version: integer("version").notNull().default(1),
    createdById: integer("created_by_id").references(() => staff.id, { onDelete: "set null" }),
    /** "Tanpa iklan": a sensitive story (a disaster, an obituary) shows no ads at all. */
    noAds: integer("no_ads", { mode: "boolean" }).notNull().default(false),
    /** "Laporan langsung": when the live report began; null for an ordinary story. */
    liveStartedAt: integer("live_started_at", { mode: "timestamp_ms" }),
    /** When the editor ended it: the LANGSUNG badge goes, the updates stay. */
    liveEndedAt: integer("live_ended_at", { mode: "timestamp_ms" }),
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
    // Reader lists: only visible-status stories, in published_at order (rowid breaks ties), so
    // "newest N" reads N entries. The WHERE must match isVisibleAt (db/queries/shared.ts) word for word.
    // They replace (status, published_at) indexes: with those the planner took two status ranges
    // and sorted every visible story for a LIMIT of ten.
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
export const articlePhotoUses = sqliteTable(
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

export const articleTags = sqliteTable(
  "article_tags",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    tagId: integer("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
    /** Order the editor gave the tags. */
    position: integer("position").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.tagId] }),
    // Tag pages and "same tags" lookups go from tag to articles.
    index("article_tags_tag_idx").on(t.tagId, t.articleId),
  ],
);

/** Related stories an editor pinned for Baca Juga, in the editor's order. */
export const articleRelated = sqliteTable(
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

export const articleViews = sqliteTable(
  "article_views",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    /** Start of the hour (epoch ms, UTC) the views fall in. */
    bucketStart: integer("bucket_start").notNull(),
    views: integer("views").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.bucketStart] }),
    // Terpopuler sums a time window across all articles.
    index("article_views_bucket_idx").on(t.bucketStart, t.articleId),
  ],
);

/**
 * All-time views per story, added in the same flush as article_views: the newsroom's "Total"
 * column sorts by it through its index instead of summing every hourly bucket ever written.
 */
export const articleViewTotals = sqliteTable(
  "article_view_totals",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    views: integer("views").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId] }), index("article_view_totals_views_idx").on(t.views, t.articleId)],
);

/**
 * Ralat, Koreksi, Klarifikasi and Hak Jawab on a published story. A note is never deleted:
 * an admin's removal stamps removed_at and removed_by_id, and the note stays for the newsroom.
 */
export const articleCorrections = sqliteTable(
  "article_corrections",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: correctionKinds }).notNull(),
    note: text("note").notNull(),
    createdAt: createdAt(),
    createdById: integer("created_by_id").references(() => staff.id, { onDelete: "set null" }),
    removedAt: integer("removed_at", { mode: "timestamp_ms" }),
    removedById: integer("removed_by_id").references(() => staff.id, { onDelete: "set null" }),
  },
  (t) => [
    index("article_corrections_article_idx").on(t.articleId, t.createdAt),
    // /koreksi and its feed: the newest notes readers see, without reading removed ones.
    index("article_corrections_visible_created_idx").on(t.createdAt).where(sql`removed_at IS NULL`),
  ],
);

/** The updates of a live report ("Laporan langsung"), newest first on the page. */
export const liveUpdates = sqliteTable(
  "live_updates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    /** Sanitized HTML in the stored body format (lib/sanitize.ts), like the story's body. */
    body: text("body").notNull(),
    /** "Poin penting": a short title puts the update in the key events list; "" for none. */
    keyTitle: text("key_title").notNull().default(""),
    /** Set while the update is pinned on top; at most one per story (the unique partial index). */
    pinnedAt: integer("pinned_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
    createdById: integer("created_by_id").references(() => staff.id, { onDelete: "set null" }),
  },
  (t) => [
    index("live_updates_article_idx").on(t.articleId, t.id),
    uniqueIndex("live_updates_one_pinned_idx").on(t.articleId).where(sql`pinned_at IS NOT NULL`),
  ],
);

/** Server-side sessions: the cookie holds a random token, the table only its SHA-256. */
export const sessions = sqliteTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    staffId: integer("staff_id")
      .notNull()
      .references(() => staff.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("sessions_staff_idx").on(t.staffId), index("sessions_expires_idx").on(t.expiresAt)],
);

/** A snapshot of an article at every save, so nothing an editor wrote is ever lost. */
export const articleRevisions = sqliteTable(
  "article_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    savedById: integer("saved_by_id").references(() => staff.id, { onDelete: "set null" }),
    savedAt: integer("saved_at", { mode: "timestamp_ms" }).notNull(),
    /** JSON of the editable fields (see db/mutations/articles.ts RevisionData). */
    data: text("data").notNull(),
  },
  (t) => [index("article_revisions_article_idx").on(t.articleId, t.version)],
);


/**
 * An editor's rolling autosave of the article form: one row per editor per story ("baru" for the
 * story they have not saved yet), replaced on every autosave and dropped when they save. Readers
 * never see it and it is no revision: docs/decisions/009-autosave-beside-the-story.md.
 */
export const articleAutosaves = sqliteTable(
  "article_autosaves",
  {
    staffId: integer("staff_id")
      .notNull()
      .references(() => staff.id, { onDelete: "cascade" }),
    /** The story's id as text, or "baru": a key that is never null, so one row per editor per story. */
    slot: text("slot").notNull(),
    articleId: integer("article_id").references(() => articles.id, { onDelete: "cascade" }),
    /** The version the form was loaded at: a restored copy is saved against it, so the version check holds. */
    baseVersion: integer("base_version"),
    savedAt: integer("saved_at", { mode: "timestamp_ms" }).notNull(),
    /** JSON of the form's text fields, as posted (lib/autosave.ts). */
    data: text("data").notNull(),
  },
  (t) => [primaryKey({ columns: [t.staffId, t.slot] }), index("article_autosaves_article_idx").on(t.articleId)],
);

/** One ad that can fill one slot: a house or sold image, or a third party's HTML tag. */
export const adCreatives = sqliteTable(
  "ad_creatives",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Internal name for the ad desk, never shown to readers. */
    name: text("name").notNull(),
    slot: text("slot", { enum: adSlots }).notNull(),
    kind: text("kind", { enum: adKinds }).notNull(),
    /** Image creatives: the picture (desktop size for the leaderboard-shaped slots). */
    imageId: integer("image_id").references(() => media.id, { onDelete: "set null" }),
    /** Image creatives in the 728x90 slots: the 320x100 picture phones get; falls back to imageId. */
    mobileImageId: integer("mobile_image_id").references(() => media.id, { onDelete: "set null" }),
    targetUrl: text("target_url").notNull().default(""),
    altText: text("alt_text").notNull().default(""),
    /** HTML creatives: the tag as the advertiser sent it; only ever rendered inside a sandboxed iframe. */
    html: text("html").notNull().default(""),
    startsAt: integer("starts_at", { mode: "timestamp_ms" }).notNull(),
    endsAt: integer("ends_at", { mode: "timestamp_ms" }).notNull(),
    /** Relative share among the creatives eligible for the same slot. */
    weight: integer("weight").notNull().default(1),
    paused: integer("paused", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [index("ad_creatives_slot_idx").on(t.slot, t.paused, t.endsAt)],
);

/** Kanal targeting; a creative without rows here runs everywhere. */
export const adCreativeKanal = sqliteTable(
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

/** Impressions and clicks per creative per WIB day, written in batches like page views. */
export const adStatsDaily = sqliteTable(
  "ad_stats_daily",
  {
    creativeId: integer("creative_id")
      .notNull()
      .references(() => adCreatives.id, { onDelete: "cascade" }),
    /** WIB calendar day, YYYY-MM-DD. */
    day: text("day").notNull(),
    impressions: integer("impressions").notNull().default(0),
    clicks: integer("clicks").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.creativeId, t.day] })],
);

/**
 * Site-wide settings an admin edits (ad kill switch, ad label, ads.txt, ...). Keys and
 * defaults live in lib/settings.ts; a missing row means the default.
 */
export const siteSettings = sqliteTable("site_settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`),
});

/**
 * Every save of "Atur Beranda" as a version: the newest row is the front page, and restoring an
 * old one saves its layout again as a new row, so the restore can be undone too.
 */
export const frontPageVersions = sqliteTable("front_page_versions", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  savedById: integer("saved_by_id").references(() => staff.id, { onDelete: "set null" }),
  savedAt: integer("saved_at", { mode: "timestamp_ms" }).notNull(),
  /** JSON of the slots (lib/front-page.ts FrontLayout): article ids, read against what is visible at read time. */
  data: text("data").notNull(),
});

export type Kanal = typeof kanal.$inferSelect;
export type Tag = typeof tags.$inferSelect;
export type Staff = typeof staff.$inferSelect;
export type Media = typeof media.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type AdCreative = typeof adCreatives.$inferSelect;
export type ArticleCorrection = typeof articleCorrections.$inferSelect;
export type LiveUpdate = typeof liveUpdates.$inferSelect;
