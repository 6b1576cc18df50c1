import { and, count, desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seededDatabase } from "./testing/seeded-database";

// Terpopuler, Baca Juga, Berita Lainnya and view writes on a seeded database (SQLite, and
// PostgreSQL in the `postgres` project), with the
// views and pins replaced by fixed data so that every expected order is known.
const m = seededDatabase("blocks", async () => ({
  articles: await import("./queries/articles"),
  popular: await import("./queries/popular"),
  related: await import("./queries/related"),
  views: await import("./queries/views"),
  mutations: await import("./mutations/views"),
}), { TERPOPULER_CACHE_MS: "30000" });

const HOUR = 3600_000;
const MIN = 60_000;
// One fixed "now" for the file; the seed dates its stories relative to the real clock.
const NOW = new Date();
const HOUR_NOW = Math.floor(NOW.getTime() / HOUR) * HOUR;

type Row = { id: number; publicId: string; kanalId: number; publishedAt: Date | null };
/** Visible stories, newest first: a[0] is the newest. */
let a: Row[];
let draftId: number;

beforeAll(async () => {
  const { articles } = m.tables;
  a = await m
    .db()
    .select({ id: articles.id, publicId: articles.publicId, kanalId: articles.kanalId, publishedAt: articles.publishedAt })
    .from(articles)
    .where(eq(articles.status, "published"))
    .orderBy(desc(articles.publishedAt), desc(articles.id));
  [{ id: draftId }] = await m.db().select({ id: articles.id }).from(articles).where(eq(articles.status, "draft"));
});

/** Writes test data the way the code does: in one transaction on the engine. */
const write = <T>(fn: (tx: ReturnType<typeof m.db>) => Promise<T>) => m.engine.transaction(fn);

/** Replaces all views with [article id, hours before the current hour, views]. */
async function setViews(rows: [number, number, number][]) {
  const { articleViews } = m.tables;
  await write(async (tx) => {
    await tx.delete(articleViews);
    if (rows.length) await tx.insert(articleViews).values(rows.map(([articleId, hoursAgo, views]) => ({ articleId, bucketStart: HOUR_NOW - hoursAgo * HOUR, views })));
  });
}
const clearPins = () => write((tx) => tx.delete(m.tables.articleRelated));

const ids = (items: { id: number }[]) => items.map((i) => i.id);

describe("Terpopuler", () => {
  beforeEach(() => m.popular.invalidateTerpopuler());

  it("ranks the last 24 hours by views, ties to the newer story, never drafts or old views", async () => {
    await setViews([
      [a[5].id, 2, 100],
      [a[5].id, 20, 50],
      [a[2].id, 0, 120],
      [a[4].id, 1, 80],
      [a[3].id, 3, 80],
      [a[7].id, 23, 60],
      [a[9].id, 0, 10],
      [a[8].id, 24, 500],
      [a[10].id, 8 * 24, 9999],
      [draftId, 0, 1000],
    ]);
    const top5 = await m.popular.getTerpopuler({ now: NOW });
    expect(ids(top5.items)).toEqual([a[5].id, a[2].id, a[3].id, a[4].id, a[7].id]);
    expect(top5.items.map((i) => i.views)).toEqual([150, 120, 80, 80, 60]);
    expect(top5.computedAt).toEqual(NOW);

    // Asked for ten: the six read today, then the one read only earlier this week.
    const top10 = await m.popular.getTerpopuler({ now: NOW, limit: 10 });
    expect(ids(top10.items)).toEqual([a[5].id, a[2].id, a[3].id, a[4].id, a[7].id, a[9].id, a[8].id]);
    expect(top10.items.map((i) => i.window)).toEqual(["day", "day", "day", "day", "day", "day", "week"]);
  });

  it("fills from the last 7 days when fewer than five stories were read in the last 24 hours", async () => {
    await setViews([
      [a[1].id, 0, 5],
      [a[2].id, 30, 300],
      [a[4].id, 50, 200],
      [a[3].id, 100, 200],
      [a[6].id, 167, 50],
      [a[0].id, 168, 900],
    ]);
    const ranking = await m.popular.getTerpopuler({ now: NOW });
    expect(ids(ranking.items)).toEqual([a[1].id, a[2].id, a[3].id, a[4].id, a[6].id]);
    expect(ranking.items.map((i) => [i.views, i.window])).toEqual([
      [5, "day"],
      [300, "week"],
      [200, "week"],
      [200, "week"],
      [50, "week"],
    ]);
  });

  it("keeps to a kanal when asked", async () => {
    const kanalId = a[0].kanalId;
    await setViews(a.slice(0, 20).map((r, i) => [r.id, 0, 100 - i]));
    const ranking = await m.popular.getTerpopuler({ now: NOW, kanalIds: [kanalId] });
    const expected = a.slice(0, 20).filter((r) => r.kanalId === kanalId).slice(0, 5);
    expect(ids(ranking.items)).toEqual(ids(expected));
  });

  it("reuses a ranking for under 30 s (the page cache adds the other 30) and says when it was computed", async () => {
    await setViews([[a[2].id, 0, 50]]);
    const first = await m.popular.getTerpopuler({ now: NOW });
    expect(ids(first.items)).toEqual([a[2].id]);
    await setViews([[a[2].id, 0, 50], [a[3].id, 0, 80]]);
    const cached = await m.popular.getTerpopuler({ now: new Date(NOW.getTime() + 29_999) });
    expect(cached).toEqual(first);
    const fresh = await m.popular.getTerpopuler({ now: new Date(NOW.getTime() + 30_000) });
    expect(ids(fresh.items)).toEqual([a[3].id, a[2].id]);
    expect(fresh.computedAt).toEqual(new Date(NOW.getTime() + 30_000));
  });
});

