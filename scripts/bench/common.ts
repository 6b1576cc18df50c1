// What `npm run bench` and `npm run bench:views` share: CPU pinning, the build, a `next start`
// on a fresh database, and autocannon runs.
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import autocannon from "autocannon";
import type Database from "better-sqlite3";
import { busyReasons, cores, type MachineDuringRun, watched } from "./machine";

export const READER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

/**
 * With `taskset` and two or more CPUs, the server side runs on CPU 0 and this process (the
 * load generator) on CPU 1. Call first thing: it re-runs the script on CPU 1 and exits.
 * Returns whether the server side should be pinned to CPU 0.
 */
export function pinLoadToCpu1(): boolean {
  // Decided once, before the re-run narrows this process to a single CPU.
  const pin = process.env.BENCH_PINNED === "1" || (spawnSync("taskset", ["--version"]).status === 0 && availableParallelism() >= 2);
  if (pin && !process.env.BENCH_PINNED) {
    const child = spawnSync("taskset", ["-c", "1", process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
      stdio: "inherit",
      env: { ...process.env, BENCH_PINNED: "1" },
    });
    process.exit(child.status ?? 1);
  }
  return pin;
}

/** Prefixes a command with `taskset -c 0` when pinning. */
export function onServerCpu(pin: boolean, cmd: string[]): string[] {
  return pin ? ["taskset", "-c", "0", ...cmd] : cmd;
}

function newestSourceChange(): number {
  const files = execFileSync("git", ["ls-files", "app", "components", "db", "lib", "instrumentation.ts", "proxy.ts", "next.config.js", "package-lock.json"], {
    encoding: "utf8",
  })
    .split("\n")
    .filter((f) => f && existsSync(f));
  return Math.max(...files.map((f) => statSync(f).mtimeMs));
}

/** Builds when the build is missing or older than the source, or when `--build` is given. */
export function ensureBuild(): void {
  const buildId = ".next/BUILD_ID";
  if (existsSync(buildId) && statSync(buildId).mtimeMs > newestSourceChange() && !process.argv.includes("--build")) {
    console.log("Memakai build yang ada (.next).");
    return;
  }
  console.log("Membangun (next build) ...");
  execFileSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
}

/** Polls `url` until it answers 2xx; throws if `child` exits first or after `ms`. */
export async function waitForHttp(url: string, child: ChildProcess, what: string, ms = 120_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} berhenti dengan kode ${child.exitCode}`);
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGKILL");
  throw new Error(`${what} tidak menjawab di ${url}`);
}

/**
 * `next start` on 127.0.0.1:`port` with its database and photos in `dir`: a fresh directory
 * means a freshly created, migrated and seeded database, exactly as a first install.
 */
export async function startNext(opts: {
  dir: string;
  port: number;
  pin: boolean;
  siteUrl?: string;
  env?: Record<string, string>;
  /** Whether the server's stderr comes to the caller (child.stderr) instead of this terminal. */
  pipeStderr?: boolean;
  /** The app to start (a directory with a build); this work tree when left out. */
  cwd?: string;
  /** Polled until it answers 2xx ("/" unless given). */
  readyPath?: string;
}): Promise<ChildProcess> {
  const base = `http://127.0.0.1:${opts.port}`;
  const [cmd, ...args] = onServerCpu(opts.pin, [
    process.execPath,
    resolve(opts.cwd ?? ".", "node_modules/next/dist/bin/next"),
    "start",
    "-p",
    String(opts.port),
    "-H",
    "127.0.0.1",
  ]);
  const child = spawn(cmd, args, {
    cwd: opts.cwd,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_PATH: join(opts.dir, "warta.db"),
      MEDIA_DIR: join(opts.dir, "media"),
      SITE_URL: opts.siteUrl ?? base,
      ...opts.env,
    },
    stdio: ["ignore", "ignore", opts.pipeStderr ? "pipe" : "inherit"],
  });
  await waitForHttp(`${base}${opts.readyPath ?? "/"}`, child, "next start");
  return child;
}

/** Sends SIGTERM (a graceful stop, with the views flushed) and waits for the exit. */
export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill(signal);
  await exited;
}

export type Run = { rps: number; p50: number; p99: number; non2xx: number; requests: number; machine?: MachineDuringRun };

/**
 * One autocannon run; errors and timeouts count as non-2xx answers. The run records the load
 * average before and after it and what other processes did meanwhile (./machine.ts), and says
 * so at once when the machine was busy.
 */
export async function load(opts: {
  url: string;
  requests: autocannon.Request[];
  seconds: number;
  connections: number;
  title?: string;
  /** Sent with every request, e.g. Accept-Encoding. */
  headers?: Record<string, string>;
  onResponse?: (status: number, method: string) => void;
  /** A warm-up: its figures are thrown away, so a busy machine is not reported. */
  warmUp?: boolean;
}): Promise<Run> {
  const requests = opts.onResponse
    ? opts.requests.map((r) => ({ ...r, onResponse: (status: number) => opts.onResponse!(status, r.method ?? "GET") }))
    : opts.requests;
  const { result, machine } = await watched(() =>
    autocannon({
      url: opts.url,
      title: opts.title,
      connections: opts.connections,
      duration: opts.seconds,
      headers: { "user-agent": READER, ...opts.headers },
      requests,
    }),
  );
  const busy = busyReasons({ cores: cores(), others: machine.others });
  if (busy.length && !opts.warmUp) console.log(`\n    !!! BUSY MACHINE: ${busy.join("; ")}. This run's figures are no evidence of a limit.`);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx + result.errors + result.timeouts,
    requests: result.requests.total,
    machine,
  };
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return 0;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The commit a benchmark measured, marked when the work tree had changes on top of it. */
export function commitLabel(): string {
  const sha = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { encoding: "utf8" }).trim() !== "";
  return dirty ? `${sha}+changes` : sha;
}

export const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

/**
 * An autocannon `setupRequest` that makes every request a new reader (its own address in
 * X-Forwarded-For, under `2001:db8:<tag>::/48`), so each beacon passes the 30-minute dedupe and counts.
 */
export function asNewVisitors(tag: string): (req: autocannon.Request) => autocannon.Request {
  let seq = 0;
  return (req) => ({
    ...req,
    headers: { ...req.headers, "x-forwarded-for": `2001:db8:${tag}:${(seq >> 16).toString(16)}::${(seq++ & 0xffff).toString(16)}` },
  });
}

/** The newest story readers can see, in a Warta database. */
export function newestStory(db: Database.Database): { public_id: string; slug: string; title: string; path: string } {
  const story = db
    .prepare("SELECT public_id, slug, title FROM articles WHERE status = 'published' AND published_at <= ? ORDER BY published_at DESC LIMIT 1")
    .get(Date.now()) as { public_id: string; slug: string; title: string };
  return { ...story, path: `/berita/${story.public_id}/${story.slug}` };
}
