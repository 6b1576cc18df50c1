import { createHash } from "node:crypto";
import autocannon from "autocannon";
import { type Browser, expect, test } from "@playwright/test";
import sharp from "sharp";
import { E2E_PORT } from "../playwright.config";
import { type RedisServer, startRedisServer } from "../scripts/lib/redis-server";
import { type AppCluster, type Instance, startAppCluster } from "./helpers/cluster";
import { EDITOR_ENV, editorForms, type EditorForms, type Fields, publishFields, withValues } from "./helpers/editor";

// Runs in the "cluster" project only (playwright.config.ts): three `next start` of the e2e build on one
// PostgreSQL, one Redis and one S3 bucket (s3rver), with deploy/nginx.conf in front, all on loopback
// ports E2E_PORT + 13 (nginx) to + 18 (redis-server), all started here and stopped afterwards.
// What each test proves is issue 14's list; docs/testing.md names them.

const READER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
/** How soon a change on one instance must be seen on the others. */
const SHARED_WITHIN_MS = 5_000;

let cluster: AppCluster;
let redis: RedisServer;
let forms: EditorForms;
let A: Instance, B: Instance, C: Instance;

test.describe.configure({ mode: "serial" });
test.setTimeout(90_000);

test.beforeAll(async ({ browser }) => {
  test.setTimeout(240_000);
  redis = await startRedisServer([E2E_PORT + 18]);
  // Counts move to the database every 200 ms and Terpopuler is computed on every render, so
  // that what the tests wait for is the sharing, not the timers.
  cluster = await startAppCluster({
    basePort: E2E_PORT + 13,
    redisUrl: redis.url,
    env: { ...EDITOR_ENV, VIEW_FLUSH_MS: "200", TERPOPULER_CACHE_MS: "0" },
  });
  [A, B, C] = cluster.instances;
  forms = await editorForms(browser, A.url, { run: "cluster", ownStories: 1 });
});

test.afterAll(async () => {
  await cluster?.dispose();
  await redis?.stop();
});

type Answer = { status: number; html: string; headers: Headers };

async function get(base: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${base}${path}`, { headers: { "user-agent": READER, ...headers }, redirect: "manual" });
  return { status: res.status, html: await res.text(), headers: res.headers };
}

/** Whether the page lists the headline; a boolean, so that a failure prints the page's name, not its HTML. */
async function shows(on: Instance, path: string, title: string): Promise<boolean> {
  return (await get(on.url, path)).html.includes(title);
}

/** Posts a form as a browser without JavaScript does; a File value travels as an upload. */
async function post(base: string, path: string, fields: [string, string | File][], headers: Record<string, string> = {}): Promise<Answer> {
  const body = new FormData();
  for (const [k, v] of fields) body.append(k, v);
  const res = await fetch(`${base}${path}`, { method: "POST", body, headers: { origin: base, ...headers }, redirect: "manual" });
  return { status: res.status, html: await res.text(), headers: res.headers };
}

/** Saves an article form; the id of the story when the save went through (a redirect to ?tersimpan=1). */
async function save(on: Instance, path: string, fields: [string, string | File][]): Promise<number> {
  const res = await post(on.url, path, fields, { cookie: forms.cookie });
  const location = res.headers.get("location") ?? "";
  const alerts = [...res.html.matchAll(/role="alert"[^>]*>([^<]+)</g)].map((m) => m[1]);
  expect(location, `${on.name} ${path} answered ${res.status}: ${alerts.join(" | ") || res.html.slice(0, 300)}`).toMatch(/\/admin\/berita\/\d+\?tersimpan=1$/);
  return Number(/berita\/(\d+)/.exec(location)![1]);
}

async function storyRow(id: number) {
  const [row] = await cluster.query<{ public_id: string; slug: string; version: number; kanal: string }>(
    "SELECT a.public_id, a.slug, a.version, k.slug AS kanal FROM articles a JOIN kanal k ON k.id = a.kanal_id WHERE a.id = $1",
    [id],
  );
  return row;
}

async function viewsOf(publicId: string): Promise<number> {
  const [row] = await cluster.query<{ n: string }>(
    "SELECT coalesce(sum(v.views), 0) AS n FROM article_views v JOIN articles a ON a.id = v.article_id WHERE a.public_id = $1",
    [publicId],
  );
  return Number(row.n);
}

async function publishedStories(n: number) {
  return cluster.query<{ public_id: string; slug: string; kanal: string }>(
    "SELECT a.public_id, a.slug, k.slug AS kanal FROM articles a JOIN kanal k ON k.id = a.kanal_id WHERE a.status = 'published' ORDER BY a.published_at DESC LIMIT $1",
    [n],
  );
}

/** One view beacon from one reader (an address and a browser of its own) to one instance. */
function beacon(base: string, publicId: string, reader: string) {
  const [a, b] = createHash("sha256").update(reader).digest();
  return fetch(`${base}/api/views?id=${publicId}`, {
    method: "POST",
    headers: { "user-agent": `${READER} ${reader}`, "x-forwarded-for": `10.9.${a}.${b}`, origin: base },
  }).then((r) => r.status);
}

/** Asks until the page is a cache hit on that instance, so that a later change must reach its cache. */
async function warm(on: Instance, path: string) {
  await expect(async () => {
    const res = await get(on.url, path);
    expect(res.status, `${on.name} ${path}`).toBe(200);
    expect(res.headers.get("x-nextjs-cache"), `${on.name} ${path}`).toMatch(/^(HIT|STALE)$/);
  }).toPass({ timeout: 20_000 });
}

async function within(ms: number, check: () => Promise<void>) {
  await expect(check).toPass({ timeout: ms, intervals: [100, 250] });
}

/** The login form as A renders it, with the hidden fields that name its action. */
async function loginFields(browser: Browser, on: Instance): Promise<Fields> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${on.url}/admin/masuk`);
  const fields = await page
    .locator("form:has([name=email])")
    .first()
    .evaluate((form: HTMLFormElement) => [...new FormData(form)].filter((e): e is [string, string] => typeof e[1] === "string"));
  await context.close();
  return fields;
}

