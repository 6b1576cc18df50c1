import { and, desc, eq, gt } from "drizzle-orm";
import { getDb } from "../engine";
import { articles, liveUpdates, staff } from "../tables";
import { isVisibleAt } from "./shared";

/** One update as stored: the sanitized body, before the reader page expands photos and embeds. */
export type StoredLiveUpdate = {
  id: number;
  body: string;
  keyTitle: string;
  pinned: boolean;
  createdAt: Date;
  updatedAt: Date;
  author: string | null;
};

export type LiveReport = { startedAt: Date; endedAt: Date | null; updates: StoredLiveUpdate[] };

/** The most updates one answer carries: a page that far behind is better reloaded. */
export const LIVE_POLL_LIMIT = 50;

const updateColumns = {
  id: liveUpdates.id,
  body: liveUpdates.body,
  keyTitle: liveUpdates.keyTitle,
  pinnedAt: liveUpdates.pinnedAt,
  createdAt: liveUpdates.createdAt,
  updatedAt: liveUpdates.updatedAt,
  author: staff.name,
};

function toUpdate({ pinnedAt, ...u }: { pinnedAt: Date | null } & Omit<StoredLiveUpdate, "pinned">): StoredLiveUpdate {
  return { ...u, pinned: pinnedAt !== null };
}

/**
 * A story's live report with every update, newest first (the page puts the pinned one on top),
 * or null for a story that never had one. Shared by the reader page and the newsroom.
 */
export async function getLiveReport(articleId: number): Promise<LiveReport | null> {
  const db = getDb();
  const [story] = await db
    .select({ startedAt: articles.liveStartedAt, endedAt: articles.liveEndedAt })
    .from(articles)
    .where(eq(articles.id, articleId));
  if (!story?.startedAt) return null;
  const rows = await db
    .select(updateColumns)
    .from(liveUpdates)
    .leftJoin(staff, eq(staff.id, liveUpdates.createdById))
    .where(eq(liveUpdates.articleId, articleId))
    .orderBy(desc(liveUpdates.id));
  return { startedAt: story.startedAt, endedAt: story.endedAt, updates: rows.map(toUpdate) };
}

/**
 * What a reader's page polls for (`/langsung/<publicId>`): the updates posted after the one it
 * shows newest, newest first and at most LIVE_POLL_LIMIT, and whether the report still runs.
 * Null when readers may not see the story or it never was a live report.
 */
export async function getLiveUpdatesSince(opts: { publicId: string; sinceId: number; now?: Date }) {
  const db = getDb();
  const [story] = await db
    .select({ id: articles.id, slug: articles.slug, title: articles.title, startedAt: articles.liveStartedAt, endedAt: articles.liveEndedAt })
    .from(articles)
    .where(and(eq(articles.publicId, opts.publicId), isVisibleAt(opts.now ?? new Date())));
  if (!story?.startedAt) return null;
  const rows = await db
    .select(updateColumns)
    .from(liveUpdates)
    .leftJoin(staff, eq(staff.id, liveUpdates.createdById))
    .where(and(eq(liveUpdates.articleId, story.id), gt(liveUpdates.id, opts.sinceId)))
    .orderBy(desc(liveUpdates.id))
    .limit(LIVE_POLL_LIMIT);
  return { slug: story.slug, title: story.title, ended: story.endedAt !== null, updates: rows.map(toUpdate) };
}

/** A live story readers may see, for its own feed of updates: null otherwise. */
export async function getLiveFeedStory(publicId: string, now = new Date()) {
  const [story] = await getDb()
    .select({ id: articles.id, publicId: articles.publicId, slug: articles.slug, title: articles.title, lead: articles.lead, startedAt: articles.liveStartedAt })
    .from(articles)
    .where(and(eq(articles.publicId, publicId), isVisibleAt(now)));
  return story?.startedAt ? story : null;
}

/**
 * Who may write to a story's live report is who may edit the story (canEditArticle): its owner
 * fields and status, found from the story or from one of its updates. Null when neither exists.
 */
export async function getLiveAccess(target: { articleId: number } | { updateId: number }) {
  const db = getDb();
  const columns = { articleId: articles.id, createdById: articles.createdById, reporterId: articles.reporterId, status: articles.status };
  const [row] =
    "articleId" in target
      ? await db.select(columns).from(articles).where(eq(articles.id, target.articleId))
      : await db.select(columns).from(liveUpdates).innerJoin(articles, eq(articles.id, liveUpdates.articleId)).where(eq(liveUpdates.id, target.updateId));
  return row ?? null;
}

/** One update for its edit page, with the story it belongs to; null when either is gone. */
export async function getLiveUpdateForEdit(articleId: number, updateId: number) {
  const [row] = await getDb()
    .select({ id: liveUpdates.id, body: liveUpdates.body, keyTitle: liveUpdates.keyTitle, createdAt: liveUpdates.createdAt, title: articles.title })
    .from(liveUpdates)
    .innerJoin(articles, eq(articles.id, liveUpdates.articleId))
    .where(and(eq(liveUpdates.id, updateId), eq(liveUpdates.articleId, articleId)));
  return row ?? null;
}
