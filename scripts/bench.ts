// `npm run bench`: how fast Warta serves readers, against the ceiling of this machine, in one run.
// Builds if needed and starts Warta on a fresh seeded database, then for home, article, kanal,
// search and the view beacon: a warm-up and three timed runs at 32 connections; the median
// req/s, p50 and p99 and the non-2xx count. The ceiling is a node:http server sending the
// article page's exact bytes. Everything again through deploy/nginx.conf when nginx is
// installed, once without compression and once with `Accept-Encoding: gzip, br` as browsers
// send it. Page weight from the same server. Prints a table and writes bench-results/<time>.json.
// Each page's req/s and p99 also appear as multiples of the floor's (/icon.svg) in the same run,
// and every timed run records the load average and what other processes did meanwhile
// (bench/machine.ts): a figure from a busy machine is no evidence of a limit, and says so.
//
//   --quick          1 s warm-up and three 1 s runs: tests the script, not the server
//   --articles N     afterwards, adds N synthetic stories with view history and measures again
//   --build          rebuilds even when .next looks current
//   --engine postgres  also on a throwaway PostgreSQL cluster, and PostgreSQL ÷ SQLite per page (bench/postgres.ts)
//   --cluster N      instead: one instance against N behind nginx, with and without its page cache,
//                    and memory per instance (scripts/bench/cluster.ts)
// BENCH_PORT (3240) is Warta's port; nginx takes BENCH_PORT + 1 and the ceiling BENCH_PORT + 2.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type autocannon from "autocannon";
import Database from "better-sqlite3";
import { commitLabel, ensureBuild, fmt, load, median, newestStory, onServerCpu, pinLoadToCpu1, READER, type Run, startNext, stopProcess, waitForHttp } from "./bench/common";
import { benchCluster } from "./bench/cluster";
import { busyReasons, cores, QUIET } from "./bench/machine";
import { TABLE_HEAD, tableLines, toFloor } from "./bench/report";
import { addSyntheticArticles } from "./bench/synthetic";
import { postgresPass } from "./bench/postgres";
import { pageWeight, type Weight, WEIGHT_METHOD } from "./bench/weight";
import { findNginx, startNginx } from "./lib/nginx";

const pin = pinLoadToCpu1();

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const articlesArg = args.indexOf("--articles");
const extraArticles = articlesArg >= 0 ? Number(args[articlesArg + 1]) : 0;
if (articlesArg >= 0 && !(extraArticles > 0)) throw new Error("--articles butuh jumlah, misalnya --articles 100000");
const engineArg = args.indexOf("--engine");
const withPostgres = engineArg >= 0 && args[engineArg + 1] === "postgres";
if (engineArg >= 0 && !withPostgres) throw new Error("--engine hanya menerima postgres (SQLite selalu diukur)");
const clusterArg = args.indexOf("--cluster");

const PORT = Number(process.env.BENCH_PORT ?? 3240);
const NGINX_PORT = PORT + 1;
const CEILING_PORT = PORT + 2;
const CONNECTIONS = 32;
const WARM_UP = quick ? 1 : 5;
const RUNS = 3;
const SECONDS = quick ? 1 : 15;
const PRIME = 20;

// The issues' targets (ratios measured in one run on the 2-core machine): issue #7, and issue 17's
// compressed article through nginx at 0.8 of its uncompressed rate.
const TARGETS = { articleNext: 0.03, articleNginx: 0.5, p99Ms: 100, ownJsKb: 10, scaleP99: 1.5, compressedNginx: 0.8 };
/** What a browser says it takes; nginx keeps one compressed copy for every browser that says so. */
const BROWSER_ENCODING = "gzip, br";

type Target = { name: string; requests: autocannon.Request[]; page: boolean };
type Figures = { rps: number; p50: number; p99: number; non2xx: number; runs: Run[]; load: { before: number; after: number } };

let visitor = 0;
let noAnswers = false;
/** Each beacon a new reader (a User-Agent of its own), so each one is counted, with or without nginx. */
const asNewVisitor = (req: autocannon.Request) => ({ ...req, headers: { ...req.headers, "user-agent": `${READER} bench/${visitor++}` } });