test("5. a form rendered by A is accepted by B and by C", async () => {
  // forms.create was rendered by A (editorForms); its hidden fields name A's encrypted action.
  for (const on of [B, C]) {
    const id = await save(on, "/admin/berita/baru", withValues(forms.create, { judul: `Formulir dari A, dikirim ke ${on.name}`, kanal: forms.kanal, status: "draft" }));
    expect((await storyRow(id)).slug).toContain(`dikirim-ke-${on.name.toLowerCase()}`);
  }
});

test("2. a photo uploaded on A is served with the same bytes by B, C and nginx, from the bucket", async () => {
  const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 40 } } }).png().toBuffer();
  const id = await save(A, "/admin/berita/baru", [
    ...withValues(forms.create, { judul: "Foto diunggah di A", kanal: forms.kanal, status: "draft", alt_foto: "Bidang abu-abu berbintik" }),
    ["foto", new File([new Uint8Array(png)], "kamera.png", { type: "image/png" })],
  ]);
  const [{ path }] = await cluster.query<{ path: string }>("SELECT m.path FROM articles a JOIN media m ON m.id = a.photo_id WHERE a.id = $1", [id]);
  const sha = (b: ArrayBuffer) => createHash("sha256").update(Buffer.from(b)).digest("hex");
  const answers = await Promise.all(
    [A.url, B.url, C.url, cluster.front].map(async (base) => {
      const res = await fetch(`${base}/media/${path}`);
      return { base, status: res.status, type: res.headers.get("content-type"), etag: res.headers.get("etag"), sha: sha(await res.arrayBuffer()) };
    }),
  );
  for (const a of answers) expect(a, a.base).toMatchObject({ status: 200, type: "image/webp", etag: answers[0].etag, sha: answers[0].sha });
  // The bucket holds it; no instance's own folder does (each has an empty MEDIA_DIR of its own).
  expect((await cluster.s3.store().read(path))?.length).toBeGreaterThan(1000);
  const again = await fetch(`${C.url}/media/${path}`, { headers: { "if-none-match": answers[0].etag! } });
  expect(again.status).toBe(304);
});

