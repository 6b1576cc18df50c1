import { expect, test } from "@playwright/test";
import { biggestTag, readDb } from "./helpers/db";

test.describe("kanal and tag lists", () => {
  test("home has a block per kanal, the ranking and ad slots", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
    for (const name of ["Nasional", "Internasional", "Ekonomi", "Olahraga", "Teknologi", "Gaya Hidup"]) {
      await expect(page.locator("main section h2", { hasText: name }).first()).toBeVisible();
    }
    await expect(page.locator('[data-block="terpopuler"] ol > li')).toHaveCount(5);
    expect(await page.getByText("Advertisement", { exact: true }).count()).toBeGreaterThanOrEqual(3);
  });

  test("kanal pages paginate newest first and include sub-kanal stories", async ({ page }) => {
    await page.goto("/kanal/internasional");
    await expect(page.locator("h1")).toHaveText("Internasional");
    await expect(page.getByRole("navigation", { name: "Sub-kanal Internasional" }).getByRole("link", { name: "Dunia Islam" })).toBeVisible();
    const pageOne = page.locator("main ul > li h2 a");
    await expect(pageOne).toHaveCount(10);
    const times1 = await page.locator("main ul > li time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime")!));
    expect([...times1].sort().reverse()).toEqual(times1);
    await expect(page.locator("main")).toContainText("Dunia Islam");

    await page.getByRole("link", { name: "Berikutnya →" }).click();
    await expect(page).toHaveURL(/\/kanal\/internasional\?halaman=2$/);
    await expect(page.getByRole("navigation", { name: "Navigasi halaman" })).toContainText("Halaman 2 dari 2");
    const pageTwo = await page.locator("main ul > li h2 a").allTextContents();
    expect(pageTwo.length).toBeGreaterThan(0);
    const [{ n }] = readDb<{ n: number }>(
      `SELECT count(*) AS n FROM articles a JOIN kanal k ON k.id = a.kanal_id
        WHERE k.slug IN ('internasional','dunia-islam') AND a.status IN ('published','scheduled') AND a.published_at <= ?`,
      Date.now(),
    );
    expect(10 + pageTwo.length).toBe(n);
    await expect(page.getByRole("link", { name: "Berikutnya →" })).toHaveCount(0);
    await page.getByRole("link", { name: "← Sebelumnya" }).click();
    await expect(page).toHaveURL(/\/kanal\/internasional$/);
  });

  test("tag pages paginate", async ({ page }) => {
    const tag = biggestTag();
    expect(tag.n).toBeGreaterThan(10);
    await page.goto(`/tag/${tag.slug}`);
    await expect(page.locator("h1")).toHaveText(`#${tag.name}`);
    await expect(page.locator("main ul > li h2 a")).toHaveCount(10);
    await page.getByRole("link", { name: "Berikutnya →" }).click();
    await expect(page.locator("main ul > li h2 a")).toHaveCount(Math.min(10, tag.n - 10));
  });
});