async function measure(base: string, t: Target, headers: Record<string, string> = {}): Promise<Figures> {
  process.stdout.write(`  ${t.name.padEnd(8)} ${base} ...`);
  // A cold Next server is many times slower for its first requests (lazy route loading, JIT):
  // a few in sequence first, so that even a short warm-up at 32 connections gets answers.
  // A beacon POST must name the site it is sent to, as a reader's browser does (docs/security.md, "Origin").
  const requests = t.requests.map((r) => (r.method === "POST" ? { ...r, headers: { ...r.headers, origin: base } } : r));
  for (let i = 0; i < PRIME; i++) {
    const r = requests[0];
    await fetch(base + r.path, { method: r.method, headers: { "user-agent": READER, ...headers, ...(r.method === "POST" ? { origin: base } : {}) } }).then((res) => res.arrayBuffer());
  }
  await load({ url: base, requests, headers, seconds: WARM_UP, connections: CONNECTIONS, warmUp: true });
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await load({ url: base, requests, headers, seconds: SECONDS, connections: CONNECTIONS }));
  const f = {
    rps: median(runs.map((r) => r.rps)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
    runs,
    load: { before: runs[0].machine!.loadBefore, after: runs[runs.length - 1].machine!.loadAfter },
  };
  console.log(` ${fmt(f.rps)} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms, non-2xx ${f.non2xx}; load average ${f.load.before.toFixed(2)} → ${f.load.after.toFixed(2)}`);
  if (runs.some((r) => r.requests === 0)) {
    console.log("    (a run completed no request: the machine is too busy or the run too short; its latencies mean nothing)");
    noAnswers = true;
  }
  return f;
}

/** The ceiling: node:http answering every request with the same bytes, on the server's CPU. */
async function startCeiling(html: Buffer, dir: string): Promise<ChildProcess> {
  const file = join(dir, "article.html");
  writeFileSync(file, html);
  const code = `const b=require("fs").readFileSync(process.argv[1]);require("http").createServer((q,s)=>{s.writeHead(200,{"content-type":"text/html; charset=utf-8","content-length":b.length});s.end(b)}).listen(+process.argv[2],"127.0.0.1")`;
  const [cmd, ...rest] = onServerCpu(pin, [process.execPath, "-e", code, file, String(CEILING_PORT)]);
  const child = spawn(cmd, rest, { stdio: ["ignore", "ignore", "inherit"] });
  await waitForHttp(`http://127.0.0.1:${CEILING_PORT}/`, child, "ceiling", 10_000);
  return child;
}

