import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers/axe";
import { biggestTag, readDb } from "./helpers/db";
import { expectNoHorizontalScroll } from "./helpers/page";

// Paths are resolved inside each test: the database exists only once the web server has started.
const readerPages: Record<string, () => string> = {
  home: () => "/",
  article: () => {
    const [a] = readDb<{ public_id: string; slug: string }>(
      "SELECT public_id, slug FROM articles WHERE status = 'published' ORDER BY published_at DESC LIMIT 1",
    );
    return `/berita/${a.public_id}/${a.slug}`;
  },
  kanal: () => "/kanal/internasional",
  "sub-kanal": () => "/kanal/dunia-islam",
  tag: () => `/tag/${biggestTag().slug}`,
  search: () => "/cari?q=jakarta",
  "search without a query": () => "/cari",
  "search without results": () => "/cari?q=qwzxvbnm",
  "search without a word": () => "/cari?q=AND%20OR%20%22*%22",
  author: () => "/penulis/dimas-prasetyo",
  "news index": () => "/indeks",
  "invalid news index date": () => "/indeks?tanggal=2026-02-30",
  "404": () => "/tidak-ada",
};

for (const [name, path] of Object.entries(readerPages)) {
  test.describe(`${name} page`, () => {
    test.describe("at 360 px", () => {
      test.use({ viewport: { width: 360, height: 780 } });

      test("has no horizontal scroll and keeps the kanal navigation", async ({ page }) => {
        await page.goto(path());
        await expectNoHorizontalScroll(page);
        await expect(page.getByRole("navigation", { name: "Kanal", exact: true }).getByRole("link", { name: "Gaya Hidup" })).toBeAttached();
      });

      test("passes axe (WCAG 2.2 A and AA)", async ({ page }) => {
        await page.goto(path());
        await expectNoAxeViolations(page);
      });
    });

    test("passes axe (WCAG 2.2 A and AA)", async ({ page }) => {
      await page.goto(path());
      await expectNoAxeViolations(page);
    });
  });
}

test.describe("kanal navigation on a phone", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test("reaches the last kanal in the scrolling bar", async ({ page }) => {
    await page.goto("/");
    const last = page.getByRole("navigation", { name: "Kanal", exact: true }).getByRole("link", { name: "Gaya Hidup" });
    await last.scrollIntoViewIfNeeded();
    await last.click();
    await expect(page).toHaveURL(/\/kanal\/gaya-hidup$/);
    await expect(page.locator("h1")).toHaveText("Gaya Hidup");
  });
});
