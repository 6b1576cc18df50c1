// `npm run bench:queries [-- --articles N] [-- --runs R] [-- --engine postgres]`: how the reader get*
// functions scale, uncached. Creates a fresh database (SQLite: in a temp directory; PostgreSQL: in a
// throwaway cluster, db/testing/pg-cluster.ts), migrated and seeded as a first install, times
// each reader page's queries (median of R runs) at the seed's size, adds N synthetic stories with
// view history (SQLite: scripts/bench/synthetic.ts, as `npm run bench -- --articles N` does;
// PostgreSQL: db/testing/pg-bulk.ts in SQL) and times them again. Prints both figures and their ratio; the ratio is what matters, the milliseconds depend
// on the machine and its load. No server, no build.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import pg from "pg";
import { addPostgresStories } from "@/db/testing/pg-bulk";
import { clusterUrl, type PgCluster, startCluster, stopCluster } from "@/db/testing/pg-cluster";
import { sqlRows } from "@/db/testing/sql-rows";
import { addSyntheticArticles } from "./bench/synthetic";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const EXTRA = arg("articles", 100_000);
const RUNS = arg("runs", 7);
const ENGINE = process.argv.includes("--engine") ? process.argv[process.argv.indexOf("--engine") + 1] : "sqlite";
if (ENGINE !== "sqlite" && ENGINE !== "postgres") throw new Error(`--engine sqlite|postgres, bukan ${ENGINE}`);
let cluster: PgCluster | null = null;

const dir = mkdtempSync(join(tmpdir(), "warta-bench-queries-"));
process.env.DATABASE_PATH = join(dir, "warta.db");
process.env.MEDIA_DIR = join(dir, "media");
// Terpopuler is memoised; 0 makes every call run its query.
process.env.TERPOPULER_CACHE_MS = "0";

