// `npm run bench -- --engine postgres`: the same build's `next start` on a throwaway PostgreSQL
// cluster (db/testing/pg-cluster.ts), measured on the same targets in the same run as SQLite, so
// that the two compare as ratios on a busy machine. With --articles N, N more stories are made in
// SQL (db/testing/pg-bulk.ts) and the pages measured again. The seed is reproducible, so SQLite's
// paths name the same stories on PostgreSQL.
import type { ChildProcess } from "node:child_process";
import pg from "pg";
import { clusterUrl, startCluster, stopCluster } from "@/db/testing/pg-cluster";
import { startNext, stopProcess } from "./common";

type Measured<F> = { direct: Record<string, F>; scale?: { articles: number; generateMs: number; figures: Record<string, F> } };

export async function postgresPass<T extends { name: string; page: boolean }, F>(opts: {
  dir: string;
  port: number;
  pin: boolean;
  targets: T[];
  measure: (base: string, t: T) => Promise<F>;
  extraArticles: number;
  children: ChildProcess[];
}): Promise<Measured<F>> {
  const cluster = startCluster();
  try {
    const admin = new pg.Client({ connectionString: clusterUrl(cluster, "postgres") });
    await admin.connect();
    await admin.query("CREATE DATABASE warta_bench").finally(() => admin.end());
    const url = clusterUrl(cluster, "warta_bench");
    const base = `http://127.0.0.1:${opts.port}`;
    const start = async () => {
      const next = await startNext({ dir: opts.dir, port: opts.port, pin: opts.pin, env: { DATABASE_URL: url } });
      opts.children.push(next);
      return next;
    };
    let next = await start();
    console.log("\nnext start on PostgreSQL:");
    const direct: Record<string, F> = {};
    for (const t of opts.targets) direct[t.name] = await opts.measure(base, t);
    let scale: Measured<F>["scale"];
    if (opts.extraArticles > 0) {
      await stopProcess(next);
      console.log(`\nMenambah ${opts.extraArticles} berita sintetis di PostgreSQL ...`);
      const started = Date.now();
      await addStories(url, opts.extraArticles);
      const generateMs = Date.now() - started;
      next = await start();
      console.log(`next start on PostgreSQL, ${opts.extraArticles} more articles:`);
      const figures: Record<string, F> = {};
      for (const t of opts.targets.filter((x) => x.page)) figures[t.name] = await opts.measure(base, t);
      scale = { articles: opts.extraArticles, generateMs, figures };
    }
    await stopProcess(next);
    return { direct, scale };
  } finally {
    stopCluster(cluster);
  }
}

/** The plan test's loader, on an engine opened in this process for the purpose. */
async function addStories(url: string, n: number): Promise<void> {
  // db/tables.ts picks its schema from DATABASE_URL when first loaded: set it before the import.
  process.env.DATABASE_URL = url;
  const { PostgresEngine } = await import("@/db/engine/postgres");
  const { addPostgresStories } = await import("@/db/testing/pg-bulk");
  const engine = new PostgresEngine(url);
  try {
    await addPostgresStories(engine, n);
  } finally {
    await engine.close();
  }
}
