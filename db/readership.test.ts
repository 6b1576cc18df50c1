import { desc, eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { seededDatabase, testEngine } from "./testing/seeded-database";

// Readership figures for the desk, from views counted through the flush (addViews), on a real
// database seeded as a fresh install is, on SQLite and (project `postgres`) on PostgreSQL. The
// tests count in 2031, a window the seed's views (written around today) cannot reach.
const m = seededDatabase("readership", async () => ({
  views: await import("./mutations/views"),
  readership: await import("./queries/readership"),
  admin: await import("./queries/admin"),
}));

const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);

async function published(n: number) {
  const { articles } = m.tables;
  return await m
    .db()
    .select({ id: articles.id, title: articles.title, kanalId: articles.kanalId, reporterId: articles.reporterId })
    .from(articles)
    .where(eq(articles.status, "published"))
    .orderBy(desc(articles.id))
    .limit(n);
}

async function hourlySum(ids: number[]) {
  const { articleViews } = m.tables;
  const rows = await m
    .db()
    .select({ id: articleViews.articleId, n: sql<number>`sum(${articleViews.views})`.mapWith(Number) })
    .from(articleViews)
    .where(inArray(articleViews.articleId, ids))
    .groupBy(articleViews.articleId);
  return new Map(rows.map((r) => [r.id, r.n]));
}

describe("all-time totals", () => {
  it("start equal to the seed's hourly views (the start-up backfill) and follow every flush", async () => {
    const { articleViewTotals } = m.tables;
    const totals = await m.db().select().from(articleViewTotals);
    expect(totals.length).toBeGreaterThan(0);
    const hourly = await hourlySum(totals.map((t) => t.articleId));
    for (const t of totals) expect(t.views).toBe(hourly.get(t.articleId));
    // A second backfill finds the table filled and adds nothing.
    expect(await m.views.backfillViewTotals()).toBe(0);

    const [a] = await published(1);
    const before = totals.find((t) => t.articleId === a.id)?.views ?? 0;
    await m.views.addViews([
      { articleId: a.id, bucketStart: at("2031-01-01T00:00:00Z"), views: 3 },
      { articleId: a.id, bucketStart: at("2031-01-01T01:00:00Z"), views: 4 },
      { articleId: 999_999, bucketStart: at("2031-01-01T01:00:00Z"), views: 5 },
    ]);
    const [after] = await m.db().select().from(articleViewTotals).where(eq(articleViewTotals.articleId, a.id));
    expect(after.views).toBe(before + 7);
    expect((await hourlySum([a.id])).get(a.id)).toBe(after.views);
  });
});

describe("the exit flush", () => {
  it.skipIf(testEngine() !== "sqlite")("adds to the totals as it adds to the hourly rows (SQLite, the engine that writes on exit)", async () => {
    const [, story] = await published(2);
    const { articleViewTotals } = m.tables;
    const totalNow = async () => (await m.db().select().from(articleViewTotals).where(eq(articleViewTotals.articleId, story.id)))[0]?.views ?? 0;
    const before = await totalNow();
    m.views.addViewsOnExit([
      { articleId: story.id, bucketStart: at("2031-02-01T00:00:00Z"), views: 2 },
      { articleId: story.id, bucketStart: at("2031-02-01T01:00:00Z"), views: 5 },
      { articleId: 999_998, bucketStart: at("2031-02-01T01:00:00Z"), views: 1 },
    ]);
    expect(await totalNow()).toBe(before + 7);
    expect((await hourlySum([story.id])).get(story.id)).toBe(before + 7);
  });
});

