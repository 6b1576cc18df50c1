import { expect, test } from "@playwright/test";
import { hiddenArticles, readDb } from "./helpers/db";

function tarifArticle() {
  const [row] = readDb<{ public_id: string; title: string }>("SELECT public_id, title FROM articles WHERE title LIKE 'Tarif Terintegrasi%'");
  return row;
}

test.describe("search", () => {
  test("the header form searches without JavaScript and highlights the matches", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    const form = page.getByRole("search", { name: "Cari berita" });
    await form.getByRole("searchbox", { name: "Kata kunci" }).fill("tarif kereta");
    await form.getByRole("button", { name: "Cari" }).click();
    await expect(page).toHaveURL(/\/cari\?q=tarif\+kereta$/);
    await expect(page.locator("h1")).toHaveText("Hasil pencarian “tarif kereta”");
    const first = page.locator('[data-list="hasil"] > li').first();
    await expect(first.locator("h2")).toContainText("Tarif Terintegrasi");
    await expect(first.locator("h2 mark").first()).toHaveText(/tarif/i);
    await expect(first.locator('[data-part="snippet"] mark').first()).toBeVisible();
    await expect(page.getByRole("searchbox", { name: "Kata kunci" }).last()).toHaveValue("tarif kereta");
    await first.locator("h2 a").click();
    await expect(page).toHaveURL(new RegExp(`/berita/${tarifArticle().public_id}/`));
    await context.close();
  });

  test("finds Indonesian words by prefix, ignoring case and accents", async ({ page }) => {
    const tarif = tarifArticle();
    for (const q of ["TERINTEGR", "tarif komut", "Jabodetabék"]) {
      await page.goto(`/cari?q=${encodeURIComponent(q)}`);
      await expect(page.locator(`[data-result="${tarif.public_id}"]`), q).toHaveCount(1);
    }
  });

  test("an empty query gets a page that says what to do", async ({ page }) => {
    for (const path of ["/cari", "/cari?q=", "/cari?q=%20%20"]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(200);
      await expect(page.locator("h1")).toHaveText("Cari berita");
      await expect(page.locator('[data-state="kosong"]')).toContainText("Ketik satu kata kunci");
      await expect(page.locator('[data-list="hasil"] > li')).toHaveCount(0);
    }
  });

  test("a query without results says so and offers the latest news", async ({ page }) => {
    const res = await page.goto("/cari?q=qwzxvbnm");
    expect(res?.status()).toBe(200);
    await expect(page.locator('[data-state="tanpa-hasil"]')).toContainText("Tidak ada berita yang cocok dengan “qwzxvbnm”.");
    await expect(page.getByRole("heading", { name: "Berita Terkini" })).toBeVisible();
    await expect(page.locator('head meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  });

  test("FTS syntax characters never cause a server error", async ({ page }) => {
    // Fourteen page loads: give a busy CI machine the time for all of them.
    test.setTimeout(90_000);
    const tarif = tarifArticle();
    // Syntax alone leaves no word to search for: 400 and an explanation (e2e/bad-input.spec.ts has more).
    const noWord = new Set(['"', "*", "(", "AND OR", "'", "\\"]);
    for (const q of ['"', '"tarif', "tarif*", "*", "(", "tarif)", "NEAR(tarif kereta)", "tarif NOT kereta", "AND OR", "title:tarif", "^tarif", "-tarif", "'", "\\"]) {
      const res = await page.goto(`/cari?q=${encodeURIComponent(q)}`);
      expect(res?.status(), q).toBe(noWord.has(q) ? 400 : 200);
      await expect(page.locator("h1"), q).toHaveText(noWord.has(q) ? "Kata pencarian tidak bisa dipakai" : /^Hasil pencarian/);
      if (/tarif/.test(q) && !/title|NOT/.test(q)) await expect(page.locator(`[data-result="${tarif.public_id}"]`), q).toHaveCount(1);
    }
  });

  test("drafts and future stories are never found", async ({ page }) => {
    for (const hidden of hiddenArticles()) {
      await page.goto(`/cari?q=${encodeURIComponent(hidden.title)}`);
      await expect(page.locator("h1")).toContainText("Hasil pencarian");
      expect(await page.content()).not.toContain(hidden.public_id);
    }
  });

  test("results paginate and keep the query", async ({ page }) => {
    await page.goto("/cari?q=di");
    const count = Number((await page.locator('[data-part="jumlah"]').textContent())!.match(/^(\d+)/)![1]);
    expect(count).toBeGreaterThan(10);
    await expect(page.locator('[data-list="hasil"] > li')).toHaveCount(10);
    const first = await page.locator("[data-result]").evaluateAll((els) => els.map((e) => e.getAttribute("data-result")));
    await page.getByRole("link", { name: "Berikutnya →" }).click();
    await expect(page).toHaveURL(/\/cari\?q=di&halaman=2$/);
    const second = await page.locator("[data-result]").evaluateAll((els) => els.map((e) => e.getAttribute("data-result")));
    expect(second.length).toBe(Math.min(10, count - 10));
    expect(second.filter((id) => first.includes(id))).toEqual([]);
    expect((await page.goto("/cari?q=di&halaman=99"))?.status()).toBe(404);
    expect((await page.goto("/cari?q=di&halaman=nol"))?.status()).toBe(404);
  });
});
