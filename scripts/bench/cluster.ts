// `npm run bench -- --cluster N`: one instance against N behind deploy/nginx.conf, with and without its
// 1-second page cache, in one run: req/s, p99 and the ratios N÷1 for the home and article pages, and
// the memory (RSS) of every instance; then the Redis page cache against the in-memory one on one
// instance (scripts/bench-cache.ts). Every instance is configured as on several servers: one Redis
// (a throwaway redis-server), one NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, one database and media folder
// (SQLite in WAL mode takes several processes on one machine; PostgreSQL would be the choice across
// machines). With the load pinned to CPU 1, the servers and nginx all share CPU 0: N instances
// cannot add throughput here, and the ratio shows what the spreading costs, not what it gains.
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { measureCacheHandlers, printCacheRatios } from "../bench-cache";
import { findNginx, startNginx } from "../lib/nginx";
import { startRedisServer } from "../lib/redis-server";
import { commitLabel, ensureBuild, fmt, load, median, newestStory, type Run, startNext, stopProcess } from "./common";
import { busyReasons, cores } from "./machine";

type Figures = { rps: number; p99: number; non2xx: number; loadBefore: number; loadAfter: number };
type Pass = { instances: number; frontCache: boolean; pages: Record<string, Figures> };

/** Resident memory of a process and its children, in MB, from /proc (Linux). */
function rssMb(pid: number): number {
  const own = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    // no children file: a kernel without it
  }
  return own + children.reduce((n, c) => n + rssMb(c), 0);
}

