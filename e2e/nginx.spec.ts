import { randomBytes } from "node:crypto";
import { get } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { E2E_PORT } from "../playwright.config";
import { findNginx, type RunningNginx, startNginx } from "../scripts/lib/nginx";
import { startSpareServer, type SpareServer } from "./helpers/server";

// Runs in the "nginx" project only: deploy/nginx.conf, as shipped, in front of a `next start`
// of its own (E2E_PORT + 4) on a copy of the e2e database; nginx listens on E2E_PORT + 5.
// .ci/run installs nginx; elsewhere the tests skip when it is missing.

const install = findNginx();
const NEXT_PORT = E2E_PORT + 4;
const FRONT = `http://127.0.0.1:${E2E_PORT + 5}`;
const EDITOR = { name: "Redaktur Nginx", email: "redaktur.nginx@warta.test", password: "sandi-redaktur-nginx-3" };
const READER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

type Story = { id: number; public_id: string; slug: string; title: string };

test.describe.configure({ mode: "serial" });
test.use({ baseURL: FRONT });

let server: SpareServer | undefined;
let front: RunningNginx | undefined;
let anon: APIRequestContext;

test.beforeAll(async ({ playwright }) => {
  if (!install) {
    if (process.env.CI) throw new Error("nginx tidak terpasang: .ci/run seharusnya memasangnya (npm run e2e:deps).");
    return;
  }
  server = await startSpareServer({
    portOffset: 4,
    env: { SITE_URL: FRONT, ADMIN_EMAIL: EDITOR.email, ADMIN_PASSWORD: EDITOR.password, ADMIN_NAME: EDITOR.name },
  });
  front = await startNginx(install, { listen: E2E_PORT + 5, upstream: NEXT_PORT });
  // A reader with no cookies, as most of a flood is.
  anon = await playwright.request.newContext({ baseURL: FRONT, extraHTTPHeaders: { "user-agent": READER } });
});

test.afterAll(async () => {
  await anon?.dispose();
  await front?.stop();
  await server?.dispose();
});

test.beforeEach(() => {
  test.skip(!install, "nginx tidak terpasang: jalankan `sudo apt-get install nginx` untuk uji lewat nginx.");
});

const cacheStatus = (r: { headers(): Record<string, string> }) => r.headers()["x-cache-status"];

/** Asks twice in a row: the second answer comes from the 1-second cache. */
async function expectCached(path: string, headers: Record<string, string> = {}) {
  const first = await anon.get(path, { headers });
  expect(first.status(), path).toBe(200);
  // Within the second the first answer was stored: a repeat is a HIT (a slow machine may
  // need another try when the entry expired between the two requests).
  const statuses: string[] = [];
  for (let i = 0; i < 5 && !statuses.includes("HIT"); i++) statuses.push(cacheStatus(await anon.get(path, { headers })));
  expect(statuses, path).toContain("HIT");
  return first;
}

// What each kind of reader sends, and what nginx answers it with (br only where the module is loaded).
const ENCODINGS = [
  { name: "plain", accept: "", expect: () => undefined },
  { name: "gzip", accept: "gzip", expect: () => "gzip" },
  { name: "browser", accept: "gzip, deflate, br, zstd", expect: () => (front!.brotli ? "br" : "gzip") },
  { name: "refused", accept: "gzip;q=0, br;q=0", expect: () => undefined },
] as const;

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** A GET with exactly these headers, the body as sent: no client between here and nginx decodes it. */
function raw(path: string, acceptEncoding: string): Promise<Raw> {
  return new Promise((done, fail) => {
    const headers: Record<string, string> = { "user-agent": READER };
    if (acceptEncoding) headers["accept-encoding"] = acceptEncoding;
    get(FRONT + path, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", fail);
    }).on("error", fail);
  });
}

function decode(r: Raw): string {
  const encoding = r.headers["content-encoding"];
  const body = encoding === "gzip" ? gunzipSync(r.body) : encoding === "br" ? brotliDecompressSync(r.body) : r.body;
  return body.toString("utf8");
}