function targetsFor(db: string): { targets: Target[]; paths: Record<string, string> } {
  const d = new Database(db, { readonly: true, fileMustExist: true });
  const story = newestStory(d);
  const kanal = d.prepare("SELECT slug FROM kanal WHERE parent_id IS NULL ORDER BY position, id LIMIT 1").get() as { slug: string };
  d.close();
  // A word of the newest headline: a query with real hits, as readers search for the news.
  const word = story.title
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .sort((a, b) => b.length - a.length)[0];
  const paths = {
    home: "/",
    article: story.path,
    kanal: `/kanal/${kanal.slug}`,
    search: `/cari?q=${encodeURIComponent(word)}`,
  };
  const targets: Target[] = [
    ...Object.entries(paths).map(([name, path]) => ({ name, page: true, requests: [{ method: "GET" as const, path }] })),
    { name: "beacon", page: false, requests: [{ method: "POST", path: `/api/views?id=${story.public_id}`, setupRequest: asNewVisitor }] },
    // Next's floor on this machine: a file from the build, no rendering and no database. No reader page can beat it.
    { name: "static", page: false, requests: [{ method: "GET", path: "/icon.svg" }] },
  ];
  return { targets, paths };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const ok = (pass: boolean) => (pass ? "ok" : "MISSED");

async function main() {
  const startedAt = new Date();
  const load1 = loadavg()[0];
  // Before the first run the load average is the machine alone (later it carries our own runs).
  const busyAtStart = busyReasons({ loadBefore: load1, cores: cores() });
  if (busyAtStart.length) console.log(`!!! BUSY MACHINE: ${busyAtStart.join("; ")}.\n!!! Absolute figures will be low; only the ratios measured in the same run compare.`);
  ensureBuild();
  const nginx = findNginx();
  const dir = mkdtempSync(join(tmpdir(), "warta-bench-"));
  const base = `http://127.0.0.1:${PORT}`;
  const children: ChildProcess[] = [];
  let stopNginx: (() => Promise<void>) | undefined;
  const cleanUp = async () => {
    await stopNginx?.();
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  };
  // Ctrl-C (or a kill) must not leave a server, nginx or a temporary database behind.
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
  try {
    console.log(
      `Warta di ${base}, ${quick ? "--quick: " : ""}pemanasan ${WARM_UP} s, ${RUNS} × ${SECONDS} s, ${CONNECTIONS} koneksi` +
        (pin ? ", server di CPU 0, beban di CPU 1" : ", tanpa taskset"),
    );
    let next = await startNext({ dir, port: PORT, pin });
    children.push(next);
    const { targets, paths } = targetsFor(join(dir, "warta.db"));

    const weight: Record<string, Weight> = {};
    for (const [name, path] of Object.entries(paths)) weight[name] = await pageWeight(base, path);

    const articleHtml = Buffer.from(await (await fetch(base + paths.article)).arrayBuffer());
    console.log(`\nCeiling (node:http, ${fmt(articleHtml.length)} bytes of the article page):`);
    const ceilingServer = await startCeiling(articleHtml, dir);
    children.push(ceilingServer);
    const ceiling = await measure(`http://127.0.0.1:${CEILING_PORT}`, { name: "ceiling", page: true, requests: [{ method: "GET", path: "/" }] });
    await stopProcess(ceilingServer);

    console.log("\nnext start:");
    const direct: Record<string, Figures> = {};
    for (const t of targets) direct[t.name] = await measure(base, t);

    const front: Record<string, Figures> = {};
    const compressed: Record<string, Figures> = {};
    let brotli = false;
    let encoding = "";
    if (nginx) {
      const running = await startNginx(nginx, { listen: NGINX_PORT, upstream: PORT, cpu: pin ? 0 : undefined, workers: 1, accessLog: false });
      stopNginx = running.stop;
      brotli = running.brotli;
      console.log("\nnginx (deploy/nginx.conf, 1 worker, access log off) in front of next start:");
      for (const t of targets) front[t.name] = await measure(running.url, t);
      // Asked as a browser asks: the article must arrive compressed, or this pass measures nothing new.
      const sample = await fetch(running.url + paths.article, { headers: { "accept-encoding": BROWSER_ENCODING } });
      await sample.arrayBuffer();
      encoding = sample.headers.get("content-encoding") ?? "none";
      console.log(`\nnginx again, Accept-Encoding: ${BROWSER_ENCODING} (the article arrives as ${encoding}):`);
      for (const t of targets.filter((x) => x.page || x.name === "static")) compressed[t.name] = await measure(running.url, t, { "accept-encoding": BROWSER_ENCODING });
      await running.stop();
      stopNginx = undefined;
    } else {
      console.log("\nnginx tidak terpasang: pengukuran lewat nginx dilewati (apt-get install nginx).");
    }

    let scale: { articles: number; generateMs: number; figures: Record<string, Figures> } | undefined;
    if (extraArticles > 0) {
      await stopProcess(next);
      console.log(`\nMenambah ${fmt(extraArticles)} berita sintetis ...`);
      const generateMs = addSyntheticArticles(join(dir, "warta.db"), extraArticles);
      console.log(`  selesai dalam ${(generateMs / 1000).toFixed(1)} s`);
      next = await startNext({ dir, port: PORT, pin });
      children.push(next);
      console.log(`next start, ${fmt(extraArticles)} more articles:`);
      const figures: Record<string, Figures> = {};
      for (const t of targets.filter((x) => x.page)) figures[t.name] = await measure(base, t);
      scale = { articles: extraArticles, generateMs, figures };
    }
    await stopProcess(next);

    const postgres = withPostgres
      ? await postgresPass({ dir: mkdtempSync(join(dir, "pg-")), port: PORT, pin, targets, measure, extraArticles, children })
      : undefined;

    // The tables: one per way in, each page against the floor (static) measured in the same pass.
    const ratio = (f: Figures | undefined) => (f ? f.rps / ceiling.rps : NaN);
    const loadAfter = loadavg()[0];
    console.log(`\nnpm run bench${args.length ? ` -- ${args.join(" ")}` : ""}, commit ${commitLabel()}, ${startedAt.toISOString()}, Node ${process.version}`);
    console.log(`ceiling: ${fmt(ceiling.rps)} req/s (p50 ${ceiling.p50} ms, p99 ${ceiling.p99} ms); load average ${load1.toFixed(2)} before, ${loadAfter.toFixed(2)} after`);
    const passes: [string, Record<string, Figures>][] = [["next start", direct]];
    if (nginx) passes.push(["nginx front cache, no compression", front], [`nginx front cache, Accept-Encoding: ${BROWSER_ENCODING} (sent as ${encoding})`, compressed]);
    console.log(TABLE_HEAD);
    for (const [title, figures] of passes) {
      console.log(title);
      for (const line of tableLines(targets.map((t) => ({ name: t.name, figures: figures[t.name] })), { floor: figures.static, ceiling })) console.log(line);
    }
    if (postgres) {
      console.log("next start on PostgreSQL");
      for (const line of tableLines(targets.map((t) => ({ name: t.name, figures: postgres.direct[t.name] })), { floor: postgres.direct.static, ceiling })) console.log(line);
    }
    console.log("(latency in ms; each figure the median of three runs; non-2xx summed over them; ×floor and p99÷floor against static, /icon.svg, in the same pass)");
    if (postgres) {
      console.log("\nPostgreSQL ÷ SQLite, next start, same run (req/s: below 1 is slower; p99: above 1 is slower):");
      for (const t of targets) {
        const [a, b] = [direct[t.name], postgres.direct[t.name]];
        console.log(`  ${t.name.padEnd(8)} req/s ${(b.rps / a.rps).toFixed(2)}  p99 ${(b.p99 / Math.max(a.p99, 1)).toFixed(2)}`);
      }
    }
    const allRuns = [ceiling, ...passes.flatMap(([, figures]) => Object.values(figures))].flatMap((f) => f.runs);
    const busyRuns = allRuns.filter((r) => busyReasons({ cores: cores(), others: r.machine?.others }).length > 0).length;
    console.log(`Machine: ${cores()} CPUs; ${busyRuns} of ${allRuns.length} timed runs had other processes busy (above ${QUIET.othersCores} of a core)`);
    if (busyAtStart.length || busyRuns) {
      console.log("!!! BUSY MACHINE: the absolute figures above are no evidence of a limit. Compare the ratios measured in the same pass, or run again on a quiet machine.");
    }

    console.log("\nPage weight (uncompressed HTML; gzip of HTML and of the client JS the page loads):");
    for (const [name, w] of Object.entries(weight)) {
      console.log(
        `  ${name.padEnd(8)} HTML ${kb(w.htmlBytes).padStart(9)} (gzip ${kb(w.htmlGzip)}); JS ${kb(w.jsGzip)} = framework ${kb(w.frameworkJsGzip)} + Warta ${kb(w.ownJsGzip)}` +
          (w.ownChunks.length ? `  [${w.ownChunks.join(", ")}]` : ""),
      );
    }
    console.log(`  ${WEIGHT_METHOD}`);

    const maxOwn = Math.max(...Object.values(weight).map((w) => w.ownJsGzip));
    const readerP99 = Math.max(...targets.filter((t) => t.page).map((t) => direct[t.name].p99));
    const readerP99Floor = Math.max(...targets.filter((t) => t.page).map((t) => toFloor(direct[t.name], direct.static).p99));
    console.log("\nTargets (issue #7):");
    console.log(`  article via next start ≥ ${TARGETS.articleNext}× ceiling: ${ratio(direct.article).toFixed(3)} ${ok(ratio(direct.article) >= TARGETS.articleNext)}`);
    if (nginx) {
      console.log(`  article via nginx ≥ ${TARGETS.articleNginx}× ceiling: ${ratio(front.article).toFixed(3)} ${ok(ratio(front.article) >= TARGETS.articleNginx)}`);
      const c = compressed.article.rps / front.article.rps;
      console.log(`  article via nginx with ${BROWSER_ENCODING} ≥ ${TARGETS.compressedNginx}× without: ${c.toFixed(2)} (${encoding}) ${ok(c >= TARGETS.compressedNginx && encoding !== "none")}`);
    }
    console.log(
      `  p99 of every reader page via next start ≤ ${TARGETS.p99Ms} ms: worst ${readerP99} ms (${readerP99Floor.toFixed(2)}× the floor's ${direct.static.p99} ms) ${ok(readerP99 <= TARGETS.p99Ms && !noAnswers)}`,
    );
    console.log(`  Warta's own JS on a reader page ≤ ${TARGETS.ownJsKb} kB gzip: worst ${kb(maxOwn)} ${ok(maxOwn <= TARGETS.ownJsKb * 1024)}`);
    const scales = [
      ...(scale ? [["SQLite", scale, direct] as const] : []),
      ...(postgres?.scale ? [["PostgreSQL", postgres.scale, postgres.direct] as const] : []),
    ];
    for (const [engineName, sc, seed] of scales) {
      for (const [name, f] of Object.entries(sc.figures)) {
        const r = f.p99 / Math.max(seed[name].p99, 1);
        console.log(
          `  ${engineName}: ${name} p99 with ${fmt(sc.articles)} more articles ≤ ${TARGETS.scaleP99}× seed size: ${f.p99} vs ${seed[name].p99} ms = ${r.toFixed(2)}× ${ok(r <= TARGETS.scaleP99 && f.rps > 0 && seed[name].rps > 0)}` +
            ` (${fmt(f.rps)} req/s)`,
        );
      }
    }

    mkdirSync("bench-results", { recursive: true });
    const out = join("bench-results", `${startedAt.toISOString().replace(/[:.]/g, "-")}.json`);
    const strip = (r: Record<string, Figures>) => Object.fromEntries(Object.entries(r).map(([k, { runs, ...f }]) => [k, { ...f, runs: runs.map((x) => ({ ...x })) }]));
    writeFileSync(
      out,
      JSON.stringify(
        {
          command: `npm run bench${args.length ? ` -- ${args.join(" ")}` : ""}`,
          commit: commitLabel(),
          startedAt: startedAt.toISOString(),
          node: process.version,
          pinned: pin,
          loadAverage: { before: load1, after: loadAfter },
          busy: { atStart: busyAtStart, runs: busyRuns, of: allRuns.length },
          settings: { warmUpSeconds: WARM_UP, runs: RUNS, seconds: SECONDS, connections: CONNECTIONS },
          paths,
          ceiling: { bytes: articleHtml.length, ...strip({ ceiling }).ceiling },
          nextStart: strip(direct),
          nginx: nginx ? { brotli, workers: 1, accessLog: false, figures: strip(front), browserEncoding: BROWSER_ENCODING, sentAs: encoding, compressed: strip(compressed) } : null,
          ratios: Object.fromEntries(
            targets.map((t) => [
              t.name,
              {
                nextStart: ratio(direct[t.name]),
                nginx: nginx ? ratio(front[t.name]) : null,
                floor: {
                  nextStart: toFloor(direct[t.name], direct.static),
                  nginx: nginx ? toFloor(front[t.name], front.static) : null,
                  nginxCompressed: compressed[t.name] ? toFloor(compressed[t.name], compressed.static) : null,
                },
              },
            ]),
          ),
          weight,
          weightMethod: WEIGHT_METHOD,
          scale: scale ? { articles: scale.articles, generateMs: scale.generateMs, figures: strip(scale.figures) } : null,
          postgres: postgres
            ? {
                nextStart: strip(postgres.direct),
                scale: postgres.scale ? { articles: postgres.scale.articles, generateMs: postgres.scale.generateMs, figures: strip(postgres.scale.figures) } : null,
              }
            : null,
          targets: TARGETS,
        },
        null,
        2,
      ),
    );
    console.log(`\nJSON: ${out}`);
    if (noAnswers) process.exitCode = 1;
  } finally {
    await cleanUp();
  }
}

const run = clusterArg >= 0 ? () => benchCluster({ instances: Number(args[clusterArg + 1]), pin, quick, port: PORT }) : main;
run().catch((err) => {
  console.error(err);
  process.exit(1);
});
