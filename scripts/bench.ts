// `npm run bench`: how fast Warta serves readers, against the ceiling of this machine, in one run.
// Builds if needed and starts Warta on a fresh seeded database, then for home, article, kanal,
// search and the view beacon: a warm-up and three timed runs at 32 connections; the median
// req/s, p50 and p99 and the non-2xx count. The ceiling is a node:http server sending the
// article page's exact bytes. Everything again through deploy/nginx.conf when nginx is
// installed. Page weight from the same server. Prints a table and writes bench-results/<time>.json.
//
//   --quick          1 s warm-up and three 1 s runs: tests the script, not the server
//   --articles N     afterwards, adds N synthetic stories with view history and measures again
//   --build          rebuilds even when .next looks current
// BENCH_PORT (3240) is Warta's port; nginx takes BENCH_PORT + 1 and the ceiling BENCH_PORT + 2.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type autocannon from "autocannon";
import Database from "better-sqlite3";
import { commitLabel, ensureBuild, fmt, load, median, onServerCpu, pinLoadToCpu1, READER, type Run, startNext, stopProcess, waitForHttp } from "./bench/common";
import { addSyntheticArticles } from "./bench/synthetic";
import { pageWeight, type Weight, WEIGHT_METHOD } from "./bench/weight";
import { findNginx, startNginx } from "./lib/nginx";

const pin = pinLoadToCpu1();

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const articlesArg = args.indexOf("--articles");
const extraArticles = articlesArg >= 0 ? Number(args[articlesArg + 1]) : 0;
if (articlesArg >= 0 && !(extraArticles > 0)) throw new Error("--articles butuh jumlah, misalnya --articles 100000");

const PORT = Number(process.env.BENCH_PORT ?? 3240);
const NGINX_PORT = PORT + 1;
const CEILING_PORT = PORT + 2;
const CONNECTIONS = 32;
const WARM_UP = quick ? 1 : 5;
const RUNS = 3;
const SECONDS = quick ? 1 : 15;
const PRIME = 20;

// The issue's targets (ratios to the ceiling, measured in one run on the 2-core machine).
const TARGETS = { articleNext: 0.03, articleNginx: 0.5, p99Ms: 100, ownJsKb: 10, scaleP99: 1.5 };

type Target = { name: string; requests: autocannon.Request[]; page: boolean };
type Figures = { rps: number; p50: number; p99: number; non2xx: number; runs: Run[] };

let visitor = 0;
let noAnswers = false;
/** Each beacon a new reader (a User-Agent of its own), so each one is counted, with or without nginx. */
const asNewVisitor = (req: autocannon.Request) => ({ ...req, headers: { ...req.headers, "user-agent": `${READER} bench/${visitor++}` } });

