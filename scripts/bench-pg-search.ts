// `npm run bench:pg-search [-- --stories 100000]`: search and Baca Juga's wording signal on
// PostgreSQL at a large newsroom's size, in a throwaway cluster (needs PostgreSQL 15+).
// The seed's stories are repeated with new ids and dates, so common words are very common:
// the worst case for ranking, which reads every candidate's vector (see SEARCH_LIMITS).
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import type { Db } from "../db/engine/types";
import { openPostgres } from "../db/pg/client";
import { migratePostgres } from "../db/pg/migrate";
import { clusterUrl, startCluster, stopCluster } from "../db/testing/pg-cluster";
import { commitLabel, median } from "./bench/common";

const QUERIES = [["terinteg"], ["jakarta", "hujan"], ["pemerintah"], ["pem"]];
const RUNS = 7;

async function time(fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return median(times);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { stories: { type: "string", default: "100000" } } });
  const stories = Number(values.stories);
  const cluster = startCluster({ ports: [5446, 5447, 5448] });
  process.once("exit", () => stopCluster(cluster));
  const url = clusterUrl(cluster, "postgres");
  // The shared modules take PostgreSQL's tables (db/tables.ts) when DATABASE_URL is set as they load.
  process.env.DATABASE_URL = url;
  const { seedArticles } = await import("../db/seed");
  const { searchPostgres, similarPostgres } = await import("../db/engine/postgres-search");
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  await migratePostgres(pool);
  await pool.query("INSERT INTO kanal (slug, name) VALUES ('nasional', 'Nasional')");
  await pool.query("CREATE TEMP TABLE src (n int, title text, lead text, body text)");
  for (const [i, a] of seedArticles.entries()) await pool.query("INSERT INTO src VALUES ($1, $2, $3, $4)", [i, a.title, a.lead, a.paragraphs.join("\n")]);
  const loading = performance.now();
  await pool.query(
    `INSERT INTO articles (public_id, slug, title, lead, body_text, kanal_id, status, published_at)
     SELECT 'p' || g, 's' || g, src.title || ' ' || g, src.lead, src.body, 1,
            CASE WHEN g % 10 = 0 THEN 'draft' ELSE 'published' END, now() - (g || ' minutes')::interval
       FROM generate_series(1, $1::int) g JOIN src ON src.n = g % $2`,
    [stories, seedArticles.length],
  );
  await pool.query("ANALYZE articles");
  await pool.end();
  const [load1] = loadavg();
  console.log(`${commitLabel()}: ${stories} berita dimuat (${Math.round(performance.now() - loading)} ms); median dari ${RUNS} kali, load ${load1.toFixed(1)}:`);

  const pgDb = openPostgres(url, { max: 2 });
  const db = pgDb as unknown as Db;
  const now = new Date();
  for (const terms of QUERIES) {
    const result = await searchPostgres(db, { terms, limit: 10, offset: 0, now });
    const ms = await time(() => searchPostgres(db, { terms, limit: 10, offset: 0, now }));
    console.log(`  cari "${terms.join(" ")}"`.padEnd(28), `${result.total}${result.totalIsLowerBound ? "+" : ""} hasil`.padEnd(12), `${ms.toFixed(0)} ms`);
  }
  const a = seedArticles[0];
  const ms = await time(() => similarPostgres(db, { text: `${a.title} ${a.lead}`, excludeId: 0, limit: 40, now }));
  console.log("  Baca Juga (kata)".padEnd(40), `${ms.toFixed(0)} ms`);
  await pgDb.$client.end();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