async function main() {
  if (ENGINE === "postgres") {
    cluster = startCluster();
    const admin = new pg.Client({ connectionString: clusterUrl(cluster, "postgres") });
    await admin.connect();
    await admin.query("CREATE DATABASE warta_bench").finally(() => admin.end());
    process.env.DATABASE_URL = clusterUrl(cluster, "warta_bench");
  }
  const engine = await import("@/db/engine");
  await (await import("@/db/prepare")).prepareDatabase();
  const articles = await import("@/db/queries/articles");
  const distribution = await import("@/db/queries/distribution");
  const kanal = await import("@/db/queries/kanal");
  const popular = await import("@/db/queries/popular");
  const related = await import("@/db/queries/related");
  const search = await import("@/db/queries/search");
  const staff = await import("@/db/queries/staff");
  const tags = await import("@/db/queries/tags");
  const running = engine.getEngine();
  // Plain SQL both engines read alike; counts and ids through Number (bigint is text on PostgreSQL).
  const first = async <T>(text: string) => (await sqlRows<T>(running, sql.raw(text)))[0];

  // The same calls the pages make (see db/query-plans.test.ts), one row per reader query.
  const cases: [string, () => Promise<unknown>][] = [
    ["home: latest 13", () => articles.getLatestArticles({ limit: 13 })],
    [
      "home: kanal blocks",
      async () => {
        for (const k of await kanal.getKanalNav()) await articles.getKanalArticles({ kanalIds: k.articleKanalIds, limit: 4, excludeIds: [1, 2] });
      },
    ],
    ["Terpopuler (site)", () => popular.getTerpopuler()],
    [
      "Terpopuler (kanal)",
      async () => popular.getTerpopuler({ kanalIds: (await kanal.getKanalBySlug("internasional"))!.articleKanalIds }),
    ],
    [
      "article + Baca Juga + Berita Lainnya",
      async () => {
        const { public_id } = await first<{ public_id: string }>("SELECT public_id FROM articles WHERE status = 'published' ORDER BY id LIMIT 1");
        const page = (await articles.getArticlePage(public_id))!;
        const bacaJuga = await related.getBacaJuga(page);
        await related.getBeritaLainnya(page, { excludeIds: bacaJuga.map((a) => a.id) });
      },
    ],
    [
      "kanal page 2 + count",
      async () => {
        const ids = (await kanal.getKanalBySlug("internasional"))!.articleKanalIds;
        await articles.getKanalArticles({ kanalIds: ids, limit: 10, offset: 10 });
        await articles.countKanalArticles(ids);
      },
    ],
    [
      "tag page + count",
      async () => {
        const id = Number((await first<{ id: number }>("SELECT tag_id AS id FROM article_tags GROUP BY tag_id ORDER BY count(*) DESC, tag_id LIMIT 1")).id);
        await articles.getTagArticles({ tagId: id, limit: 10 });
        await articles.countTagArticles(id);
      },
    ],
    [
      "author page + count",
      async () => {
        const id = Number((await first<{ id: number }>("SELECT reporter_id AS id FROM articles WHERE reporter_id IS NOT NULL GROUP BY reporter_id ORDER BY count(*) DESC, reporter_id LIMIT 1")).id);
        await staff.getStaffArticles({ staffId: id, limit: 10 });
        await staff.countStaffArticles(id);
      },
    ],
    [
      "indeks (one day) + count",
      async () => {
        const to = new Date();
        const from = new Date(to.getTime() - 24 * 3600_000);
        await articles.getArticlesPublishedBetween({ from, to, limit: 20 });
        await articles.countArticlesPublishedBetween(from, to);
      },
    ],
    ["search", () => search.searchArticles({ query: "harga pemilu", limit: 10 })],
    [
      "feeds (site, kanal, tag)",
      async () => {
        await distribution.getFeedArticles({ limit: 50 });
        await distribution.getFeedArticles({ kanalIds: [1, 2], limit: 30 });
        await distribution.getFeedArticles({ tagId: (await first<{ id: number }>("SELECT id FROM tags ORDER BY id LIMIT 1")).id, limit: 30 });
      },
    ],
    ["news sitemap", () => distribution.getNewsSitemapArticles()],
    [
      "sitemaps (index, chunk, pages)",
      async () => {
        await distribution.getArticleSitemapChunks();
        await distribution.getArticleSitemapEntries({ chunk: 0 });
        await distribution.getTagSitemapChunks();
        await distribution.getTagSitemapEntries({ chunk: 0 });
        await distribution.getSitemapPages();
      },
    ],
  ];
  void tags;

  async function measure(): Promise<number[]> {
    const out: number[] = [];
    for (const [, run] of cases) {
      await run(); // warm the page cache and the statement cache
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = process.hrtime.bigint();
        await run();
        times.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      times.sort((a, b) => a - b);
      out.push(times[Math.floor(times.length / 2)]);
    }
    return out;
  }

  const seedCount = Number((await first<{ n: number }>("SELECT count(*) AS n FROM articles")).n);
  console.log(`${ENGINE}: seed ${seedCount} berita. Mengukur (median dari ${RUNS}) ...`);
  const small = await measure();
  console.log(`Menambah ${EXTRA} berita sintetis ...`);
  const started = Date.now();
  if (ENGINE === "postgres") await addPostgresStories(running, EXTRA);
  else addSyntheticArticles(process.env.DATABASE_PATH!, EXTRA);
  const ms = Date.now() - started;
  console.log(`  selesai dalam ${(ms / 1000).toFixed(1)} s. Mengukur lagi ...`);
  const big = await measure();

  const fmt = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
  const rows = cases.map(([name], i) => [name, fmt(small[i]), fmt(big[i]), `${(big[i] / small[i]).toFixed(1)}×`]);
  const head = ["reader query", `${seedCount} berita (ms)`, `+${EXTRA} (ms)`, "ratio"];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (r: string[]) => `| ${r.map((x, c) => (c === 0 ? x.padEnd(widths[c]) : x.padStart(widths[c]))).join(" | ")} |`;
  console.log(["", line(head), `|${widths.map((w, c) => (c === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`, ...rows.map(line)].join("\n"));
  await engine.closeEngine();
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => {
    if (cluster) stopCluster(cluster);
    rmSync(dir, { recursive: true, force: true });
  });
