import { expect, test } from "@playwright/test";
import { formatWibLongDate, parseWibDateKey, shiftWibDateKey, wibDateKey } from "../lib/wib";
import { readDb, visibleArticles } from "./helpers/db";

test.describe("author pages", () => {
  test("the byline leads to the reporter's page with bio and their stories", async ({ page }) => {
    const [a] = visibleArticles();
    await page.goto(`/berita/${a.public_id}/${a.slug}`);
    const link = page.locator('[data-part="byline"] a').first();
    const name = (await link.textContent())!.trim();
    await link.click();
    await expect(page).toHaveURL(/\/penulis\/[a-z-]+$/);
    const slug = new URL(page.url()).pathname.split("/")[2];
    const [person] = readDb<{ id: number; name: string; bio: string }>("SELECT id, name, bio FROM staff WHERE slug = ?", slug);
    expect(person.name).toBe(name);
    await expect(page.locator("h1")).toHaveText(name);
    await expect(page.locator('[data-part="bio"]')).toHaveText(person.bio);
    await expect(page.locator('[data-part="peran"]')).toHaveText("Reporter Warta");
    const theirs = visibleArticles("a.reporter_id = ? OR a.editor_id = ?", person.id, person.id).slice(0, 10);
    const listed = await page.locator("main ul > li h2 a").evaluateAll((els) => els.map((e) => e.getAttribute("href")));
    expect(listed).toEqual(theirs.map((x) => `/berita/${x.public_id}/${x.slug}`));
  });

  test("unknown people and pages past the end answer 404", async ({ page }) => {
    expect((await page.goto("/penulis/tidak-ada"))?.status()).toBe(404);
    expect((await page.goto("/penulis/dimas-prasetyo?halaman=9"))?.status()).toBe(404);
  });
});

test.describe("news index", () => {
  test("lists exactly the stories of one WIB day, newest first", async ({ page }) => {
    const [newest] = visibleArticles();
    const key = wibDateKey(new Date(newest.published_at!));
    const day = parseWibDateKey(key)!;
    const expected = visibleArticles("a.published_at >= ? AND a.published_at < ?", day.start.getTime(), day.end.getTime());
    await page.goto(`/indeks?tanggal=${key}`);
    await expect(page.locator("h1")).toHaveText("Indeks Berita");
    await expect(page.locator('[data-part="tanggal"]')).toHaveText(formatWibLongDate(day.start));
    const listed = await page.locator("main ul > li h2 a").evaluateAll((els) => els.map((e) => e.getAttribute("href")));
    expect(listed).toEqual(expected.slice(0, 20).map((x) => `/berita/${x.public_id}/${x.slug}`));
  });

  test("the date picker works without JavaScript, and so do the day links", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const rows = visibleArticles();
    const oldest = rows[rows.length - 1];
    const key = wibDateKey(new Date(oldest.published_at!));
    await page.goto("/indeks");
    await page.getByLabel("Tanggal", { exact: true }).fill(key);
    await page.getByRole("button", { name: "Tampilkan" }).click();
    await expect(page).toHaveURL(new RegExp(`/indeks\\?tanggal=${key}$`));
    await expect(page.locator(`main a[href="/berita/${oldest.public_id}/${oldest.slug}"]`).first()).toBeVisible();

    const previous = shiftWibDateKey(key, -1);
    await page.getByRole("navigation", { name: "Hari lain" }).getByRole("link").first().click();
    await expect(page).toHaveURL(new RegExp(`/indeks\\?tanggal=${previous}$`));
    await expect(page.locator('[data-part="tanggal"]')).toHaveText(formatWibLongDate(parseWibDateKey(previous)!.start));
    await context.close();
  });

  test("invalid and future dates answer 404 with a clear message", async ({ page }) => {
    const future = shiftWibDateKey(wibDateKey(new Date()), 2);
    for (const tanggal of ["2026-02-30", "kemarin", "2026-13-01", future, "1990-01-01"]) {
      const res = await page.goto(`/indeks?tanggal=${tanggal}`);
      expect(res?.status(), tanggal).toBe(404);
      await expect(page.locator("h1"), tanggal).toHaveText("Tanggal indeks tidak valid");
      await expect(page.getByLabel("Tanggal", { exact: true })).toBeVisible();
    }
  });
});
