import { type Browser, expect, type Page, test } from "@playwright/test";
import sharp from "sharp";
import { toWibDateTimeLocal } from "../../lib/wib";
import { expectNoAxeViolations } from "../helpers/axe";
import { readDb } from "../helpers/db";
import { expectNoHorizontalScroll } from "../helpers/page";
import { adminState, reporterState } from "./accounts";

// These journeys switch site-wide things (the kill switch, house ads, ads.txt) and put them
// back at the end of each test: they run one after another.
test.describe.configure({ mode: "serial", timeout: 120_000 });
test.use({ storageState: adminState });

const HOUR = 3600_000;
// Headless Chromium names itself in its user agent and is rightly not counted as a reader.
const READER_UA = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36";

async function png(width: number, height: number, colour: string): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } }).png().toBuffer();
}

type ArticleRow = { id: number; public_id: string; slug: string; kanal_id: number; kanal: string };

/** A visible article of the given kanal slug (or of any other kanal), with its kanal's name. */
function articleIn(kanalSlug: string, other = false): ArticleRow {
  const [row] = readDb<ArticleRow>(
    `SELECT a.id, a.public_id, a.slug, a.kanal_id, k.name AS kanal FROM articles a JOIN kanal k ON k.id = a.kanal_id
      WHERE a.status = 'published' AND a.published_at <= ? AND a.no_ads = 0 AND ${other ? "k.slug <> ?" : "k.slug = ?"}
        AND k.parent_id IS NULL
      ORDER BY a.published_at DESC LIMIT 1`,
    Date.now(),
    kanalSlug,
  );
  if (!row) throw new Error(`no article for ${kanalSlug}`);
  return row;
}

const articleUrl = (a: ArticleRow) => `/berita/${a.public_id}/${a.slug}`;

/** Reader pages may come from the page cache: look again until the change has reached them. */
async function expectOnReaderPage(page: Page, url: string, check: () => Promise<void>) {
  await expect(async () => {
    await page.goto(url);
    await check();
  }).toPass({ timeout: 20_000, intervals: [500, 1000, 2000] });
}

function runningCreatives(slot: string): { id: number; name: string }[] {
  return readDb<{ id: number; name: string }>(
    "SELECT id, name FROM ad_creatives WHERE slot = ? AND paused = 0 AND starts_at <= ? AND ends_at > ? ORDER BY id",
    slot,
    Date.now(),
    Date.now(),
  );
}

async function setPaused(page: Page, name: string, paused: boolean) {
  await page.goto("/admin/iklan");
  await page.getByRole("button", { name: `${paused ? "Jeda" : "Lanjutkan"} ${name}`, exact: true }).click();
  await expect(page.getByText(paused ? "Iklan dijeda; tidak tampil lagi di situs." : "Iklan dilanjutkan.")).toBeVisible();
}

async function setAdsEnabled(page: Page, on: boolean) {
  await page.goto("/admin/iklan/pengaturan");
  await page.getByLabel("Tampilkan iklan di situs").setChecked(on);
  await page.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(page.getByText("Pengaturan disimpan.")).toBeVisible();
}

async function loggedIn(browser: Browser, email: string, password: string): Promise<Page> {
  const ctx = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await ctx.newPage();
  await page.goto("/admin/masuk");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  return page;
}