async function measure(base: string, t: Target): Promise<Figures> {
  process.stdout.write(`  ${t.name.padEnd(8)} ${base} ...`);
  // A cold Next server is many times slower for its first requests (lazy route loading, JIT):
  // a few in sequence first, so that even a short warm-up at 32 connections gets answers.
  // A beacon POST must name the site it is sent to, as a reader's browser does (docs/security.md, "Origin").
  const requests = t.requests.map((r) => (r.method === "POST" ? { ...r, headers: { ...r.headers, origin: base } } : r));
  for (let i = 0; i < PRIME; i++) {
    const r = requests[0];
    await fetch(base + r.path, { method: r.method, headers: { "user-agent": READER, ...(r.method === "POST" ? { origin: base } : {}) } }).then((res) => res.arrayBuffer());
  }
  await load({ url: base, requests, seconds: WARM_UP, connections: CONNECTIONS });
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await load({ url: base, requests, seconds: SECONDS, connections: CONNECTIONS }));
  const f = {
    rps: median(runs.map((r) => r.rps)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
    runs,
  };
  console.log(` ${fmt(f.rps)} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms, non-2xx ${f.non2xx}`);
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
  const story = d
    .prepare("SELECT public_id, slug, title FROM articles WHERE status = 'published' AND published_at <= ? ORDER BY published_at DESC LIMIT 1")
    .get(Date.now()) as { public_id: string; slug: string; title: string };
  const kanal = d.prepare("SELECT slug FROM kanal WHERE parent_id IS NULL ORDER BY position, id LIMIT 1").get() as { slug: string };
  d.close();
  // A word of the newest headline: a query with real hits, as readers search for the news.
  const word = story.title
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .sort((a, b) => b.length - a.length)[0];
  const paths = {
    home: "/",
    article: `/berita/${story.public_id}/${story.slug}`,
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
    let brotli = false;
    if (nginx) {
      const running = await startNginx(nginx, { listen: NGINX_PORT, upstream: PORT, cpu: pin ? 0 : undefined, workers: 1, accessLog: false });
      stopNginx = running.stop;
      brotli = running.brotli;
      console.log("\nnginx (deploy/nginx.conf, 1 worker, access log off) in front of next start:");
      for (const t of targets) front[t.name] = await measure(running.url, t);
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

    // The table.
    const ratio = (f: Figures | undefined) => (f ? f.rps / ceiling.rps : NaN);
    const cell = (f: Figures | undefined) =>
      f ? `${fmt(f.rps).padStart(7)} ${String(f.p50).padStart(4)} ${String(f.p99).padStart(5)} ${String(f.non2xx).padStart(6)} ${ratio(f).toFixed(3).padStart(6)}` : "     —".padEnd(33);
    console.log(`\nnpm run bench${quick ? " -- --quick" : ""}, commit ${commitLabel()}, ${startedAt.toISOString()}, Node ${process.version}`);
    console.log(`ceiling: ${fmt(ceiling.rps)} req/s (p50 ${ceiling.p50} ms, p99 ${ceiling.p99} ms); load average ${load1.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`);
    console.log(`${"".padEnd(8)} | ${"next start: req/s  p50   p99 non2xx  ×ceil".padEnd(42)} | nginx front cache: req/s  p50   p99 non2xx  ×ceil`);
    for (const t of targets) console.log(`${t.name.padEnd(8)} |         ${cell(direct[t.name])} |                ${cell(front[t.name])}`);
    console.log("(latency in ms; each figure the median of three runs; non-2xx summed over them)");

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
    console.log("\nTargets (issue #7):");
    console.log(`  article via next start ≥ ${TARGETS.articleNext}× ceiling: ${ratio(direct.article).toFixed(3)} ${ok(ratio(direct.article) >= TARGETS.articleNext)}`);
    if (nginx) console.log(`  article via nginx ≥ ${TARGETS.articleNginx}× ceiling: ${ratio(front.article).toFixed(3)} ${ok(ratio(front.article) >= TARGETS.articleNginx)}`);
    console.log(`  p99 of every reader page via next start ≤ ${TARGETS.p99Ms} ms: worst ${readerP99} ms ${ok(readerP99 <= TARGETS.p99Ms && !noAnswers)}`);
    console.log(`  Warta's own JS on a reader page ≤ ${TARGETS.ownJsKb} kB gzip: worst ${kb(maxOwn)} ${ok(maxOwn <= TARGETS.ownJsKb * 1024)}`);
    if (scale) {
      for (const [name, f] of Object.entries(scale.figures)) {
        const r = f.p99 / Math.max(direct[name].p99, 1);
        console.log(
          `  ${name} p99 with ${fmt(scale.articles)} more articles ≤ ${TARGETS.scaleP99}× seed size: ${f.p99} vs ${direct[name].p99} ms = ${r.toFixed(2)}× ${ok(r <= TARGETS.scaleP99 && f.rps > 0 && direct[name].rps > 0)}` +
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
          loadAverage: { before: load1, after: loadavg()[0] },
          settings: { warmUpSeconds: WARM_UP, runs: RUNS, seconds: SECONDS, connections: CONNECTIONS },
          paths,
          ceiling: { bytes: articleHtml.length, ...strip({ ceiling }).ceiling },
          nextStart: strip(direct),
          nginx: nginx ? { brotli, workers: 1, accessLog: false, figures: strip(front) } : null,
          ratios: Object.fromEntries(targets.map((t) => [t.name, { nextStart: ratio(direct[t.name]), nginx: nginx ? ratio(front[t.name]) : null }])),
          weight,
          weightMethod: WEIGHT_METHOD,
          scale: scale ? { articles: scale.articles, generateMs: scale.generateMs, figures: strip(scale.figures) } : null,
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

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