describe("the newsroom list's views columns", () => {
  it("shows 24 jam, 7 hari and Total, and sorts by each", async () => {
    const now = new Date("2031-06-10T12:30:00Z");
    const hour = at("2031-06-10T12:00:00Z");
    const [a, b, c] = await published(3).then((s) => s.slice(0, 3));
    // a: most in 24 hours; b: most in 7 days; c: most of all time (long ago).
    await m.views.addViews([
      { articleId: a.id, bucketStart: hour, views: 50 },
      { articleId: b.id, bucketStart: hour - 23 * HOUR, views: 10 },
      { articleId: b.id, bucketStart: hour - 24 * HOUR, views: 60 },
      { articleId: c.id, bucketStart: hour - 200 * 24 * HOUR, views: 5000 },
    ]);
    const counts = await m.readership.getViewCounts([a.id, b.id, c.id], now);
    const totals = await hourlySum([a.id, b.id, c.id]);
    expect(counts.get(a.id)).toMatchObject({ day: 50, week: 50, total: totals.get(a.id) });
    expect(counts.get(b.id)).toMatchObject({ day: 10, week: 70, total: totals.get(b.id) });
    expect(counts.get(c.id)).toMatchObject({ day: 0, week: 0, total: totals.get(c.id) });

    const ids = [a.id, b.id, c.id];
    const order = async (sort: "24jam" | "7hari" | "total") =>
      (await m.admin.getAdminArticles({}, { limit: 1000, offset: 0 }, sort, now)).map((r) => r.id).filter((id) => ids.includes(id));
    expect(await order("24jam")).toEqual([a.id, b.id, c.id]);
    expect(await order("7hari")).toEqual([b.id, a.id, c.id]);
    // The seed's own views weigh in on Total: the order follows the totals, whatever they are.
    const byTotal = [...ids].sort((p, q) => counts.get(q)!.total - counts.get(p)!.total);
    expect(await order("total")).toEqual(byTotal);
    const first = (await m.admin.getAdminArticles({}, { limit: 1, offset: 0 }, "24jam", now))[0];
    expect(first.id).toBe(a.id);
  });
});

describe("getStatistik", () => {
  it("adds the last 30 WIB days by day, story, kanal and reporter, and leaves out what falls before", async () => {
    const now = new Date("2031-09-30T04:00:00Z"); // 11:00 WIB on 30 September
    const [x, y] = await published(2);
    await m.views.addViews([
      { articleId: x.id, bucketStart: at("2031-09-30T03:00:00Z"), views: 7 }, // 30 Sep WIB
      { articleId: x.id, bucketStart: at("2031-09-29T17:00:00Z"), views: 2 }, // 00:00 WIB, 30 Sep
      { articleId: x.id, bucketStart: at("2031-09-29T16:00:00Z"), views: 4 }, // 23:00 WIB, 29 Sep
      { articleId: y.id, bucketStart: at("2031-09-01T00:00:00Z"), views: 9 }, // 1 Sep WIB, the first day
      { articleId: y.id, bucketStart: at("2031-08-31T16:00:00Z"), views: 100 }, // 31 Aug WIB: outside
    ]);
    const s = await m.readership.getStatistik(now);
    expect(s.days).toHaveLength(30);
    expect(s.days[0]).toEqual({ day: "2031-09-01", views: 9 });
    expect(s.days.at(-2)).toEqual({ day: "2031-09-29", views: 4 });
    expect(s.days.at(-1)).toEqual({ day: "2031-09-30", views: 9 });
    expect(s.total).toBe(22);
    expect(s.topStories.map((r) => [r.id, r.views])).toEqual([
      [x.id, 13],
      [y.id, 9],
    ]);
    const { kanal, staff } = m.tables;
    const kanalNames = new Map((await m.db().select().from(kanal)).map((k) => [k.id, k.name]));
    const expectedKanal = new Map<string, number>();
    for (const [s0, n] of [[x, 13], [y, 9]] as const) expectedKanal.set(kanalNames.get(s0.kanalId)!, (expectedKanal.get(kanalNames.get(s0.kanalId)!) ?? 0) + n);
    expect(new Map(s.byKanal.map((k) => [k.label, k.views]))).toEqual(expectedKanal);
    const staffNames = new Map((await m.db().select().from(staff)).map((p) => [p.id, p.name]));
    const name = (id: number | null) => (id === null ? "Tanpa reporter" : staffNames.get(id)!);
    const expectedReporter = new Map<string, number>();
    for (const [s0, n] of [[x, 13], [y, 9]] as const) expectedReporter.set(name(s0.reporterId), (expectedReporter.get(name(s0.reporterId)) ?? 0) + n);
    expect(new Map(s.byReporter.map((r) => [r.label, r.views]))).toEqual(expectedReporter);
  });
});