test("an image creative targeted at a kanal runs there, and pause and resume take it off and back", async ({ page, browser }) => {
  const nasional = articleIn("nasional");
  const elsewhere = articleIn("nasional", true);
  // The house ads of the slot step aside, so the slot shows exactly what this test runs.
  const house = runningCreatives("sidebar");
  for (const h of house) await setPaused(page, h.name, true);
  try {

    const name = `Sidebar Kopi ${Date.now()}`;
    await page.goto("/admin/iklan/baru");
    await page.getByLabel("Nama iklan").fill(name);
    await page.getByLabel("Slot").selectOption("sidebar");
    await page.getByLabel("Gambar 300×250").setInputFiles({ name: "kopi.png", mimeType: "image/png", buffer: await png(300, 250, "#7c2d12") });
    await page.getByLabel("Teks alternatif").fill("Kopi susu diskon 20 persen");
    await page.getByLabel("URL tujuan").fill("https://kopi.example/promo");
    await page.getByLabel("Mulai tayang (WIB)").fill(toWibDateTimeLocal(new Date(Date.now() - HOUR)));
    await page.getByLabel("Selesai tayang (WIB)").fill(toWibDateTimeLocal(new Date(Date.now() + 24 * HOUR)));
    await page.getByLabel("Bobot rotasi").fill("5");
    await page.getByRole("checkbox", { name: nasional.kanal, exact: true }).check();
    await page.getByRole("button", { name: "Simpan iklan" }).click();
    await expect(page.getByText("Iklan disimpan.")).toBeVisible();
    const [created] = readDb<{ id: number; image_id: number; width: number; height: number }>(
      "SELECT c.id, c.image_id, m.width, m.height FROM ad_creatives c JOIN media m ON m.id = c.image_id WHERE c.name = ?",
      name,
    );
    expect([created.width, created.height]).toEqual([300, 250]);

    // The preview shows it in place, at the slot's size, linking nowhere.
    const preview = page.frameLocator('iframe[title^="Pratinjau Desktop"]').getByRole("img", { name: "Kopi susu diskon 20 persen" });
    await expect(preview).toBeVisible();
    expect(await preview.evaluate((img: HTMLImageElement) => [img.getBoundingClientRect().width, img.getBoundingClientRect().height])).toEqual([300, 250]);

    // The list shows it running, with its slot, size and target.
    await page.goto("/admin/iklan");
    const row = page.locator(`tr[data-creative="${created.id}"]`);
    await expect(row).toContainText("Aktif");
    await expect(row).toContainText("300×250");
    await expect(row).toContainText(nasional.kanal);

    const slot = page.locator(`[data-ad-slot="sidebar"] [data-ad-id="${created.id}"]`);
    await expectOnReaderPage(page, articleUrl(nasional), async () => {
      await expect(slot.getByRole("img", { name: "Kopi susu diskon 20 persen" })).toBeVisible();
    });
    await expect(slot.locator("a")).toHaveAttribute("rel", "sponsored noopener");
    // Targeted: another kanal's story does not show it.
    await page.goto(articleUrl(elsewhere));
    await expect(page.locator(`[data-ad-id="${created.id}"]`)).toHaveCount(0);

    await setPaused(page, name, true);
    await expect(page.locator(`tr[data-creative="${created.id}"]`)).toContainText("Dijeda");
    await expectOnReaderPage(page, articleUrl(nasional), async () => {
      await expect(page.locator('[data-ad-slot="sidebar"]')).toHaveCount(0);
    });

    await setPaused(page, name, false);
    await expectOnReaderPage(page, articleUrl(nasional), async () => {
      await expect(slot).toBeVisible();
    });

    // A reader's click through the redirect route counts (staff clicks do not), and the day's row shows it.
    const reader = await browser.newContext({ userAgent: READER_UA, storageState: { cookies: [], origins: [] } });
    const click = await reader.request.get(`/iklan/klik/${created.id}`, { maxRedirects: 0 });
    await reader.close();
    expect(click.status()).toBeGreaterThanOrEqual(300);
    expect(click.status()).toBeLessThan(400);
    expect(click.headers().location).toBe("https://kopi.example/promo");
    await expect(async () => {
      await page.goto(`/admin/iklan/${created.id}`);
      const today = page.locator("tbody tr").first();
      await expect(today.locator("td").nth(2)).toHaveText("1");
    }).toPass({ timeout: 20_000, intervals: [1000, 2000] });
    await expect(page.getByRole("row", { name: /Jumlah 30 hari/ })).toContainText("1");
  } finally {
    for (const h of house) await setPaused(page, h.name, false);
  }
});

test("the kill switch takes every ad off home and article pages, and back", async ({ page }) => {
  const article = articleUrl(articleIn("nasional"));
  const slots = page.locator("[data-ad-slot]");
  for (const url of ["/", article]) {
    await expectOnReaderPage(page, url, async () => expect(await slots.count()).toBeGreaterThan(0));
  }
  await setAdsEnabled(page, false);
  try {
    await page.goto("/admin/iklan");
    await expect(page.getByText("Semua iklan sedang dimatikan")).toBeVisible();
    for (const url of ["/", article]) {
      await expectOnReaderPage(page, url, async () => expect(slots).toHaveCount(0));
    }
  } finally {
    await setAdsEnabled(page, true);
  }
  for (const url of ["/", article]) {
    await expectOnReaderPage(page, url, async () => expect(await slots.count()).toBeGreaterThan(0));
  }
});

