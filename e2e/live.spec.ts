import { type APIRequestContext, type BrowserContext, devices, expect, type Page, test } from "@playwright/test";
import { E2E_PORT } from "../playwright.config";
import { findNginx, type RunningNginx, startNginx } from "../scripts/lib/nginx";
import { expectNoAxeViolations } from "./helpers/axe";
import { watchCsp } from "./helpers/csp";
import { EDITOR, logIn, PHONE, startDeskServer } from "./helpers/desk";
import type { SpareServer } from "./helpers/server";
import { fetchXml } from "./helpers/xml";

// Issue 16, "Laporan langsung", on a `next start` of its own (E2E_PORT + 41) on a copy of the e2e
// database, with deploy/nginx.conf in front of it (E2E_PORT + 42) for the freshness check. Runs in
// the `live` project, in order: each test goes on from the report the one before left.

const install = findNginx();
const FRONT = `http://127.0.0.1:${E2E_PORT + 42}`;
const DESKTOP = devices["Desktop Chrome"];
const WIB_TIME = /\d{2} \w{3} \d{4}, \d{2}:\d{2} WIB/;

type Story = { id: number; public_id: string; slug: string; title: string; kanal: string };

let server: SpareServer;
let front: RunningNginx | undefined;
let editor: BrowserContext;
let anon: APIRequestContext;
let story: Story;
const path = () => `/berita/${story.public_id}/${story.slug}`;
const newestUpdateId = () => server.query<{ id: number }>("SELECT max(id) AS id FROM live_updates WHERE article_id = ?", story.id)[0].id;

// Each test drives an editor and readers on two devices on a busy machine.
test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async ({ browser, playwright }) => {
  server = await startDeskServer(41);
  editor = await logIn(browser, server, EDITOR);
  // The newest story readers see without a live report: on page 1 of its kanal.
  [story] = server.query<Story>(
    `SELECT a.id, a.public_id, a.slug, a.title, k.slug AS kanal FROM articles a JOIN kanal k ON k.id = a.kanal_id
     WHERE a.status = 'published' AND a.published_at <= ? AND a.live_started_at IS NULL ORDER BY a.published_at DESC LIMIT 1`,
    Date.now(),
  );
  if (install) front = await startNginx(install, { listen: E2E_PORT + 42, upstream: E2E_PORT + 41 });
  anon = await playwright.request.newContext();
});

test.afterAll(async () => {
  await anon?.dispose();
  await front?.stop();
  await editor?.close();
  await server?.dispose();
});

async function adminPage(context = editor): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`/admin/berita/${story.id}`);
  return page;
}

async function postUpdate(page: Page, text: string, keyTitle = "") {
  const section = page.locator("#laporan-langsung");
  await section.getByLabel("Pembaruan", { exact: true }).fill(text);
  await section.getByLabel("Poin penting (opsional)").fill(keyTitle);
  await section.getByRole("button", { name: "Kirim pembaruan" }).click();
  await expect(page).toHaveURL(/\?langsung=terkirim#laporan-langsung$/);
  await expect(section.locator("li[data-live-update]").filter({ hasText: text.split("\n")[0] })).toHaveCount(1);
}

/** The card of the story on its kanal page, and whether it carries the badge. */
async function cardBadges(page: Page) {
  await page.goto(`/kanal/${story.kanal}`);
  return page.locator(`main article:has(a[href="${path()}"]) [data-live-badge]`).count();
}

test("an editor starts a live report: LANGSUNG on the story and on its card, and the section is ready", async ({ browser }) => {
  const reader = await browser.newContext({ baseURL: server.url });
  const page = await reader.newPage();
  expect(await cardBadges(page)).toBe(0);

  const admin = await adminPage();
  await expect(admin.getByRole("heading", { name: "Laporan langsung" })).toBeVisible();
  await admin.getByRole("button", { name: "Mulai laporan langsung" }).click();
  await expect(admin).toHaveURL(/\?langsung=dimulai#laporan-langsung$/);
  await expect(admin.getByRole("button", { name: "Akhiri laporan langsung" })).toBeVisible();

  expect(await cardBadges(page)).toBeGreaterThan(0);
  await page.goto(path());
  await expect(page.locator("header [data-live-badge]")).toHaveText("LANGSUNG");
  await expect(page.getByRole("heading", { name: "Laporan langsung" })).toBeVisible();
  await expect(page.getByText("Belum ada pembaruan.")).toBeVisible();
  await reader.close();
});

test("bad input keeps what was typed with a message beside the field, with and without JavaScript", async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ baseURL: server.url, javaScriptEnabled, storageState: await editor.storageState() });
    const page = await adminPage(context);
    const section = page.locator("#laporan-langsung");
    await section.getByLabel("Pembaruan", { exact: true }).fill("Teks yang tidak boleh hilang.");
    await section.getByLabel("Nomor foto (opsional)").fill("12a");
    await section.getByRole("button", { name: "Kirim pembaruan" }).click();
    await expect(page.locator("#foto-pembaruan-error")).toHaveText("Nomor foto berupa angka dari pustaka foto, atau kosongkan.");
    await expect(page.locator("#foto-pembaruan")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#pembaruan")).toHaveValue("Teks yang tidak boleh hilang.");
    // A photo number the library does not have: refused beside the field too.
    await page.locator("#foto-pembaruan").fill("99999999");
    await page.locator("#pembaruan").fill("  ");
    await section.getByRole("button", { name: "Kirim pembaruan" }).click();
    await expect(page.locator("#pembaruan-error")).toHaveText("Tulis isi pembaruan.");
    await expect(page.locator("#foto-pembaruan")).toHaveValue("99999999");
    await page.locator("#pembaruan").fill("Teks lagi.");
    await section.getByRole("button", { name: "Kirim pembaruan" }).click();
    await expect(page.locator("#foto-pembaruan-error")).toHaveText("Foto dengan nomor itu tidak ada di pustaka.");
    await expect(page.locator("#pembaruan")).toHaveValue("Teks lagi.");
    await context.close();
  }
  expect(server.query("SELECT id FROM live_updates WHERE article_id = ?", story.id)).toEqual([]);
});

