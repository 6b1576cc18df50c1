// `npm run bench:views`: how fast the view beacon is, and what counting costs the article
// page. Builds when the build is missing or older than the source, starts Warta on a
// fresh seeded database on a private port, then measures in one run:
//   1. the beacon alone (every request a new visitor, so every one is counted);
//   2. the article page with counting off: page requests only, as with no beacon;
//   3. the article page with counting on: each page request followed by its beacon, as a browser does;
//   4. off and on once more, alternating, so that drift (warm-up, a growing table) hits both alike.
// Finally it stops the server with SIGTERM and checks that every counted view is in the database.
// With `taskset` and two or more CPUs, the server runs on CPU 0 and the load on CPU 1.
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";

const PORT = Number(process.env.BENCH_PORT ?? 3235);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const BASE = `http://127.0.0.1:${PORT}`;
const READER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

// Decided once, before the re-run below narrows this process to a single CPU.
const pin = process.env.BENCH_PINNED === "1" || (spawnSync("taskset", ["--version"]).status === 0 && availableParallelism() >= 2);

// Re-run this script on CPU 1 so that the load generator never competes with the server.
if (pin && !process.env.BENCH_PINNED) {
  const child = spawnSync("taskset", ["-c", "1", process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: "inherit",
    env: { ...process.env, BENCH_PINNED: "1" },
  });
  process.exit(child.status ?? 1);
}

function newestSourceChange(): number {
  const files = execFileSync("git", ["ls-files", "app", "components", "db", "lib", "instrumentation.ts", "next.config.js", "package-lock.json"], {
    encoding: "utf8",
  })
    .split("\n")
    .filter((f) => f && existsSync(f));
  return Math.max(...files.map((f) => statSync(f).mtimeMs));
}

function ensureBuild(): void {
  const buildId = ".next/BUILD_ID";
  if (existsSync(buildId) && statSync(buildId).mtimeMs > newestSourceChange() && !process.argv.includes("--build")) {
    console.log("Memakai build yang ada (.next).");
    return;
  }
  console.log("Membangun (next build) ...");
  execFileSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
}

async function startServer(dir: string): Promise<ChildProcess> {
  const next = [process.execPath, resolve("node_modules/next/dist/bin/next"), "start", "-p", String(PORT), "-H", "127.0.0.1"];
  const [cmd, ...args] = pin ? ["taskset", "-c", "0", ...next] : next;
  const child = spawn(cmd, args, {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_PATH: join(dir, "warta.db"),
      MEDIA_DIR: join(dir, "media"),
      SITE_URL: BASE,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start berhenti dengan kode ${child.exitCode}`);
    if (await fetch(`${BASE}/`).then((r) => r.ok, () => false)) return child;
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGKILL");
  throw new Error(`next start tidak menjawab di ${BASE}`);
}

let visitorSeq = 0;
/** A new reader for every beacon, so each one passes the 30-minute dedupe and really counts. */
const asNewVisitor = (req: autocannon.Request) => ({
  ...req,
  headers: { ...req.headers, "x-forwarded-for": `2001:db8:be:${(visitorSeq >> 16).toString(16)}::${(visitorSeq++ & 0xffff).toString(16)}` },
});

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
  const withCounters = requests.map((r) => ({
    ...r,
    onResponse: (status: number) => {
      if (r.method === "POST" && status === 202) counted++;
      if (r.method === "GET" && status === 200) pages++;
    },
  }));
  const result = await autocannon({
    url: BASE,
    title,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { "user-agent": READER },
    requests: withCounters,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx + result.errors + result.timeouts,
    counted,
    pages: pages / seconds,
  };
}

function totalViews(dbPath: string): number {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare("SELECT coalesce(sum(views), 0) AS n FROM article_views").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

async function main() {
  ensureBuild();
  const dir = mkdtempSync(join(tmpdir(), "warta-bench-"));
  const dbPath = join(dir, "warta.db");
  const server = await startServer(dir);
  try {
    const db = new Database(dbPath, { readonly: true });
    const story = db.prepare("SELECT public_id, slug FROM articles WHERE status = 'published' ORDER BY published_at DESC LIMIT 1").get() as {
      public_id: string;
      slug: string;
    };
    db.close();
    const page: autocannon.Request = { method: "GET", path: `/berita/${story.public_id}/${story.slug}` };
    const beacon: autocannon.Request = { method: "POST", path: `/api/views?id=${story.public_id}`, setupRequest: asNewVisitor };

    const viewsBefore = totalViews(dbPath);
    // A cold Next server is several times slower for its first thousand requests (lazy route
    // loading, JIT): warm both paths before anything is measured.
    const warmUp = [await run("pemanasan halaman", [page], 10), await run("pemanasan beacon", [beacon], 5)];
    const beaconOnly = await run("beacon", [beacon]);
    const off1 = await run("halaman, hitung mati", [page]);
    const on1 = await run("halaman + beacon", [page, beacon]);
    const off2 = await run("halaman, hitung mati (lagi)", [page]);
    const on2 = await run("halaman + beacon (lagi)", [page, beacon]);

    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
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
