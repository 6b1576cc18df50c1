// `npm run bench:compare -- <source> <source> ...`: the floor (/icon.svg) and the cached article
// of several builds, in one run, so that the ratios between them hold whatever else the machine
// does. A source is
// - a git ref (main, HEAD~2, a commit): copied with `git archive` into a temporary directory,
//   node_modules hard-linked from this tree, built there;
// - or the path of a directory that holds a built Next app (".", a bare app, a variant).
// Each source gets `next start` on CPU 0 with a fresh seeded database (a source that is not
// Warta, with no database, is measured on /icon.svg only). The servers then take turns: every
// round measures every source once, so that drift hits all alike; the figures are the medians
// of the rounds. Two columns say what one request costs the server: µs/req is 10⁶ ÷ req/s (the
// wall clock, with the server on one saturated core), and cpu µs/req the CPU time the server's
// processes used during the run ÷ the requests answered, from /proc. The second holds on a busy
// machine too, where the first only says how much of the core the server got.
//
// With --together, all sources take the load at the same time instead, their servers sharing
// CPU 0: the scheduler gives each the same CPU time, so their req/s compare as the inverse of
// what a request costs each, and a busy machine slows all of them alike. Latencies then mean
// nothing; the ratios are the figures to quote from a shared machine.
//
//   --rounds N    rounds (3)          --seconds S   seconds per timed run (10)
//   --together    all sources at once (see above)
//   --quick       1 round of 1 s: tests the script, not the servers
// BENCH_PORT (3240): the sources listen on BENCH_PORT, BENCH_PORT + 1, ...
import { type ChildProcess, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { commitLabel, ensureBuild, fmt, load, median, newestStory, pinLoadToCpu1, READER, type Run, startNext, stopProcess } from "./bench/common";
import { busyReasons, cores, snapshot, treeTicks } from "./bench/machine";

const pin = pinLoadToCpu1();

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const n = Number(args[i + 1]);
  if (!(n > 0)) throw new Error(`${name} butuh angka`);
  args.splice(i, 2);
  return n;
};
const flag = (name: string) => {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
};
const quick = flag("--quick");
const together = flag("--together");
const ROUNDS = quick ? 1 : option("--rounds", 3);
const SECONDS = quick ? 1 : option("--seconds", 10);
const WARM_UP = quick ? 1 : 3;
const CONNECTIONS = 32;
const PORT = Number(process.env.BENCH_PORT ?? 3240);
const sources = args;
if (sources.length === 0) throw new Error("Sebutkan sumber yang dibandingkan: git ref atau direktori, misalnya `npm run bench:compare -- main .`");

type Source = { name: string; dir: string; temporary: boolean; port: number; server?: ChildProcess; data: string; paths: Record<string, string> };

