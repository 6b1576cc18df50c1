import { expect, test } from "@playwright/test";
import { articleWithStatus } from "./helpers/db";

test.describe("404", () => {
  test("unknown articles, kanal, tags, pages and paths answer 404 in Indonesian", async ({ page }) => {
    for (const path of [
      "/berita/zzzzzzzz/tidak-ada",
      "/berita/bukan-id",
      "/kanal/tidak-ada",
      "/tag/tidak-ada",
      "/kanal/nasional?halaman=99",
      "/kanal/nasional?halaman=abc",
      "/tag/jakarta?halaman=0",
      "/halaman/yang/tidak/ada",
    ]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
      await expect(page.locator("h1"), path).toHaveText("Halaman tidak ditemukan");
      await expect(page.getByRole("navigation", { name: "Kanal", exact: true })).toBeVisible();
    }
  });

  test("drafts and future scheduled articles are never shown to readers", async ({ page, request }) => {
    for (const status of ["draft", "scheduled"] as const) {
      const row = articleWithStatus(status);
      const res = await page.goto(`/berita/${row.public_id}/${row.slug}`);
      expect(res?.status(), status).toBe(404);
      await expect(page.locator("body")).not.toContainText(row.title);
      for (const list of ["/", "/kanal/nasional", "/kanal/dunia-islam"]) {
        const html = await (await request.get(list)).text();
        expect(html, `${status} on ${list}`).not.toContain(row.public_id);
      }
    }
  });
});

// Without JavaScript the 404 must be in the HTML itself, not only in the RSC payload that React
// renders later (README "Rendering and caching", "Known limits").
test.describe("404 without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("unknown articles, kanal, tags, pages, cached searches and paths show the Indonesian 404 in the reader layout", async ({ page }) => {
    for (const path of [
      "/berita/zzzzzzzz",
      "/berita/zzzzzzzz/tidak-ada",
      "/kanal/tidak-ada",
      "/tag/tidak-ada",
      "/kanal/nasional?halaman=99999",
      "/kanal/nasional?halaman=abc",
      "/tag/jakarta?halaman=99999",
      "/cari?q=di&halaman=99",
      "/halaman/yang/tidak/ada",
      "/berita-lama/2019/05/judul.html",
    ]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
      await expect(page.locator("html"), path).toHaveAttribute("lang", "id");
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("Halaman tidak ditemukan");
      await expect(page.getByRole("banner").getByRole("navigation", { name: "Kanal", exact: true }), path).toBeVisible();
      await expect(page.getByRole("contentinfo"), path).toBeVisible();
    }
  });
});