test("1. a publish, a slug change and an unpublish on A reach B and C within 5 s", async () => {
  const word = `zebracluster${Date.now() % 100000}`;
  const title = `Kawanan ${word} terlihat di Baluran`;
  const [{ kanal }] = await cluster.query<{ kanal: string }>("SELECT slug AS kanal FROM kanal WHERE id = $1", [Number(forms.kanal)]);
  const [other] = await publishedStories(1);
  const pages = ["/", `/kanal/${kanal}`, `/berita/${other.public_id}/${other.slug}`];
  for (const on of [B, C]) for (const path of pages) await warm(on, path);

  const story = withValues(forms.create, { judul: title, kanal: forms.kanal, status: "draft", ringkasan: `Ringkasan ${title}.`, isi: `<p>Petugas melihat ${word}.</p>` });
  const id = await save(A, "/admin/berita/baru", story);
  await save(A, `/admin/berita/${id}`, publishFields(story, id, (await storyRow(id)).version));
  const published = await storyRow(id);
  for (const on of [B, C]) {
    await within(SHARED_WITHIN_MS, async () => {
      expect(await shows(on, "/", title), `${on.name} home`).toBe(true);
      expect(await shows(on, `/kanal/${kanal}`, title), `${on.name} kanal`).toBe(true);
      expect((await get(on.url, `/berita/${published.public_id}/${published.slug}`)).status, `${on.name} article`).toBe(200);
    });
  }

  const newSlug = `${published.slug}-baru`;
  await save(A, `/admin/berita/${id}`, publishFields(withValues(story, { slug: newSlug }), id, published.version));
  for (const on of [B, C]) {
    await within(SHARED_WITHIN_MS, async () => {
      const old = await get(on.url, `/berita/${published.public_id}/${published.slug}`);
      expect(old.status, `${on.name} old URL`).toBeGreaterThanOrEqual(300);
      expect(old.status).toBeLessThan(400);
      expect(old.headers.get("location"), `${on.name} old URL`).toContain(`/berita/${published.public_id}/${newSlug}`);
    });
  }

  const moved = await storyRow(id);
  await save(A, `/admin/berita/${id}`, [...withValues(story, { slug: newSlug, id: String(id), version: String(moved.version) }), ["intent", "draft"]]);
  for (const on of [B, C]) {
    await within(SHARED_WITHIN_MS, async () => {
      expect((await get(on.url, `/berita/${published.public_id}/${newSlug}`)).status, `${on.name} article`).toBe(404);
      expect(await shows(on, "/", title), `${on.name} home and its Terpopuler`).toBe(false);
      expect(await shows(on, `/kanal/${kanal}`, title), `${on.name} kanal`).toBe(false);
      expect(await shows(on, `/cari?q=${word}`, title), `${on.name} search`).toBe(false);
    });
  }
});

test("3. one reader over three instances counts once; 300 readers over them count exactly 300", async () => {
  const [one, many] = await publishedStories(2);
  const [oneBefore, manyBefore] = [await viewsOf(one.public_id), await viewsOf(many.public_id)];
  const instances = [A, B, C];
  const same = await Promise.all(Array.from({ length: 9 }, (_, i) => beacon(instances[i % 3].url, one.public_id, "pembaca-tetap")));
  const distinct = await Promise.all(Array.from({ length: 300 }, (_, i) => beacon(instances[i % 3].url, many.public_id, `pembaca-${i}`)));
  // 202 counted, 204 accepted but not counted: the window that dedupes is shared, so one of the nine counts.
  expect(same.filter((s) => s === 202), "one reader's nine beacons counted").toHaveLength(1);
  expect(same.filter((s) => s === 204)).toHaveLength(8);
  expect(new Set(distinct)).toEqual(new Set([202]));
  await within(15_000, async () => {
    expect(await viewsOf(many.public_id)).toBe(manyBefore + 300);
    expect(await viewsOf(one.public_id)).toBe(oneBefore + 1);
  });
  // And not more a few flushes later: no instance moves the same counts twice.
  await new Promise((r) => setTimeout(r, 1_000));
  expect(await viewsOf(many.public_id)).toBe(manyBefore + 300);
  expect(await viewsOf(one.public_id)).toBe(oneBefore + 1);
});