describe("counting", () => {
  it("resolves only stories readers may see", async () => {
    expect(await m.views.getViewTarget(a[0].publicId, NOW)).toBe(a[0].id);
    expect(await m.views.getViewTarget("zzzzzzzz", NOW)).toBeNull();
    for (const status of ["draft", "scheduled"] as const) {
      const { articles } = m.tables;
      const [row] = await m.db().select({ publicId: articles.publicId }).from(articles).where(eq(articles.status, status));
      expect(await m.views.getViewTarget(row.publicId, NOW), status).toBeNull();
    }
  });

  it("adds flushed views to their hour, skipping stories deleted meanwhile", async () => {
    await setViews([[a[0].id, 0, 7]]);
    const { articles, articleViews } = m.tables;
    const [gone] = await write((tx) =>
      tx.insert(articles).values({ publicId: "hapus000", slug: "hapus", title: "Dihapus", kanalId: a[0].kanalId }).returning({ id: articles.id }),
    );
    await write((tx) => tx.delete(articles).where(eq(articles.id, gone.id)));
    await m.mutations.addViews([
      { articleId: a[0].id, bucketStart: HOUR_NOW, views: 3 },
      { articleId: a[1].id, bucketStart: HOUR_NOW - HOUR, views: 2 },
      { articleId: gone.id, bucketStart: HOUR_NOW, views: 5 },
    ]);
    const rows = await m
      .db()
      .select({ articleId: articleViews.articleId, bucketStart: articleViews.bucketStart, views: articleViews.views })
      .from(articleViews)
      .orderBy(articleViews.articleId);
    expect(rows).toEqual(
      [
        { articleId: a[0].id, bucketStart: HOUR_NOW, views: 10 },
        { articleId: a[1].id, bucketStart: HOUR_NOW - HOUR, views: 2 },
      ].sort((x, y) => x.articleId - y.articleId),
    );
  });
});

