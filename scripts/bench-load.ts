// `npm run bench:load`: a minute of mixed load on a fresh `next start` (port BENCH_PORT, 3236):
// readers on the home, kanal, article and search pages with their view beacons, and one editor
// (over HTTP, through the real admin forms) creating, publishing and editing stories all along.
// Halfway through, `db:backup`'s online backup copies the live database; the copy is restored
// to a spare file and compared. At the end the server stops with SIGTERM and the script checks
// that nobody got a 5xx or SQLITE_BUSY and that every acknowledged save is in the database.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import type autocannon from "autocannon";
import Database from "better-sqlite3";
import { backupDatabase, restoreDatabase, tableRowCounts } from "@/db/engine/sqlite-backup";
import { chromiumExecutable } from "../e2e/chromium";
import { EDITOR_ENV, editorForms, postForm, publishFields, withValues } from "../e2e/helpers/editor";
import { asNewVisitors, ensureBuild, fmt, load, pinLoadToCpu1, startNext, stopProcess } from "./bench/common";

const PORT = Number(process.env.BENCH_PORT ?? 3236);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const BASE = `http://127.0.0.1:${PORT}`;

const pin = pinLoadToCpu1();

const asNewVisitor = asNewVisitors("1d");

type Write = { kind: "create" | "publish" | "edit"; ms: number };

