// `npm run bench:login`: what a password-guessing attack costs readers and the newsroom.
// Builds if needed and starts Warta on a fresh seeded database (port BENCH_PORT, 3237) with an
// admin (the account under attack) and an editor added by `user:add`. Then, on the home page
// and an article at 16 connections (BENCH_CONNECTIONS):
// - baseline: readers alone for BENCH_SECONDS (60, the issue's window);
// - attack: the same readers for as long again while an attacker posts 200 wrong passwords for
//   the admin through the real login form (a browser without JavaScript's post, with our Origin),
//   evenly spread over that window, each claiming another address in X-Forwarded-For, which
//   lib/client-ip.ts reads (`next start` keeps a client's header);
// - after: the editor logs in from a new browser, and the admin from a new browser and from the
//   browser that logged in before the attack (its known-browser cookie); then, with nothing else
//   running, the time of one turned-away guess beside a cached article and the login page itself.
// Prints the readers' req/s and p99 during the attack as ratios to the baseline, the attacker's
// answers ("wrong password" vs "too many attempts"), which logins got in, and writes the same
// as JSON to bench-results/login-<time>.json. Only ever talks to 127.0.0.1; stops itself.
// BENCH_SECONDS=15 makes it shorter, and the guesses four times as dense.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type autocannon from "autocannon";
import Database from "better-sqlite3";
import { type DefaultTreeAdapterMap, parse } from "parse5";
import { commitLabel, ensureBuild, fmt, load, median, pinLoadToCpu1, READER, type Run, startNext, stopProcess } from "./bench/common";

type Element = DefaultTreeAdapterMap["element"];
type Node = DefaultTreeAdapterMap["node"];

const pin = pinLoadToCpu1();

const PORT = Number(process.env.BENCH_PORT ?? 3237);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const GUESSES = 200;
const SAMPLES = 20;
const BASE = `http://127.0.0.1:${PORT}`;

const OWNER = { email: "pemilik.uji@warta.test", password: "sandi-pemilik-uji-1", name: "Pemilik Uji" };
const COLLEAGUE = { email: "rekan.uji@warta.test", password: "sandi-rekan-uji-1", name: "Rekan Uji" };
// The exact sentences of the login action (app/(admin)/admin/_actions/auth.ts).
const WRONG = "Email atau kata sandi salah.";
const LOCKED = "Terlalu banyak percobaan masuk.";

type Fields = [string, string][];
type Answer = "masuk" | "salah" | "terkunci" | "lain";
type Guess = { answer: Answer; status: number; ms: number };