/** A git ref's tree in a temporary directory, built; node_modules hard-linked from this tree. */
function checkOut(ref: string): string {
  const sha = execFileSync("git", ["rev-parse", "--verify", `${ref}^{commit}`], { encoding: "utf8" }).trim();
  const dir = mkdtempSync(join(tmpdir(), `warta-compare-${sha.slice(0, 8)}-`));
  console.log(`${ref} (${sha.slice(0, 8)}) → ${dir}: git archive, node_modules, next build ...`);
  try {
    execFileSync("sh", ["-c", `git archive ${sha} | tar -x -C "${dir}"`]);
    execFileSync("cp", ["-al", resolve("node_modules"), join(dir, "node_modules")]);
    // That copy's own next: one from elsewhere would bring a second React into the build.
    execFileSync(process.execPath, [join(dir, "node_modules/next/dist/bin/next"), "build"], {
      cwd: dir,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    return dir;
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

function prepare(spec: string, i: number): Source {
  const port = PORT + i;
  const data = () => mkdtempSync(join(tmpdir(), "warta-compare-data-"));
  if (!(existsSync(spec) && statSync(spec).isDirectory())) return { name: spec, dir: checkOut(spec), temporary: true, port, data: data(), paths: {} };
  const dir = resolve(spec);
  if (dir === resolve(".")) ensureBuild();
  else if (!existsSync(join(dir, ".next/BUILD_ID"))) throw new Error(`${spec}: tidak ada build (.next/BUILD_ID); jalankan next build di sana dulu`);
  return { name: spec === "." ? `. (${commitLabel()})` : spec, dir, temporary: false, port, data: data(), paths: {} };
}

type Measured = Run & { cpuUsPerRequest: number };

/** A cold server is many times slower for its first requests: a few in sequence before any load. */
async function prime(s: Source, path: string): Promise<void> {
  for (let i = 0; i < 20; i++) await fetch(`http://127.0.0.1:${s.port}${path}`, { headers: { "user-agent": READER } }).then((r) => r.arrayBuffer());
}

const warmUp = (s: Source, path: string) =>
  load({ url: `http://127.0.0.1:${s.port}`, requests: [{ method: "GET", path }], seconds: WARM_UP, connections: CONNECTIONS, warmUp: true });

async function measure(s: Source, path: string): Promise<Measured> {
  const url = `http://127.0.0.1:${s.port}`;
  const pid = s.server!.pid!;
  const before = snapshot();
  const run = await load({ url, requests: [{ method: "GET", path }], seconds: SECONDS, connections: CONNECTIONS });
  const after = snapshot();
  // Ticks are 1/100 s: 10,000 µs each.
  const cpu = before && after ? (treeTicks(pid, after.procs) - treeTicks(pid, before.procs)) * 10_000 : NaN;
  return { ...run, cpuUsPerRequest: run.requests > 0 ? cpu / run.requests : NaN };
}

async function main() {
  const startedAt = new Date();
  const loadBefore = loadavg()[0];
  const list: Source[] = [];
  const stopAll = async () => {
    for (const s of list) if (s.server) await stopProcess(s.server, "SIGKILL");
    for (const s of list) {
      rmSync(s.data, { recursive: true, force: true });
      if (s.temporary) rmSync(s.dir, { recursive: true, force: true });
    }
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void stopAll().finally(() => process.exit(130)));
  try {
    // One at a time, so that a failed build still leaves the earlier copies to be removed.
    for (const [i, spec] of sources.entries()) list.push(prepare(spec, i));
    for (const s of list) {
      // Ready when the floor answers: a variant without the rewrites has no home page.
      s.server = await startNext({ dir: s.data, port: s.port, pin, cwd: s.dir, readyPath: "/icon.svg" });
      s.paths.static = "/icon.svg";
      const dbFile = join(s.data, "warta.db");
      if (existsSync(dbFile)) {
        const db = new Database(dbFile, { readonly: true });
        s.paths.article = newestStory(db).path;
        db.close();
      }
    }
    const busyAtStart = busyReasons({ loadBefore, cores: cores() });
    console.log(
      `${list.length} sources, ${ROUNDS} round(s) of ${SECONDS} s per page and source, ${CONNECTIONS} connections${together ? " each, all sources at once" : ""}` +
        (pin ? ", servers on CPU 0, load on CPU 1" : ", no taskset") +
        `; load average ${loadBefore.toFixed(2)} before`,
    );
    if (busyAtStart.length) console.log(`!!! BUSY MACHINE: ${busyAtStart.join("; ")}. Only the ratios between sources mean something.`);

    const runs = new Map<string, Measured[]>();
    for (let round = 1; round <= ROUNDS; round++) {
      console.log(`\nround ${round}/${ROUNDS}`);
      for (const page of ["static", "article"]) {
        const group = list.filter((s) => s.paths[page]);
        const line = (s: Source, r: Measured) =>
          `  ${page.padEnd(8)} ${s.name}: ${fmt(r.rps)} req/s, p99 ${r.p99} ms, cpu ${r.cpuUsPerRequest.toFixed(0)} µs/req (load ${r.machine!.loadBefore.toFixed(2)} → ${r.machine!.loadAfter.toFixed(2)})`;
        const record = (s: Source, r: Measured) => runs.set(`${page} ${s.name}`, [...(runs.get(`${page} ${s.name}`) ?? []), r]);
        if (together) {
          for (const s of group) await prime(s, s.paths[page]);
          await Promise.all(group.map((s) => warmUp(s, s.paths[page])));
          const rs = await Promise.all(group.map((s) => measure(s, s.paths[page])));
          group.forEach((s, i) => (console.log(line(s, rs[i])), record(s, rs[i])));
        } else {
          for (const s of group) {
            await prime(s, s.paths[page]);
            await warmUp(s, s.paths[page]);
            const r = await measure(s, s.paths[page]);
            console.log(line(s, r));
            record(s, r);
          }
        }
      }
    }
    const loadAfter = loadavg()[0];

    console.log(
      `\nnpm run bench:compare -- ${process.argv.slice(2).join(" ")}; ${startedAt.toISOString()}, Node ${process.version}; ` +
        `load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after`,
    );
    type Result = { rps: number; p50: number; p99: number; non2xx: number; usPerRequest: number; cpuUsPerRequest: number; busyRuns: number; runs: Measured[] };
    const results: Record<string, Record<string, Result>> = {};
    const width = Math.max(...list.map((s) => s.name.length), 8);
    for (const page of ["static", "article"]) {
      // Ratios to the first source that serves this page (a bare app has no article).
      const first = list.find((s) => runs.has(`${page} ${s.name}`));
      const base = median(runs.get(`${page} ${first?.name}`)?.map((r) => r.rps) ?? []);
      console.log(`\n${page.padEnd(width)} ${"req/s".padStart(7)} ${"×first".padStart(7)} ${"µs/req".padStart(7)} ${"cpu µs/req".padStart(10)} ${"p50".padStart(5)} ${"p99".padStart(5)} ${"busy runs".padStart(9)}`);
      results[page] = {};
      for (const s of list) {
        const rs = runs.get(`${page} ${s.name}`);
        if (!rs) continue;
        const f = {
          rps: median(rs.map((r) => r.rps)),
          p50: median(rs.map((r) => r.p50)),
          p99: median(rs.map((r) => r.p99)),
          non2xx: rs.reduce((n, r) => n + r.non2xx, 0),
          cpuUsPerRequest: median(rs.map((r) => r.cpuUsPerRequest)),
        };
        const busyRuns = rs.filter((r) => busyReasons({ cores: cores(), others: r.machine?.others }).length > 0).length;
        results[page][s.name] = { ...f, usPerRequest: 1e6 / f.rps, busyRuns, runs: rs };
        console.log(
          `${s.name.padEnd(width)} ${fmt(f.rps).padStart(7)} ${(f.rps / base).toFixed(2).padStart(7)} ${(1e6 / f.rps).toFixed(0).padStart(7)} ${f.cpuUsPerRequest.toFixed(0).padStart(10)} ${String(f.p50).padStart(5)} ${String(f.p99).padStart(5)} ${`${busyRuns}/${rs.length}`.padStart(9)}` +
            (f.non2xx ? `  non-2xx ${f.non2xx}` : ""),
        );
      }
    }
    mkdirSync("bench-results", { recursive: true });
    const out = join("bench-results", `compare-${startedAt.toISOString().replace(/[:.]/g, "-")}.json`);
    writeFileSync(
      out,
      JSON.stringify(
        {
          command: `npm run bench:compare -- ${process.argv.slice(2).join(" ")}`,
          startedAt: startedAt.toISOString(),
          node: process.version,
          pinned: pin,
          loadAverage: { before: loadBefore, after: loadAfter },
          settings: { rounds: ROUNDS, seconds: SECONDS, warmUpSeconds: WARM_UP, connections: CONNECTIONS, together },
          sources: list.map((s) => ({ name: s.name, paths: s.paths })),
          results,
        },
        null,
        2,
      ),
    );
    console.log(`\nJSON: ${out}`);
  } finally {
    await stopAll();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
