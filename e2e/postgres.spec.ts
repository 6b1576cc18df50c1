import { expect, test } from "@playwright/test";
import { EDITOR, EDITOR_ENV, editorForms, postForm, publishFields, withValues } from "./helpers/editor";
import { type PostgresServer, startPostgresServer } from "./helpers/server";

// Runs in the "postgres" project only (playwright.config.ts): the main journeys against the same
// build started on PostgreSQL (E2E_PORT + 9, its own throwaway cluster), seeded at start.
const READER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const WORD = "zebrakudapg";
const TITLE = `Kawanan ${WORD} terlihat di Taman Nasional Baluran`;

let server: PostgresServer;
test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

test.beforeAll(async () => {
  test.setTimeout(240_000);
  // Views flush every 100 ms and Terpopuler is computed on every render, so a beacon shows soon.
  server = await startPostgresServer({ portOffset: 9, env: { ...EDITOR_ENV, VIEW_FLUSH_MS: "100", TERPOPULER_CACHE_MS: "0" } });
});
test.afterAll(async () => {
  await server?.dispose();
});

test("an editor publishes, a reader finds and reads it, views lift it into Terpopuler, and unpublishing hides it", async ({ browser, page }) => {
  const { url } = server;
  expect(server.output()).toMatch(/Database baru PostgreSQL: 49 berita demo/);

  // Publish from the admin, posted exactly as the editor's browser posts the forms.
  const forms = await editorForms(browser, url, { run: "pg", ownStories: 1 });
  const story = withValues(forms.create, { judul: TITLE, kanal: forms.kanal, status: "draft", ringkasan: `Ringkasan ${TITLE}.`, isi: `<p>Petugas melihat ${WORD} minum di sabana.</p>` });
  const created = await postForm(url, "/admin/berita/baru", story, forms.cookie);
  expect(created.savedAt, `create answered ${created.status}`).not.toBeNull();
  const id = Number(/berita\/(\d+)/.exec(created.savedAt!)![1]);
  const published = await postForm(url, `/admin/berita/${id}`, publishFields(story, id, 1), forms.cookie);
  expect(published.savedAt, `publish answered ${published.status}`).not.toBeNull();

  // A reader sees it on the front page, finds it by search, and reads it.
  await page.goto(`${url}/`);
  await expect(page.getByRole("link", { name: TITLE }).first()).toBeVisible();
  await page.goto(`${url}/cari?q=${WORD}`);
  await page.getByRole("link", { name: TITLE }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  const articleUrl = page.url();
  const publicId = /\/berita\/([^/]+)\//.exec(articleUrl)![1];

  // A new story has no views, so only views can put it in Terpopuler: 2,000 different readers, more
  // than the seed gives its fifth story (about 600). One view per reader: each its own address.
  const send = (visitor: number) =>
    fetch(`${url}/api/views?id=${publicId}`, {
      method: "POST",
      headers: { "user-agent": READER_AGENT, "x-forwarded-for": `198.51.${Math.floor(visitor / 250)}.${visitor % 250}`, origin: url },
    }).then((r) => r.status);
  const statuses: number[] = [];
  for (let start = 0; start < 2000; start += 100) {
    statuses.push(...(await Promise.all(Array.from({ length: 100 }, (_, i) => send(start + i)))));
  }
  expect(new Set(statuses)).toEqual(new Set([202]));
  await expect(async () => {
    // A page not rendered before, so that no cached copy answers.
    await page.goto(`${url}/indeks?uji=${Date.now()}`);
    await expect(page.locator('[data-block="terpopuler"]').getByRole("link", { name: TITLE })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });

  // Unpublished from the admin in a real browser: the reader's page and search no longer have it.
  await page.goto(`${url}/admin/masuk`);
  await page.getByLabel("Email").fill(EDITOR.email);
  await page.getByLabel("Kata sandi").fill(EDITOR.password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(`${url}/admin`);
  await page.goto(`${url}/admin/berita/${id}`);
  await page.getByRole("button", { name: "Tarik dari situs" }).click();
  await expect(page.getByRole("button", { name: "Terbitkan sekarang" })).toBeVisible();
  expect((await page.goto(articleUrl))?.status()).toBe(404);
  await page.goto(`${url}/cari?q=${WORD}`);
  await expect(page.getByRole("link", { name: TITLE })).toHaveCount(0);
});

test("the ad desk lists the creatives with their counts, and a reader's page carries the ads", async ({ page }) => {
  const { url } = server;
  await page.goto(`${url}/admin/masuk`);
  await page.getByLabel("Email").fill(EDITOR.email);
  await page.getByLabel("Kata sandi").fill(EDITOR.password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(`${url}/admin`);
  await page.goto(`${url}/admin/iklan`);
  await expect(page.getByText("Rumah: Indeks Berita (leaderboard)")).toBeVisible();
  await expect(page.getByText("Rumah: Jam WIB (HTML, in-article)")).toBeVisible();
  await page.goto(`${url}/kanal/nasional`);
  await expect(page.locator('a[href^="/iklan/klik/"]').first()).toBeAttached();
});

test("PostgreSQL going away: cached pages still served, an Indonesian error page for the rest, no 5xx for beacons, and back by itself", async ({ page, request }) => {
  const { url } = server;
  // A story page and the front page rendered (and so cached) while the database answers.
  await page.goto(`${url}/`);
  const storyLink = page.locator('main a[href^="/berita/"]').first();
  const storyPath = (await storyLink.getAttribute("href"))!;
  const publicId = /\/berita\/([^/]+)/.exec(storyPath)![1];
  for (const path of ["/", storyPath]) expect((await request.get(`${url}${path}`)).status(), path).toBe(200);
  const beacon = () => request.post(`${url}/api/views?id=${publicId}`, { headers: { "user-agent": READER_AGENT, origin: url, "x-forwarded-for": `203.0.113.${Date.now() % 250}` } });
  const impressions = () => request.post(`${url}/api/ads/impressions`, { headers: { "user-agent": READER_AGENT, origin: url, "content-type": "application/json" }, data: "[1]" });

  server.stopDatabase();
  try {
    for (const path of ["/", storyPath]) expect((await request.get(`${url}${path}`)).status(), `${path} from the cache`).toBe(200);
    // A page not rendered before has nothing cached to fall back on.
    const res = await page.goto(`${url}/indeks?uji=${Date.now()}`);
    expect([500, 503]).toContain(res?.status());
    await expect(page.locator("h1")).toHaveText("Terjadi kesalahan");
    const views = await beacon();
    expect(views.status()).toBe(204);
    expect(views.headers()["x-warta-view"]).toBe("unavailable");
    expect((await impressions()).status()).toBeLessThan(500);
  } finally {
    server.startDatabase();
  }

  // Back without a restart: the pool reconnects on the next query.
  await expect(async () => {
    expect((await request.get(`${url}/indeks?uji=${Date.now()}`)).status()).toBe(200);
  }).toPass({ timeout: 30_000 });
  expect((await beacon()).status()).toBe(202);
  expect((await impressions()).status()).toBe(202);
});