/** Asks until an answer comes from the cache (the first fills it). */
async function rawHit(path: string, acceptEncoding: string): Promise<Raw> {
  for (let i = 0; i < 6; i++) {
    const r = await raw(path, acceptEncoding);
    if (r.headers["x-cache-status"] === "HIT") return r;
  }
  throw new Error(`${path} with Accept-Encoding "${acceptEncoding}" never came from the cache`);
}

function stories(sql: string): Story[] {
  return server!.query<Story>(`SELECT id, public_id, slug, title FROM articles WHERE ${sql}`);
}

test("reader pages and build files come from the cache", async () => {
  const [story] = stories("status = 'published' ORDER BY published_at DESC LIMIT 1");
  const home = await expectCached("/");
  await expectCached(`/berita/${story.public_id}/${story.slug}`);
  await expectCached("/kanal/nasional");

  // The cache keeps a page's policy with it (the same for every reader; no inline script is left, lib/reader-html.mjs)...
  expect(home.headers()["content-security-policy"]).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
  expect((await anon.get("/")).headers()["content-security-policy"]).toBe(home.headers()["content-security-policy"]);
  // ...but never a per-request page: its nonce belongs to one reader (proxy.ts sends X-Accel-Expires: 0).
  const nonces = new Set<string>();
  for (let i = 0; i < 3; i++) {
    const res = await anon.get("/indeks");
    expect(cacheStatus(res)).not.toBe("HIT");
    expect(res.headers()["x-accel-expires"]).toBeUndefined();
    nonces.add(/'nonce-([^']+)'/.exec(res.headers()["content-security-policy"] ?? "")?.[1] ?? "");
  }
  expect(nonces.size).toBe(3);


  // The home page's stylesheet is a build file like Next's scripts (a cached reader page loads none of those).
  const styles = (await home.text()).match(/<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/)?.[1];
  expect(styles, "home page links no /_next/static stylesheet").toBeTruthy();
  const asset = await expectCached(styles!);
  expect(asset.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
});

test("a hit sends bytes compressed once, kept per encoding; every encoding decodes to the same page", async () => {
  const [story] = stories("status = 'published' ORDER BY published_at DESC LIMIT 1 OFFSET 1");
  const path = `/berita/${story.public_id}/${story.slug}`;
  for (const page of [path, "/"]) {
    const hits = [];
    for (const e of ENCODINGS) {
      const hit = await rawHit(page, e.accept);
      expect([e.name, hit.status, hit.headers["content-encoding"]]).toEqual([e.name, 200, e.expect()]);
      // Caches further along must keep the encodings apart too.
      expect(String(hit.headers.vary)).toMatch(/Accept-Encoding/i);
      hits.push({ ...e, hit });
    }
    const plain = decode(hits[0].hit);
    expect(plain).toContain("<html");
    for (const { name, hit } of hits) expect(decode(hit), name).toBe(plain);

    // The cache holds one copy per encoding, stored compressed: a hit sends the stored bytes as
    // they are, where compressing on every hit would send bytes the cache never held.
    const stored = front!.cacheEntries("warta-pages").filter((c) => c.key.startsWith(`http://127.0.0.1${page}|`));
    for (const { name, hit } of hits) {
      const copy = stored.find((c) => c.body.equals(hit.body));
      expect(copy, `${page} (${name}): a hit sent bytes that are not in the cache`).toBeDefined();
      expect(copy!.headers["content-encoding"], name).toBe(hit.headers["content-encoding"]);
    }
    expect(new Set(stored.map((c) => c.headers["content-encoding"] ?? "plain")).size).toBe(front!.brotli ? 3 : 2);
  }
});

test("the view beacon is never cached, and nginx overwrites X-Forwarded-For", async () => {
  const [story] = stories("status = 'published' ORDER BY published_at DESC LIMIT 1");
  // A visitor of its own per run; two different claimed addresses must still be one reader,
  // because nginx replaces the client's X-Forwarded-For with the address it sees.
  const ua = `${READER} run/${randomBytes(4).toString("hex")}`;
  const beacon = (claimed: string) => anon.post(`/api/views?id=${story.public_id}`, { headers: { "user-agent": ua, "x-forwarded-for": claimed, origin: FRONT } });
  const first = await beacon("203.0.113.7");
  expect([first.status(), first.headers()["x-warta-view"], cacheStatus(first)]).toEqual([202, "counted", "BYPASS"]);
  const second = await beacon("198.51.100.9");
  expect([second.status(), second.headers()["x-warta-view"], cacheStatus(second)]).toEqual([204, "duplicate", "BYPASS"]);
});