async function main() {
  ensureBuild();
  const dir = mkdtempSync(join(tmpdir(), "warta-load-"));
  const dbPath = join(dir, "warta.db");
  const server = await startNext({ dir, port: PORT, pin, env: EDITOR_ENV, pipeStderr: true });
  let serverErrors = "";
  server.stderr!.on("data", (d) => (serverErrors += d));
  const browser = await chromium.launch({ executablePath: chromiumExecutable() });
  try {
    const db = new Database(dbPath, { readonly: true });
    const stories = db.prepare("SELECT public_id, slug FROM articles WHERE status = 'published' ORDER BY published_at DESC LIMIT 5").all() as {
      public_id: string;
      slug: string;
    }[];
    const kanal = (db.prepare("SELECT slug FROM kanal ORDER BY id LIMIT 1").get() as { slug: string }).slug;
    db.close();

    const run = Date.now().toString(36);
    const forms = await editorForms(browser, BASE, { run, ownStories: 1 });
    const own = forms.own[0];
    const requests: autocannon.Request[] = [
      { method: "GET", path: "/" },
      { method: "GET", path: `/kanal/${kanal}` },
      ...stories.flatMap((s): autocannon.Request[] => [
        { method: "GET", path: `/berita/${s.public_id}/${s.slug}` },
        { method: "POST", path: `/api/views?id=${s.public_id}`, headers: { origin: BASE }, setupRequest: asNewVisitor },
      ]),
      { method: "GET", path: "/cari?q=harga+beras" },
    ];
    const statuses = new Map<number, number>();

    // The editor works for as long as the readers read, one request after another.
    let stop = false;
    const acked: { id: number; title: string; status: "draft" | "published" }[] = [];
    const edits: { title: string; version: number }[] = [];
    const writes: Write[] = [];
    const failures: string[] = [];
    const timed = async (kind: Write["kind"], path: string, fields: [string, string][]) => {
      const started = performance.now();
      const r = await postForm(BASE, path, fields, forms.cookie);
      writes.push({ kind, ms: performance.now() - started });
      if (!r.savedAt) failures.push(`${kind} ${path}: ${r.status}`);
      return r.savedAt;
    };
    const editor = (async () => {
      let version = 1;
      for (let k = 0; !stop; k++) {
        const title = `Beban ${run} nomor ${k}`;
        // A lead and a body long enough to publish: "Terbitkan sekarang" checks them as Simpan does.
        const story = withValues(forms.create, { judul: title, kanal: forms.kanal, status: "draft", ringkasan: `Ringkasan ${title}.`, isi: `<p>Isi ${title}.</p>` });
        const made = await timed("create", "/admin/berita/baru", story);
        if (!made) continue;
        const id = Number(/berita\/(\d+)/.exec(made)![1]);
        acked.push({ id, title, status: "draft" });
        if (await timed("publish", `/admin/berita/${id}`, publishFields(story, id, 1))) acked.at(-1)!.status = "published";
        const edit = `Suntingan beban ${run} nomor ${k}`;
        if (await timed("edit", `/admin/berita/${own.id}`, withValues(own.edit, { judul: edit, version: String(version) }))) {
          version++;
          edits.push({ title: edit, version });
        }
      }
    })();

    const backup = (async () => {
      await new Promise((r) => setTimeout(r, (SECONDS * 1000) / 2));
      const started = performance.now();
      const copy = await backupDatabase(dbPath, join(dir, "cadangan.db"));
      const ms = performance.now() - started;
      const restored = await restoreDatabase(copy.path, join(dir, "pulih.db"));
      const same = JSON.stringify(restored.check.counts) === JSON.stringify(copy.check.counts);
      return { ms, bytes: copy.bytes, articles: copy.check.counts.articles, same };
    })();

    const readers = await load({
      url: BASE,
      title: "pembaca",
      requests,
      seconds: SECONDS,
      connections: CONNECTIONS,
      onResponse: (status) => statuses.set(status, (statuses.get(status) ?? 0) + 1),
    });
    stop = true;
    await editor;
    const b = await backup;
    await stopProcess(server);

    const check = new Database(dbPath, { readonly: true });
    const missing = acked.filter((a) => {
      const row = check.prepare("SELECT title, status FROM articles WHERE id = ?").get(a.id) as { title: string; status: string } | undefined;
      return !row || row.title !== a.title || row.status !== a.status;
    });
    const revisionTitles = new Set(
      (check.prepare("SELECT data FROM article_revisions WHERE article_id = ?").all(own.id) as { data: string }[]).map((r) => JSON.parse(r.data).title),
    );
    const missingEdits = edits.filter((e) => !revisionTitles.has(e.title));
    const integrity = check.pragma("integrity_check", { simple: true });
    const counts = tableRowCounts(check);
    check.close();

    const busy = (serverErrors.match(/SQLITE_BUSY|database is locked/g) ?? []).length;
    const fiveXx = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
    const byKind = (kind: Write["kind"]) => writes.filter((w) => w.kind === kind).map((w) => w.ms).sort((x, y) => x - y);
    const pct = (xs: number[], p: number) => (xs.length ? Math.round(xs[Math.min(xs.length - 1, Math.floor(xs.length * p))]) : 0);
    console.log(`\nbench:load, ${SECONDS} s, ${CONNECTIONS} reader connections, Node ${process.version}` + (pin ? " (server on CPU 0, load on CPU 1)" : " (not pinned)"));
    console.log(`  readers: ${fmt(readers.requests)} requests, ${fmt(readers.rps)} req/s, p50 ${readers.p50} ms, p99 ${readers.p99} ms`);
    console.log(`  reader statuses: ${[...statuses].sort(([x], [y]) => x - y).map(([s, n]) => `${s}×${fmt(n)}`).join(", ")}; errors/timeouts ${readers.non2xx - [...statuses].filter(([s]) => s >= 300).reduce((n, [, c]) => n + c, 0)}`);
    for (const kind of ["create", "publish", "edit"] as const) {
      const xs = byKind(kind);
      console.log(`  editor ${kind.padEnd(7)}: ${xs.length} acknowledged writes, p50 ${pct(xs, 0.5)} ms, p99 ${pct(xs, 0.99)} ms`);
    }
    console.log(`  editor failures: ${failures.length}${failures.length ? ` (${failures.slice(0, 3).join("; ")})` : ""}`);
    console.log(`  backup under load: ${b.ms.toFixed(0)} ms, ${(b.bytes / 1024 / 1024).toFixed(1)} MB, ${b.articles} stories; restored copy has the same row counts: ${b.same}`);
    console.log(`  after SIGTERM: integrity_check ${integrity}; ${counts.articles} stories, ${counts.article_revisions} revisions`);
    console.log(`  acknowledged stories missing or changed: ${missing.length}; acknowledged edits missing: ${missingEdits.length}`);
    console.log(`  5xx to readers: ${fiveXx}; SQLITE_BUSY / "database is locked" in the server log: ${busy}`);
    if (fiveXx || busy || failures.length || missing.length || missingEdits.length || integrity !== "ok" || !b.same) process.exitCode = 1;
  } finally {
    await browser.close();
    if (server.exitCode === null) server.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
