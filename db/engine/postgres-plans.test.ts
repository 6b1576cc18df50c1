import { sql } from "drizzle-orm";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { searchCountText } from "@/lib/search-count";
import { loadReaderQueries, pickReaderTargets, READER_PAGES, readerPages } from "../testing/reader-pages";
import { addPostgresStories } from "../testing/pg-bulk";
import { seededDatabase } from "../testing/seeded-database";

// At a large newsroom's size on PostgreSQL (100,000 stories, their tags and a week of views,
// made in SQL with generate_series: db/testing/pg-bulk.ts), every query a reader page, feed or sitemap runs must reach
// its rows through an index: EXPLAIN of the exact statement and parameters the real get*
// functions sent must show no Seq Scan of articles or article_views. SQLite's counterpart, on
// the seed, is db/query-plans.test.ts; both run the pages of db/testing/reader-pages.ts.
// Only in the vitest project `postgres` (vitest.config.mts: POSTGRES_ONLY).
const STORIES = 100_000;
const m = seededDatabase("plans", async () => ({ search: await import("@/server/search-page") }), { TERPOPULER_CACHE_MS: "0" });

type Captured = { text: string; values: unknown[] };

/** The statements the pool's clients send while `run` runs, with their parameters. */
async function capture(run: () => Promise<unknown>): Promise<Captured[]> {
  const seen: Captured[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [first, second] = args as [string | { text: string; values?: unknown[] }, unknown];
    if (typeof first === "string") seen.push({ text: first, values: Array.isArray(second) ? second : [] });
    else if (first && typeof first.text === "string") seen.push({ text: first.text, values: first.values ?? [] });
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await run();
  } finally {
    pg.Client.prototype.query = original;
  }
  return seen.filter((c) => /^\s*(select|with)\b/i.test(c.text));
}

type PlanNode = { "Node Type": string; "Relation Name"?: string; Plans?: PlanNode[] };
const FULL_TABLES = new Set(["articles", "article_views"]);

/** The plan's sequential scans of articles or article_views (a parallel one too). */
async function fullScans(c: Captured): Promise<string[]> {
  const [{ "QUERY PLAN": [plan] }] = await m.rows<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(sql.raw(`EXPLAIN (FORMAT JSON) ${inline(c)}`));
  const found: string[] = [];
  const walk = (n: PlanNode) => {
    if (n["Node Type"] === "Seq Scan" && FULL_TABLES.has(n["Relation Name"] ?? "")) found.push(`Seq Scan on ${n["Relation Name"]}`);
    n.Plans?.forEach(walk);
  };
  walk(plan.Plan);
  return found;
}

/** The statement with its parameters written in as literals, so that EXPLAIN plans it with those values. */
function inline(c: Captured): string {
  const literal = (v: unknown): string => {
    if (v === null || v === undefined) return "NULL";
    if (typeof v === "number" || typeof v === "bigint") return String(v);
    if (typeof v === "boolean") return v ? "true" : "false";
    if (v instanceof Date) return `'${v.toISOString()}'`;
    return `'${String(Array.isArray(v) ? `{${v.join(",")}}` : v).replaceAll("'", "''")}'`;
  };
  return c.text.replace(/\$(\d+)\b/g, (_, i: string) => literal(c.values[Number(i) - 1]));
}

beforeAll(async () => {
  if (m.kind !== "postgres") throw new Error("Rencana kueri ini milik PostgreSQL: jalankan di proyek vitest `postgres`.");
  await addPostgresStories(m.engine.getEngine(), STORIES);
}, 180_000);

describe("reader queries at 100,000 stories on PostgreSQL", () => {
  let pages: ReturnType<typeof readerPages>;
  beforeAll(async () => {
    pages = readerPages(await loadReaderQueries(), await pickReaderTargets(m.engine.getEngine(), m.tables.articles));
  });

  it("holds the stories and views it says", async () => {
    expect(Number((await m.one<{ n: string }>(sql`SELECT count(*) AS n FROM articles`)).n)).toBeGreaterThanOrEqual(STORIES);
    expect(Number((await m.one<{ n: string }>(sql`SELECT count(*) AS n FROM article_views`)).n)).toBeGreaterThan(STORIES);
  });

  it("the check itself sees a full scan", async () => {
    expect(await fullScans({ text: "SELECT id FROM articles WHERE title LIKE $1", values: ["%x%"] })).toEqual(["Seq Scan on articles"]);
    expect(await fullScans({ text: "SELECT sum(views) FROM article_views WHERE views > $1", values: [0] })).toEqual(["Seq Scan on article_views"]);
    expect(await fullScans({ text: "SELECT id FROM articles WHERE public_id = $1", values: ["x"] })).toEqual([]);
  });

  for (const name of READER_PAGES) {
    it(`${name}: no full scan of articles or article_views`, async () => {
      const ran = await capture(pages[name]);
      expect(ran.length, "no query was captured").toBeGreaterThan(0);
      const scans: string[] = [];
      for (const c of ran) for (const s of await fullScans(c)) scans.push(`${s}\n    in: ${c.text}`);
      expect(scans).toEqual([]);
    });
  }

  it("says 'lebih dari' on the search page when a common word's count stops at its limit", async () => {
    const state = await m.search.loadSearch("jakarta", "1");
    expect(state).toMatchObject({ kind: "results", total: 1000, totalIsLowerBound: true });
    if (state.kind !== "results") return;
    expect(searchCountText(state.total, state.totalIsLowerBound)).toBe("lebih dari 1.000 berita ditemukan");
  });
});
