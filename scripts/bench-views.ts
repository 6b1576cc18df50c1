// `npm run bench:views`: how fast the view beacon is, and what counting costs the article
// page. Builds when the build is missing or older than the source, starts Warta on a
// fresh seeded database on a private port, then measures in one run:
//   1. the beacon alone (every request a new visitor, so every one is counted);
//   2. the article page with counting off: page requests only, as with no beacon;
//   3. the article page with counting on: each page request followed by its beacon, as a browser does;
//   4. off and on once more, alternating, so that drift (warm-up, a growing table) hits both alike.
// Finally it stops the server with SIGTERM and checks that every counted view is in the database.
// With `taskset` and two or more CPUs, the server runs on CPU 0 and the load on CPU 1.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type autocannon from "autocannon";
import Database from "better-sqlite3";
import { asNewVisitors, ensureBuild, fmt, load, pinLoadToCpu1, startNext, stopProcess } from "./bench/common";

const PORT = Number(process.env.BENCH_PORT ?? 3235);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const BASE = `http://127.0.0.1:${PORT}`;

const pin = pinLoadToCpu1();

const asNewVisitor = asNewVisitors("be");

type Run = {
  /** All requests per second. */
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  /** Beacons answered 202. */
  counted: number;
  /** Article pages answered 200, per second. */
  pages: number;
};

async function run(title: string, requests: autocannon.Request[], seconds = SECONDS): Promise<Run> {
  let counted = 0;
  let pages = 0;
  const r = await load({
    url: BASE,
    title,
    requests,
    seconds,
    connections: CONNECTIONS,
    onResponse: (status, method) => {
      if (method === "POST" && status === 202) counted++;
      if (method === "GET" && status === 200) pages++;
    },
  });
  return { rps: r.rps, p50: r.p50, p99: r.p99, non2xx: r.non2xx, counted, pages: pages / seconds };
}

function totalViews(dbPath: string): number {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare("SELECT coalesce(sum(views), 0) AS n FROM article_views").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

async function main() {
  ensureBuild();
  const dir = mkdtempSync(join(tmpdir(), "warta-bench-"));
  const dbPath = join(dir, "warta.db");
  const server = await startNext({ dir, port: PORT, pin });
  try {
    const db = new Database(dbPath, { readonly: true });
    const story = db.prepare("SELECT public_id, slug FROM articles WHERE status = 'published' ORDER BY published_at DESC LIMIT 1").get() as {
      public_id: string;
      slug: string;
    };
    db.close();
    const page: autocannon.Request = { method: "GET", path: `/berita/${story.public_id}/${story.slug}` };
    // A reader's sendBeacon names our origin; a POST without it is refused (docs/security.md, "Origin").
    const beacon: autocannon.Request = { method: "POST", path: `/api/views?id=${story.public_id}`, headers: { origin: BASE }, setupRequest: asNewVisitor };

    const viewsBefore = totalViews(dbPath);
    // A cold Next server is several times slower for its first thousand requests (lazy route
    // loading, JIT): warm both paths before anything is measured.
    const warmUp = [await run("pemanasan halaman", [page], 10), await run("pemanasan beacon", [beacon], 5)];
    const beaconOnly = await run("beacon", [beacon]);
    const off1 = await run("halaman, hitung mati", [page]);
    const on1 = await run("halaman + beacon", [page, beacon]);
    const off2 = await run("halaman, hitung mati (lagi)", [page]);
    const on2 = await run("halaman + beacon (lagi)", [page, beacon]);

    await stopProcess(server);
    const written = totalViews(dbPath) - viewsBefore;
    const counted = warmUp[1].counted + beaconOnly.counted + on1.counted + on2.counted;

    const off = (off1.pages + off2.pages) / 2;
    const on = (on1.pages + on2.pages) / 2;
    const offRow = (name: string, r: Run): [string, string, string] => [name, `${fmt(r.pages)} pages/s`, `p50 ${r.p50} ms, p99 ${r.p99} ms`];
    const onRow = (name: string, r: Run): [string, string, string] => [
      name,
      `${fmt(r.pages)} pages/s`,
      `+ ${fmt(r.counted / SECONDS)} beacons/s; p50 ${r.p50} ms, p99 ${r.p99} ms over both`,
    ];
    const rows: [string, string, string][] = [
      ["beacon POST /api/views", `${fmt(beaconOnly.rps)} req/s`, `p50 ${beaconOnly.p50} ms, p99 ${beaconOnly.p99} ms, ${fmt(beaconOnly.counted)} counted`],
      offRow("article page, counting off (1)", off1),
      onRow("article page, counting on (1)", on1),
      offRow("article page, counting off (2)", off2),
      onRow("article page, counting on (2)", on2),
    ];
    console.log(
      `\nbench:views, ${SECONDS} s per run, ${CONNECTIONS} connections, Node ${process.version}` +
        (pin ? " (server on CPU 0, load on CPU 1)" : " (not pinned)"),
    );
    for (const [name, value, detail] of rows) console.log(`  ${name.padEnd(34)} ${value.padStart(14)}   ${detail}`);
    console.log(`  ${"pages/s, counting on ÷ off".padEnd(34)} ${(on / off).toFixed(2).padStart(14)}   (means of the two runs each)`);
    console.log(`  ${"beacon req/s ÷ pages/s (off)".padEnd(34)} ${(beaconOnly.rps / off).toFixed(1).padStart(14)}`);
    const errors = [...warmUp, beaconOnly, off1, on1, off2, on2].reduce((n, r) => n + r.non2xx, 0);
    console.log(`  non-2xx, errors and timeouts: ${errors}`);
    // A timed run ends with up to one request per connection in flight: the server may
    // count those although autocannon no longer reads their 202, never the other way round.
    const inFlight = written - counted;
    const intact = inFlight >= 0 && inFlight <= 5 * CONNECTIONS;
    console.log(
      `  beacons answered 202: ${fmt(counted)}; views in the database after SIGTERM: ${fmt(written)}` +
        (intact ? ` (none lost; ${inFlight} were still in flight when a run ended)` : " MISMATCH"),
    );
    if (!intact || errors > 0) process.exitCode = 1;
  } finally {
    if (server.exitCode === null) server.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