test("Tanpa iklan hides every slot on that story only, and is kept in its revisions", async ({ page }) => {
  const quiet = articleIn("internasional");
  const other = articleIn("internasional", true);
  const slots = page.locator("[data-ad-slot]");
  await page.goto(`/admin/berita/${quiet.id}`);
  await page.getByLabel("Tanpa iklan").check();
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Tersimpan.")).toBeVisible();
  await expect(page.getByLabel("Tanpa iklan")).toBeChecked();
  try {
    await expectOnReaderPage(page, articleUrl(quiet), async () => expect(slots).toHaveCount(0));
    await expectOnReaderPage(page, articleUrl(other), async () => expect(await slots.count()).toBeGreaterThan(0));
    const [rev] = readDb<{ data: string }>("SELECT data FROM article_revisions WHERE article_id = ? ORDER BY version DESC LIMIT 1", quiet.id);
    expect(JSON.parse(rev.data).noAds).toBe(true);
  } finally {
    await page.goto(`/admin/berita/${quiet.id}`);
    await page.getByLabel("Tanpa iklan").uncheck();
    await page.getByRole("button", { name: "Simpan" }).click();
    await expect(page.getByText("Tersimpan.")).toBeVisible();
  }
  await expectOnReaderPage(page, articleUrl(quiet), async () => expect(await slots.count()).toBeGreaterThan(0));
});

