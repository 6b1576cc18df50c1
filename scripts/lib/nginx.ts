// Runs deploy/nginx.conf for tests and the benchmark: the production file with its ports
// and system paths swapped for temporary ones, so that what is tested is what ships.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const NGINX_CONF = resolve("deploy/nginx.conf");
export const NGINX_BROTLI_CONF = resolve("deploy/nginx-brotli.conf");
const BROTLI_MODULE = "ngx_http_brotli_filter_module.so";

export type NginxInstall = {
  binary: string;
  /** Where nginx's own mime.types lives (the directory of its compiled-in nginx.conf). */
  confDir: string;
  /** The brotli filter module, when this nginx has it installed; else null. */
  brotliModule: string | null;
};

/** The machine's nginx, or null when there is none. */
export function findNginx(): NginxInstall | null {
  const binary = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx"].find((p) => existsSync(p));
  if (!binary) return null;
  const v = spawnSync(binary, ["-V"], { encoding: "utf8" });
  const info = `${v.stdout}${v.stderr}`;
  const option = (name: string) => info.match(new RegExp(`--${name}=(\\S+)`))?.[1];
  const prefix = option("prefix") ?? "/usr/local/nginx";
  const confPath = option("conf-path") ?? join(prefix, "conf/nginx.conf");
  const modulesPath = option("modules-path") ?? join(prefix, "modules");
  const brotli = join(modulesPath, BROTLI_MODULE);
  return { binary, confDir: confPath.replace(/\/[^/]+$/, ""), brotliModule: existsSync(brotli) ? brotli : null };
}

export type RenderOptions = {
  /** Port nginx listens on, on 127.0.0.1. */
  listen: number;
  /** Port of the Warta (`next start`) behind it, or of each of several. */
  upstream: number | number[];
  /** Directory for the pid, logs, temp files and caches. */
  dir: string;
  confDir: string;
  /** Loads this brotli module and the brotli settings; null leaves brotli out. */
  brotliModule: string | null;
  /** Whether the master runs as root: then workers run as root too, to reach `dir`. */
  root: boolean;
  /** 0 = one per CPU (auto). */
  workers?: number;
  accessLog?: boolean;
  /** false turns the 1-second page cache off (the benchmark's "without the front cache"); on otherwise. */
  pageCache?: boolean;
};

/**
 * deploy/nginx.conf with every `# test: replaced` line swapped for a temporary equivalent.
 * Each swap must find its line: an edit to the production file that breaks one fails loudly.
 */