test("a logged-in editor always gets fresh pages, and readers see an edit and a publish within 5 s", async ({ page }) => {
  // Four encodings to fill and to watch: more requests than a test's default 30 s allow on a busy machine.
  test.setTimeout(60_000);
  await page.goto("/admin/masuk");
  expect(cacheStatus((await page.request.get("/admin/masuk"))!)).toBe("BYPASS");
  await page.getByLabel("Email").fill(EDITOR.email);
  await page.getByLabel("Kata sandi").fill(EDITOR.password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/admin$/);

  // The story is in readers' cache before the edit, in every encoding.
  const [story] = stories("status = 'published' ORDER BY published_at DESC LIMIT 1 OFFSET 2");
  const path = `/berita/${story.public_id}/${story.slug}`;
  for (const e of ENCODINGS) await rawHit(path, e.accept);
  const staffView = await page.goto(path);
  expect(cacheStatus(staffView!)).toBe("BYPASS");

  const title = `Judul Baru Lewat Nginx ${randomBytes(3).toString("hex")}`;
  await page.goto(`/admin/berita/${story.id}`);
  await page.getByLabel("Judul").fill(title);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Tersimpan.")).toBeVisible();
  const edited = Date.now();

  // Readers within 5 s of the save, whatever their browser takes: every stored encoding is refreshed.
  await Promise.all(
    ENCODINGS.map((e) => expect.poll(async () => decode(await raw(path, e.accept)), { message: e.name, timeout: 5_000, intervals: [250] }).toContain(title)),
  );
  expect(Date.now() - edited).toBeLessThan(5_000);
  // The editor sees it too, never a cached copy.
  const fresh = await page.goto(path);
  expect(cacheStatus(fresh!)).toBe("BYPASS");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  // A draft readers could not see (its 404 even sits in the cache) goes live.
  const [draft] = stories("status = 'draft' ORDER BY id LIMIT 1");
  const draftPath = `/berita/${draft.public_id}/${draft.slug}`;
  expect((await anon.get(draftPath)).status()).toBe(404);
  expect(cacheStatus(await anon.get(draftPath))).toBe("HIT");
  await page.goto(`/admin/berita/${draft.id}`);
  await page.getByRole("button", { name: "Terbitkan sekarang" }).click();
  await expect(page.getByText("Tersimpan.")).toBeVisible();
  const published = Date.now();
  await Promise.all(
    ENCODINGS.map((e) => expect.poll(async () => (await raw(draftPath, e.accept)).status, { message: e.name, timeout: 5_000, intervals: [250] }).toBe(200)),
  );
  await expect.poll(async () => (await anon.get("/")).text(), { timeout: 5_000, intervals: [250] }).toContain(draft.title);
  expect(Date.now() - published).toBeLessThan(5_000);
});

test("an Atur Beranda save shows on the cached home page within 5 s, in every encoding", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/admin/masuk");
  await page.getByLabel("Email").fill(EDITOR.email);
  await page.getByLabel("Kata sandi").fill(EDITOR.password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/admin$/);

  // A story well below the top of the home page, and the home page cached in every encoding first.
  const [story] = stories("status = 'published' ORDER BY published_at DESC LIMIT 1 OFFSET 20");
  const headline = (html: string) =>
    /<section aria-label="Berita utama"[\s\S]*?<h2[^>]*><a[^>]*>([^<]+)<\/a>/.exec(html)?.[1]?.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, "&");
  for (const e of ENCODINGS) expect(headline(decode(await rawHit("/", e.accept)))).not.toBe(story.title);

  await page.goto("/admin/beranda");
  await page.getByLabel("Headline", { exact: true }).fill(`${FRONT}/berita/${story.public_id}/${story.slug}`);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Tersimpan.")).toBeVisible();
  const saved = Date.now();
  await Promise.all(
    ENCODINGS.map((e) => expect.poll(async () => headline(decode(await raw("/", e.accept))), { message: e.name, timeout: 5_000, intervals: [250] }).toBe(story.title)),
  );
  expect(Date.now() - saved).toBeLessThan(5_000);
});