test("4. wrong guesses spread over the instances lock the account at five, as on one instance", async ({ browser }) => {
  const login = await loginFields(browser, A);
  const instances = [A, B, C];
  const answers: string[] = [];
  for (let i = 0; i < 12; i++) {
    const on = instances[i % 3];
    const res = await post(on.url, "/admin/masuk", withValues(login, { email: "redaksi.cluster@warta.test", password: `tebakan-${i}` }), {
      "x-forwarded-for": `203.0.113.${i}`,
    });
    answers.push(res.html.includes("Terlalu banyak percobaan masuk.") ? "locked" : res.html.includes("Email atau kata sandi salah.") ? "wrong" : `? ${res.status}`);
  }
  expect(answers).toEqual([...Array(5).fill("wrong"), ...Array(7).fill("locked")]);
});

test("6. under load through nginx, SIGKILL B and start it again: no GET fails, no counted view is lost", async () => {
  const stories = await publishedStories(4);
  const target = stories[3];
  const before = await viewsOf(target.public_id);
  const [{ path: photo }] = await cluster.query<{ path: string }>("SELECT path FROM media WHERE path LIKE 'seed/%' LIMIT 1");
  const paths = ["/", `/kanal/${stories[0].kanal}`, ...stories.map((s) => `/berita/${s.public_id}/${s.slug}`), `/media/${photo}`];

  // Bounded: a steady 60 requests a second over 10 connections, for 14 s.
  const run = autocannon({
    url: cluster.front,
    connections: 10,
    overallRate: 60,
    duration: 14,
    headers: { "user-agent": READER },
    requests: paths.map((path) => ({ method: "GET" as const, path })),
  });
  // Readers' beacons meanwhile, straight to the instances as nginx would spread them; B's stop when it dies.
  let acknowledged = 0;
  let sending = true;
  const beacons = (async () => {
    for (let i = 0; sending; i++) {
      const on = [A, B, C][i % 3];
      const status = await beacon(on.url, target.public_id, `gagal-${i}`).catch(() => 0);
      if (status === 202) acknowledged++;
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  await new Promise((r) => setTimeout(r, 3_000));
  await B.stop("SIGKILL");
  await new Promise((r) => setTimeout(r, 2_000));
  await B.restart();
  const result = await run;
  sending = false;
  await beacons;

  expect(result.errors, "connection errors through nginx").toBe(0);
  expect(result.timeouts).toBe(0);
  expect(result.non2xx, "non-2xx answers through nginx").toBe(0);
  expect(result.requests.total).toBeGreaterThan(500);
  expect(acknowledged).toBeGreaterThan(50);
  await within(15_000, async () => expect(await viewsOf(target.public_id)).toBe(before + acknowledged));
});

test("7. with Redis stopped reader pages and beacons still answer; once it is back the instances share again", async () => {
  const [story] = await publishedStories(1);
  await redis.stop();
  for (const on of [A, B, C]) {
    for (const path of ["/", `/kanal/${story.kanal}`, `/berita/${story.public_id}/${story.slug}`, "/cari?q=banjir"]) {
      const res = await get(on.url, path);
      expect(res.status, `${on.name} ${path} without Redis`).toBeLessThan(500);
    }
    expect(await beacon(on.url, story.public_id, `tanpa-redis-${on.name}`), `${on.name} beacon without Redis`).toBeLessThan(500);
  }

  await redis.restart();
  // Back: a publish on A reaches B and C again (the client reconnects by itself, at most 2 s apart).
  const title = `Kembali bersama ${Date.now() % 100000}`;
  const fields = withValues(forms.create, { judul: title, kanal: forms.kanal, status: "draft", ringkasan: `Ringkasan ${title}.`, isi: `<p>Petugas mencatat ${title} setelah Redis kembali.</p>` });
  await warm(B, "/");
  await warm(C, "/");
  const id = await save(A, "/admin/berita/baru", fields);
  await save(A, `/admin/berita/${id}`, publishFields(fields, id, (await storyRow(id)).version));
  for (const on of [B, C]) {
    await within(SHARED_WITHIN_MS + 5_000, async () => expect(await shows(on, "/", title), `${on.name} home`).toBe(true));
  }
});