function elements(node: Node): Element[] {
  const own = "tagName" in node ? [node] : [];
  const children = "childNodes" in node ? node.childNodes : [];
  return [...own, ...children.flatMap((c) => elements(c as Node))];
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/**
 * The login form's fields as a browser without JavaScript posts them: the hidden ones name the
 * server action (React's progressive enhancement), so the post runs the real loginAction.
 */
async function loginFields(): Promise<Fields> {
  const html = await fetch(`${BASE}/admin/masuk`, { headers: { "user-agent": READER } }).then((r) => r.text());
  const form = elements(parse(html)).find((el) => el.tagName === "form" && elements(el).some((i) => i.tagName === "input" && attr(i, "name") === "email"));
  if (!form) throw new Error("/admin/masuk tidak memuat formulir masuk");
  return elements(form)
    .filter((i) => i.tagName === "input" && attr(i, "name"))
    .map((i): [string, string] => [attr(i, "name")!, attr(i, "value") ?? ""]);
}

/** One login post; `cookie` is what the browser would send (a known-browser cookie, or nothing). */
async function logIn(fields: Fields, who: { email: string; password: string }, headers: Record<string, string> = {}) {
  const body = new FormData();
  for (const [k, v] of fields) if (k !== "email" && k !== "password") body.append(k, v);
  body.append("email", who.email);
  body.append("password", who.password);
  const started = performance.now();
  const res = await fetch(`${BASE}/admin/masuk`, {
    method: "POST",
    body,
    headers: { origin: BASE, "user-agent": READER, ...headers },
    redirect: "manual",
  });
  const html = await res.text();
  const ms = performance.now() - started;
  const answer: Answer =
    res.status === 303 && res.headers.get("location") === "/admin" ? "masuk" : html.includes(WRONG) ? "salah" : html.includes(LOCKED) ? "terkunci" : "lain";
  return { answer, status: res.status, ms, cookies: res.headers.getSetCookie().map((c) => c.split(";")[0]) };
}

function addEditor(dir: string) {
  const res = spawnSync("node_modules/.bin/tsx", ["scripts/user-add.ts", "--email", COLLEAGUE.email, "--name", COLLEAGUE.name, "--role", "editor"], {
    input: `${COLLEAGUE.password}\n`,
    env: { ...process.env, DATABASE_PATH: join(dir, "warta.db"), MEDIA_DIR: join(dir, "media") },
    encoding: "utf8",
  });
  if (res.status !== 0) throw new Error(`user:add gagal: ${res.stderr}`);
}

const ratio = (x: number, base: number) => (base > 0 ? x / base : 0);

async function main() {
  ensureBuild();
  const startedAt = new Date();
  const load1 = loadavg()[0];
  const dir = mkdtempSync(join(tmpdir(), "warta-login-"));
  const env = { ADMIN_EMAIL: OWNER.email, ADMIN_PASSWORD: OWNER.password, ADMIN_NAME: OWNER.name };
  const server = await startNext({ dir, port: PORT, pin, env });
  try {
    addEditor(dir);
    const db = new Database(join(dir, "warta.db"), { readonly: true });
    const story = db.prepare("SELECT public_id, slug FROM articles WHERE status = 'published' ORDER BY published_at DESC LIMIT 1").get() as {
      public_id: string;
      slug: string;
    };
    db.close();
    const article = `/berita/${story.public_id}/${story.slug}`;
    const requests: autocannon.Request[] = [
      { method: "GET", path: "/" },
      { method: "GET", path: article },
    ];

    // The owner's usual browser logs in once before the attack and keeps its known-browser cookie.
    const fields = await loginFields();
    const usual = await logIn(fields, OWNER, { "x-forwarded-for": "203.0.113.10" });
    if (usual.answer !== "masuk") throw new Error(`pemilik tidak bisa masuk sebelum serangan: ${usual.status} ${usual.answer}`);
    const knownBrowser = usual.cookies.filter((c) => !c.startsWith("warta_session=")).join("; ");

    // Warm-up: the first renders fill the ISR cache and load the routes.
    for (const r of requests) for (let i = 0; i < 10; i++) await fetch(BASE + r.path, { headers: { "user-agent": READER } }).then((res) => res.arrayBuffer());
    await load({ url: BASE, requests, seconds: 3, connections: CONNECTIONS });

    console.log(`baseline: readers only, ${SECONDS} s ...`);
    const baseline = await load({ url: BASE, requests, seconds: SECONDS, connections: CONNECTIONS, title: "baseline" });

    console.log(`attack: readers, and ${GUESSES} wrong passwords for ${OWNER.email} spread over ${SECONDS} s ...`);
    const guesses: Guess[] = [];
    const attackStarted = performance.now();
    // Sent on a fixed schedule, each without waiting for the answers before it, as a flood would.
    const attacker = Promise.all(
      Array.from({ length: GUESSES }, async (_, i) => {
        await new Promise((r) => setTimeout(r, (i * SECONDS * 1000) / GUESSES));
        const { answer, status, ms } = await logIn(fields, { email: OWNER.email, password: `tebakan-${i}` }, { "x-forwarded-for": `198.51.100.${i % 250}` });
        guesses.push({ answer, status, ms });
      }),
    );
    const [during] = await Promise.all([load({ url: BASE, requests, seconds: SECONDS, connections: CONNECTIONS, title: "attack" }), attacker]);
    const attackSeconds = (performance.now() - attackStarted) / 1000;

    const colleague = await logIn(fields, COLLEAGUE, { "x-forwarded-for": "203.0.113.20" });
    const ownerNewBrowser = await logIn(fields, OWNER, { "x-forwarded-for": "203.0.113.10" });
    const ownerKnownBrowser = await logIn(fields, OWNER, { "x-forwarded-for": "203.0.113.10", cookie: knownBrowser });

    // What one request costs on a quiet server: the account is locked, so these guesses never hash.
    const quiet = { refusedMs: [] as number[], articleMs: [] as number[], loginPageMs: [] as number[] };
    const timedGet = async (path: string) => {
      const started = performance.now();
      await fetch(BASE + path, { headers: { "user-agent": READER } }).then((r) => r.arrayBuffer());
      return performance.now() - started;
    };
    for (let i = 0; i < SAMPLES; i++) {
      const g = await logIn(fields, { email: OWNER.email, password: `tenang-${i}` }, { "x-forwarded-for": `198.51.100.${250 + (i % 5)}` });
      if (g.answer !== "terkunci") throw new Error(`tebakan saat tenang dijawab ${g.answer}`);
      quiet.refusedMs.push(g.ms);
      quiet.articleMs.push(await timedGet(article));
      quiet.loginPageMs.push(await timedGet("/admin/masuk"));
    }
    await stopProcess(server);

    const count = (a: Answer) => guesses.filter((g) => g.answer === a).length;
    const msOf = (a: Answer) => guesses.filter((g) => g.answer === a).map((g) => g.ms);
    const answers = { salah: count("salah"), terkunci: count("terkunci"), masuk: count("masuk"), lain: count("lain") };
    const figures = (r: Run) => ({ rps: r.rps, p50: r.p50, p99: r.p99, non2xx: r.non2xx, requests: r.requests });

    console.log(`\nbench:login, ${SECONDS} s per phase, ${CONNECTIONS} reader connections on / and an article, Node ${process.version}` + (pin ? " (server on CPU 0, load on CPU 1)" : " (not pinned)"));
    console.log(`  load average ${load1.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`);
    const line = (name: string, r: Run) => `  ${name.padEnd(9)} ${fmt(r.rps)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, non-2xx ${r.non2xx} of ${fmt(r.requests)}`;
    console.log(line("baseline", baseline));
    console.log(line("attack", during));
    console.log(`  readers during the attack: req/s ${ratio(during.rps, baseline.rps).toFixed(2)} × baseline, p99 ${ratio(during.p99, baseline.p99).toFixed(2)} × baseline`);
    console.log(`  attacker: ${GUESSES} posts in ${attackSeconds.toFixed(1)} s; "${WRONG}" ${answers.salah} (median ${median(msOf("salah")).toFixed(0)} ms), "${LOCKED}" ${answers.terkunci} (median ${median(msOf("terkunci")).toFixed(0)} ms), logged in ${answers.masuk}, other ${answers.lain}`);
    console.log(`  argon2 verifies run for the attacker: ${answers.salah} (for an existing account "${WRONG}" is only said after the hash ran; "too many attempts" is said before it)`);
    console.log(`  quiet server, one at a time (median of ${SAMPLES}): a turned-away guess ${median(quiet.refusedMs).toFixed(0)} ms, a cached article ${median(quiet.articleMs).toFixed(0)} ms, the login page itself ${median(quiet.loginPageMs).toFixed(0)} ms`);
    console.log(`  after the attack: the editor ${colleague.answer === "masuk" ? "logged in" : `did not log in (${colleague.answer})`}; the owner on a new browser: ${ownerNewBrowser.answer}; the owner on the known browser: ${ownerKnownBrowser.answer === "masuk" ? "logged in" : ownerKnownBrowser.answer}`);

    mkdirSync("bench-results", { recursive: true });
    const out = join("bench-results", `login-${startedAt.toISOString().replace(/[:.]/g, "-")}.json`);
    writeFileSync(
      out,
      JSON.stringify(
        {
          command: "npm run bench:login",
          commit: commitLabel(),
          startedAt: startedAt.toISOString(),
          node: process.version,
          pinned: pin,
          loadAverage: { before: load1, after: loadavg()[0] },
          settings: { seconds: SECONDS, connections: CONNECTIONS, guesses: GUESSES, paths: requests.map((r) => r.path) },
          readers: { baseline: figures(baseline), attack: figures(during) },
          ratios: { rps: ratio(during.rps, baseline.rps), p99: ratio(during.p99, baseline.p99) },
          attacker: {
            seconds: attackSeconds,
            answers,
            argon2Verifies: answers.salah,
            medianMs: { salah: median(msOf("salah")), terkunci: median(msOf("terkunci")) },
          },
          quietMedianMs: { refusedGuess: median(quiet.refusedMs), cachedArticle: median(quiet.articleMs), loginPage: median(quiet.loginPageMs), samples: SAMPLES },
          after: { colleague: colleague.answer, ownerNewBrowser: ownerNewBrowser.answer, ownerKnownBrowser: ownerKnownBrowser.answer },
        },
        null,
        2,
      ),
    );
    console.log(`\nJSON: ${out}`);
    // The guard's promises: nobody guessed in, the colleague and the owner's own browser still get in.
    if (answers.masuk || answers.lain || colleague.answer !== "masuk" || ownerKnownBrowser.answer !== "masuk") process.exitCode = 1;
  } finally {
    if (server.exitCode === null) server.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