describe("Baca Juga", () => {
  const page = async (row: Row) => (await m.articles.getArticlePage(row.publicId, NOW))!;
  const pin = (articleId: number, relatedId: number, position: number) =>
    write((tx) => tx.insert(m.tables.articleRelated).values({ articleId, relatedId, position }));
  beforeEach(() => clearPins());

  it("puts the editor's visible pins first, in their order, then the best-scoring stories", async () => {
    const story = await page(a[0]);
    await pin(story.id, draftId, 0);
    await pin(story.id, a[20].id, 2);
    await pin(story.id, a[30].id, 1);
    await pin(story.id, story.id, 3);
    const baca = await m.related.getBacaJuga(story, { now: NOW });
    expect(baca).toHaveLength(3);
    expect(ids(baca).slice(0, 2)).toEqual([a[30].id, a[20].id]);
    // The third is what scoring alone would pick first among the stories not pinned.
    await clearPins();
    const scored = ids(await m.related.getBacaJuga(story, { now: NOW, limit: 5 })).filter((id) => id !== a[30].id && id !== a[20].id);
    expect(ids(baca)[2]).toBe(scored[0]);
    expect([draftId, story.id]).not.toContain(ids(baca)[2]);
  });

  it("shows only pins when the editor pinned three", async () => {
    const story = await page(a[0]);
    for (const [i, r] of [a[40], a[41], a[42], a[43]].entries()) await pin(story.id, r.id, i);
    expect(ids(await m.related.getBacaJuga(story, { now: NOW }))).toEqual([a[40].id, a[41].id, a[42].id]);
  });

  it("ranks a close follow-up first, and never a draft however close", async () => {
    const story = await page(a[12]);
    const { articles, articleTags } = m.tables;
    const [source] = await m.db().select().from(articles).where(eq(articles.id, story.id));
    const tagRows = await m.db().select().from(articleTags).where(eq(articleTags.articleId, story.id));
    const copy = (status: "draft" | "scheduled" | "published", publishedAt: Date | null, publicId: string) =>
      write(async (tx) => {
        const { title, lead, body, bodyText, kanalId } = source;
        const [row] = await tx
          .insert(articles)
          .values({ publicId, slug: `${source.slug}-lanjutan-${publicId}`, title, lead, body, bodyText, kanalId, status, publishedAt })
          .returning({ id: articles.id });
        await tx.insert(articleTags).values(tagRows.map((t) => ({ ...t, articleId: row.id })));
        return row.id;
      });
    const draft = await copy("draft", null, "draf0001");
    const scheduled = await copy("scheduled", new Date(NOW.getTime() + HOUR), "jadwal01");
    expect(ids(await m.related.getBacaJuga(story, { now: NOW }))).not.toContain(draft);
    expect(ids(await m.related.getBacaJuga(story, { now: NOW }))).not.toContain(scheduled);
    const followUp = await copy("published", new Date(NOW.getTime() - MIN), "lanjut01");
    const baca = await m.related.getBacaJuga(story, { now: NOW });
    expect(baca[0].id).toBe(followUp);
    expect(ids(baca)).not.toContain(story.id);
    await write((tx) => tx.delete(articles).where(inArray(articles.id, [draft, scheduled, followUp])));
  });

  it("prefers a story sharing a tag over one that only shares the kanal", async () => {
    const story = await page(a[0]);
    const [first] = await m.related.getBacaJuga(story, { now: NOW });
    const x = m.tables.articleTags;
    const y = alias(x, "y");
    const [shared] = await m
      .db()
      .select({ n: count() })
      .from(x)
      .innerJoin(y, eq(x.tagId, y.tagId))
      .where(and(eq(x.articleId, story.id), eq(y.articleId, first.id)));
    expect(shared.n).toBeGreaterThan(0);
  });

  it("survives headlines full of search syntax", async () => {
    const story = await page(a[0]);
    const odd = { ...story, title: '"Harga" NEAR/3 cabai* AND (OR) -naik ^ title: {lead}', lead: "'; DROP TABLE articles; --" };
    const baca = await m.related.getBacaJuga(odd, { now: NOW });
    expect(baca.length).toBeGreaterThan(0);
    expect(ids(baca)).not.toContain(story.id);
  });
});

describe("Baca Juga and Berita Lainnya together", () => {
  it("never link the story itself, never repeat each other, and fill Berita Lainnya to six", async () => {
    await clearPins();
    for (const row of a) {
      const story = (await m.articles.getArticlePage(row.publicId, NOW))!;
      const baca = await m.related.getBacaJuga(story, { now: NOW });
      const lainnya = await m.related.getBeritaLainnya(story, { excludeIds: ids(baca), now: NOW });
      const all = ids([...baca, ...lainnya]);
      expect(all, story.slug).not.toContain(story.id);
      expect(new Set(all).size, story.slug).toBe(all.length);
      expect(baca.length, story.slug).toBeGreaterThanOrEqual(1);
      expect(baca.length, story.slug).toBeLessThanOrEqual(3);
      expect(lainnya, story.slug).toHaveLength(6);
    }
  });

  it("takes Berita Lainnya from the same kanal, newest first, topping up from others when short", async () => {
    const story = (await m.articles.getArticlePage(a[0].publicId, NOW))!;
    const sameKanal = a.filter((r) => r.kanalId === story.kanal.id && r.id !== story.id);
    const lainnya = await m.related.getBeritaLainnya(story, { excludeIds: [], now: NOW });
    expect(ids(lainnya)).toEqual(ids(sameKanal.slice(0, 6)));

    const keep = sameKanal.slice(0, 2);
    const short = await m.related.getBeritaLainnya(story, { excludeIds: ids(sameKanal.slice(2)), now: NOW });
    expect(short).toHaveLength(6);
    expect(ids(short.slice(0, 2))).toEqual(ids(keep));
    const others = a.filter((r) => r.kanalId !== story.kanal.id).slice(0, 4);
    expect(ids(short.slice(2))).toEqual(ids(others));
  });
});
