import { expect, test } from "@playwright/test";
import { formatWibDateLine } from "../lib/wib";
import { readDb } from "./helpers/db";

test.describe("article page", () => {
  test("home → article shows every part of the anatomy, in order", async ({ page }) => {
    await page.goto("/");
    const headline = page.locator('section[aria-label="Berita utama"] h2 a').first();
    const title = (await headline.textContent())!.trim();
    await headline.click();
    await expect(page).toHaveURL(/\/berita\/[0-9a-z]{8}\/[a-z0-9-]+$/);
    const publicId = new URL(page.url()).pathname.split("/")[2];
    const [row] = readDb<{ published_at: number; dateline: string; reporter: string; editor: string; credit: string }>(
      `SELECT a.published_at, a.dateline, r.name AS reporter, e.name AS editor, m.credit
         FROM articles a JOIN staff r ON r.id = a.reporter_id JOIN staff e ON e.id = a.editor_id JOIN media m ON m.id = a.photo_id
        WHERE a.public_id = ?`,
      publicId,
    );

    const article = page.locator("main article");
    await expect(article.locator("h1")).toHaveText(title);
    await expect(article.locator('[data-part="dateline"]')).toHaveText(formatWibDateLine(new Date(row.published_at)));
    await expect(article.locator('[data-part="byline"]')).toHaveText(`Rep: ${row.reporter}/ Red: ${row.editor}`);
    await expect(article.locator("figure figcaption")).toContainText(`Foto: ${row.credit}`);
    await expect(article.locator("figure img")).toHaveJSProperty("complete", true);
    const firstParagraph = article.locator(".article-body p").first();
    await expect(firstParagraph).toHaveText(new RegExp(`^WARTA\\.ID, ${row.dateline} -- \\S`));

    // Document order, as on the reference page.
    const order = await page.evaluate(() => {
      const pick = (sel: string) => document.querySelector(sel);
      const paragraphs = document.querySelectorAll("main article .article-body p");
      const marks: [string, Element | null][] = [
        ["dateline", pick('[data-part="dateline"]')],
        ["headline", pick("main article h1")],
        ["byline", pick('[data-part="byline"]')],
        ["photo", pick("main article figure")],
        ["paragraph1", paragraphs[0]],
        ["paragraph2", paragraphs[1]],
        ["bacaJuga", pick('[data-block="baca-juga"]')],
        ["paragraph3", paragraphs[2]],
        ["beritaLainnya", pick('[data-block="berita-lainnya"]')],
        ["terpopuler", pick('[data-block="terpopuler"]')],
      ];
      const missing = marks.filter(([, el]) => !el).map(([n]) => n);
      const sorted = marks
        .filter(([, el]) => el)
        .sort(([, a], [, b]) => (a!.compareDocumentPosition(b!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
        .map(([n]) => n);
      return { missing, sorted };
    });
    expect(order.missing).toEqual([]);
    expect(order.sorted).toEqual([
      "dateline", "headline", "byline", "photo", "paragraph1", "paragraph2", "bacaJuga", "paragraph3", "beritaLainnya", "terpopuler",
    ]);

    await expect(page.locator('[data-block="baca-juga"] li')).not.toHaveCount(0);
    await expect(page.locator('[data-block="berita-lainnya"] li')).toHaveCount(6);
    await expect(page.locator('[data-block="terpopuler"] ol > li')).toHaveCount(5);
    await expect(page.locator('[data-block="terpopuler"]')).toContainText(/Diperbarui \d{2}:\d{2} WIB/);
    expect(await page.getByText("Advertisement", { exact: true }).count()).toBeGreaterThanOrEqual(2);

    // Nothing on the page links back to the story itself, and the two blocks never repeat a link.
    const links = await page.evaluate(() => ({
      baca: [...document.querySelectorAll('[data-block="baca-juga"] a')].map((a) => a.getAttribute("href")),
      lainnya: [...document.querySelectorAll('[data-block="berita-lainnya"] h3 a')].map((a) => a.getAttribute("href")),
    }));
    const self = new URL(page.url()).pathname;
    expect([...links.baca, ...links.lainnya]).not.toContain(self);
    expect(links.baca.filter((h) => links.lainnya.includes(h))).toEqual([]);
  });

  test("tags link to their pages", async ({ page }) => {
    await page.goto("/");
    await page.locator('section[aria-label="Berita utama"] h2 a').first().click();
    const tag = page.getByRole("navigation", { name: "Tag berita" }).getByRole("link").first();
    const name = (await tag.textContent())!.replace(/^#/, "");
    await tag.click();
    await expect(page).toHaveURL(/\/tag\/[a-z0-9-]+$/);
    await expect(page.locator("h1")).toHaveText(`#${name}`);
  });

  test("a wrong, old or missing slug redirects permanently to the canonical URL", async ({ request }) => {
    const [row] = readDb<{ public_id: string; slug: string }>(
      "SELECT public_id, slug FROM articles WHERE status = 'published' ORDER BY published_at DESC LIMIT 1",
    );
    const canonical = `/berita/${row.public_id}/${row.slug}`;
    for (const path of [`/berita/${row.public_id}/judul-lama`, `/berita/${row.public_id}`, `${canonical}/tambahan`]) {
      const res = await request.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBe(308);
      // Next 16.4 repeats the Location header on a redirect rendered into the ISR cache (the same
      // value twice; browsers and crawlers follow it). Every copy must name the canonical URL.
      const locations = res.headersArray().filter((h) => h.name.toLowerCase() === "location");
      expect(locations.length, path).toBeGreaterThan(0);
      for (const l of locations) expect(new URL(l.value, "http://x").pathname, path).toBe(canonical);
    }
    expect((await request.get(canonical)).status()).toBe(200);
  });

  test("reads without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    await page.locator('section[aria-label="Berita utama"] h2 a').first().click();
    await expect(page.locator("main article h1")).toBeVisible();
    await expect(page.locator(".article-body p").nth(2)).toBeVisible();
    await expect(page.locator('[data-block="terpopuler"] ol > li').first()).toBeVisible();
    await context.close();
  });
});
