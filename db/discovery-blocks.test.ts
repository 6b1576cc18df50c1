import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seededDatabase } from "./testing/seeded-database";

// Terpopuler, Baca Juga, Berita Lainnya and view writes on a seeded SQLite file, with the
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

type Row = { id: number; public_id: string; kanal_id: number; published_at: number };
/** Visible stories, newest first: a[0] is the newest. */
let a: Row[];
let draftId: number;

beforeAll(async () => {
  a = sqlite()
    .prepare("SELECT id, public_id, kanal_id, published_at FROM articles WHERE status = 'published' ORDER BY published_at DESC, id DESC")
    .all() as Row[];
  draftId = (sqlite().prepare("SELECT id FROM articles WHERE status = 'draft'").get() as { id: number }).id;
});

const sqlite = () => m.sqlite();

/** Replaces all views with [article id, hours before the current hour, views]. */
function setViews(rows: [number, number, number][]) {
  sqlite().prepare("DELETE FROM article_views").run();
  const insert = sqlite().prepare("INSERT INTO article_views (article_id, bucket_start, views) VALUES (?, ?, ?)");
  for (const [id, hoursAgo, views] of rows) insert.run(id, HOUR_NOW - hoursAgo * HOUR, views);
}

const ids = (items: { id: number }[]) => items.map((i) => i.id);