test("a posted update is on the page within 5 s, through the nginx front cache too", async () => {
  test.skip(!front, "nginx tidak terpasang: jalankan `sudo apt-get install nginx` untuk uji lewat nginx.");
  // The page is in both caches before the update.
  for (let i = 0; i < 3; i++) expect((await anon.get(`${FRONT}${path()}`)).status()).toBe(200);
  const admin = await adminPage();
  await postUpdate(admin, "Petugas menutup jalan menuju lokasi.\nWarga diminta mencari jalur lain.", "Jalan ditutup");
  const posted = Date.now();
  const anchor = `id="pembaruan-${newestUpdateId()}"`;
  let seenAfter = -1;
  while (Date.now() - posted < 5000) {
    const body = await (await anon.get(`${FRONT}${path()}`)).text();
    if (body.includes(anchor)) {
      seenAfter = Date.now() - posted;
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  console.log(`[live] pembaruan terlihat lewat nginx setelah ${seenAfter} ms`);
  expect(seenAfter, "the update reached readers through nginx within 5 s").toBeGreaterThanOrEqual(0);
});

test("readers with JavaScript see “N pembaruan baru” and get them without a reload, on desktop and phone, with no layout shift", async ({ browser }) => {
  for (const device of [DESKTOP, PHONE]) {
    const context = await browser.newContext({ ...device, baseURL: server.url });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __shifts: number[] };
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.__shifts.push(e.value);
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.clock.install();
    await page.goto(path());
    const before = await page.locator("[data-live-list] > li").count();
    const button = page.locator("[data-live-new] button");
    await expect(button).toBeHidden();

    const admin = await adminPage();
    const text = `Pembaruan untuk ${device === PHONE ? "ponsel" : "desktop"}: pompa air dinyalakan.`;
    await postUpdate(admin, text);
    await admin.close();
    const id = newestUpdateId();

    // Nothing is asked before the interval; then one poll brings the update behind the button.
    await page.clock.fastForward(21_000);
    await expect(button).toHaveText("1 pembaruan baru");
    await expect(page.locator(`#pembaruan-${id}`)).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)).toEqual([]);

    await button.click();
    const inserted = page.locator(`#pembaruan-${id}`);
    await expect(inserted).toContainText(text);
    await expect(inserted).toBeFocused();
    await expect(button).toBeHidden();
    await expect(page.locator("[data-live-list] > li")).toHaveCount(before + 1);
    await expect(page.locator("[data-live-list] > li").first()).toHaveId(`pembaruan-${id}`);
    await expect(inserted.locator("time")).toHaveText(WIB_TIME);
    await expect(inserted.getByRole("link", { name: /Tautan pembaruan ini/ })).toHaveAttribute("href", `${path()}#pembaruan-${id}`);
    await context.close();
  }
});