test("bad input gets Indonesian messages beside the fields and keeps what was typed", async ({ page }) => {
  const before = readDb<{ n: number }>("SELECT count(*) AS n FROM ad_creatives")[0].n;
  await page.goto("/admin/iklan/baru");
  await page.getByLabel("Nama iklan").fill("Iklan Salah Isi");
  await page.getByLabel("Slot").selectOption("sidebar");
  await page.getByLabel("Gambar 300×250").setInputFiles({ name: "bukan-gambar.png", mimeType: "image/png", buffer: Buffer.from("ini teks, bukan gambar") });
  await page.getByLabel("URL tujuan").fill("javascript:alert(document.cookie)");
  await page.getByLabel("Mulai tayang (WIB)").fill("2026-05-10T10:00");
  await page.getByLabel("Selesai tayang (WIB)").fill("2026-05-01T10:00");
  await page.getByRole("button", { name: "Simpan iklan" }).click();

  await expect(page.getByText("Periksa kembali isian yang ditandai.")).toBeVisible();
  await expect(page.locator("#gambar-error")).toHaveText("Berkas bukan foto JPEG, PNG, atau WebP.");
  await expect(page.locator("#teks_alt-error")).toHaveText("Isi teks alternatif: jelaskan isi gambar iklan untuk pembaca tunanetra.");
  await expect(page.locator("#url_tujuan-error")).toHaveText("URL tujuan harus alamat web lengkap yang diawali http:// atau https://.");
  await expect(page.locator("#selesai-error")).toHaveText("Waktu selesai harus setelah waktu mulai.");
  await expect(page.getByLabel("URL tujuan")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Nama iklan")).toHaveValue("Iklan Salah Isi");
  await expect(page.getByLabel("Slot")).toHaveValue("sidebar");
  await expect(page.getByLabel("URL tujuan")).toHaveValue("javascript:alert(document.cookie)");
  await expect(page.getByLabel("Mulai tayang (WIB)")).toHaveValue("2026-05-10T10:00");

  // A real picture of the wrong size is refused with its size named.
  await page.getByLabel("Gambar 300×250").setInputFiles({ name: "besar.png", mimeType: "image/png", buffer: await png(728, 90, "#1d4ed8") });
  await page.getByLabel("Teks alternatif").fill("Spanduk biru");
  await page.getByLabel("URL tujuan").fill("https://toko.example/");
  await page.getByLabel("Selesai tayang (WIB)").fill("2026-05-20T10:00");
  await page.getByRole("button", { name: "Simpan iklan" }).click();
  await expect(page.locator("#gambar-error")).toContainText("harus tepat 300×250 piksel");
  await expect(page.getByLabel("Teks alternatif")).toHaveValue("Spanduk biru");
  expect(readDb<{ n: number }>("SELECT count(*) AS n FROM ad_creatives")[0].n).toBe(before);
});

test("reporters and editors cannot open the ad desk, and a forged pause by a reporter changes nothing", async ({ page, browser }) => {
  const editor = { name: "Eka Editor", email: `eka-${Date.now()}@warta.test`, password: "sandi-editor-rahasia-3" };
  await page.goto("/admin/staf");
  await page.getByLabel("Nama").fill(editor.name);
  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Peran", { exact: true }).selectOption("editor");
  await page.getByLabel("Kata sandi awal").fill(editor.password);
  await page.getByRole("button", { name: "Tambah staf" }).click();
  await expect(page.getByText("Staf ditambahkan.")).toBeVisible();
  const editorPage = await loggedIn(browser, editor.email, editor.password);
  const reporter = await (await browser.newContext({ storageState: reporterState })).newPage();
  for (const p of [editorPage, reporter]) {
    await p.goto("/admin");
    await expect(p.getByRole("navigation", { name: "Redaksi" }).getByRole("link", { name: "Iklan" })).toHaveCount(0);
    for (const path of ["/admin/iklan", "/admin/iklan/baru", "/admin/iklan/pengaturan"]) {
      expect((await p.goto(path))?.status(), path).toBe(403);
    }
  }

  // The admin's own pause form, replayed from the reporter's session to the page that owns the action.
  const [target] = runningCreatives("leaderboard");
  await page.goto("/admin/iklan");
  const formHtml = await page.locator(`tr[data-creative="${target.id}"] form`).evaluate((f) => f.outerHTML);
  await reporter.goto("/admin");
  await reporter.evaluate((html) => {
    document.body.insertAdjacentHTML("beforeend", html);
    const form = document.body.lastElementChild as HTMLFormElement;
    form.action = "/admin/iklan";
    form.requestSubmit(form.querySelector("button"));
  }, formHtml);
  await reporter.waitForURL(/galat=wewenang/);
  expect(readDb<{ paused: number }>("SELECT paused FROM ad_creatives WHERE id = ?", target.id)[0].paused).toBe(0);
  await editorPage.context().close();
  await reporter.context().close();
});

test("/ads.txt serves the text saved in the settings", async ({ page }) => {
  await page.goto("/admin/iklan/pengaturan");
  const field = page.getByLabel("Isi ads.txt");
  const original = await field.inputValue();
  const text = `google.com, pub-${Date.now()}, DIRECT, f08c47fec0942fa0\nwarta.test, 42, RESELLER`;
  await field.fill(text);
  await page.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(page.getByText("Pengaturan disimpan.")).toBeVisible();
  try {
    const res = await page.request.get("/ads.txt");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("text/plain");
    expect(await res.text()).toBe(`${text}\n`);
  } finally {
    await page.getByLabel("Isi ads.txt").fill(original);
    await page.getByRole("button", { name: "Simpan pengaturan" }).click();
    await expect(page.getByText("Pengaturan disimpan.")).toBeVisible();
  }
});

test.describe("at 360 px", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test("the ad desk pages do not scroll sideways on a phone", async ({ page }) => {
    for (const path of ["/admin/iklan", "/admin/iklan/baru", "/admin/iklan/pengaturan"]) {
      await page.goto(path);
      await expectNoHorizontalScroll(page);
    }
  });
});

test("the ad desk pages pass axe (WCAG 2.2 A and AA)", async ({ page }) => {
  const [any] = readDb<{ id: number }>("SELECT id FROM ad_creatives ORDER BY id LIMIT 1");
  for (const path of ["/admin/iklan", "/admin/iklan/baru", `/admin/iklan/${any.id}`, "/admin/iklan/pengaturan"]) {
    await page.goto(path);
    await expectNoAxeViolations(page, { label: path });
  }
});