export async function benchCluster(opts: { instances: number; pin: boolean; quick: boolean; port: number }): Promise<void> {
  const { instances: n, pin, port } = opts;
  if (!(n >= 2 && n <= 8)) throw new Error("--cluster butuh jumlah instance 2 sampai 8, misalnya --cluster 3");
  const nginx = findNginx();
  if (!nginx) throw new Error("nginx tidak terpasang: --cluster mengukur lewat nginx (apt-get install nginx).");
  const warmUp = opts.quick ? 1 : 3;
  const seconds = opts.quick ? 1 : 10;
  const runs = 3;
  const connections = 32;
  const startedAt = new Date();
  const load1 = loadavg()[0];
  const busyAtStart = busyReasons({ loadBefore: load1, cores: cores() });
  if (busyAtStart.length) console.log(`!!! BUSY MACHINE: ${busyAtStart.join("; ")}.\n!!! Absolute figures will be low; only the ratios measured in the same run compare.`);
  ensureBuild();

  const dir = mkdtempSync(join(tmpdir(), "warta-bench-cluster-"));
  const redis = await startRedisServer([port + 13]);
  const servers: ChildProcess[] = [];
  let stopFront: (() => Promise<void>) | undefined;
  const cleanUp = async () => {
    await stopFront?.();
    for (const s of servers) await stopProcess(s);
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
  const frontUrl = `http://127.0.0.1:${port + 1}`;
  const env = { REDIS_URL: redis.url, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64") };
  const ports = Array.from({ length: n }, (_, i) => port + 10 + i);
  try {
    console.log(`--cluster ${n}: nginx di ${frontUrl}, instance di ${ports.join(", ")}, Redis ${redis.url}; pemanasan ${warmUp} s, ${runs} × ${seconds} s, ${connections} koneksi` + (pin ? ", server dan nginx di CPU 0, beban di CPU 1" : ""));
    // The first instance seeds the empty database; the others start once it has.
    servers.push(await startNext({ dir, port: ports[0], pin, siteUrl: frontUrl, env }));
    const db = new Database(join(dir, "warta.db"), { readonly: true, fileMustExist: true });
    const paths = { home: "/", article: newestStory(db).path };
    db.close();

    const measure = async (instances: number, frontCache: boolean): Promise<Pass> => {
      const front = await startNginx(nginx, { listen: port + 1, upstream: ports.slice(0, instances), cpu: pin ? 0 : undefined, workers: 1, accessLog: false, pageCache: frontCache });
      stopFront = front.stop;
      const pages: Record<string, Figures> = {};
      try {
        for (const [name, path] of Object.entries(paths)) {
          process.stdout.write(`  ${instances} instance, ${frontCache ? "dengan" : "tanpa"} cache depan, ${name.padEnd(7)} ...`);
          // Every instance renders the page once before the clock starts.
          for (let i = 0; i < instances * 4; i++) await fetch(front.url + path).then((r) => r.arrayBuffer());
          const requests = [{ method: "GET" as const, path }];
          await load({ url: front.url, requests, seconds: warmUp, connections, warmUp: true });
          const timed: Run[] = [];
          for (let i = 0; i < runs; i++) timed.push(await load({ url: front.url, requests, seconds, connections }));
          pages[name] = {
            rps: median(timed.map((r) => r.rps)),
            p99: median(timed.map((r) => r.p99)),
            non2xx: timed.reduce((s, r) => s + r.non2xx, 0),
            loadBefore: timed[0].machine!.loadBefore,
            loadAfter: timed[timed.length - 1].machine!.loadAfter,
          };
          const f = pages[name];
          console.log(` ${fmt(f.rps)} req/s, p99 ${f.p99} ms, non-2xx ${f.non2xx}; load average ${f.loadBefore.toFixed(2)} → ${f.loadAfter.toFixed(2)}`);
        }
      } finally {
        await front.stop();
        stopFront = undefined;
      }
      return { instances, frontCache, pages };
    };

    const passes: Pass[] = [await measure(1, false), await measure(1, true)];
    const rssOne = rssMb(servers[0].pid!);
    for (const p of ports.slice(1)) servers.push(await startNext({ dir, port: p, pin, siteUrl: frontUrl, env }));
    passes.push(await measure(n, false), await measure(n, true));
    const rss = servers.map((s) => rssMb(s.pid!));

    const loadAfter = loadavg()[0];
    console.log(`\nnpm run bench -- --cluster ${n}, commit ${commitLabel()}, ${startedAt.toISOString()}, Node ${process.version}, ${cores()} CPUs`);
    console.log(`load average ${load1.toFixed(2)} before, ${loadAfter.toFixed(2)} after`);
    console.log(`${"".padEnd(34)}${"req/s".padStart(9)}${"p99 ms".padStart(8)}${`${n}÷1 req/s`.padStart(13)}${`${n}÷1 p99`.padStart(11)}`);
    for (const frontCache of [false, true]) {
      for (const name of Object.keys(paths)) {
        const one = passes.find((p) => p.instances === 1 && p.frontCache === frontCache)!.pages[name];
        const many = passes.find((p) => p.instances === n && p.frontCache === frontCache)!.pages[name];
        const label = `${name}, ${frontCache ? "front cache" : "no front cache"}`;
        console.log(`${`${label}, 1 instance`.padEnd(34)}${fmt(one.rps).padStart(9)}${String(one.p99).padStart(8)}`);
        console.log(
          `${`${label}, ${n} instances`.padEnd(34)}${fmt(many.rps).padStart(9)}${String(many.p99).padStart(8)}` +
            `${(many.rps / one.rps).toFixed(2).padStart(13)}${(many.p99 / Math.max(one.p99, 1)).toFixed(2).padStart(11)}`,
        );
      }
    }
    console.log(`Memory (RSS): 1 instance alone ${rssOne.toFixed(0)} MB after its runs; with ${n}: ${rss.map((m) => `${m.toFixed(0)} MB`).join(", ")} (total ${rss.reduce((a, b) => a + b, 0).toFixed(0)} MB)`);
    console.log(
      `On ${cores()} cores with the load on one of them, ${n} instances share the same CPU as one: the ratio is what spreading costs or saves ` +
        "(a blocked render no longer holds up the others), not scaling. Scaling needs cores for each instance.",
    );

    mkdirSync("bench-results", { recursive: true });
    const out = join("bench-results", `cluster-${startedAt.toISOString().replace(/[:.]/g, "-")}.json`);
    writeFileSync(
      out,
      JSON.stringify(
        { command: `npm run bench -- --cluster ${n}`, commit: commitLabel(), startedAt: startedAt.toISOString(), node: process.version, cores: cores(), pinned: pin, loadAverage: { before: load1, after: loadAfter }, busyAtStart, settings: { warmUp, runs, seconds, connections }, paths, passes, rssMb: { oneAlone: rssOne, cluster: rss } },
        null,
        2,
      ),
    );
    console.log(`Hasil: ${out}`);
  } finally {
    await cleanUp();
  }
  // The shared page cache's own cost, on one instance: Redis against the in-memory cache, side by side.
  console.log(`\nCache halaman di satu instance: memori lawan Redis (:${port + 20})`);
  printCacheRatios(await measureCacheHandlers({ port: port + 20, seconds, pin }));
}
