import { and, desc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { dailySeries, STATISTIK_DAYS, statistikWindow } from "@/lib/readership";
import { terpopulerWindows } from "@/lib/terpopuler";
import { getDb } from "../engine";
import { articles, articleViews, articleViewTotals, kanal, staff } from "../tables";

// Sums arrive as numbers from SQLite and as strings (bigint) from PostgreSQL.
const total = (column: typeof articleViews.views) => sql<number>`coalesce(sum(${column}), 0)`.mapWith(Number);

export type ViewCounts = { day: number; week: number; total: number };

/**
 * Views of some stories over the last 24 hours and 7 days (the same hourly windows as
 * Terpopuler) and all time: one range of the (article_id, bucket_start) key per story, and
 * the totals table. Stories nobody read are absent from the map.
 */
export async function getViewCounts(ids: number[], now = new Date()): Promise<Map<number, ViewCounts>> {
  const out = new Map<number, ViewCounts>();
  if (ids.length === 0) return out;
  const { daySince, weekSince } = terpopulerWindows(now);
  const db = getDb();
  const [recent, totals] = await Promise.all([
    db
      .select({
        articleId: articleViews.articleId,
        day: sql<number>`coalesce(sum(CASE WHEN ${articleViews.bucketStart} >= ${daySince} THEN ${articleViews.views} ELSE 0 END), 0)`.mapWith(Number),
        week: total(articleViews.views),
      })
      .from(articleViews)
      .where(and(inArray(articleViews.articleId, ids), gte(articleViews.bucketStart, weekSince)))
      .groupBy(articleViews.articleId),
    db.select().from(articleViewTotals).where(inArray(articleViewTotals.articleId, ids)),
  ]);
  for (const t of totals) out.set(t.articleId, { day: 0, week: 0, total: t.views });
  for (const r of recent) out.set(r.articleId, { day: r.day, week: r.week, total: out.get(r.articleId)?.total ?? r.week });
  return out;
}

/**
 * Views per story since an hourly bucket, summed from the bucket index over that range only,
 * for ordering the newsroom's list by "24 jam" or "7 hari".
 */
export function viewsSince(since: number) {
  return getDb()
    .select({ articleId: articleViews.articleId, views: sql<number>`sum(${articleViews.views})`.as("views") })
    .from(articleViews)
    .where(gte(articleViews.bucketStart, since))
    .groupBy(articleViews.articleId)
    .as("viewed");
}

export type StatistikRow = { id: number | null; label: string; views: number };

export type Statistik = {
  days: { day: string; views: number }[];
  total: number;
  topStories: (StatistikRow & { id: number })[];
  byKanal: StatistikRow[];
  byReporter: StatistikRow[];
};

const reporter = alias(staff, "reporter");

/**
 * The Statistik page: the last 30 WIB days of counted views, per day, the most read stories,
 * and views by kanal and by reporter. Every figure is read from the hourly buckets of that window
 * alone (the bucket index), summed per story first and then joined to the few stories read.
 */
export async function getStatistik(now = new Date(), opts: { days?: number; top?: number } = {}): Promise<Statistik> {
  const w = statistikWindow(now, opts.days ?? STATISTIK_DAYS);
  const inWindow = and(gte(articleViews.bucketStart, w.since), lt(articleViews.bucketStart, w.until));
  const db = getDb();
  const perStory = db
    .select({ articleId: articleViews.articleId, views: sql<number>`sum(${articleViews.views})`.as("views") })
    .from(articleViews)
    .where(inWindow)
    .groupBy(articleViews.articleId)
    .as("per_story");
  const sumViews = sql<number>`sum(${perStory.views})`.mapWith(Number);
  const [hourly, topStories, byKanal, byReporter] = await Promise.all([
    db.select({ bucketStart: articleViews.bucketStart, views: total(articleViews.views) }).from(articleViews).where(inWindow).groupBy(articleViews.bucketStart),
    db
      .select({ id: articles.id, label: articles.title, views: sql<number>`${perStory.views}`.mapWith(Number) })
      .from(perStory)
      .innerJoin(articles, eq(articles.id, perStory.articleId))
      .orderBy(desc(perStory.views), desc(articles.id))
      .limit(opts.top ?? 10),
    db
      .select({ id: kanal.id, label: kanal.name, views: sumViews })
      .from(perStory)
      .innerJoin(articles, eq(articles.id, perStory.articleId))
      .innerJoin(kanal, eq(kanal.id, articles.kanalId))
      .groupBy(kanal.id, kanal.name)
      .orderBy(desc(sumViews), kanal.name),
    db
      .select({ id: reporter.id, label: reporter.name, views: sumViews })
      .from(perStory)
      .innerJoin(articles, eq(articles.id, perStory.articleId))
      .leftJoin(reporter, eq(reporter.id, articles.reporterId))
      .groupBy(reporter.id, reporter.name)
      .orderBy(desc(sumViews), reporter.name),
  ]);
  const days = dailySeries(w.days, hourly.map((h) => ({ bucketStart: Number(h.bucketStart), views: h.views })));
  return {
    days,
    total: days.reduce((n, d) => n + d.views, 0),
    topStories,
    byKanal,
    byReporter: byReporter.map((r) => ({ ...r, label: r.label ?? "Tanpa reporter" })),
  };
}