export function renderNginxConf(source: string, o: RenderOptions): string {
  const swaps: [string, string][] = [
    ["user www-data;", o.root ? "user root;" : ""],
    ["pid /run/nginx.pid;", `pid ${o.dir}/nginx.pid;`],
    ["error_log /var/log/nginx/error.log warn;", `error_log ${o.dir}/error.log warn;`],
    ["include /etc/nginx/modules-enabled/*.conf;", o.brotliModule ? `load_module ${o.brotliModule};` : ""],
    ["include /etc/nginx/mime.types;", `include ${o.confDir}/mime.types;`],
    ["access_log /var/log/nginx/access.log;", o.accessLog === false ? "access_log off;" : `access_log ${o.dir}/access.log;`],
    ["include /etc/nginx/warta-brotl[i].conf;", `include ${o.dir}/warta-brotl[i].conf;`],
    [
      "server 127.0.0.1:3000 max_fails=3 fail_timeout=10s;",
      [o.upstream].flat().map((port) => `server 127.0.0.1:${port} max_fails=3 fail_timeout=10s;`).join("\n        "),
    ],
    // Both ends of the compressing server's socket (listen and upstream).
    ["unix:/run/nginx-warta-compress.sock;", `unix:${o.dir}/compress.sock;`],
    ["listen 80 default_server;", `listen 127.0.0.1:${o.listen} default_server;`],
    ["listen [::]:80 default_server;", ""],
  ];
  let out = source;
  for (const [from, to] of swaps) {
    if (!out.includes(from)) throw new Error(`deploy/nginx.conf: baris "${from}" tidak ditemukan`);
    out = out.split(from).join(to);
  }
  out = out.replace(/\/var\/lib\/nginx\//g, `${o.dir}/tmp/`);
  if (o.workers) out = out.replace("worker_processes auto;", `worker_processes ${o.workers};`);
  if (o.pageCache === false) out = out.replace("proxy_cache warta_pages;", "proxy_cache off;");
  const left = out.split("\n").filter((l) => /\/(var|run|etc)\//.test(l.replace(/#.*/, "")) && !l.includes(o.dir) && !l.includes(o.confDir));
  if (left.length > 0) throw new Error(`deploy/nginx.conf: jalur sistem tersisa:\n${left.join("\n")}`);
  return out;
}

/** Writes a runnable copy into `dir` (created); returns the path of its nginx.conf. */
export function writeNginxConf(install: NginxInstall, o: Omit<RenderOptions, "confDir" | "brotliModule" | "root"> & { brotli?: boolean }): string {
  for (const d of ["", "tmp"]) mkdirSync(join(o.dir, d), { recursive: true });
  const brotliModule = o.brotli === false ? null : install.brotliModule;
  if (brotliModule) copyFileSync(NGINX_BROTLI_CONF, join(o.dir, "warta-brotli.conf"));
  const conf = renderNginxConf(readFileSync(NGINX_CONF, "utf8"), {
    ...o,
    confDir: install.confDir,
    brotliModule,
    root: process.getuid?.() === 0,
  });
  const file = join(o.dir, "nginx.conf");
  writeFileSync(file, conf);
  return file;
}

/** `nginx -t` on a written copy: null when valid, else what nginx said. */
export function testNginxConf(install: NginxInstall, dir: string, file: string): string | null {
  const r = spawnSync(install.binary, ["-t", "-p", dir, "-e", join(dir, "error.log"), "-c", file], { encoding: "utf8" });
  return r.status === 0 ? null : `${r.stdout}${r.stderr}`;
}

export type RunningNginx = {
  url: string;
  brotli: boolean;
  output(): string;
  /** What one of deploy/nginx.conf's cache zones holds now. */
  cacheEntries(zone: "warta-pages" | "warta-static"): CacheEntry[];
  stop(): Promise<void>;
};

/** One stored answer of an nginx proxy cache: its key, the headers kept with it (lower-case) and the body a hit sends. */
export type CacheEntry = { key: string; headers: Record<string, string>; body: Buffer };

/**
 * Reads one file of a proxy_cache_path directory: a binary header, "\nKEY: <key>\n", the upstream's
 * response header as received, and the body as stored (already de-chunked). Null for anything else.
 */
export function parseCacheFile(file: Buffer): CacheEntry | null {
  const keyAt = file.indexOf("\nKEY: ");
  if (keyAt < 0) return null;
  const keyEnd = file.indexOf("\n", keyAt + 6);
  const headEnd = file.indexOf("\r\n\r\n", keyEnd);
  if (keyEnd < 0 || headEnd < 0) return null;
  const headers: Record<string, string> = {};
  for (const line of file.subarray(keyEnd + 1, headEnd).toString("latin1").split("\r\n").slice(1)) {
    const colon = line.indexOf(":");
    if (colon < 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  return { key: file.subarray(keyAt + 6, keyEnd).toString("utf8"), headers, body: file.subarray(headEnd + 4) };
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const s = connect(port, "127.0.0.1");
    s.once("connect", () => (s.end(), done(true)));
    s.once("error", () => done(false));
  });
}

/**
 * Starts deploy/nginx.conf on 127.0.0.1:`listen` in front of 127.0.0.1:`upstream`, in the
 * foreground as the current user, with everything it writes in a temporary directory.
 */
export async function startNginx(
  install: NginxInstall,
  o: { listen: number; upstream: number | number[]; cpu?: number; workers?: number; accessLog?: boolean; brotli?: boolean; pageCache?: boolean },
): Promise<RunningNginx> {
  const dir = mkdtempSync(join(tmpdir(), "warta-nginx-"));
  const file = writeNginxConf(install, { ...o, dir });
  const invalid = testNginxConf(install, dir, file);
  if (invalid) throw new Error(`nginx -t gagal:\n${invalid}`);
  const cmd = [install.binary, "-p", dir, "-e", join(dir, "error.log"), "-c", file, "-g", "daemon off;"];
  const [bin, ...args] = o.cpu === undefined ? cmd : ["taskset", "-c", String(o.cpu), ...cmd];
  const child: ChildProcess = spawn(bin, args, { stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const output = () => log + (existsSync(join(dir, "error.log")) ? readFileSync(join(dir, "error.log"), "utf8") : "");
  const cacheEntries = (zone: string) =>
    filesUnder(join(dir, "tmp", zone)).flatMap((f) => {
      // nginx writes a new entry under a temporary name and renames it: only whole files are read.
      if (!/^[0-9a-f]{32}$/.test(f.slice(f.lastIndexOf("/") + 1))) return [];
      try {
        const entry = parseCacheFile(readFileSync(f));
        return entry ? [entry] : [];
      } catch {
        return []; // removed by nginx's cache manager meanwhile
      }
    });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 15_000;
  while (!(await portOpen(o.listen))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      const out = output();
      await stop();
      throw new Error(`nginx tidak berjalan di port ${o.listen}:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url: `http://127.0.0.1:${o.listen}`, brotli: !!(o.brotli !== false && install.brotliModule), output, cacheEntries, stop };
}