describe("Terpopuler", () => {
  beforeEach(() => m.popular.invalidateTerpopuler());

  it("ranks the last 24 hours by views, ties to the newer story, never drafts or old views", async () => {
    setViews([
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
    setViews([
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
    const kanalId = a[0].kanal_id;
    setViews(a.slice(0, 20).map((r, i) => [r.id, 0, 100 - i]));
    const ranking = await m.popular.getTerpopuler({ now: NOW, kanalIds: [kanalId] });
    const expected = a.slice(0, 20).filter((r) => r.kanal_id === kanalId).slice(0, 5);
    expect(ids(ranking.items)).toEqual(ids(expected));
  });

  it("reuses a ranking for under 30 s (the page cache adds the other 30) and says when it was computed", async () => {
    setViews([[a[2].id, 0, 50]]);
    const first = await m.popular.getTerpopuler({ now: NOW });
    expect(ids(first.items)).toEqual([a[2].id]);
    setViews([[a[2].id, 0, 50], [a[3].id, 0, 80]]);
    const cached = await m.popular.getTerpopuler({ now: new Date(NOW.getTime() + 29_999) });
    expect(cached).toEqual(first);
    const fresh = await m.popular.getTerpopuler({ now: new Date(NOW.getTime() + 30_000) });
    expect(ids(fresh.items)).toEqual([a[3].id, a[2].id]);
    expect(fresh.computedAt).toEqual(new Date(NOW.getTime() + 30_000));
  });
});

describe("counting", () => {
  it("resolves only stories readers may see", async () => {
    expect(await m.views.getViewTarget(a[0].public_id, NOW)).toBe(a[0].id);
    expect(await m.views.getViewTarget("zzzzzzzz", NOW)).toBeNull();
    for (const status of ["draft", "scheduled"]) {
      const row = sqlite().prepare("SELECT public_id FROM articles WHERE status = ?").get(status) as { public_id: string };
      expect(await m.views.getViewTarget(row.public_id, NOW), status).toBeNull();
    }
  });

  it("adds flushed views to their hour, skipping stories deleted meanwhile", async () => {
    setViews([[a[0].id, 0, 7]]);
    const gone = sqlite()
      .prepare("INSERT INTO articles (public_id, slug, title, kanal_id) VALUES ('hapus000', 'hapus', 'Dihapus', ?) RETURNING id")
      .get(a[0].kanal_id) as { id: number };
    sqlite().prepare("DELETE FROM articles WHERE id = ?").run(gone.id);
    await m.mutations.addViews([
      { articleId: a[0].id, bucketStart: HOUR_NOW, views: 3 },
      { articleId: a[1].id, bucketStart: HOUR_NOW - HOUR, views: 2 },
      { articleId: gone.id, bucketStart: HOUR_NOW, views: 5 },
    ]);
    const rows = sqlite().prepare("SELECT article_id, bucket_start, views FROM article_views ORDER BY article_id").all();
    expect(rows).toEqual(
      [
        { article_id: a[0].id, bucket_start: HOUR_NOW, views: 10 },
        { article_id: a[1].id, bucket_start: HOUR_NOW - HOUR, views: 2 },
      ].sort((x, y) => x.article_id - y.article_id),
    );
  });
});

describe("Baca Juga", () => {
  const page = async (row: Row) => (await m.articles.getArticlePage(row.public_id, NOW))!;
  const pin = (articleId: number, relatedId: number, position: number) =>
    sqlite().prepare("INSERT INTO article_related (article_id, related_id, position) VALUES (?, ?, ?)").run(articleId, relatedId, position);
  beforeEach(() => {
    sqlite().prepare("DELETE FROM article_related").run();
  });

  it("puts the editor's visible pins first, in their order, then the best-scoring stories", async () => {
    const story = await page(a[0]);
    pin(story.id, draftId, 0);
    pin(story.id, a[20].id, 2);
    pin(story.id, a[30].id, 1);
    pin(story.id, story.id, 3);
    const baca = await m.related.getBacaJuga(story, { now: NOW });
    expect(baca).toHaveLength(3);
    expect(ids(baca).slice(0, 2)).toEqual([a[30].id, a[20].id]);
    // The third is what scoring alone would pick first among the stories not pinned.
    sqlite().prepare("DELETE FROM article_related").run();
    const scored = ids(await m.related.getBacaJuga(story, { now: NOW, limit: 5 })).filter((id) => id !== a[30].id && id !== a[20].id);
    expect(ids(baca)[2]).toBe(scored[0]);
    expect([draftId, story.id]).not.toContain(ids(baca)[2]);
  });

  it("shows only pins when the editor pinned three", async () => {
    const story = await page(a[0]);
    [a[40], a[41], a[42], a[43]].forEach((r, i) => pin(story.id, r.id, i));
    expect(ids(await m.related.getBacaJuga(story, { now: NOW }))).toEqual([a[40].id, a[41].id, a[42].id]);
  });

  it("ranks a close follow-up first, and never a draft however close", async () => {
    const story = await page(a[12]);
    const copy = (status: string, publishedAt: number | null, publicId: string) => {
      const row = sqlite()
        .prepare(
          `INSERT INTO articles (public_id, slug, title, lead, body, body_text, kanal_id, status, published_at)
           SELECT ?, slug || '-lanjutan-' || ?, title, lead, body, body_text, kanal_id, ?, ? FROM articles WHERE id = ? RETURNING id`,
        )
        .get(publicId, publicId, status, publishedAt, story.id) as { id: number };
      sqlite().prepare("INSERT INTO article_tags (article_id, tag_id, position) SELECT ?, tag_id, position FROM article_tags WHERE article_id = ?").run(row.id, story.id);
      return row.id;
    };
    const draft = copy("draft", null, "draf0001");
    const scheduled = copy("scheduled", NOW.getTime() + HOUR, "jadwal01");
    expect(ids(await m.related.getBacaJuga(story, { now: NOW }))).not.toContain(draft);
    expect(ids(await m.related.getBacaJuga(story, { now: NOW }))).not.toContain(scheduled);
    const followUp = copy("published", NOW.getTime() - MIN, "lanjut01");
    const baca = await m.related.getBacaJuga(story, { now: NOW });
    expect(baca[0].id).toBe(followUp);
    expect(ids(baca)).not.toContain(story.id);
    sqlite().prepare("DELETE FROM articles WHERE id IN (?, ?, ?)").run(draft, scheduled, followUp);
  });

  it("prefers a story sharing a tag over one that only shares the kanal", async () => {
    const story = await page(a[0]);
    const [first] = await m.related.getBacaJuga(story, { now: NOW });
    const shared = sqlite()
      .prepare("SELECT count(*) AS n FROM article_tags x JOIN article_tags y ON x.tag_id = y.tag_id WHERE x.article_id = ? AND y.article_id = ?")
      .get(story.id, first.id) as { n: number };
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
    sqlite().prepare("DELETE FROM article_related").run();
    for (const row of a) {
      const story = (await m.articles.getArticlePage(row.public_id, NOW))!;
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
    const story = (await m.articles.getArticlePage(a[0].public_id, NOW))!;
    const sameKanal = a.filter((r) => r.kanal_id === story.kanal.id && r.id !== story.id);
    const lainnya = await m.related.getBeritaLainnya(story, { excludeIds: [], now: NOW });
    expect(ids(lainnya)).toEqual(ids(sameKanal.slice(0, 6)));

    const keep = sameKanal.slice(0, 2);
    const short = await m.related.getBeritaLainnya(story, { excludeIds: ids(sameKanal.slice(2)), now: NOW });
    expect(short).toHaveLength(6);
    expect(ids(short.slice(0, 2))).toEqual(ids(keep));
    const others = a.filter((r) => r.kanal_id !== story.kanal.id).slice(0, 4);
    expect(ids(short.slice(2))).toEqual(ids(others));
  });
});
