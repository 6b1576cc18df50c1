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
// renders later (docs/rendering-and-caching.md, "Known limits").
test.describe("404 without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("unknown articles, kanal, tags, authors, pages, dates, searches and paths show the Indonesian 404 in the reader layout", async ({ page }) => {
    const NOT_FOUND = "Halaman tidak ditemukan";
    for (const [path, heading] of [
      ["/berita/zzzzzzzz", NOT_FOUND],
      ["/berita/zzzzzzzz/tidak-ada", NOT_FOUND],
      ["/kanal/tidak-ada", NOT_FOUND],
      ["/tag/tidak-ada", NOT_FOUND],
      ["/penulis/tidak-ada", NOT_FOUND],
      ["/kanal/nasional?halaman=99999", NOT_FOUND],
      ["/kanal/nasional?halaman=abc", NOT_FOUND],
      ["/tag/jakarta?halaman=99999", NOT_FOUND],
      ["/penulis/dimas-prasetyo?halaman=99999", NOT_FOUND],
      ["/cari?q=di&halaman=99", NOT_FOUND],
      ["/cari?q=%22banjir%22&halaman=abc", NOT_FOUND],
      ["/halaman/yang/tidak/ada", NOT_FOUND],
      ["/berita-lama/2019/05/judul.html", NOT_FOUND],
      ["/indeks?tanggal=2020-13-45", "Tanggal indeks tidak valid"],
      ["/indeks?tanggal=kemarin", "Tanggal indeks tidak valid"],
    ]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
      await expect(page.locator("html"), path).toHaveAttribute("lang", "id");
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(heading);
      await expect(page.getByRole("banner").getByRole("navigation", { name: "Kanal", exact: true }), path).toBeVisible();
      await expect(page.getByRole("contentinfo"), path).toBeVisible();
    }
  });
});