test("the pinned update stays on top; anchors, Poin penting, JSON-LD and the feed name each update", async ({ browser }) => {
  const ids = server.query<{ id: number }>("SELECT id FROM live_updates WHERE article_id = ? ORDER BY id", story.id).map((r) => r.id);
  const admin = await adminPage();
  const oldest = admin.locator(`li[data-live-update="${ids[0]}"]`);
  await oldest.getByRole("button", { name: /^Sematkan/ }).click();
  await expect(admin).toHaveURL(/\?langsung=disematkan#laporan-langsung$/);
  await expect(admin.locator(`li[data-live-update="${ids[0]}"]`).getByRole("button", { name: /^Lepas sematan/ })).toBeVisible();

  const reader = await browser.newContext({ baseURL: server.url });
  const page = await reader.newPage();
  await page.goto(path());
  const items = page.locator("[data-live-list] > li");
  await expect(items.first()).toHaveId(`pembaruan-${ids[0]}`);
  await expect(items.first()).toContainText("Disematkan");
  await expect(items.nth(1)).toHaveId(`pembaruan-${ids.at(-1)}`);

  // Poin penting links into the update; its anchor scrolls it into view.
  const key = page.getByRole("navigation", { name: "Poin penting" }).getByRole("link", { name: "Jalan ditutup" });
  await expect(key).toHaveAttribute("href", `#pembaruan-${ids[0]}`);
  await page.goto(`${path()}#pembaruan-${ids[1]}`);
  await expect(page.locator(`#pembaruan-${ids[1]}`)).toBeInViewport();

  const ld = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t));
  const live = ld.find((d) => d["@type"] === "LiveBlogPosting");
  expect(live.coverageStartTime).toMatch(/\+07:00$/);
  expect(live).not.toHaveProperty("coverageEndTime");
  expect(live.liveBlogUpdate.map((u: { url: string }) => u.url)).toEqual([...ids].reverse().map((id) => `${server.url}${path()}#pembaruan-${id}`));

  const feed = await fetchXml(page.request, `${server.url}/rss/langsung/${story.public_id}`);
  const feedItems = [feed.doc.rss.channel.item].flat();
  expect(feedItems.map((i: { link: string }) => i.link)).toEqual([...ids].reverse().map((id) => `${server.url}${path()}#pembaruan-${id}`));
  expect(feedItems.at(-1).title).toBe("Jalan ditutup");
  await reader.close();
});

test("the live page has no CSP violation and no axe violation, desktop and phone, JavaScript on and off", async ({ browser }) => {
  for (const device of [DESKTOP, PHONE]) {
    for (const javaScriptEnabled of [true, false]) {
      const label = `${device === PHONE ? "phone" : "desktop"}, JS ${javaScriptEnabled ? "on" : "off"}`;
      const context = await browser.newContext({ ...device, baseURL: server.url, javaScriptEnabled });
      const page = await context.newPage();
      const violations = await watchCsp(page);
      await page.goto(path());
      await expect(page.locator("[data-live-list] > li").first()).toBeVisible();
      // Without JavaScript the slot says how to get new updates; with it, the slot waits for the button.
      await expect(page.locator("[data-live-new]")).toHaveText(javaScriptEnabled ? "" : "Muat ulang halaman untuk melihat pembaruan terbaru.");
      if (javaScriptEnabled) await expectNoAxeViolations(page, { label });
      expect(await violations(), label).toEqual([]);
      await context.close();
    }
  }
});

test("an editor on a phone without JavaScript edits an update, then ends the report: the badge goes, the updates stay", async ({ browser }) => {
  const context = await browser.newContext({ ...PHONE, baseURL: server.url, javaScriptEnabled: false, storageState: await editor.storageState() });
  const admin = await adminPage(context);
  const id = newestUpdateId();
  await admin.locator(`li[data-live-update="${id}"]`).getByRole("link", { name: /^Sunting/ }).click();
  await expect(admin.getByRole("heading", { name: "Sunting pembaruan" })).toBeVisible();
  await expect(admin.locator("#pembaruan")).toHaveValue(/pompa air dinyalakan/);
  await admin.locator("#pembaruan").fill("Pompa air dinyalakan di tiga titik.");
  await admin.locator("#poin-penting").fill("Pompa air bekerja");
  await admin.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(admin).toHaveURL(/\?langsung=disimpan#laporan-langsung$/);
  await expect(admin.locator(`li[data-live-update="${id}"]`)).toContainText("Poin penting: Pompa air bekerja");

  await admin.getByRole("button", { name: "Akhiri laporan langsung" }).click();
  await expect(admin).toHaveURL(/\?langsung=diakhiri#laporan-langsung$/);
  await expect(admin.getByRole("button", { name: "Mulai laporan langsung" })).toBeVisible();
  await expect(admin.locator("#pembaruan")).toHaveCount(0);
  await context.close();

  const reader = await browser.newContext({ baseURL: server.url });
  const page = await reader.newPage();
  expect(await cardBadges(page)).toBe(0);
  await page.goto(path());
  await expect(page.locator("article header [data-live-badge]")).toHaveCount(0);
  await expect(page.locator("[data-live]")).toHaveCount(0);
  await expect(page.locator(`#pembaruan-${id}`)).toContainText("Pompa air dinyalakan di tiga titik.");
  await expect(page.getByText(/^Berakhir /)).toBeVisible();
  const ld = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t));
  expect(ld.find((d) => d["@type"] === "LiveBlogPosting").coverageEndTime).toMatch(/\+07:00$/);
  const poll = await page.request.get(`/langsung/${story.public_id}?sejak=0`);
  expect((await poll.json()).ended).toBe(true);
  await reader.close();
});
