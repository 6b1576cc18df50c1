import { sql } from "drizzle-orm";
import type { Engine } from "../engine/types";
import { sqlRows } from "./sql-rows";

/** The query modules a reader page, feed or sitemap calls. */
export type ReaderQueries = {
  articles: typeof import("../queries/articles");
  distribution: typeof import("../queries/distribution");
  kanal: typeof import("../queries/kanal");
  popular: typeof import("../queries/popular");
  related: typeof import("../queries/related");
  search: typeof import("../queries/search");
  staff: typeof import("../queries/staff");
  tags: typeof import("../queries/tags");
  views: typeof import("../queries/views");
  settings: typeof import("../queries/settings");
  corrections: typeof import("../queries/corrections");
  readership: typeof import("../queries/readership");
};

/** Loads them once the engine's environment is set (db/tables.ts picks its schema on load). */
export async function loadReaderQueries(): Promise<ReaderQueries> {
  return {
    articles: await import("../queries/articles"),
    distribution: await import("../queries/distribution"),
    kanal: await import("../queries/kanal"),
    popular: await import("../queries/popular"),
    related: await import("../queries/related"),
    search: await import("../queries/search"),
    staff: await import("../queries/staff"),
    tags: await import("../queries/tags"),
    views: await import("../queries/views"),
    settings: await import("../queries/settings"),
    corrections: await import("../queries/corrections"),
    readership: await import("../queries/readership"),
  };
}

/** What the pages below open: a visible story, a tag, a byline. Picked before any capture starts. */
export type ReaderPicks = { publicId: string; tagSlug: string; tagId: number; staffSlug: string };

export async function pickReaderTargets(engine: Engine, articles: { publishedAt: unknown }): Promise<ReaderPicks> {
  const now = sql.param(new Date(), articles.publishedAt as never);
  const [story] = await sqlRows<{ public_id: string }>(
    engine,
    sql`SELECT public_id FROM articles WHERE status IN ('published', 'scheduled') AND published_at <= ${now} ORDER BY id LIMIT 1`,
  );
  const [tag] = await sqlRows<{ id: number; slug: string }>(engine, sql`SELECT id, slug FROM tags ORDER BY id LIMIT 1`);
  const [staff] = await sqlRows<{ slug: string }>(engine, sql`SELECT slug FROM staff WHERE slug IS NOT NULL ORDER BY id LIMIT 1`);
  return { publicId: story.public_id, tagSlug: tag.slug, tagId: tag.id, staffSlug: staff.slug };
}

/** The pages below by name: tests are declared before the pages can be built. */
export const READER_PAGES = ["home", "article", "kanal", "tag", "search", "author", "indeks", "feedsAndSitemaps", "koreksi", "desk"] as const;

/**
 * What each reader page asks, called the way the pages call it: the query-plan tests of both
 * engines (db/query-plans.test.ts, db/engine/postgres-plans.test.ts) run exactly these.
 */
export function readerPages(q: ReaderQueries, picks: ReaderPicks): Record<(typeof READER_PAGES)[number], () => Promise<unknown>> {
  return {
    async home() {
      await q.articles.getLatestArticles({ limit: 13 });
      await q.popular.getTerpopuler();
      for (const k of await q.kanal.getKanalNav()) await q.articles.getKanalArticles({ kanalIds: k.articleKanalIds, limit: 4, excludeIds: [1, 2] });
      await q.settings.getSiteSettings();
    },
    async article() {
      const page = (await q.articles.getArticlePage(picks.publicId))!;
      const bacaJuga = await q.related.getBacaJuga(page);
      await q.related.getBeritaLainnya(page, { excludeIds: bacaJuga.map((a) => a.id) });
      await q.views.getViewTarget(picks.publicId);
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
      const tag = (await q.tags.getTagBySlug(picks.tagSlug))!;
      await q.articles.getTagArticles({ tagId: tag.id, limit: 10 });
      await q.articles.countTagArticles(tag.id);
    },
    async search() {
      await q.search.searchArticles({ query: "harga pemilu", limit: 10 });
      await q.search.searchArticles({ query: "ba", limit: 10, offset: 10 });
    },
    async author() {
      const staff = (await q.staff.getStaffBySlug(picks.staffSlug))!;
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
      await q.distribution.getFeedArticles({ tagId: picks.tagId, limit: 30 });
      await q.distribution.getArticleSitemapChunks();
      await q.distribution.getArticleSitemapEntries({ chunk: 0 });
      await q.distribution.getTagSitemapChunks();
      await q.distribution.getTagSitemapEntries({ chunk: 0 });
      await q.distribution.getSitemapPages();
      await q.distribution.getNewsSitemapArticles();
    },
  };
}
