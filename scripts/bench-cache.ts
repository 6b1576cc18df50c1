// `npm run bench:cache`: the shared (Redis) page cache against the in-memory one, on one instance, in one
// run (issue 14's goal: at least 0.8× the req/s). The same build and database, started twice per round
// (in-memory, then with REDIS_URL on a throwaway redis-server), two rounds so that warm-up drift hits
// both; for home, article and kanal (cache hits): the median req/s and p99 of three runs at 32
// connections, and the ratio Redis ÷ memory. Prints the load average of each run: a busy machine's
// absolute figures mean little, the ratio measured side by side still does.
//
//   --quick   1 s runs: tests the script, not the server
// BENCH_PORT (3245) is Warta's port; redis-server takes BENCH_PORT + 1.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { ensureBuild, fmt, load, median, newestStory, pinLoadToCpu1, READER, startNext, stopProcess } from "./bench/common";
import { startRedisServer } from "./lib/redis-server";

const quick = process.argv.includes("--quick");
const PORT = Number(process.env.BENCH_PORT ?? 3245);
const CONNECTIONS = 32;
const SECONDS = quick ? 1 : 10;
const RUNS = 3;
const GOAL = 0.8;

type Mode = "memory" | "redis";
export type CacheFigures = Record<Mode, Record<string, { rps: number[]; p99: number[]; load: number[] }>>;

function pagesOf(db: string): Record<string, string> {
  const d = new Database(db, { readonly: true, fileMustExist: true });
  const story = newestStory(d);
  const kanal = d.prepare("SELECT slug FROM kanal WHERE parent_id IS NULL ORDER BY position, id LIMIT 1").get() as { slug: string };
  d.close();
  return { home: "/", article: story.path, kanal: `/kanal/${kanal.slug}` };
}

/**
 * Measures the reader pages with the in-memory cache and with the Redis one, alternating, on one instance
 * at `port` (redis-server on `port + 1`). For `npm run bench -- --cluster 3` too.
 */
export async function measureCacheHandlers(opts: { port: number; seconds: number; pin: boolean; rounds?: number }): Promise<CacheFigures> {
  const { pin } = opts;
  const dir = mkdtempSync(join(tmpdir(), "warta-bench-cache-"));
  const redis = await startRedisServer([opts.port + 1]);
  const figures: CacheFigures = { memory: {}, redis: {} };
  const env: Record<Mode, Record<string, string>> = {
    memory: {},
    redis: { REDIS_URL: redis.url, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64") },
  };
  try {
    let pages: Record<string, string> | undefined;
    for (let round = 0; round < (opts.rounds ?? 2); round++) {
      for (const mode of ["memory", "redis"] as const) {
        const next = await startNext({ dir, port: opts.port, pin, env: env[mode] });
        try {
          pages ??= pagesOf(join(dir, "warta.db"));
          console.log(`${mode === "redis" ? "Redis" : "memori"} (putaran ${round + 1}):`);
          for (const [name, path] of Object.entries(pages)) {
            const url = `http://127.0.0.1:${opts.port}`;
            // Rendered once and then served from the cache, as under a flood.
            for (let i = 0; i < 5; i++) await fetch(url + path, { headers: { "user-agent": READER } }).then((r) => r.arrayBuffer());
            await load({ url, requests: [{ method: "GET", path }], seconds: 2, connections: CONNECTIONS, warmUp: true });
            const slot = (figures[mode][name] ??= { rps: [], p99: [], load: [] });
            for (let i = 0; i < RUNS; i++) {
              const run = await load({ url, requests: [{ method: "GET", path }], seconds: opts.seconds, connections: CONNECTIONS });
              slot.rps.push(run.rps);
              slot.p99.push(run.p99);
              slot.load.push(loadavg()[0]);
            }
            console.log(`  ${name.padEnd(8)} ${fmt(median(slot.rps))} req/s, p99 ${median(slot.p99)} ms, load average ${loadavg()[0].toFixed(2)}`);
          }
        } finally {
          await stopProcess(next);
        }
      }
    }
  } finally {
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

/** Prints Redis ÷ memory per page and the lowest ratio against the goal. */
export function printCacheRatios(figures: CacheFigures): void {
  console.log("\nhalaman   memori req/s   Redis req/s   rasio   p99 memori   p99 Redis");
  const ratios: number[] = [];
  for (const name of Object.keys(figures.memory)) {
    const [m, r] = [figures.memory[name], figures.redis[name]];
    const ratio = median(r.rps) / median(m.rps);
    ratios.push(ratio);
    console.log(
      `${name.padEnd(9)} ${fmt(median(m.rps)).padStart(12)}   ${fmt(median(r.rps)).padStart(11)}   ${ratio.toFixed(2).padStart(5)}   ${String(median(m.p99)).padStart(7)} ms   ${String(median(r.p99)).padStart(6)} ms`,
    );
  }
  const worst = Math.min(...ratios);
  console.log(`\nRasio terendah ${worst.toFixed(2)} (sasaran ≥ ${GOAL}): ${worst >= GOAL ? "ok" : "MISSED"}; load average di akhir ${loadavg()[0].toFixed(2)}`);
}

async function main() {
  const pin = pinLoadToCpu1();
  ensureBuild();
  console.log(`Cache halaman: memori lawan Redis, satu instance di :${PORT}, ${RUNS} × ${SECONDS} s, ${CONNECTIONS} koneksi${pin ? ", server di CPU 0" : ""}`);
  console.log(`load average di awal: ${loadavg().map((n) => n.toFixed(2)).join(" ")}`);
  printCacheRatios(await measureCacheHandlers({ port: PORT, seconds: SECONDS, pin }));
}

if (process.argv[1]?.endsWith("bench-cache.ts")) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
