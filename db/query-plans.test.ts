import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Every query a reader page, feed or sitemap runs, captured from the real get* functions on a
// seeded database, must find its rows through an index: a plain `SCAN articles` or
// `SCAN article_views` reads the whole table, which at 100,000 stories is what makes p99 grow.
const dir = mkdtempSync(join(tmpdir(), "warta-plans-"));
process.env.DATABASE_PATH = join(dir, "warta.db");
process.env.MEDIA_DIR = join(dir, "media");
// Terpopuler is memoised; 0 makes every call run its query.
process.env.TERPOPULER_CACHE_MS = "0";

type Captured = { sql: string; params: unknown[] };
let client: Database.Database;
let captured: Captured[] = [];

/**
 * Wraps the connection's prepare so that each statement records its SQL and the parameters
 * it runs with; drizzle prepares through the same connection object, so it is caught too.
 */
function captureStatements(db: Database.Database): void {
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const stmt = prepare(sql);
    const proxy: Database.Statement = new Proxy(stmt, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (typeof value !== "function") return value;
        if (["all", "get", "run", "iterate"].includes(String(prop))) {
          return (...params: unknown[]) => {
            captured.push({ sql, params });
            return value.apply(target, params);
          };
        }
        // raw(), pluck(), expand() return the statement itself: keep returning the proxy.
        return (...args: unknown[]) => {
          const out = value.apply(target, args);
          return out === target ? proxy : out;
        };
      },
    });
    return proxy;
  }) as typeof db.prepare;
}

/** Detail lines of EXPLAIN QUERY PLAN that read a whole articles or article_views table. */
function fullScans(c: Captured): string[] {
  // The names (or aliases) those tables go by in this statement.
  const names = new Set(["articles", "article_views", "article_corrections", "article_view_totals"]);
  for (const m of c.sql.matchAll(/["`]?\b(articles|article_views|article_corrections|article_view_totals)\b["`]?\s+(?:AS\s+)?["`]?(\w+)["`]?/gi)) {
    if (!/^(WHERE|ON|JOIN|LEFT|INNER|GROUP|ORDER|LIMIT|SET|VALUES|USING|AND|OR)$/i.test(m[2])) names.add(m[2]);
  }
  const plan = client.prepare(`EXPLAIN QUERY PLAN ${c.sql}`).all(...(c.params as unknown[])) as { detail: string }[];
  return plan
    .map((p) => p.detail)
    .filter((d) => {
      const m = d.match(/^SCAN (\w+)(.*)$/);
      return !!m && names.has(m[1]) && !/USING (COVERING )?INDEX|VIRTUAL TABLE/.test(m[2]);
    });
}

type Q = {
  articles: typeof import("./queries/articles");
  distribution: typeof import("./queries/distribution");
  kanal: typeof import("./queries/kanal");
  popular: typeof import("./queries/popular");
  related: typeof import("./queries/related");
  search: typeof import("./queries/search");
  staff: typeof import("./queries/staff");
  tags: typeof import("./queries/tags");
  views: typeof import("./queries/views");
  settings: typeof import("./queries/settings");
  corrections: typeof import("./queries/corrections");
  readership: typeof import("./queries/readership");
};
let q: Q;

beforeAll(async () => {
  const engine = await import("./engine");
  const { SqliteEngine } = await import("./engine/sqlite");
  await (await import("./prepare")).prepareDatabase();
  const sqlite = engine.getEngine();
  if (!(sqlite instanceof SqliteEngine)) throw new Error("Query plans are SQLite's");
  client = sqlite.reader;
  q = {
    articles: await import("./queries/articles"),
    distribution: await import("./queries/distribution"),
    kanal: await import("./queries/kanal"),
    popular: await import("./queries/popular"),
    related: await import("./queries/related"),
    search: await import("./queries/search"),
    staff: await import("./queries/staff"),
    tags: await import("./queries/tags"),
    views: await import("./queries/views"),
    settings: await import("./queries/settings"),
    corrections: await import("./queries/corrections"),
    readership: await import("./queries/readership"),
  };
  captureStatements(client);
}, 120_000);

afterAll(async () => {
  await (await import("./engine")).closeEngine();
  rmSync(dir, { recursive: true, force: true });
});

const first = <T>(sql: string) => client.prepare(sql).get() as T;

// What each reader page asks, called the way the pages call it.
const pages: Record<string, () => Promise<unknown>> = {
  async home() {
    await q.articles.getLatestArticles({ limit: 13 });
    await q.popular.getTerpopuler();
    for (const k of await q.kanal.getKanalNav()) await q.articles.getKanalArticles({ kanalIds: k.articleKanalIds, limit: 4, excludeIds: [1, 2] });
    await q.settings.getSiteSettings();
  },
  async article() {
    const { public_id } = first<{ public_id: string }>("SELECT public_id FROM articles WHERE status IN ('published', 'scheduled') AND published_at <= unixepoch() * 1000 LIMIT 1");
    const page = (await q.articles.getArticlePage(public_id))!;
    const bacaJuga = await q.related.getBacaJuga(page);
    await q.related.getBeritaLainnya(page, { excludeIds: bacaJuga.map((a) => a.id) });
    await q.views.getViewTarget(public_id);
    await q.corrections.getStoryCorrections(page.id);
  },
  async koreksi() {
    await q.corrections.getCorrectionList({ limit: 30, offset: 30 });
    await q.corrections.countCorrectionList();
  },
  // The newsroom's figures: the views columns of a list page and the Statistik page.
  async desk() {
    await q.readership.getViewCounts([1, 2, 3, 4, 5]);
    await q.readership.getStatistik();
  },
  async kanal() {
    const k = (await q.kanal.getKanalBySlug("internasional"))!;
    const ids = k.articleKanalIds;
    await q.articles.getKanalArticles({ kanalIds: ids, limit: 10, offset: 10 });
    await q.articles.countKanalArticles(ids);
    await q.popular.getTerpopuler({ kanalIds: ids });
  },
  async tag() {
    const { slug } = first<{ slug: string }>("SELECT slug FROM tags LIMIT 1");
    const tag = (await q.tags.getTagBySlug(slug))!;
    await q.articles.getTagArticles({ tagId: tag.id, limit: 10 });
    await q.articles.countTagArticles(tag.id);
  },
  async search() {
    await q.search.searchArticles({ query: "harga pemilu", limit: 10 });
    await q.search.searchArticles({ query: "ba", limit: 10, offset: 10 });
  },
  async author() {
    const { slug } = first<{ slug: string }>("SELECT slug FROM staff WHERE slug IS NOT NULL LIMIT 1");
    const staff = (await q.staff.getStaffBySlug(slug))!;
    await q.staff.getStaffArticles({ staffId: staff.id, limit: 10 });
    await q.staff.countStaffArticles(staff.id);
  },
  async indeks() {
    const to = new Date();
    const from = new Date(to.getTime() - 24 * 3600_000);
    await q.articles.getArticlesPublishedBetween({ from, to, limit: 20 });
    await q.articles.countArticlesPublishedBetween(from, to);
  },
  async feedsAndSitemaps() {
    await q.distribution.getFeedArticles({ limit: 50 });
    await q.distribution.getFeedArticles({ kanalIds: [1, 2], limit: 30 });
    const { id } = first<{ id: number }>("SELECT id FROM tags LIMIT 1");
    await q.distribution.getFeedArticles({ tagId: id, limit: 30 });
    await q.distribution.getArticleSitemapChunks();
    await q.distribution.getArticleSitemapEntries({ chunk: 0 });
    await q.distribution.getTagSitemapChunks();
    await q.distribution.getTagSitemapEntries({ chunk: 0 });
    await q.distribution.getSitemapPages();
    await q.distribution.getNewsSitemapArticles();
  },
};

describe("reader queries use indexes", () => {
  it("the check itself sees a full scan, under an alias too", () => {
    expect(fullScans({ sql: "SELECT a.id FROM articles a WHERE a.title LIKE ?", params: ["%x%"] })).toEqual(["SCAN a"]);
    expect(fullScans({ sql: "SELECT sum(views) FROM article_views WHERE views > ?", params: [0] })).toEqual(["SCAN article_views"]);
    expect(fullScans({ sql: "SELECT id FROM articles WHERE public_id = ?", params: ["x"] })).toEqual([]);
  });

  for (const [name, run] of Object.entries(pages)) {
    it(`${name}: no full scan of articles or article_views`, async () => {
      captured = [];
      await run();
      expect(captured.length, "no query was captured").toBeGreaterThan(0);
      // EXPLAIN goes through the same wrapped prepare: check only what the page itself ran.
      const ran = [...captured];
      const scans = ran.flatMap((c) => fullScans(c).map((detail) => `${detail}\n    in: ${c.sql}`));
      expect(scans).toEqual([]);
    });
  }
});
